import fc from 'fast-check';
import { planClean } from '../../shared/operations/clean';
import { checkSheet } from '../../shared/check/check-sheet';
import { invertPlan } from '../../shared/plan/invert-plan';
import { after } from './apply';
import { formula, messyChinese, sheet, TODAY } from './fixtures';

describe('planClean', () => {
  const snapshot = messyChinese();
  const { plan, summary } = planClean(snapshot, { now: TODAY });
  const cleaned = after(snapshot, plan);

  test('writes canonical values and keeps the old ones for preview and undo', () => {
    const edit = (row: number, col: number) => plan.edits.find((e) => e.row === row && e.col === col);
    expect(edit(2, 2)).toEqual({ row: 2, col: 2, before: '张 伟', after: '张伟', reason: 'name.nonCanonical' });
    expect(edit(2, 4)).toMatchObject({ before: '+86 138 0013 8000', after: '13800138000' });
    expect(edit(2, 5)).toMatchObject({ before: 'Zhang.Wei@Example.com ', after: 'zhang.wei@example.com' });
    expect(edit(2, 7)).toMatchObject({ before: '2024/6/1', after: '2024-06-01' });
    expect(edit(2, 8)).toMatchObject({ before: '¥1,234.50', after: 1234.5 });
    expect(edit(3, 3)).toMatchObject({ before: 'F', after: '女' });
    expect(edit(3, 4)).toMatchObject({ before: '１３９００１３９０００', after: '13900139000' });
    expect(edit(3, 6)).toMatchObject({ before: 'A级', after: 'A' });
  });

  test("keeps the time of day a WeCom or shop export wrote beside the date, and drops only an export's midnight", () => {
    const wecom = sheet([
      ['客户名称', '手机', '添加时间', '最近联系日期'],
      ['张晓宇', '13812345678', '2024/3/5 14:22:10', '2024-03-05 00:00:00'],
      ['王丽丽', '13912345678', '2024-03-06 09:10', '2024/3/6'],
      ['陈建国', '13712345678', '2024年4月1日 下午3:05', '2024-04-01 18:30'],
    ]);
    const cleanedWecom = after(wecom, planClean(wecom, { now: TODAY }).plan);
    expect(cleanedWecom.values.slice(1).map((row) => row.slice(2, 4))).toEqual([
      ['2024-03-05 14:22:10', '2024-03-05'],
      ['2024-03-06 09:10', '2024-03-06'],
      ['2024-04-01 15:05', '2024-04-01 18:30'],
    ]);
    // A second clean changes nothing, and check has nothing left to say about these cells.
    expect(planClean(cleanedWecom, { now: TODAY }).plan.edits.filter((e) => e.col === 3 || e.col === 4)).toEqual([]);
  });

  test('gives rows without an ID the next number, then renumbers a later duplicate', () => {
    expect(cleaned.values[3][0]).toBe('C000003');
    expect(cleaned.values[4][0]).toBe('C000004');
    expect(plan.meta['customerId.last.C']).toBe('4');
  });

  test('leaves values it cannot fix in place, still reported', () => {
    expect(cleaned.values[3].slice(3, 8)).toEqual(['010-62345678', 'wang@', 'Z', '2023-01-02', 'abc']);
    expect(summary.unfixable).toBeGreaterThanOrEqual(5);
    const remaining = checkSheet(cleaned, { now: TODAY }).issues;
    expect(remaining.filter((i) => i.severity === 'warning' && i.code !== 'record.stale')).toEqual([]);
    expect(remaining.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(
      expect.arrayContaining(['email.invalid', 'choice.notInList', 'number.invalid', 'phone.invalid']),
    );
    expect(remaining.map((i) => i.code)).not.toContain('id.duplicate');
  });

  test('summarises the changes by reason', () => {
    expect(summary.changes).toBe(plan.edits.length);
    expect(summary.byReason['phone.nonCanonical']).toBe(2);
    expect(summary.byReason['id.missing']).toBe(1);
    expect(summary.rows).toBe(4);
  });

  test('is undone exactly by the inverse plan', () => {
    expect(after(cleaned, invertPlan(plan)).values).toEqual(snapshot.values);
  });

  test('never edits a formula cell', () => {
    const withFormula = sheet(
      [
        ['姓名', '手机', '累计消费'],
        ['张三', '13800138000', ' 100 '],
      ],
      { formulas: [formula(2, 3, '=" 100 "')] },
    );
    expect(planClean(withFormula, { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  test('keeps numbers as plain text in a text-only file', () => {
    const csv = sheet(
      [
        ['Name', 'Total Spend', 'Purchase Count'],
        ['Ann Lee', '1234.5', '3'],
      ],
      { textOnly: true },
    );
    expect(planClean(csv, { now: TODAY }).plan.edits.filter((e) => e.col > 1)).toEqual([]);
  });

  const headers = ['客户编号', '姓名', '手机', '邮箱', '最近联系日期', '累计消费', '性别', '备用'];
  const messyCell = fc.oneof(
    fc.constantFrom(
      '  张 伟 ',
      'ＡＢＣ',
      '+86 138-0013-8000',
      '１３８００１３８０００',
      'A@B.COM ',
      '2024/3/5',
      '2024年3月5日',
      '¥1,234.5',
      'M',
      '女士',
      'x',
      '',
      null,
    ),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 60000 }),
  );
  const rows = fc.array(fc.array(messyCell, { minLength: headers.length, maxLength: headers.length }), {
    minLength: 1,
    maxLength: 12,
  });

  test('is idempotent: cleaning a cleaned sheet changes nothing', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const first = sheet([headers, ...data]);
        const once = after(first, planClean(first, { now: TODAY }).plan);
        expect(planClean(once, { now: TODAY }).plan.edits).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  test('never changes a formula cell or an unmapped column', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 11 }), (data, formulaRow) => {
        const row = (formulaRow % data.length) + 2;
        const snapshot = sheet([headers, ...data], { formulas: [formula(row, 4, '=LOWER("X@Y.COM")')] });
        const { plan } = planClean(snapshot, { now: TODAY });
        expect(plan.edits.some((e) => e.row === row && e.col === 4)).toBe(false);
        expect(plan.edits.some((e) => e.col === 8)).toBe(false);
      }),
      { numRuns: 120 },
    );
  });
});

