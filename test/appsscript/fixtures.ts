/**
 * A messy Chinese customer list of any length for the Apps Script tests: every kind of problem
 * clean fixes (spaced names, +86 phones, upper-case emails, slash and Chinese dates, money text),
 * real date cells, IDs missing on some rows, an unmapped column and a formula column.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

export const SHEET = '客户';
export const HEADERS = [
  '客户编号',
  '姓名',
  '性别',
  '手机号',
  '邮箱',
  '客户等级',
  '最近联系时间',
  '累计消费',
  '内部代码',
  '得分',
];
export const SCORE_COL = 10;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const NAMES = ['张 伟', '李娜', '王芳', '刘洋', '陈 静', '杨磊', '赵敏'];
const PHONES = ['+86 138 0013 8000', '13900139000', '139-0013-9001', '１３７００１３７０００', '010-62345678'];
const EMAILS = (i: number) => [`User${i}@Example.com `, `user${i}@example.cn`, `u${i}@mail.com`][i % 3]!;
const LEVELS = ['VIP', 'A级', 'B', 'C', '普通'];
const DATES: CellValue[] = [d('2024-06-01'), '2024/6/5', '2024年6月7日', d('2023-01-02'), '2024-03-05'];
const SPEND: CellValue[] = ['¥1,234.50', 1200, '300', 88.5];

/** Data row `row` (2-based like the sheet) of the list. */
function customer(row: number): CellValue[] {
  const i = row - 2;
  return [
    i % 7 === 3 ? null : `C${String(i + 1).padStart(6, '0')}`,
    NAMES[i % NAMES.length]!,
    ['男', 'F', '女', 'M'][i % 4]!,
    PHONES[i % PHONES.length]!,
    EMAILS(i),
    LEVELS[i % LEVELS.length]!,
    DATES[i % DATES.length]!,
    SPEND[i % SPEND.length]!,
    `x-${i}`,
    (i % 4) * 10,
  ];
}

/** The header and `dataRows` customers; the score column holds `=H<row>*0+<n>` style formulas. */
export function messyList(dataRows: number): { values: CellValue[][]; formulas: Record<string, string> } {
  const values: CellValue[][] = [HEADERS, ...Array.from({ length: dataRows }, (_, i) => customer(i + 2))];
  const formulas: Record<string, string> = {};
  for (let row = 2; row <= dataRows + 1; row++) formulas[`J${row}`] = `=LEN(B${row})*10`;
  return { values, formulas };
}
