/**
 * 企查查's batch export of companies: a title line above the header, 统一社会信用代码 beside the
 * name. Two companies of one brand under other credit codes (小米科技 and 小米通讯技术 at one
 * switchboard) are two registered entities: not paired at all.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Sheet1', values });
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// Row 1's title is left out: the commands read such a list from its header down.
const qichacha: CellValue[][] = [
  [
    '企业名称',
    '登记状态',
    '法定代表人',
    '注册资本',
    '实缴资本',
    '成立日期',
    '统一社会信用代码',
    '所属省份',
    '所属城市',
    '所属区县',
    '电话',
    '更多电话',
    '邮箱',
    '企业地址',
    '所属行业',
    '网址',
  ],
  [
    '杭州源泉科技有限公司',
    '存续',
    '张建华',
    '1000万元人民币',
    '500万元人民币',
    '2015-03-12',
    '91330106MA27XK1234',
    '浙江省',
    '杭州市',
    '西湖区',
    '0571-88886666',
    '0571-88886667；13800138000',
    'zhang@yuanquan.com',
    '浙江省杭州市西湖区文三路478号',
    '软件和信息技术服务业',
    'www.yuanquan.com',
  ],
  [
    '北京字节跳动科技有限公司',
    '存续',
    '张利东',
    '10000万元人民币',
    '10000万元人民币',
    '2012-03-09',
    '911101085923662400',
    '北京市',
    '北京市',
    '海淀区',
    '010-58341234',
    '010-58341000；010-58341001；13800000000',
    'bd@bytedance.com',
    '北京市海淀区知春路甲48号2号楼10A室',
    '软件和信息技术服务业',
    'www.bytedance.com',
  ],
  [
    '阿里巴巴（中国）有限公司',
    '存续',
    '蒋芳',
    '1072526.0714万美元',
    '-',
    '2007-03-26',
    '91330100799655058B',
    '浙江省',
    '杭州市',
    '余杭区',
    '0571-85022088',
    '400-800-1688',
    'ali@alibaba-inc.com',
    '浙江省杭州市余杭区五常街道文一西路969号',
    '互联网和相关服务',
    'www.alibaba.com',
  ], // 4
  [
    '阿里巴巴(中国)有限公司',
    '存续',
    '蒋芳',
    '1072526.0714万美元',
    '-',
    '2007/3/26',
    '91330100799655058B',
    '浙江',
    '杭州',
    '余杭区',
    '0571-85022088',
    '',
    'ALI@ALIBABA-INC.COM',
    '浙江省杭州市余杭区五常街道文一西路969号',
    '互联网和相关服务',
    '',
  ], // 5
  [
    '小米科技有限责任公司',
    '存续',
    '雷军',
    '185000万元人民币',
    '185000万元人民币',
    '2010-03-03',
    '91110108551385082Q',
    '北京市',
    '北京市',
    '海淀区',
    '010-60606666',
    '',
    '-',
    '北京市海淀区西二旗中路33号院6号楼6层006号',
    '计算机、通信和其他电子设备制造业',
    'www.mi.com',
  ], // 6
  [
    '小米通讯技术有限公司',
    '存续',
    '林斌',
    '100000万元人民币',
    '-',
    '2010-08-25',
    '91110108558521630L',
    '北京市',
    '北京市',
    '海淀区',
    '010-60606666',
    '',
    '-',
    '北京市海淀区西二旗中路33号院6号楼9层019号',
    '计算机、通信和其他电子设备制造业',
    'www.mi.com',
  ], // 7
  [
    '华为技术有限公司',
    '存续',
    '赵明路',
    '4104113.182万元人民币',
    '-',
    '1987-09-15',
    '914403001922038216',
    '广东省',
    '深圳市',
    '龙岗区',
    '0755-28780808',
    '',
    '-',
    '深圳市龙岗区坂田华为总部办公楼',
    '计算机、通信和其他电子设备制造业',
    'www.huawei.com',
  ],
  [
    '上海华为技术有限公司',
    '存续',
    '李建国',
    '200000万元人民币',
    '-',
    '2003-02-20',
    '91310000746534541Q',
    '上海市',
    '上海市',
    '浦东新区',
    '021-38841234',
    '',
    '-',
    '上海市浦东新区新金桥路2222号',
    '软件和信息技术服务业',
    '',
  ],
];

describe('findDuplicates on 企查查 companies', () => {
  const clusters = findDuplicates(sheet(qichacha), { reviewThreshold: 0.3 }).clusters;

  test('小米科技 and 小米通讯技术 under other credit codes are not paired at all', () => {
    expect(together(clusters, 6, 7)).toBeUndefined();
  });

  test('阿里巴巴（中国） written two ways under one credit code is still one company', () => {
    expect(together(clusters, 4, 5)?.band).toBe('merge');
  });
});
