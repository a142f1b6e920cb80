import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const messages = (cluster: Cluster | undefined, column: string) =>
  (cluster?.reasons ?? []).filter((r) => r.column === column).map((r) => r.message);
/** The cells a column's reasons quote: `公司: same company (a = b)` quotes a and b. */
const quoted = (cluster: Cluster | undefined, column: string) =>
  messages(cluster, column).flatMap((m) => /\(([^()]*)\)$/.exec(m)![1]!.split(/ [=≈≠] |; /));

describe('explainCluster on groups of three rows and more', () => {
  // One buyer in a WeCom export, the CRM and a web form: the CRM row has both the phone of the
  // export and the e-mail of the form, so the form's row (4) joins the group through it.
  const values: CellValue[][] = [
    ['姓名', '手机', '邮箱', '公司', '城市'],
    ['陈小明', '13800138000', null, '杭州云栖科技有限公司', '杭州'], // 2
    ['陈小明', '13800138000', 'xm.chen@yunqi.com', '杭州云栖科技有限公司', '杭州'], // 3
    ['陈晓明', '13800138001', 'xm.chen@yunqi.com', '云栖科技', '杭州'], // 4
    ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
    ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
  ];

  test("quotes every member's own value, not only the pair of the weakest match", () => {
    const cluster = findDuplicates(sheet(values)).clusters.find((c) => c.rows.includes(4));
    expect(cluster?.rows).toEqual([2, 3, 4]);
    // Row 4 writes the company without 杭州 and 有限公司: its value is named beside the others'.
    expect(quoted(cluster, '公司')).toEqual(expect.arrayContaining(['杭州云栖科技有限公司', '云栖科技']));
    // Rows 2 and 3 share a phone, row 4's is a digit apart: one reason, true of the group (one number
    // a digit apart), quoting both links with their own sign.
    expect(messages(cluster, '手机')).toEqual([
      '手机: numbers one digit apart (13800138000 = 13800138000; 13800138000 ≈ 13800138001)',
    ]);
  });

  test('lists each way a shared value is written, once', () => {
    // The same person three times, the phone written three ways (an export, a card scan, a form).
    const phones: CellValue[][] = [
      ['姓名', '手机', '邮箱', '地址'],
      ['王建国', '138 1234 5678', 'wjg@163.com', '杭州市西湖区文三路90号'], // 2
      ['王建国', '13812345678', 'WJG@163.com', null], // 3
      ['王建国', '+86 138-1234-5678', null, '杭州市西湖区文三路90号'], // 4
      ['李娜', '13900000001', 'lina@qq.com', '上海市黄浦区南京东路1号'],
      ['赵敏', '13600000003', 'zm@126.com', '南京市鼓楼区中山路5号'],
    ];
    const cluster = findDuplicates(sheet(phones)).clusters.find((c) => c.rows.includes(2));
    expect(cluster?.rows).toEqual([2, 3, 4]);
    expect(messages(cluster, '手机')).toHaveLength(1);
    expect(messages(cluster, '手机')[0]).toMatch(/^手机: same number \(.+\)$/);
    expect(quoted(cluster, '手机').sort()).toEqual(['+86 138-1234-5678', '138 1234 5678', '13812345678']);
    expect(messages(cluster, '姓名')).toEqual(['姓名: same name (王建国)']);
  });

  test('gives each field one reason, whatever the size of the group', () => {
    for (const cluster of findDuplicates(sheet(values)).clusters) {
      const keys = cluster.reasons.map((r) => r.field);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  test('explains a pair as before: one reason per field, quoting both cells', () => {
    const pair = findDuplicates(sheet(values.filter((_, k) => k !== 3))).clusters.find((c) => c.rows.includes(2));
    expect(pair?.rows).toEqual([2, 3]);
    expect(messages(pair, '手机')).toEqual(['手机: same number (13800138000)']);
    expect(messages(pair, '公司')).toEqual(['公司: same company (杭州云栖科技有限公司)']);
  });
});
