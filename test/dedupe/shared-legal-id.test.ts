/**
 * One 统一社会信用代码 (or 税号, Company Number, VAT) is one legal entity: two rows of a company list
 * that share it are at least reviewed, with the code named as agreeing, whatever else differs (the
 * contact, a shortened name); and a code that differs counts against two branches of one name.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Sheet1', values });
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values)).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// A key-account list (重点客户名单) as sales keep it: one row per contact at each company.
const HEADER = ['客户名称', '统一社会信用代码', '联系人', '职务', '联系电话', '地址', '客户等级'];
const accounts: CellValue[][] = [
  HEADER,
  [
    '浙江吉利控股集团有限公司',
    '91330000747735638J',
    '李明',
    '采购总监',
    '13905710001',
    '浙江省杭州市滨江区江陵路1760号',
    'A',
  ], // 2
  ['中国银行股份有限公司杭州市分行', '91330100X12345678A', '孙涛', '客户经理', '13805710003', '杭州市上城区', 'B'], // 3
  ['中国银行股份有限公司上海市分行', '91310000X87654321B', '孙涛', '客户经理', '13805710004', '上海市浦东新区', 'B'], // 4
  ['杭州西子智能科技有限公司', '91330106MA2B3C4D5E', '钱进', '总经理', '13805710005', '杭州市西湖区', 'A'], // 5
  ['杭州西子智能装备有限公司', '91330106MA2XXXXX9Q', '钱进', '总经理', '13805710006', '杭州市西湖区', 'B'], // 6
  [
    '阿里巴巴（中国）网络技术有限公司',
    '91330100716105852F',
    '陈曦',
    '商务',
    '13805710007',
    '杭州市余杭区文一西路969号',
    'A',
  ], // 7
  ['阿里巴巴(中国)有限公司', '91330100716105852F', '刘畅', '采购', '13805710008', '杭州市余杭区文一西路969号', 'A'], // 8
  ['宁波舟山港股份有限公司', '91330200717888888X', '马丽', '主管', '0574-27686666', '宁波市', 'C'], // 9
];

describe('findDuplicates on rows that share a legal ID', () => {
  test('reviews two names of one company under one 统一社会信用代码, naming the code as agreeing', () => {
    const pair = together(clustersOf(accounts), 7, 8);
    expect(pair?.band).toBe('review');
    expect(pair?.reasons).toContainEqual(
      expect.objectContaining({
        column: '统一社会信用代码',
        level: 'exact',
        message: expect.stringContaining('91330100716105852F'),
      }),
    );
  });

  test('merges them when the contact and phone agree too', () => {
    const values = accounts.map((row, r) =>
      r === 7
        ? [
            '阿里巴巴(中国)有限公司',
            '91330100716105852F',
            '陈曦',
            '商务',
            '138 0571 0007',
            '杭州市余杭区文一西路969号',
            'A',
          ]
        : row,
    );
    expect(together(clustersOf(values), 7, 8)?.band).toBe('merge');
  });

  test('reads a 纳税人识别号 column the same way', () => {
    const values = accounts.map((row, r) => (r === 0 ? ['客户名称', '纳税人识别号', ...HEADER.slice(2)] : row));
    expect(together(clustersOf(values), 7, 8)?.band).toBe('review');
  });

  test('knows credit codes by their check character under a header that does not name them', () => {
    const values: CellValue[][] = [
      ['公司', '代码', '联系人', '电话', '地址'],
      ['阿里巴巴（中国）网络技术有限公司', '91330100716105852F', '陈曦', '13805710007', '杭州市余杭区文一西路969号'],
      ['浙江吉利控股集团有限公司', '91330000747735638J', '李明', '13905710001', '浙江省杭州市滨江区江陵路1760号'],
      ['杭州西子智能科技有限公司', '91330106MA2B3C4D5D', '王建国', '13857112345', '杭州市西湖区'],
      ['北京中科远望信息技术有限公司', '91110108MA01ABCD2H', '张伟', '13910002000', '北京市海淀区'],
      ['阿里巴巴(中国)有限公司', '91330100716105852F', '刘畅', '13805710008', '杭州市余杭区文一西路969号'],
    ];
    const pair = together(clustersOf(values), 2, 6);
    expect(pair?.band).toBe('review');
    expect(pair?.reasons).toContainEqual(expect.objectContaining({ column: '代码', level: 'exact' }));
  });

  test('does not merge two branches (分行) of one bank under two codes, nor two companies of one owner', () => {
    const clusters = clustersOf(accounts);
    expect(together(clusters, 3, 4)?.band).not.toBe('merge');
    expect(together(clusters, 5, 6)).toBeUndefined();
  });

  test('keeps a code column whose every value differs as evidence, not a row counter', () => {
    // Twenty-odd companies, each under its own code, and one company typed twice under two codes.
    const many: CellValue[][] = [HEADER];
    for (let k = 0; k < 24; k++)
      many.push([
        `杭州第${k + 1}号贸易有限公司`,
        `9133010${String(k).padStart(2, '0')}MA2B3C4D5E`.slice(0, 18),
        `联系人${k}`,
        '经理',
        `1380571${String(k).padStart(4, '0')}`,
        `杭州市西湖区文三路${k + 1}号`,
        'B',
      ]);
    many.push([
      '杭州第1号贸易有限公司',
      '91330100MA27ZZZZ8K',
      '联系人0',
      '经理',
      '13805710000',
      '杭州市西湖区文三路1号',
      'B',
    ]);
    const pair = together(clustersOf(many), 2, many.length);
    expect(pair?.band).toBe('review');
    expect(pair?.reasons).toContainEqual(expect.objectContaining({ column: '统一社会信用代码', level: 'different' }));
  });
});
