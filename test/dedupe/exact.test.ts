import { describeSameColumns, findExactDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const groupsOf = (values: CellValue[][], columns: string[]) =>
  findExactDuplicates(sheet(values), { columns }).clusters.map((c) => c.rows);

// A sales team's list: the same person typed by two people, phone and email in different forms.
const ZH: CellValue[][] = [
  ['序号', '姓名', '手机', '邮箱', '公司'],
  [1, '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司'],
  [2, '张 伟', '138-0013-8000', 'ZhangWei@XingChen.com ', '星辰科技'],
  [3, '张伟', '13800138000', 'zw@other.cn', '北京星辰科技有限公司'],
  [4, '李娜', '13912345678', null, '上海海鲸贸易有限公司'],
  [5, '李娜', '139 1234 5678', null, '上海海鲸贸易有限公司'],
  [6, '王强', '13698765432', 'wangqiang@hailan.cn', '杭州蓝海贸易有限公司'],
];

describe('findExactDuplicates', () => {
  test('groups rows whose cleaned phone and email both agree when they are typed differently', () => {
    expect(groupsOf(ZH, ['手机', '邮箱'])).toEqual([[2, 3]]);
  });

  test('leaves out rows with a blank key column when the others agree', () => {
    // 李娜's two rows share a phone but neither has an email: not proven the same on both keys.
    expect(groupsOf(ZH, ['手机', '邮箱']).flat()).not.toContain(5);
    expect(groupsOf(ZH, ['手机'])).toEqual([
      [2, 3, 4],
      [5, 6],
    ]);
  });

  test('reports each group as certain with one exact reason per key column', () => {
    const [cluster] = findExactDuplicates(sheet(ZH), { columns: ['手机', '邮箱'] }).clusters;
    expect(cluster).toMatchObject({ rows: [2, 3], confidence: 1, band: 'merge' });
    expect(cluster!.reasons.map((r) => [r.field, r.column, r.level, r.similarity])).toEqual([
      ['phone', '手机', 'exact', 1],
      ['email', '邮箱', 'exact', 1],
    ]);
    expect(cluster!.reasons[1]!.message).toBe('邮箱: same value (zhangwei@xingchen.com = ZhangWei@XingChen.com)');
  });

  test('counts the data rows examined when some rows are blank', () => {
    const values = [...ZH.slice(0, 2), [null, null, null, null, null], ...ZH.slice(2)];
    const result = findExactDuplicates(sheet(values), { columns: ['手机', '邮箱'] });
    expect(result.rows).toBe(6);
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 4]]);
  });

  test('matches a key column whose value is the same on every row when it is the only key', () => {
    const values: CellValue[][] = [
      ['Name', 'Company', 'Email'],
      ['Ann Lee', 'Acme Ltd', 'ann@acme.com'],
      ['Bob Ray', 'Acme Ltd', 'bob@acme.com'],
    ];
    expect(groupsOf(values, ['Company'])).toEqual([[2, 3]]);
    expect(groupsOf(values, ['Company', 'Email'])).toEqual([]);
  });

  test('compares English names by spelling when case and spacing differ', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['John Smith', '+1 415 555 2671', 'john@acme.com'],
      ['john  smith', '(415) 555-2671', 'JOHN@ACME.COM'],
      ['Jon Smith', '415 555 2671', 'john@acme.com'],
    ];
    expect(groupsOf(values, ['Name', 'Email'])).toEqual([[2, 3]]);
    expect(groupsOf(values, ['Phone', 'Email'])).toEqual([[2, 3, 4]]);
  });
});

describe('describeSameColumns', () => {
  test.each([
    [['手机', '邮箱'], 'en-US', 'same 手机 and 邮箱'],
    [['手机', '邮箱'], 'zh-CN', '手机和邮箱相同'],
    [['Phone'], 'en-US', 'same Phone'],
    [['姓名', '手机', '邮箱'], 'zh-CN', '姓名、手机和邮箱相同'],
    [['Name', 'Phone', 'Email'], 'en-US', 'same Name, Phone and Email'],
  ] as const)('words %j in %s', (columns, locale, text) => {
    expect(describeSameColumns(columns, locale)).toBe(text);
  });
});
