/**
 * One 身份证号 on two clearly different people (马晓燕 and 高峰: other names, mobiles and policies) is an
 * ID typed into the wrong row or copied from the row above: the pair is reviewed, never merged unasked,
 * and its reason says the ID agrees while the names differ. One person's name written two ways (张伟 and
 * 張偉, Zhang Wei) under one ID is still merged.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import { enUS } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: '客户', values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// An insurance agent's client list (保险代理人客户表), as kept in Excel.
const HEADER = [
  '客户姓名',
  '身份证号',
  '性别',
  '出生日期',
  '手机',
  '保单号',
  '险种',
  '保费(元)',
  '投保日期',
  '缴费期',
  '受益人',
  '地址',
  '备注',
];
const clients: CellValue[][] = [
  HEADER,
  [
    '周海涛',
    '11010519820315451X',
    '男',
    '1982-03-15',
    '13901011234',
    'P2023110100012345',
    '重疾险',
    12000,
    '2023-11-01',
    '20年',
    '妻子 刘芳',
    '北京市朝阳区建国路88号',
    '年缴，11月1日前提醒',
  ],
  [
    '周海涛',
    '11010519820315451x',
    '男',
    '1982.3.15',
    '139 0101 1234',
    'P2024020100067890',
    '医疗险',
    800,
    '2024-02-01',
    '1年',
    '本人',
    '北京朝阳建国路88号',
    '同一客户第二张保单',
  ],
  [
    '刘芳',
    '110105198506072626',
    '女',
    '1985-06-07',
    '13901015678',
    'P2023110100012346',
    '重疾险',
    9000,
    '2023-11-01',
    '20年',
    '丈夫 周海涛',
    '北京市朝阳区建国路88号',
    '',
  ],
  [
    '陈国庆',
    '440301196910010032',
    '男',
    '1969-10-01',
    '13809871234',
    'P2022050500011111',
    '年金险',
    50000,
    '2022-05-05',
    '10年',
    '子女',
    '深圳市福田区深南大道1000号',
    '大客户，身份证末位小写x',
  ],
  ['黄丽娟', '310104197512121240', '女', '', '13701239876', '', '', '', '', '', '', '', '只是咨询，还没买'],
  [
    '何伟',
    '320102199001011234',
    '男',
    '1990-01-01',
    '15851234567',
    'P2024030500022222',
    '意外险',
    300,
    '2024.3.5',
    '1年',
    '法定',
    '南京市玄武区',
    '身份证号可能抄错了',
  ],
  [
    '林小华',
    'H12345678',
    '女',
    '1988-08-08',
    '+852 6123 4567',
    'P2024010100033333',
    '重疾险',
    20000,
    '2024-01-01',
    '终身',
    '母亲',
    '香港九龙',
    '港澳通行证号码',
  ],
  [
    '吴明',
    '440301691001003',
    '男',
    '',
    '13800001111',
    'P2024040100044444',
    '寿险',
    1000,
    '2024-04-01',
    '',
    '',
    '',
    '老身份证15位',
  ],
  [
    '马晓燕',
    '420106199207153120',
    '女',
    '1992-15-07',
    '13507151234',
    'P2024060100066666',
    '重疾险',
    7000,
    '2024-06-01',
    '20年',
    '父母',
    '武汉市武昌区',
    '生日抄成日月倒了',
  ],
  [
    '高峰',
    '420106199207153120',
    '女',
    '1992-07-15',
    '13507159999',
    'P2024060100077777',
    '意外险',
    200,
    '2024-06-01',
    '1年',
    '法定',
    '武汉市武昌区',
    '身份证号和马晓燕一样？录错了',
  ],
  [
    '郑爽',
    '510107199912311233',
    '女',
    '1999-12-31',
    '18980001234',
    'P2024050500055555',
    '医疗险',
    600,
    '2024-05-05',
    '1年',
    '本人',
    '成都市武侯区',
    "'身份证号以文本存储",
  ],
];

describe('findDuplicates on one ID number under two names', () => {
  test('马晓燕 and 高峰 on one 身份证号 are reviewed, not merged, and the ID is said to stand against the names', () => {
    const clusters = clustersOf(clients);
    const pair = together(clusters, 10, 11);
    expect(pair?.band).toBe('review');
    expect(pair!.confidence).toBeLessThanOrEqual(0.7);
    const id = pair!.reasons.find((r) => r.column === '身份证号')!;
    expect(id.level).toBe('same-id-other-name');
    expect(id.message).toBe(
      "身份证号: same ID number, but the names differ: one may be mistyped or someone else's (420106199207153120)",
    );
    expect(reasonText(id, MERGE_LABELS['zh-CN'].reason!)).toBe(
      '身份证号：相同，但姓名不同：证件号可能录错，或是别人的（420106199207153120）',
    );
    expect(zhCN[levelKey(id.level)]).toBe('相同，但姓名不同：证件号可能录错，或是别人的');
    expect(enUS[levelKey(id.level)]).toBe("same, but the names differ: one ID may be mistyped or someone else's");
    expect(pair!.reasons.find((r) => r.column === '客户姓名')?.level).toBe('different');
    // One customer's two policies are still merged, the ID named as the same.
    const zhou = together(clusters, 2, 3);
    expect(zhou?.band).toBe('merge');
    expect(zhou!.reasons.find((r) => r.column === '身份证号')?.level).toBe('exact');
  });

  test('a third row of 马晓燕 does not join 高峰 to her', () => {
    const values = [
      ...clients,
      [
        '马晓燕',
        '',
        '女',
        '1992-07-15',
        '13507151234',
        'P2024070100088888',
        '医疗险',
        500,
        '2024-07-01',
        '1年',
        '本人',
        '武汉市武昌区',
        '',
      ],
    ];
    const clusters = clustersOf(values);
    expect(together(clusters, 10, 13)?.band).toBe('merge');
    expect(together(clusters, 10, 11)?.band ?? 'review').toBe('review');
    expect(clusters.some((c) => c.band === 'merge' && c.rows.includes(11))).toBe(false);
  });

  test('one ID under a name written two ways (张伟 and 張偉, Zhang Wei) is still merged', () => {
    const values: CellValue[][] = [
      ['客户姓名', '身份证号', '手机', '保单号', '地址'],
      ['张伟', '330106198811203417', '13757112345', 'P2024010100010001', '杭州市西湖区文三路90号'],
      ['張偉', '330106198811203417', '0571-8888 1234', 'P2024030100010002', '杭州西湖文三路90号'],
      ['Zhang Wei', '330106198811203417', '+86 137 5711 2345', 'P2024050100010003', ''],
      ['李娜', '330106199003154528', '13857154321', 'P2024020100010004', '杭州市上城区'],
      ['王强', '330102197705062211', '13957198765', 'P2024040100010005', '杭州市拱墅区'],
    ];
    const cluster = together(clustersOf(values), 2, 3);
    expect(cluster?.band).toBe('merge');
    expect(cluster!.rows).toEqual([2, 3, 4]);
    expect(cluster!.reasons.find((r) => r.column === '身份证号')?.level).toBe('exact');
  });

  test('a name typed into the wrong columns (Riding in First Name) under one ID is no other person', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Street', 'Suburb', 'Postcode', 'Date of Birth', 'SSN'],
      ['Alice', 'Exclel', '18 Aspinall Street', 'Maryborough', '2448', '1904-07-15', '4503763'],
      ['Alice', 'Riding', '18 Aspinall Street', 'Maryborough', '2448', '1911-12-05', '4503763'],
      ['Riding', 'Alice', '18 Aspinall Street', 'Maryborough', '2448', '1911-12-05', '4503763'],
      ['Tom', 'Baker', '3 Kent Road', 'Toorak', '3142', '1950-01-02', '1234567'],
      ['Mary', 'Jones', '9 Pitt Street', 'Sydney', '2000', '1961-05-06', '7654321'],
    ];
    const cluster = together(clustersOf(values), 2, 3);
    expect(cluster?.band).toBe('merge');
    expect(cluster!.rows).toContain(4);
  });

  test('one passport number on two clearly different names (an English list) is reviewed too', () => {
    const values: CellValue[][] = [
      ['Full Name', 'Passport', 'Mobile', 'Email', 'City'],
      ['Emma Wilson', 'P1234567', '+44 7700 900123', 'emma.wilson@gmail.com', 'Leeds'],
      ['Raj Patel', 'P1234567', '+44 7700 900987', 'raj.patel@outlook.com', 'Leeds'],
      ['Tom Baker', 'P7654321', '+44 7700 900555', 'tom.baker@yahoo.co.uk', 'York'],
      ['Sophie Turner', 'P2468024', '+44 7700 900777', 'sophie.t@gmail.com', 'Hull'],
    ];
    const pair = together(clustersOf(values), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
  });
});