describe('planClean with a second phone column', () => {
  test('cleans 座机 beside 手机 and takes a landline as the phone of a row without a mobile', () => {
    // A B2B ledger: the restaurant group only gave its landline; an empty row has neither.
    const ledger = sheet([
      ['客户名称', '联系人', '手机', '座机', '最近跟进', '下次跟进'],
      ['成都天府餐饮管理有限公司', '赵敏', '', '(028)85551234', '2024/3/1', '2024/4/1'],
      ['杭州云栖科技有限公司', '王建国', '13958012345', '0571 8823 1546', '2024/3/15', '2024/4/1'],
      ['深圳市华强电子有限公司', '张伟', '', '', '2024/1/8', '2024/2/8'],
    ]);
    const { plan } = planClean(ledger, { now: TODAY });
    const cleaned = after(ledger, plan);
    expect(cleaned.values.map((r) => r[3])).toEqual(['座机', '028-85551234', '0571-88231546', '']);
    const issues = checkSheet(cleaned, { now: TODAY }).issues.filter((i) => i.code === 'required.missing');
    expect(issues.map((i) => [i.row, i.column])).toEqual([[4, '手机']]);
  });

  test('cleans a Salesforce Mobile column and takes it as the phone of a row without a Phone', () => {
    const contacts = sheet([
      ['First Name', 'Last Name', 'Email', 'Phone', 'Mobile'],
      ['Elizabeth', 'Taylor', 'et@globex.com', '212-555-0147', '917-555-0102'],
      ['Liz', 'Taylor', 'liz.taylor@gmail.com', '', '917 555 0102'],
    ]);
    const cleaned = after(contacts, planClean(contacts, { now: TODAY }).plan);
    expect(cleaned.values[2][4]).toBe(cleaned.values[1][4]);
    const issues = checkSheet(cleaned, { now: TODAY }).issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.filter((i) => i.column === 'Mobile')).toEqual([]);
  });

  test('reports a number in the second column that is no phone', () => {
    const contacts = sheet([
      ['Name', 'Phone', 'Mobile'],
      ['Ann Lee', '(212) 555-0100', '12345'],
      ['Bob Smith', '(415) 555-0134', ''],
      ['Liz Warren', '(415) 555-0177', ''],
    ]);
    const errors = checkSheet(contacts, { now: TODAY }).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'Mobile', 'phone.invalid']]);
  });
});
