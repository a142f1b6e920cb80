import fc from 'fast-check';
import { checkSheet } from '../../shared/check/check-sheet';
import { issueSchema } from '../../shared/check/issue';
import { formula, messyChinese, sheet, TODAY } from '../operations/fixtures';

function codesAt(result: ReturnType<typeof checkSheet>, row: number) {
  return result.issues.filter((i) => i.row === row).map((i) => `${i.column}:${i.code}:${i.severity}`);
}

describe('checkSheet', () => {
  const result = checkSheet(messyChinese(), { now: TODAY });

  test('reports spreadsheet rows, header texts and both severities', () => {
    expect(result.rows).toBe(4);
    for (const issue of result.issues) expect(issueSchema.parse(issue)).toEqual(issue);
    expect(codesAt(result, 2)).toEqual([
      '姓名:name.nonCanonical:warning',
      '手机号:phone.nonCanonical:warning',
      '邮箱:email.nonCanonical:warning',
      '最近联系时间:date.nonCanonical:warning',
      '累计消费:number.nonCanonical:warning',
    ]);
  });

  test('suggests the canonical value for warnings', () => {
    const phone = result.issues.find((i) => i.row === 2 && i.field === 'phone');
    expect(phone).toMatchObject({ value: '+86 138 0013 8000', suggestion: '13800138000' });
    expect(result.issues.find((i) => i.row === 3 && i.field === 'valueTier')).toMatchObject({
      code: 'choice.nonCanonical',
      suggestion: 'A',
    });
    expect(result.issues.find((i) => i.row === 3 && i.field === 'gender')).toMatchObject({ suggestion: '女' });
  });

  test("reports invalid values as errors with messages in the sheet's language", () => {
    const email = result.issues.find((i) => i.row === 4 && i.field === 'email');
    expect(email).toMatchObject({ code: 'email.invalid', severity: 'error', value: 'wang@' });
    expect(email?.message).toBe('“wang@”不是有效的邮箱地址。');
    expect(codesAt(result, 4)).toEqual(
      expect.arrayContaining(['客户等级:choice.notInList:error', '累计消费:number.invalid:error']),
    );
  });

  test('flags a missing ID as fixable, with the ID cleaning will assign', () => {
    expect(result.issues.find((i) => i.row === 4 && i.code === 'id.missing')).toMatchObject({
      severity: 'warning',
      suggestion: 'C000003',
    });
  });

  test('flags duplicate IDs, missing required values, impossible dates and phones', () => {
    expect(codesAt(result, 5)).toEqual(
      expect.arrayContaining([
        '客户编号:id.duplicate:error',
        '姓名:required.missing:error',
        '手机号:phone.invalid:error',
        '最近联系时间:date.invalid:error',
      ]),
    );
    expect(result.issues.find((i) => i.code === 'id.duplicate')?.message).toContain('第 3 行');
  });

  test('flags stale records by the last contact date', () => {
    const stale = result.issues.filter((i) => i.code === 'record.stale');
    expect(stale.map((i) => i.row)).toEqual([4]);
  });

  test('never reports unmapped columns', () => {
    expect(result.issues.some((i) => i.column === '内部代码')).toBe(false);
  });

  test.each([
    ['+1 415 555 2671', '手机号'],
    ['010-62345678', '手机号'],
    ['Zhang.Wei+crm@example.com.cn', '邮箱'],
    ['2024年3月5日', '最近联系时间'],
    ['1,234.50', '累计消费'],
  ])('never calls the valid but unusual %s an error', (value, column) => {
    const headers = ['客户编号', '姓名', '手机号', '邮箱', '最近联系时间', '累计消费'];
    const row: (string | null)[] = ['C000001', '张三', '13800138000', 'a@b.cn', '2024-06-01', '1'];
    row[headers.indexOf(column)] = value;
    const issues = checkSheet(sheet([headers, row]), { now: TODAY }).issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('uses English messages for an English sheet', () => {
    const issues = checkSheet(
      sheet([
        ['Name', 'Phone', 'Email'],
        ['Ann Lee', '13800138000', 'not-an-email'],
      ]),
      { now: TODAY },
    ).issues;
    expect(issues.find((i) => i.code === 'email.invalid')?.message).toBe(
      '"not-an-email" is not a valid email address.',
    );
  });

  test('treats real dates and date-formatted serials as canonical', () => {
    const snapshot = sheet(
      [
        ['Name', 'Phone', 'Last Contact', 'Created'],
        ['Ann Lee', '13800138000', new Date(Date.UTC(2024, 5, 1)), 45444],
      ],
      { columnFormats: [null, null, 'yyyy-mm-dd', 'yyyy/m/d'] },
    );
    expect(checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.field !== 'customerId')).toEqual([]);
  });

  test('does not warn about the form of a formula result', () => {
    const snapshot = sheet(
      [
        ['Name', 'Phone', 'Total Spend'],
        ['Ann Lee', '13800138000', '¥100'],
      ],
      { formulas: [formula(2, 3, '="¥"&100')] },
    );
    expect(checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.field === 'totalSpend')).toEqual([]);
  });

  test('requires only one part of a split name', () => {
    const snapshot = sheet([
      ['First Name', 'Last Name', 'Phone'],
      ['Ann', '', '13800138000'],
      ['', '', '13900139000'],
    ]);
    const missing = checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.code === 'required.missing');
    expect(missing.map((i) => [i.row, i.field])).toEqual([[3, 'name.given']]);
  });

  test('reports progress up to the last row', () => {
    const seen: number[] = [];
    checkSheet(messyChinese(), { now: TODAY, onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.at(-1)).toBe(1);
  });

  test('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const result = checkSheet(sheet([['客户编号', '姓名', '手机', '邮箱', '生日', '性别'], ...rows]), {
          now: TODAY,
        });
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
