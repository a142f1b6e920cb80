/**
 * What `custodian check` prints for people, in the sheet's language like the issues it lists
 * (`--json` is the scripting interface and keeps its English keys). Field keys stay as they are in
 * both languages: they are what `--map` takes.
 */
import type { Locale } from '../../shared/i18n/locale';
import type { ColumnMapping } from '../../shared/template/header-mapping';
import { countOf } from './duplicate-words';

type Evidence = NonNullable<ColumnMapping['evidence']>;

export interface CheckWords {
  /** "customers.xlsx [客户]: 3 rows checked, 2 errors, 1 warning". */
  summary: (where: string, rows: number, errors: number, warnings: number) => string;
  tableHeaders: [string, string, string, string, string];
  severity: (severity: 'error' | 'warning') => string;
  more: (n: number) => string;
  none: string;
  columns: (mapped: string[]) => string;
  leftAlone: (headers: string[]) => string;
  companies: string;
  /** Rows that total the list, left unchecked. */
  totalsRows: (rows: number[]) => string;
  /** Notes lines about the list (备注：…), left unchecked. */
  notesRows: (rows: number[]) => string;
  /** An order export's further items of the order above them, left unchecked. */
  lineItemRows: (rows: number[]) => string;
  groupRows: (rows: number[]) => string;
  defaultsRows: (rows: number[]) => string;
  correction: string;
  /** A second column of a field (座机 beside 手机): checked and cleaned as the field. */
  second: string;
  /** The values are company names / phone numbers …: `redirected` when they overrode the header. */
  fromValues: (shape: string, redirected: boolean) => string;
  shapes: Partial<Record<Evidence, string>>;
  /** Heads the count of problems by column and kind, printed above a long table. */
  byProblem: string;
  /** "982 warnings", "3 errors, 1 warning". */
  problemCount: (errors: number, warnings: number) => string;
  /** "Checked sheet 客户列表 (of 3: 说明, 客户列表, 字典); name another with --sheet." */
  sheetChoice: (sheet: string, sheets: readonly string[]) => string;
}

const en: CheckWords = {
  summary: (where, rows, errors, warnings) =>
    `${where}: ${countOf(rows, 'row', 'rows')} checked, ${countOf(errors, 'error', 'errors')}, ${countOf(warnings, 'warning', 'warnings')}`,
  tableHeaders: ['Row', 'Column', 'Severity', 'Value', 'Problem'],
  severity: (severity) => severity,
  more: (n) => `… and ${n.toLocaleString('en-US')} more (use --json for all of them)`,
  none: 'No problems found.',
  columns: (mapped) => `Columns: ${mapped.join(', ') || 'none recognised'}`,
  leftAlone: (headers) => `Left as they are: ${headers.join(', ')}`,
  companies: 'The customers are companies: the company column names each one, so no person-name column is needed.',
  totalsRows: (rows) =>
    `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} ${rows.length === 1 ? 'totals' : 'total'} the list: not ${rows.length === 1 ? 'a customer' : 'customers'}, left as ${rows.length === 1 ? 'it is' : 'they are'}.`,
  notesRows: (rows) =>
    `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} ${rows.length === 1 ? 'is a note' : 'are notes'} about the list: not ${rows.length === 1 ? 'a customer' : 'customers'}, left as ${rows.length === 1 ? 'it is' : 'they are'}.`,
  groupRows: (rows) =>
    `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} ${rows.length === 1 ? 'is a group’s title or the header said again' : 'are group titles and the header said again'} (a board export): not customers, left as ${rows.length === 1 ? 'it is' : 'they are'}.`,
  defaultsRows: (rows) =>
    `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')} ${rows.length === 1 ? 'is an empty record' : 'are empty records'}: only default values (no, 0), no name, phone, email, company or ID; not ${rows.length === 1 ? 'a customer' : 'customers'}, left as ${rows.length === 1 ? 'it is' : 'they are'}.`,
  lineItemRows: (rows) =>
    rows.length === 1
      ? `Row ${rows[0]} is a further item of the order above it: not a customer, left as it is.`
      : `Rows ${rows.join(', ')} are further items of the order above them: not customers, left as they are.`,
  correction: ' (your correction)',
  second: ' (a second column of it, checked and cleaned alike)',
  fromValues: (shape, redirected) => (redirected ? ` (the values are ${shape})` : ` (from the values: ${shape})`),
  shapes: { company: 'company names', email: 'email addresses', phone: 'phone numbers' },
  byProblem: 'Problems by column:',
  problemCount: (errors, warnings) =>
    [errors > 0 ? countOf(errors, 'error', 'errors') : '', warnings > 0 ? countOf(warnings, 'warning', 'warnings') : '']
      .filter(Boolean)
      .join(', '),
  sheetChoice: (sheet, sheets) =>
    `Checked sheet ${sheet} (of ${sheets.length}: ${sheets.join(', ')}); name another with --sheet.`,
};

const zh: CheckWords = {
  summary: (where, rows, errors, warnings) =>
    `${where}：检查了 ${rows.toLocaleString('zh-CN')} 行，${errors.toLocaleString('zh-CN')} 个错误，${warnings.toLocaleString('zh-CN')} 个警告`,
  tableHeaders: ['行', '列', '级别', '值', '问题'],
  severity: (severity) => (severity === 'error' ? '错误' : '警告'),
  more: (n) => `… 还有 ${n.toLocaleString('zh-CN')} 个（用 --json 查看全部）`,
  none: '没有发现问题。',
  columns: (mapped) => `列：${mapped.join('，') || '没有认出的列'}`,
  leftAlone: (headers) => `保持原样：${headers.join('，')}`,
  companies: '客户是公司：公司列写明了每个客户，所以不需要姓名列。',
  totalsRows: (rows) => `第 ${rows.join('、')} 行是合计行，不是客户：保持原样，不检查。`,
  notesRows: (rows) => `第 ${rows.join('、')} 行是表格的备注说明，不是客户：保持原样，不检查。`,
  lineItemRows: (rows) => `第 ${rows.join('、')} 行是上一行订单的其他商品，不是客户：保持原样，不检查。`,
  groupRows: (rows) => `第 ${rows.join('、')} 行是分组标题和重复的表头（看板导出），不是客户：保持原样，不检查。`,
  defaultsRows: (rows) =>
    `第 ${rows.join('、')} 行是空记录：只有默认值（否、0），没有姓名、电话、邮箱、公司或编号，不是客户：保持原样，不检查。`,
  correction: '（你的更正）',
  second: '（第二列，同样检查和清理）',
  fromValues: (shape, redirected) => (redirected ? `（值是${shape}）` : `（由值判断：${shape}）`),
  shapes: { company: '公司名称', email: '邮箱地址', phone: '电话号码' },
  byProblem: '按列汇总：',
  problemCount: (errors, warnings) =>
    [
      errors > 0 ? `${errors.toLocaleString('zh-CN')} 个错误` : '',
      warnings > 0 ? `${warnings.toLocaleString('zh-CN')} 个警告` : '',
    ]
      .filter(Boolean)
      .join('，'),
  sheetChoice: (sheet, sheets) =>
    `检查了工作表 ${sheet}（共 ${sheets.length} 个：${sheets.join('，')}）；用 --sheet 指定其他工作表。`,
};

export function checkWords(locale: Locale): CheckWords {
  return locale === 'zh-CN' ? zh : en;
}
