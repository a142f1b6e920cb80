/**
 * What `custodian export` tells people (its mapping report on stderr, and why it refuses), in the
 * sheet's language (`--json` is the scripting interface and keeps its English keys). CRM column names,
 * objects and the layouts' own notes stay as the CRM and the layouts write them.
 */
import type { UnconfirmedFact } from '../../shared/export/crm-layouts';
import type { Locale } from '../../shared/i18n/locale';

export interface ExportWords {
  rows: (n: number) => string;
  /** "rows 2, 3, 6 and 4 more": the first rows that still have errors. */
  rowList: (total: number, shown: readonly number[]) => string;
  /** "Exported 客户.xlsx for Zoho CRM (contacts): 5 rows". */
  exported: (input: string, crm: string, object: string, rows: number) => string;
  file: (path: string, rows: number) => string;
  columns: string;
  notInSheet: string;
  /** What a source column holds, where a CRM splits or picks it ('name.first', 'phone.mobile'). */
  sourceNotes: Readonly<Record<string, string>>;
  extraColumns: (headers: readonly string[]) => string;
  accountRows: (n: number) => string;
  filled: (column: string, rows: number) => string;
  missingRequired: (column: string, rows: number) => string;
  namesKeptWhole: (n: number) => string;
  chineseList: string;
  /** `surnameFirst`: romanised Chinese names among them read surname first (Lim Wei Ming). */
  latinList: (surnameFirst: number) => string;
  partialDates: (column: string, n: number) => string;
  valuesAsTyped: (column: string, n: number) => string;
  offPicklist: (column: string, crm: string, labels: readonly string[]) => string;
  errorRows: (n: number, rowList: string) => string;
  formulaLike: (n: number, columns: readonly string[]) => string;
  unconfirmed: (crm: string, facts: readonly UnconfirmedFact[]) => string;
  /** --strict and rows with errors: nothing is written. */
  strict: (n: number, rowList: string, input: string) => string;
  overwrite: (input: string) => string;
  noRows: (input: string, sheet: string) => string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

const en: ExportWords = {
  rows: (n) => plural(n, 'row'),
  rowList: (total, shown) =>
    `row${total === 1 ? '' : 's'} ${shown.join(', ')}${total > shown.length ? ` and ${total - shown.length} more` : ''}`,
  exported: (input, crm, object, rows) => `Exported ${input} for ${crm} (${object}): ${en.rows(rows)}`,
  file: (path, rows) => `→ ${path} (${en.rows(rows)})`,
  columns: 'Columns:',
  notInSheet: '(not in the sheet)',
  sourceNotes: {
    'name.salutation': ' (title before the name)',
    'name.first': ' (first name)',
    'name.last': ' (last name)',
    'name.full': ' (full name)',
    'phone.mobile': ' (mobile numbers)',
    'phone.other': ' (landlines and other numbers)',
  },
  extraColumns: (headers) => `Kept as extra columns under the sheet's header: ${headers.join(', ')}`,
  accountRows: (n) => `${plural(n, 'company-only row')} (no person) written as accounts`,
  filled: (column, rows) => `Required "${column}" filled with the customer's name in ${en.rows(rows)}`,
  missingRequired: (column, rows) => `Warning: required "${column}" is blank in ${en.rows(rows)}`,
  namesKeptWhole: (n) =>
    `${plural(n, 'name')} kept whole in the last name (a name with a title such as 张总 or 陈大文先生, a name in mixed scripts, or one that reads either way such as Lee Ho Tan)`,
  chineseList: 'Pinyin names read surname first (a Chinese list)',
  latinList: (surnameFirst) =>
    surnameFirst > 0
      ? `Latin names read first name first, except ${plural(surnameFirst, 'romanised Chinese name')} read surname first (Lim Wei Ming: Lim is the last name)`
      : 'Latin names read first name first',
  partialDates: (column, n) =>
    `${plural(n, 'value')} of "${column}" ${isAre(n)} only part of a date (a birthday without its year, a year and month) and ${n === 1 ? 'was' : 'were'} left blank: the CRM's date column takes a whole date`,
  valuesAsTyped: (column, n) =>
    `${plural(n, 'value')} of "${column}" could not be read and ${n === 1 ? 'was' : 'were'} exported as typed`,
  offPicklist: (column, crm, labels) =>
    `"${column}" values with no standard ${crm} value, written as their label: ${labels.join(', ')}`,
  errorRows: (n, rowList) =>
    `Warning: ${en.rows(n)} still ${n === 1 ? 'has' : 'have'} errors (${rowList}); run "custodian check" to see them, --strict refuses to export them`,
  formulaLike: (n, columns) =>
    `${plural(n, 'value')} (${columns.join(', ')}) start${n === 1 ? 's' : ''} with + - = or @ and ${isAre(n)} written exactly for the importer; ` +
    `a spreadsheet opening this CSV would read ${n === 1 ? 'it as a formula' : 'them as formulas'}: to look at the file, export to .xlsx`,
  unconfirmed: (crm, facts) =>
    `Defaults not confirmed by ${crm}'s documentation (override with --map FILE): ${facts.map((f) => f.en).join('; ')}`,
  strict: (n, rowList, input) =>
    `custodian export: ${en.rows(n)} still ha${n === 1 ? 's' : 've'} errors (${rowList}); nothing written. ` +
    `Run "custodian check ${input}" to see them, or drop --strict.`,
  overwrite: (input) => `custodian export: will not write over the input file ${input}; choose another output name`,
  noRows: (input, sheet) => `custodian export: ${input} [${sheet}] has no customer rows to export`,
};

const zh: ExportWords = {
  rows: (n) => `${n.toLocaleString('zh-CN')} 行`,
  rowList: (total, shown) =>
    `第 ${shown.join('、')} 行${total > shown.length ? `，另有 ${(total - shown.length).toLocaleString('zh-CN')} 行` : ''}`,
  exported: (input, crm, object, rows) => `已按 ${crm} 的导入格式导出 ${input}（${object}）：${zh.rows(rows)}`,
  file: (path, rows) => `→ ${path}（${zh.rows(rows)}）`,
  columns: '列：',
  notInSheet: '（表中没有）',
  sourceNotes: {
    'name.salutation': '（姓名前的称谓）',
    'name.first': '（名）',
    'name.last': '（姓）',
    'name.full': '（全名）',
    'phone.mobile': '（手机号）',
    'phone.other': '（座机和其他号码）',
  },
  extraColumns: (headers) => `作为额外列保留，沿用表中的表头：${headers.join('、')}`,
  accountRows: (n) => `${zh.rows(n)}只有公司、没有联系人，已作为 accounts 写入`,
  filled: (column, rows) => `${zh.rows(rows)}的必填列“${column}”填入了客户名称`,
  missingRequired: (column, rows) => `警告：${zh.rows(rows)}的必填列“${column}”为空`,
  namesKeptWhole: (n) =>
    `${n.toLocaleString('zh-CN')} 个姓名整体放在姓一栏（如“张总”“陈大文先生”这类带称谓的姓名、混用多种文字的姓名，或 Lee Ho Tan 这类两种读法都通的姓名）`,
  chineseList: '拼音姓名按姓在前读取（中文名单）',
  latinList: (surnameFirst) =>
    surnameFirst > 0
      ? `拉丁字母姓名按名在前读取，其中 ${surnameFirst.toLocaleString('zh-CN')} 个拼写的华人姓名按姓在前读取（如 Lim Wei Ming：姓 Lim）`
      : '拉丁字母姓名按名在前读取',
  partialDates: (column, n) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值只是日期的一部分（没有年份的生日、只有年月），已留空：CRM 的日期列需要完整日期`,
  valuesAsTyped: (column, n) => `“${column}”有 ${n.toLocaleString('zh-CN')} 个值无法识别，已按原样导出`,
  offPicklist: (column, crm, labels) =>
    `“${column}”中这些值在 ${crm} 中没有对应的标准值，按原文写入：${labels.join('、')}`,
  errorRows: (n, rowList) =>
    `警告：${zh.rows(n)}仍有错误（${rowList}）：运行 custodian check 查看，加 --strict 则不导出这些行`,
  formulaLike: (n, columns) =>
    `${n.toLocaleString('zh-CN')} 个值（${columns.join('、')}）以 + - = 或 @ 开头，已按原样写出供导入工具读取；` +
    `用电子表格打开这个 CSV 会把${n === 1 ? '它' : '它们'}当作公式：如需查看文件，请导出为 .xlsx`,
  unconfirmed: (crm, facts) =>
    `以下默认设置未经 ${crm} 官方文档确认（可用 --map FILE 覆盖）：${facts.map((f) => f.zh).join('；')}`,
  strict: (n, rowList, input) =>
    `custodian export: ${zh.rows(n)}仍有错误（${rowList}），未写入任何文件。运行 custodian check ${input} 查看，或去掉 --strict。`,
  overwrite: (input) => `custodian export: 不会覆盖输入文件 ${input}，请换一个输出文件名`,
  noRows: (input, sheet) => `custodian export: ${input} [${sheet}] 没有可导出的客户行`,
};

export function exportWords(locale: Locale): ExportWords {
  return locale === 'zh-CN' ? zh : en;
}
