/**
 * A form tool writes a word where a question went unanswered: 问卷星's (跳过) for a question the
 * respondent skipped and (空) for one left empty, (skipped) or No answer in English forms. Check calls
 * them placeholders for no value, in the sheet's language, and clean leaves them as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { isPlaceholder } from '../../shared/check/placeholder';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const placeholders = (result: ReturnType<typeof checkSheet>) =>
  result.issues.filter((i) => i.code === 'value.placeholder').map((i) => [i.row, i.column, i.value]);

// wjx-baoming.xlsx, 问卷星's 报名 answers.
const WJX: CellValue[][] = [
  ['序号', '提交答卷时间', '1、您的姓名：', '2、您的手机号码：', '4、您的工作单位：', '7、您所在的城市：'],
  [1, '2024/4/10 9:15:22', '钱晓东', '13770001234', '南京大学', '南京'],
  [2, '2024/4/10 10:02:11', '郑雅', '15867001234', '阿里巴巴', '(跳过)'],
  [3, '2024/4/11 20:45:00', '周敏', '13951234567', '(空)', '（跳过）'],
];

const FORM: CellValue[][] = [
  ['Name', 'Email', 'Company', 'City'],
  ['Ann Lee', 'ann@northwind.com', 'Northwind Traders', 'Boston'],
  ['Tom Reed', 'tom@reed.org', '[No answer]', '(skipped)'],
];

describe('skipped answers', () => {
  test.each([
    '(跳过)',
    '（跳过）',
    '跳过',
    '(空)',
    '【未作答】',
    '未填写',
    '(skipped)',
    'Skipped',
    '[No answer]',
    'Not answered',
  ])('%s is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));

  test.each(['跳过镇', '空港物流', 'Skipper Marine', 'No Answer Films Ltd'])('%s is a value', (value) =>
    expect(isPlaceholder(value)).toBe(false),
  );

  test('问卷星: (跳过) and (空) are no value, said in Chinese', () => {
    const result = checkSheet(sheet(WJX), { now: TODAY });
    expect(placeholders(result)).toEqual([
      [3, '7、您所在的城市：', '(跳过)'],
      [4, '4、您的工作单位：', '(空)'],
      [4, '7、您所在的城市：', '（跳过）'],
    ]);
    expect(result.issues.find((i) => i.value === '(跳过)')?.message).toBe(
      '“(跳过)”表示没有值，不是真实的“7、您所在的城市：”：已保持原样。请填写真实内容；若确实没有，可清空该单元格。',
    );
  });

  test('an English form: (skipped) and [No answer] are no value, said in English', () => {
    const result = checkSheet(sheet(FORM), { now: TODAY });
    expect(placeholders(result)).toEqual([
      [3, 'Company', '[No answer]'],
      [3, 'City', '(skipped)'],
    ]);
    expect(result.issues.find((i) => i.value === '(skipped)')?.message).toBe(
      '"(skipped)" stands for no value, not a real City: left as typed. Fill in the real one, or clear the cell if there is none.',
    );
  });

  test('clean leaves them as typed', () => {
    const { plan } = planClean(sheet(WJX), { now: TODAY });
    expect(plan.edits.filter((e) => e.row === 3 && e.col === 6)).toEqual([]);
    expect(plan.edits.filter((e) => e.row === 4 && (e.col === 5 || e.col === 6))).toEqual([]);
  });
});
