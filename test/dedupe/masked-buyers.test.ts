/**
 * Buyers whose names and numbers a shop's export starred out (拼多多's 周*, 抖音's 186****0001). What
 * stays visible still tells two buyers apart: another surname, other visible digits. A shared
 * address alone, which a household or an office shares, never merges two rows.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { maskedNameKey, maskedNameComparator } from '../../shared/dedupe/compare/masked-name';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Orders', values });
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values), { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const bandOf = (values: CellValue[][], a: number, b: number) => together(clustersOf(values), a, b)?.band ?? 'none';

describe('findDuplicates on starred-out buyers', () => {
  // 拼多多's order export: masked and whole phones in one 手机 column.
  const pdd: CellValue[][] = [
    [
      '订单号',
      '商品',
      '订单状态',
      '商品总价(元)',
      '用户实付金额(元)',
      '收货人',
      '手机',
      '省',
      '市',
      '区',
      '详细地址',
      '订单成交时间',
      '商家备注',
    ],
    [
      '240301-123456789012345',
      '农家土鸡蛋30枚',
      '已签收',
      '29.9',
      '29.9',
      '赵*',
      '*******1234',
      '河南省',
      '郑州市',
      '金水区',
      '花园路 100号',
      '2024-03-01 10:00:00',
      null,
    ], // 2
    [
      '240301-123456789012346',
      '农家土鸡蛋60枚',
      '已签收',
      '49.9',
      '49.9',
      '赵*',
      '*******1234',
      '河南省',
      '郑州市',
      '金水区',
      '花园路100号',
      '2024-03-05 10:00:00',
      null,
    ], // 3
    [
      '240301-123456789012347',
      '赣南脐橙10斤',
      '已签收',
      '39.9',
      '39.9',
      '钱多多',
      '13800001111',
      '江西省',
      '赣州市',
      '章贡区',
      '红旗大道 20号',
      '2024-03-02 10:00:00',
      null,
    ], // 4
    [
      '240301-123456789012348',
      '赣南脐橙5斤',
      '已签收',
      '22.9',
      '22.9',
      '钱多多',
      '13800001111',
      '江西',
      '赣州',
      '章贡区',
      '红旗大道20号',
      '2024-03-12 10:00:00',
      '老客户',
    ], // 5
    [
      '240301-123456789012349',
      '赣南脐橙5斤',
      '已签收',
      '22.9',
      '22.9',
      '钱多',
      '13800001112',
      '江西省',
      '赣州市',
      '章贡区',
      '红旗大道 21号',
      '2024-03-13 10:00:00',
      null,
    ], // 6
    [
      '240301-123456789012350',
      '大米10kg',
      '已签收',
      '59',
      '59',
      '孙悦',
      '18900001234',
      '黑龙江省',
      '哈尔滨市',
      '南岗区',
      '西大直街 92号',
      '2024-03-03 10:00:00',
      null,
    ], // 7
    [
      '240301-123456789012351',
      '大米10kg',
      '已签收',
      '59',
      '59',
      '孫悅',
      '18900001234',
      '黑龙江省',
      '哈尔滨市',
      '南岗区',
      '西大直街92号',
      '2024-04-03 10:00:00',
      null,
    ], // 8
    [
      '240301-123456789012352',
      '纸巾',
      '已签收',
      '19.9',
      '19.9',
      '周*',
      '189****4321',
      '广西壮族自治区',
      '南宁市',
      '青秀区',
      '民族大道 100号',
      '2024-03-04 10:00:00',
      null,
    ], // 9
    [
      '240301-123456789012353',
      '纸巾',
      '已签收',
      '19.9',
      '19.9',
      '吴*',
      '189****4321',
      '广西壮族自治区',
      '南宁市',
      '青秀区',
      '民族大道 100号',
      '2024-03-04 10:00:00',
      null,
    ], // 10
    [
      '240301-123456789012354',
      '抽纸',
      '已签收',
      '9.9',
      '9.9',
      '郑小芳',
      '15800000000',
      '重庆市',
      '重庆市',
      '渝中区',
      '解放碑 八一路 1号',
      '2024-03-06 10:00:00',
      null,
    ], // 11
    [
      '240301-123456789012355',
      '抽纸',
      '已签收',
      '9.9',
      '9.9',
      '郑小芳',
      '15800000000',
      '重庆',
      '重庆市',
      '渝中区',
      '解放碑八一路1号',
      '2024-03-16 10:00:00',
      null,
    ], // 12
    [
      '240301-123456789012356',
      '抽纸',
      '已签收',
      '9.9',
      '9.9',
      '郑晓芳',
      '15800000001',
      '重庆',
      '重庆市',
      '江北区',
      '观音桥 步行街 5号',
      '2024-03-17 10:00:00',
      null,
    ], // 13
  ];

  test('周* and 吴* at one address are two buyers: their visible surnames differ', () => {
    expect(together(clustersOf(pdd), 9, 10)).toBeUndefined();
  });

  test('the whole-number buyers of the same list still merge', () => {
    const clusters = clustersOf(pdd);
    for (const [a, b] of [
      [4, 5],
      [7, 8],
      [11, 12],
    ] as const)
      expect(together(clusters, a, b)?.band).toBe('merge');
  });

  // 拼多多 without the buyer's account: every name and number starred out.
  const noAccount: CellValue[][] = [
    ['收件人', '收件人手机号', '省', '市', '区', '详细地址', '订单提交时间'],
    ['张*', '150****1111', '上海市', '上海市', '徐汇区', '漕溪北路88号', '2024-03-01 10:00:00'], // 2
    ['张*', '150****2222', '上海市', '上海市', '徐汇区', '漕溪北路88号', '2024-03-02 10:00:00'], // 3
    ['吴*', '150****1111', '上海市', '上海市', '徐汇区', '漕溪北路88号', '2024-03-02 10:00:00'], // 4
    ['刘*', null, '北京市', '北京市', '海淀区', '中关村大街1号', '2024-03-02 10:00:00'], // 5
    ['王*', null, '北京市', '北京市', '海淀区', '中关村大街1号', '2024-03-02 10:00:00'], // 6
  ];

  test('张* and 吴* on one starred number and address are two buyers', () => {
    expect(together(clustersOf(noAccount), 2, 4)).toBeUndefined();
  });

  test('刘* and 王* sharing only an address are two buyers', () => {
    expect(together(clustersOf(noAccount), 5, 6)).toBeUndefined();
  });

  test('张* and 张* at one address with other visible digits are reviewed, not merged', () => {
    expect(bandOf(noAccount, 2, 3)).not.toBe('merge');
  });

  test('one address is all two rows share: reviewed at most', () => {
    const values: CellValue[][] = [
      ['收件人', '收件人手机号', '省', '市', '区', '详细地址', '订单提交时间'],
      ['刘*', null, '北京市', '北京市', '海淀区', '中关村大街1号', '2024-03-02 10:00:00'], // 2
      ['刘*', null, '北京市', '北京市', '海淀区', '中关村大街1号', '2024-03-03 11:00:00'], // 3
      ['张*', '150****1111', '上海市', '上海市', '徐汇区', '漕溪北路88号', '2024-03-01 10:00:00'],
      ['陈*', '139****0000', '四川省', '成都市', '锦江区', '春熙路1号', '2024-03-04 10:00:00'],
      ['黄*', '137****5555', '广东省', '广州市', '天河区', '天河路385号', '2024-03-05 10:00:00'],
    ];
    expect(bandOf(values, 2, 3)).not.toBe('merge');
  });

  // 抖音's order export: a few numbers starred out among whole ones.
  const douyin: CellValue[][] = [
    [
      '主订单编号',
      '子订单编号',
      '选购商品',
      '商品数量',
      '订单应付金额',
      '收件人',
      '收件人手机号',
      '省',
      '市',
      '区',
      '街道',
      '详细地址',
      '订单提交时间',
      '订单状态',
      '达人昵称',
      '买家留言',
    ],
    [
      '6920123456789012345',
      '69201234567890123451',
      '【官方旗舰】玻尿酸面膜10片',
      '1',
      '59.9',
      '王**',
      '138****5678',
      '广东省',
      '深圳市',
      '南山区',
      '粤海街道',
      '科技园南区深南大道10000号腾讯大厦',
      '2024/03/01 12:00:01',
      '已完成',
      null,
      null,
    ], // 2
    [
      '6920123456789012346',
      '69201234567890123461',
      '玻尿酸面膜20片装',
      '1',
      '99',
      '王**',
      '138****5678',
      '广东省',
      '深圳市',
      '南山区',
      '粤海街道',
      '科技园南区深南大道10000号腾讯大厦',
      '2024/03/09 12:00:01',
      '已完成',
      null,
      null,
    ], // 3
    [
      '6920123456789012347',
      '69201234567890123471',
      '洗面奶',
      '1',
      '39.9',
      '李*',
      '186****0001',
      '北京市',
      '北京市',
      '海淀区',
      '中关村街道',
      '中关村大街27号',
      '2024/03/02 08:01:11',
      '已完成',
      null,
      null,
    ], // 4
    [
      '6920123456789012348',
      '69201234567890123481',
      '洗面奶',
      '1',
      '39.9',
      '李*',
      '186****0002',
      '北京市',
      '北京市',
      '海淀区',
      '中关村街道',
      '中关村大街27号',
      '2024/03/02 08:05:11',
      '已完成',
      null,
      null,
    ], // 5
    [
      '6920123456789012351',
      '69201234567890123511',
      '口红',
      '1',
      '199',
      '欧阳娜娜',
      '15000001111',
      '上海市',
      '上海市',
      '徐汇区',
      null,
      '漕溪北路 88号 圣爱大厦 1802',
      '2024/03/04 10:00:00',
      '已完成',
      null,
      null,
    ], // 6
    [
      '6920123456789012352',
      '69201234567890123521',
      '口红',
      '1',
      '199',
      '欧阳 娜娜',
      '150 0000 1111',
      '上海',
      '上海市',
      '徐汇区',
      null,
      '漕溪北路88号圣爱大厦1802',
      '2024/03/05 10:00:00',
      '已完成',
      null,
      null,
    ], // 7
    [
      '6920123456789012353',
      '69201234567890123531',
      '精华液',
      '1',
      '299',
      '刘德华',
      '17700001234',
      '香港特别行政区',
      '香港岛',
      '中西区',
      null,
      '皇后大道中 99号',
      '2024/03/06 10:00:00',
      '已完成',
      null,
      null,
    ],
    [
      '6920123456789012355',
      '69201234567890123551',
      '面霜',
      '1',
      '159',
      '陈静',
      '13333333333',
      '四川省',
      '成都市',
      '锦江区',
      '春熙路街道',
      '春熙路 1号',
      '2024/03/08 10:00:00',
      '已取消',
      null,
      null,
    ], // 9
    [
      '6920123456789012356',
      '69201234567890123561',
      '面霜',
      '1',
      '159',
      '陈静',
      '13333333333',
      '四川省',
      '成都市',
      '锦江区',
      '春熙路街道',
      '春熙路1号',
      '2024/03/08 10:05:00',
      '已完成',
      null,
      null,
    ], // 10
    [
      '6920123456789012358',
      '69201234567890123581',
      '眼霜',
      '1',
      '259',
      '马丽',
      '19912340000',
      '内蒙古自治区',
      '呼和浩特市',
      '赛罕区',
      null,
      '大学西街 235号',
      '2024/03/11 11:00:00',
      '已完成',
      null,
      null,
    ],
  ];

  test('李* with 186****0001 and 李* with 186****0002 are reviewed, not merged, in a column of mostly whole numbers', () => {
    expect(bandOf(douyin, 4, 5)).not.toBe('merge');
  });

  test('王** twice on one starred number and address is still one buyer, and whole numbers still merge', () => {
    const clusters = clustersOf(douyin);
    expect(together(clusters, 2, 3)?.band).toBe('merge');
    expect(together(clusters, 6, 7)?.band).toBe('merge');
    expect(together(clusters, 9, 10)?.band).toBe('merge');
  });
});

describe('compare/masked-name', () => {
  const comparator = maskedNameComparator();
  const level = (a: string, b: string) =>
    comparator.compare(comparator.prepare(maskedNameKey(a)!), comparator.prepare(maskedNameKey(b)!));
  test.each([
    ['周*', '周*'],
    ['王**', '王*'],
    ['张*伟', '张**'],
    ['欧阳*', '欧*'],
    ['*明', '王*'],
  ])('%s and %s: nothing visible differs', (a, b) => {
    expect(level(a, b)).toBe(0);
  });
  test.each([
    ['周*', '吴*'],
    ['张*伟', '张*明'],
    ['J*** S****', 'M*** S****'],
  ])('%s and %s: another visible name', (a, b) => {
    expect(level(a, b)).toBe(1);
  });
  test.each([['钱多多'], ['*'], ['**'], [''], ['Anna Lee']])('%s is no masked name', (a) => {
    expect(maskedNameKey(a)).toBeNull();
  });
});
