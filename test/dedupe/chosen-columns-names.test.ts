/**
 * Matching on the columns the user chose (`--columns 手机`) compares only those, but rows that agree
 * on them while naming two people (张伟 and 李娜 on a couple's or a shop's shared line) or two
 * companies are no duplicate to merge unasked: they are reviewed, and the reason quotes both names.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const clusterWith = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

const CUSTOMERS: CellValue[][] = [
  ['姓名', '手机', '邮箱', '城市', '累计消费', '下单日期'],
  ['张伟', '13800138000', '', '北京', 1200, '2024-03-01'], // 2
  ['李娜', '13800138000', '', '北京', 800, '2024-03-05'], // 3: his wife, on his phone
  ['王芳', '13912345678', 'wangfang@163.com', '上海', 560, '2024-01-12'], // 4
  ['王芳', '139 1234 5678', '', '上海', 340, '2024-02-20'], // 5: row 4 again
  ['赵强', '13700137000', 'zhaoq@qq.com', '广州', 900, '2024-04-01'],
  ['刘洋', '13611112222', '', '深圳', 150, '2024-04-02'],
  ['陈静', '13522223333', 'chenjing@126.com', '杭州', 2000, '2024-04-03'],
  ['杨帆', '13633334444', '', '成都', 75, '2024-04-04'],
  ['黄磊', '13744445555', '', '武汉', 330, '2024-04-05'],
  ['周敏', '13855556666', 'zhoumin@sina.com', '南京', 410, '2024-04-06'],
  ['吴昊', '13966667777', '', '西安', 620, '2024-04-07'],
  ['', '15077778888', '', '重庆', 880, '2024-04-08'], // 13: no name
  ['徐丽', '150-7777-8888', '', '重庆', 95, '2024-04-09'], // 14: row 13's customer, named
];

describe('findDuplicates on the columns the user chose', () => {
  const { clusters } = findDuplicates(sheet(CUSTOMERS), { columns: ['手机'] });

  test('reviews two people of other names on one phone, and says their names differ', () => {
    const couple = clusterWith(clusters, 2, 3);
    expect(couple).toBeDefined();
    expect(couple!.band).toBe('review');
    expect(couple!.confidence).toBeLessThan(0.9);
    const names = couple!.reasons.find((r) => r.column === '姓名');
    expect(names).toMatchObject({ field: 'name', level: 'different' });
    expect(names!.message).toContain('张伟 ≠ 李娜');
    // The chosen column's own reason stays.
    expect(couple!.reasons.some((r) => r.column === '手机' && r.level === 'exact')).toBe(true);
  });

  test('reviews them however low the threshold', () => {
    const low = findDuplicates(sheet(CUSTOMERS), { columns: ['手机'], threshold: 0.5 }).clusters;
    expect(clusterWith(low, 2, 3)?.band).toBe('review');
    expect(clusterWith(low, 4, 5)?.band).toBe('merge');
  });

  test('still merges rows whose names agree, or where one has no name', () => {
    const merged = clusters.filter((c) => c.band === 'merge');
    expect(merged.map((c) => c.rows)).toEqual([
      [4, 5],
      [13, 14],
    ]);
    for (const cluster of merged) expect(cluster.reasons.map((r) => r.column)).toEqual(['手机']);
  });

  test('reviews them also when the name is one of the chosen columns', () => {
    const byNameAndPhone = findDuplicates(sheet(CUSTOMERS), { columns: ['姓名', '手机'] }).clusters;
    const couple = clusterWith(byNameAndPhone, 2, 3);
    expect(couple?.band).toBe('review');
    expect(couple!.reasons.filter((r) => r.column === '姓名' && r.level !== 'held-apart')).toHaveLength(1);
    expect(clusterWith(byNameAndPhone, 4, 5)?.band).toBe('merge');
  });

  test('a row without a name joins one of the two, never both into one group', () => {
    const values: CellValue[][] = [...CUSTOMERS, ['', '13800138000', '', '北京', 100, '2024-05-01']]; // 15
    const found = findDuplicates(sheet(values), { columns: ['手机'] }).clusters;
    expect(found.some((c) => c.rows.includes(2) && c.rows.includes(3) && c.band === 'merge')).toBe(false);
  });

  test('reviews a couple of other given names on one home phone in an English list', () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Phone', 'City'],
      ['John', 'Smith', '(415) 555-2671', 'San Francisco'], // 2
      ['Mary', 'Smith', '+1 415 555 2671', 'San Francisco'], // 3: his wife
      ['Peter', 'Brown', '+1 212 555 0188', 'New York'], // 4
      ['Pete', 'Brown', '212-555-0188', 'New York'], // 5: row 4 again
      ['Linda', 'Wu', '+1 646 555 0123', 'New York'],
      ['Oliver', 'Hughes', '+1 617 555 0199', 'Boston'],
    ];
    const found = findDuplicates(sheet(values), { columns: ['Phone'] }).clusters;
    const couple = clusterWith(found, 2, 3);
    expect(couple?.band).toBe('review');
    expect(couple!.reasons.map((r) => r.message).join(' | ')).toMatch(/John ≠ Mary/);
    expect(clusterWith(found, 4, 5)?.band).toBe('merge');
  });

  test('reviews two companies of other names on one shared number', () => {
    const values: CellValue[][] = [
      ['公司名称', '电话', '地址'],
      ['杭州蓝海贸易有限公司', '0571-88886666', '杭州市西湖区文三路100号'], // 2
      ['宁波恒通物流有限公司', '0571-88886666', '杭州市西湖区文三路100号'], // 3: one agent's line
      ['上海中联咨询有限公司', '021-66668888', '上海市徐汇区南京路20号'], // 4
      ['中联咨询（上海）有限公司', '021 6666 8888', '徐汇区南京路20号'], // 5: row 4 again
      ['深圳卓越电子有限公司', '0755-12345678', '深圳市南山区科技园路66号'],
      ['北京鼎盛科技有限公司', '010-62345678', '北京市海淀区中关村大街1号'],
    ];
    const found = findDuplicates(sheet(values), { columns: ['电话'] }).clusters;
    const two = clusterWith(found, 2, 3);
    expect(two?.band).toBe('review');
    expect(two!.reasons.find((r) => r.column === '公司名称')?.message).toContain(
      '杭州蓝海贸易有限公司 ≠ 宁波恒通物流有限公司',
    );
    expect(clusterWith(found, 4, 5)?.band).toBe('merge');
  });

  test('keeps a name that is the same person written another way', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '城市'],
      ['陳大文', '13800138000', '香港'], // 2
      ['陈大文', '13800138000', '香港'], // 3: in simplified characters
      ['张 伟', '13912345678', '北京'], // 4
      ['张伟', '13912345678', '北京'], // 5
      ['刘洋', '13611112222', '深圳'],
      ['陈静', '13522223333', '杭州'],
    ];
    const found = findDuplicates(sheet(values), { columns: ['手机'] }).clusters;
    expect(found.filter((c) => c.band === 'merge').map((c) => c.rows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
