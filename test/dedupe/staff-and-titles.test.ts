/**
 * Columns and names as WeCom and hand-kept B2B lists write them: the staff member who added a
 * contact (添加人账号) is no evidence of who the contact is, and a surname with a title (张总, 刘经理,
 * 王老师) names the same person as the full name it stands for when a phone or company says so.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: '客户', values }).clusters;
const together = (values: CellValue[][], a: number, b: number) =>
  clustersOf(values).some((c) => c.rows.includes(a) && c.rows.includes(b));

const WECOM_HEADER = [
  '客户名称',
  '备注名',
  '客户类型',
  '性别',
  '添加人',
  '添加人账号',
  '添加时间',
  '添加渠道',
  '标签',
  '描述',
  '备注手机号',
  '企业名称',
  '所在部门',
];

describe('findDuplicates on staff columns', () => {
  test('anonymous WeCom contacts added by one staff account minutes apart are not grouped', () => {
    const values: CellValue[][] = [
      WECOM_HEADER,
      [
        '微信用户',
        '',
        '微信用户',
        '未知',
        '马超',
        'MaChao',
        '2024-05-01 09:00:01',
        '扫描渠道二维码',
        '',
        '',
        '',
        '',
        '销售部',
      ],
      [
        '微信用户',
        '',
        '微信用户',
        '未知',
        '马超',
        'MaChao',
        '2024-05-01 09:03:10',
        '扫描渠道二维码',
        '',
        '',
        '',
        '',
        '销售部',
      ],
      [
        '微信用户',
        '',
        '微信用户',
        '女',
        '马超',
        'MaChao',
        '2024-05-01 11:03:10',
        '扫描渠道二维码',
        '',
        '',
        '',
        '',
        '销售部',
      ],
      [
        '王五',
        '王五',
        '微信用户',
        '男',
        '林涛',
        'LinTao',
        '2024-03-18 16:02:10',
        '名片分享',
        '已成交',
        '',
        '13300001111',
        '',
        '销售部',
      ],
    ];
    expect(clustersOf(values)).toEqual([]);
  });

  test('an owner or creator account (负责人账号, Owner ID) is no evidence either', () => {
    const values: CellValue[][] = [
      ['客户名称', '负责人账号', '创建人账号', '城市'],
      ['微信用户', 'zhangmin', 'admin', '杭州'],
      ['微信用户', 'zhangmin', 'admin', '宁波'],
      ['李四', 'lihua', 'admin', '上海'],
    ];
    expect(clustersOf(values)).toEqual([]);
  });

  test("a customer's own account (会员账号) still joins one buyer's rows", () => {
    const values: CellValue[][] = [
      ['客户名称', '会员账号', '城市'],
      ['张三', 'zs_8899', '杭州'],
      ['张三丰', 'zs_8899', '杭州'],
      ['李四', 'ls_1234', '上海'],
      ['王五', 'ww_5678', '北京'],
      ['赵六', 'zl_0001', '广州'],
    ];
    expect(together(values, 2, 3)).toBe(true);
  });
});

describe('findDuplicates on a surname with a title', () => {
  test('张伟 and 张总 on one mobile are found (at least for review)', () => {
    const values: CellValue[][] = [
      ['姓名', '手机'],
      ['张伟', '13800138000'],
      ['张总', '13800138000'],
      ['王五', '13300001111'],
      ['李娜', '13911112222'],
      ['赵敏', '13722223333'],
    ];
    expect(together(values, 2, 3)).toBe(true);
  });

  test('刘强 and 刘总 at one company on one mobile are found', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '联系人电话'],
      ['杭州兴旺五金有限公司', '刘强', '15888886666'],
      ['杭州兴旺五金有限公司', '刘总', '15888886666'],
      ['宁波大发建材有限公司', '王建国', '13300001111'],
      ['温州力拓机械有限公司', '陈立', '13611112222'],
      ['嘉兴恒达纺织有限公司', '周红', '13522223333'],
    ];
    expect(together(values, 2, 3)).toBe(true);
  });

  test('王经理 and 李经理 on one company line are two people', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '电话'],
      ['杭州兴旺五金有限公司', '王经理', '0571-88886666'],
      ['杭州兴旺五金有限公司', '李经理', '0571-88886666'],
      ['宁波大发建材有限公司', '王建国', '13300001111'],
      ['温州力拓机械有限公司', '陈立', '13611112222'],
      ['嘉兴恒达纺织有限公司', '周红', '13522223333'],
    ];
    expect(together(values, 2, 3)).toBe(false);
  });

  test('张总 and 李伟 on one mobile are not one person by the title alone', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '生日'],
      ['张总', '13800138000', '1980-01-02'],
      ['李伟', '13800138000', '1992-05-06'],
      ['王五', '13300001111', '1985-03-03'],
      ['李娜', '13911112222', '1990-09-09'],
      ['赵敏', '13722223333', '1979-12-12'],
    ];
    expect(clustersOf(values).filter((c) => c.band === 'merge')).toEqual([]);
  });
});

describe('findDuplicates on WeCom remark names', () => {
  test('张伟-宏达贸易 and 张伟 on one mobile are one customer, their names the same once the organisation is set aside', () => {
    const values: CellValue[][] = [
      ['姓名', '手机'],
      ['张伟-宏达贸易', '13800138000'],
      ['张伟', '13800138000'],
      ['王五', '13300001111'],
      ['李娜', '13911112222'],
      ['赵敏', '13722223333'],
    ];
    const cluster = clustersOf(values).find((c) => c.rows.includes(2) && c.rows.includes(3));
    expect(cluster?.band).toBe('merge');
    const name = cluster?.reasons.find((r) => r.column === '姓名');
    expect(name?.level).toBe('name-with-note');
    expect(name?.message).toBe('姓名: same name, with “宏达贸易” set aside (张伟-宏达贸易 = 张伟)');
  });

  test('Tom Lee - Acme Ltd and Tom Lee share a name; two people at one organisation do not', () => {
    const values: CellValue[][] = [
      ['Name', 'Email'],
      ['Tom Lee - Acme Ltd', 'tom.lee@acme.com'],
      ['Tom Lee', 'tom.lee@acme.com'],
      ['Ann Park - Acme Ltd', 'ann.park@acme.com'],
      ['Raj Patel', 'raj@initech.com'],
      ['Mia Wong', 'mia@globex.com'],
    ];
    const clusters = clustersOf(values);
    expect(together(values, 2, 3)).toBe(true);
    expect(clusters.some((c) => c.rows.includes(4))).toBe(false);
  });
});

describe('findDuplicates on a ledger’s amounts', () => {
  test('累计回款 written ￥3,500.00 on one row and 3500 on the other is no difference between them', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '累计回款'],
      ['上海恒信实业有限公司', '陈立', '13611112222', '￥3,500.00'],
      ['上海恒信实业', '陈立', '136 1111 2222', '3500'],
      ['宁波大发建材有限公司', '王建国', '13300001111', '12000'],
      ['温州力拓机械有限公司', '周红', '13522223333', '800'],
      ['嘉兴恒达纺织有限公司', '李娜', '13911112222', '0'],
    ];
    const cluster = clustersOf(values).find((c) => c.rows.includes(2) && c.rows.includes(3));
    expect(cluster?.band).toBe('merge');
    expect(cluster?.reasons.some((r) => r.column === '累计回款')).toBe(false);
  });
});

describe('findDuplicates on decorated and annotated names', () => {
  test('Cathy and Cathy~, 李娜 and 李娜 采购, on one phone at one company are one contact', () => {
    const values: CellValue[][] = [
      WECOM_HEADER,
      [
        'Cathy',
        '李娜',
        '企业微信用户',
        '女',
        '赵敏',
        'ZhaoMin',
        '2024-06-01 11:11:11',
        '群聊',
        '意向客户',
        '',
        '13912345678',
        '南京瑞丰信息技术有限公司',
        '销售部',
      ],
      [
        'Cathy~',
        '李娜 采购',
        '企业微信用户',
        '女',
        '赵敏',
        'ZhaoMin',
        '2023-06-01 11:11:11',
        '搜索手机号',
        '待回访',
        '',
        '139 1234 5678',
        '南京瑞丰信息技术有限公司',
        '销售部',
      ],
      [
        '王五',
        '王五',
        '微信用户',
        '男',
        '林涛',
        'LinTao',
        '2024-03-18 16:02:10',
        '名片分享',
        '已成交',
        '',
        '13300001111',
        '',
        '销售部',
      ],
      [
        'Lily',
        '周红',
        '微信用户',
        '女',
        '林涛',
        'LinTao',
        '2024-02-11 09:12:00',
        '名片分享',
        '',
        '',
        '13522223333',
        '宁波大发建材有限公司',
        '销售部',
      ],
      [
        'Tony',
        '陈立',
        '微信用户',
        '男',
        '何静',
        'HeJing',
        '2024-01-09 14:20:00',
        '群聊',
        '',
        '',
        '13611112222',
        '',
        '销售部',
      ],
    ];
    expect(together(values, 2, 3)).toBe(true);
  });
});
