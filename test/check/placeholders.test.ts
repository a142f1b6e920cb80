/**
 * 无, 暂无, -, N/A, none, TBD, 0 in a phone or e-mail cell say there is none: a placeholder for no value,
 * reported as such (a warning, or a missing value where the field is required), never as a bad number.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { isPlaceholder } from '../../shared/check/placeholder';
import { planClean } from '../../shared/operations/clean';
import { buildInsights } from '../../shared/insights/build-insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** What check says of each cell, its tidying of valid numbers aside. */
const found = (result: ReturnType<typeof checkSheet>) =>
  result.issues.filter((i) => !i.code.endsWith('.nonCanonical')).map((i) => [i.row, i.column, i.code, i.severity]);

describe('placeholders for no value', () => {
  test.each([
    '无',
    '暂无',
    '没有',
    '空',
    '未知',
    '不详',
    '-',
    '--',
    '——',
    '/',
    'N/A',
    'n/a',
    'NA',
    'none',
    'null',
    'TBD',
    '0',
    '000',
    0,
  ])('takes %j for a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  test.each(['13800138000', 'wang@', '138****8000', '12345', 'a@b.cn', 'x', '', null, 5])(
    'does not take %j for one',
    (value) => {
      expect(isPlaceholder(value)).toBe(false);
    },
  );

  test('a Chinese member list: a required phone holding 无 is missing, an e-mail holding one a warning', () => {
    const result = checkSheet(
      sheet([
        ['姓名', '手机', '邮箱'],
        ['李雷', '无', '无'],
        ['王小二', '暂无', '暂无'],
        ['赵大宝', '-', '-'],
        ['钱多多', '13800000001', 'qdd@example.com'],
      ]),
      { now: TODAY },
    );
    expect(found(result)).toEqual([
      [2, '手机', 'required.missing', 'error'],
      [2, '邮箱', 'value.placeholder', 'warning'],
      [3, '手机', 'required.missing', 'error'],
      [3, '邮箱', 'value.placeholder', 'warning'],
      [4, '手机', 'required.missing', 'error'],
      [4, '邮箱', 'value.placeholder', 'warning'],
    ]);
    expect(result.issues[0]).toMatchObject({ value: '无', message: '“手机”为必填项，但只填了表示没有值的“无”。' });
    expect(result.issues[1]?.message).toBe(
      '“无”表示没有值，不是真实的“邮箱”：已保持原样。请填写真实内容；若确实没有，可清空该单元格。',
    );
  });

  test('an English contact list: N/A, none, TBD and 0 are placeholders, in English', () => {
    const result = checkSheet(
      sheet([
        ['Name', 'Phone', 'Mobile', 'Email'],
        ['Ann Lee', 'N/A', '(415) 555-0134', 'none'],
        ['Bob Smith', '(212) 555-0100', 'TBD', 'n/a'],
        ['Liz Warren', '0', '', 'liz@example.com'],
        ['Tom Hall', '', 'N/A', 'tom@'],
      ]),
      { now: TODAY },
    );
    expect(found(result)).toEqual([
      // A placeholder in Phone with a number in Mobile: the customer has a phone.
      [2, 'Phone', 'value.placeholder', 'warning'],
      [2, 'Email', 'value.placeholder', 'warning'],
      [3, 'Mobile', 'value.placeholder', 'warning'],
      [3, 'Email', 'value.placeholder', 'warning'],
      [4, 'Phone', 'required.missing', 'error'],
      // A placeholder in Mobile is no phone either: Phone is still missing.
      [5, 'Phone', 'required.missing', 'error'],
      [5, 'Mobile', 'value.placeholder', 'warning'],
      [5, 'Email', 'email.invalid', 'error'],
    ]);
    const messages = result.issues.filter((i) => !i.code.endsWith('.nonCanonical')).map((i) => i.message);
    expect(messages[1]).toBe(
      '"none" stands for no value, not a real Email: left as typed. Fill in the real one, or clear the cell if there is none.',
    );
    expect(messages[4]).toBe('Phone is required but holds only "0", which stands for no value.');
    expect(messages[5]).toBe('Phone is required but empty.');
  });

  test('clean leaves placeholders as typed', () => {
    const snapshot = sheet([
      ['姓名', '手机', '邮箱'],
      ['李雷', '无', 'N/A'],
      ['韩梅梅', '+86 139 0000 0002', '-'],
    ]);
    const { plan } = planClean(snapshot, { now: TODAY });
    const edited = plan.edits.map((e) => [e.row, e.col, e.after]);
    expect(edited).toContainEqual([3, 2, '13900000002']);
    expect(edited.filter(([, col]) => col === 2 || col === 3)).toEqual([[3, 2, '13900000002']]);
  });
});

describe('placeholders in clean and quality', () => {
  const values: CellValue[][] = [
    ['姓名', '手机', '邮箱'],
    ['张三', '13800138000', 'zhang@example.cn'],
    ['李四', '无', 'N/A'],
  ];

  test('clean leaves them as typed and counts them among the values it could not fix', () => {
    const { plan, summary } = planClean({ name: '客户', values }, { now: TODAY });
    expect(plan.edits.filter((e) => e.row === 3)).toEqual([]);
    // The e-mail's N/A; the required phone's 无 is a missing value, which clean no more fills than a blank.
    expect(summary.unfixable).toBe(1);
  });

  test('the quality score counts a placeholder as a filled cell that holds no valid value', () => {
    const report = buildInsights({ name: '客户', values }, { now: TODAY });
    const phone = report.quality.fields.find((f) => f.field === 'phone')!;
    expect(phone).toMatchObject({ filled: 2, valid: 1 });
    expect(report.quality.score).toBeLessThan(100);
  });
});
