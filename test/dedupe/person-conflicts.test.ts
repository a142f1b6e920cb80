import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });
const clustersOf = (values: CellValue[][]) => findDuplicates(sheet(values)).clusters;
const mergedRows = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);

describe('findDuplicates on people with conflicting details', () => {
  test('does not merge two 陈静 at one company whose mobiles and emails differ', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司', '城市'],
      ['陈静', '13912345678', 'chenjing@lanhai.com', '杭州蓝海贸易有限公司', '杭州'], // 2
      ['陈静', '13787654321', 'jing.chen@163.com', '杭州蓝海贸易有限公司', '杭州'], // 3: another 陈静
      ['陈 静', '139 1234 5678', 'ChenJing@lanhai.com', '蓝海贸易（杭州）有限公司', '杭州市'], // 4: row 2 again
      ['王强', '13698765432', 'wangqiang@lanhai.com', '杭州蓝海贸易有限公司', '杭州'],
      ['李娜', '13511112222', 'lina@lanhai.com', '杭州蓝海贸易有限公司', '杭州'],
      ['刘洋', '18622223333', 'liuyang@qq.com', '宁波恒通物流有限公司', '宁波'],
      ['赵敏', '15033334444', 'zhaomin@126.com', '宁波恒通物流有限公司', '宁波'],
      ['孙磊', '13344445555', 'sunlei@163.com', '上海中联咨询有限公司', '上海'],
      ['周婷', '17755556666', 'zhouting@qq.com', '上海中联咨询有限公司', '上海'],
      ['吴昊', '18977778888', 'wuhao@163.com', '深圳卓越电子有限公司', '深圳'],
    ];
    expect(mergedRows(values)).toEqual([[2, 4]]);
    expect(clustersOf(values).some((c) => c.band === 'merge' && c.rows.includes(3))).toBe(false);
  });

  test('does not chain two conflicting 陈静 through a third row that has neither phone nor email', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司', '城市'],
      ['陈静', '13912345678', 'chenjing@lanhai.com', '杭州蓝海贸易有限公司', '杭州'], // 2
      ['陈静', null, null, '杭州蓝海贸易有限公司', '杭州'], // 3: either of them
      ['陈静', '13787654321', 'jing.chen@163.com', '杭州蓝海贸易有限公司', '杭州'], // 4: conflicts with row 2
      ['王强', '13698765432', 'wangqiang@lanhai.com', '杭州蓝海贸易有限公司', '杭州'],
      ['刘洋', '18622223333', 'liuyang@qq.com', '宁波恒通物流有限公司', '宁波'],
      ['赵敏', '15033334444', 'zhaomin@126.com', '宁波恒通物流有限公司', '宁波'],
      ['孙磊', '13344445555', 'sunlei@163.com', '上海中联咨询有限公司', '上海'],
      ['吴昊', '18977778888', 'wuhao@163.com', '深圳卓越电子有限公司', '深圳'],
    ];
    for (const cluster of clustersOf(values)) expect(cluster.rows.includes(2) && cluster.rows.includes(4)).toBe(false);
  });

  test('does not merge two John Smiths at one company whose phones and emails differ', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email', 'Company'],
      ['John Smith', '+1 415 555 2671', 'john.smith@acme.com', 'Acme Inc.'], // 2
      ['John Smith', '+1 415 555 9034', 'jsmith77@gmail.com', 'Acme Inc.'], // 3: another John Smith
      ['Smith, John', '(415) 555-2671', 'John.Smith@acme.com', 'ACME, Inc'], // 4: row 2 again
      ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', 'Globex LLC'],
      ['Peter Brown', '+1 212 555 0188', 'peter@globex.com', 'Globex LLC'],
      ['Linda Wu', '+1 646 555 0123', 'linda.wu@initech.com', 'Initech'],
      ['Omar Haddad', '+1 646 555 0145', 'omar@initech.com', 'Initech'],
      ['Sara Kim', '+1 310 555 0170', 'sara.kim@umbrella.com', 'Umbrella Corp'],
      ['Tom Reyes', '+1 310 555 0199', 'tom@umbrella.com', 'Umbrella Corp'],
      ['Ana Silva', '+1 503 555 0111', 'ana@hooli.com', 'Hooli'],
    ];
    expect(mergedRows(values)).toEqual([[2, 4]]);
  });
});

describe('findDuplicates on columns that say nothing about identity', () => {
  // A 10-row export with a row number, an account ID, an amount and free-text notes.
  const values: CellValue[][] = [
    ['序号', 'Account ID', '姓名', '手机', '客单价', '备注说明'],
    [1, 'A-100', '张三', '13800001111', 3000, '老客户，年底回访'],
    [2, 'A-101', '李四', '13800002222', 2000, '老客户，年底回访'],
    [3, 'A-102', '王五', '13800003333', 3000, '新客户'],
    [4, 'A-103', '赵六', '13800004444', 1500, '新客户'],
    [5, 'A-104', '钱七', '13800005555', 2000, '展会获客'],
    [6, 'A-105', '孙八', '13800006666', 3000, '展会获客'],
    [7, 'A-106', '周九', '13800007777', 800, '转介绍'],
    [8, 'A-107', '吴十', '13800008888', 1200, '转介绍'],
    [9, 'A-108', '郑一', '13800009999', 3000, '老客户'],
    [10, 'A-100', '张 三', '138 0000 1111', 2000, '老客户，年底回访'],
  ];

  test('finds the one duplicate and never cites row numbers, amounts or near-equal IDs as evidence', () => {
    const clusters = clustersOf(values);
    expect(clusters.map((c) => c.rows)).toEqual([[2, 11]]);
    const columns = clusters[0]!.reasons.map((r) => r.column);
    expect(columns).not.toContain('序号');
    expect(columns).not.toContain('客单价');
    expect(clusters[0]!.reasons.find((r) => r.column === 'Account ID')).toMatchObject({ level: 'exact' });
  });

  test('does not count IDs a character apart or equal amounts as a match', () => {
    // Rows 3 and 4 and rows 4 and 10 (both 3000) are different customers.
    for (const cluster of clustersOf(values)) {
      for (const reason of cluster.reasons)
        expect(reason.level === 'exact' || reason.level === 'different' || reason.column !== 'Account ID').toBe(true);
      expect(cluster.rows).not.toContain(3);
    }
  });
});
