/**
 * What `custodian clean` prints for people, in the sheet's language like the values it writes. Kinds
 * of change and renumbered IDs are worded by the history's labels, as the log sheet words them.
 */
import type { Locale } from '../../shared/i18n/locale';
import { historyLabels } from '../../shared/history/history-labels';
import { mergeLabels } from '../../shared/merge';
import type { LeftOutPart } from '../../shared/files/xlsx-sheet-look';
import type { ErrorsLeft } from '../../shared/operations/clean-errors-left';

export interface CleanWords {
  /** "Cleaned sheet 客户列表 (of 3: 说明, 客户列表, 字典); name another with --sheet." */
  sheetChoice: (sheet: string, sheets: readonly string[]) => string;
  cleaned: (input: string, out: string) => string;
  changed: (rows: number, cells: number) => string;
  /** A kind of change ('phone.nonCanonical'), as the log sheet names it. */
  reason: (code: string) => string;
  /** "row 5: C000002 → C000006 (was a duplicate of row 3)". */
  renumbered: (row: number, from: string, to: string, firstRow: number) => string;
  moreRenumbered: (n: number) => string;
  renumberedHint: string;
  columnsAdded: (columns: readonly string[]) => string;
  headersRenamed: (n: number) => string;
  /** `tables`: the Excel tables over the list, whose own filter buttons serve instead of a sheet filter. */
  xlsxKept: (dropdowns: number, tables?: readonly string[]) => string;
  /** What a CSV output cannot hold, one line each. */
  csvLeavesOut: readonly string[];
  /** Text cells a CSV output wrote with a leading ' (only said when there were any). */
  formulasGuarded: (n: number) => string;
  droppedSheets: (sheets: readonly string[]) => string;
  noBackup: (cells: number, limit: number) => string;
  /** A workbook too large to load whole was streamed: what its output lacks (the input keeps it). */
  streamedLeavesOut: (parts: readonly LeftOutPart[]) => string;
  unfixable: (n: number) => string;
  /** "Check of the output will report 3 errors: 2 required values blank (Name), 1 repeated customer ID (C000004)." */
  errorsLeft: (left: ErrorsLeft) => string;
  /** Said only when check of the output finds no error and nothing was left as typed. */
  allValid: string;
  /** A sheet too large to check again at once: where to see what is left. */
  errorsNotCounted: string;
}

/** IDs a summary line names; check of the output lists them all. */
const NAMED_IDS = 5;

function namedIds(ids: readonly string[], separator: string): string {
  return ids.length > NAMED_IDS ? `${ids.slice(0, NAMED_IDS).join(separator)}${separator}…` : ids.join(separator);
}

const enLabels = historyLabels('en-US');

const en: CleanWords = {
  sheetChoice: (sheet, sheets) =>
    `Cleaned sheet ${sheet} (of ${sheets.length}: ${sheets.join(', ')}); name another with --sheet.`,
  cleaned: (input, out) => `Cleaned ${input} → ${out}`,
  changed: (rows, cells) => `${rows} rows, ${cells} cells changed`,
  reason: (code) => enLabels.reasons[code] ?? code,
  renumbered: (row, from, to, firstRow) => `row ${row}: ${enLabels.renumbered(from, to, firstRow)}`,
  moreRenumbered: (n) => `… and ${n} more (see the log sheet)`,
  renumberedHint: 'A renumbered row may be the same customer as the row it duplicated: "custodian dedupe" finds them.',
  columnsAdded: (columns) => `${columns.length} template columns added: ${columns.join(', ')}`,
  headersRenamed: (n) => `${n} headers renamed to the template's labels`,
  xlsxKept: (dropdowns, tables = []) =>
    tables.length > 0
      ? `${dropdowns} dropdown lists, required columns marked, header row frozen; filtering is left to the Excel ${tables.length === 1 ? 'table' : 'tables'} ${tables.map((t) => `"${t}"`).join(', ')} (its own filter buttons)`
      : `${dropdowns} dropdown lists, required columns marked, header row frozen and filtered`,
  csvLeavesOut: [
    'A CSV file holds values only: no dropdown lists, required-column marks, frozen or filtered header row, number formats,',
    "or Custodian's record of the highest customer ID given (a deleted customer's ID may be given again). Write .xlsx to keep them.",
  ],
  formulasGuarded: (n) =>
    `${n} text ${n === 1 ? 'cell' : 'cells'} starting with = + - or @ written with a leading ' so spreadsheets do not run them as formulas; Custodian reads them back without the '.`,
  droppedSheets: (sheets) => `Other sheets not written (a CSV holds one sheet): ${sheets.join(', ')}`,
  noBackup: (cells, limit) =>
    `No backup sheet kept: the sheet has ${cells.toLocaleString('en-US')} cells, over the ${limit.toLocaleString('en-US')} a backup takes (undo still works, and the input file is unchanged).`,
  streamedLeavesOut: (parts) =>
    `The workbook is too large to load whole and was cleaned as it streamed: values, formulas, cell styles, column widths and merged cells are kept, but not its ${englishList(parts.map((p) => ENGLISH_PARTS[p]))} (the input file still has them).`,
  unfixable: (n) =>
    `${n} values could not be fixed automatically and were left as they are: run "custodian check" on the output to see them.`,
  errorsLeft: (left) => {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const parts = [
      left.invalid > 0 ? plural(left.invalid, 'invalid value', 'invalid values') : '',
      left.requiredMissing > 0
        ? `${plural(left.requiredMissing, 'required value', 'required values')} blank (${left.requiredColumns.join(', ')})`
        : '',
      left.duplicateIds > 0
        ? `${plural(left.duplicateIds, 'repeated customer ID', 'repeated customer IDs')} (${namedIds(left.duplicateIdValues, ', ')})`
        : '',
      left.misalignedRows > 0 ? `${plural(left.misalignedRows, 'row', 'rows')} with more fields than the header` : '',
    ].filter(Boolean);
    return `Check of the output will report ${plural(left.total, 'error', 'errors')}: ${parts.join(', ')}.`;
  },
  allValid: 'Every remaining value is valid.',
  errorsNotCounted: 'Run "custodian check" on the output to see any errors left (blank required values, repeated IDs).',
};

const zhLabels = historyLabels('zh-CN');

const zh: CleanWords = {
  sheetChoice: (sheet, sheets) =>
    `清理了工作表 ${sheet}（共 ${sheets.length} 个：${sheets.join('，')}）；用 --sheet 指定其他工作表。`,
  cleaned: (input, out) => `已清理 ${input} → ${out}`,
  changed: (rows, cells) => `${rows} 行，改动了 ${cells} 个单元格`,
  reason: (code) => zhLabels.reasons[code] ?? code,
  renumbered: (row, from, to, firstRow) => `第 ${row} 行：${zhLabels.renumbered(from, to, firstRow)}`,
  moreRenumbered: (n) => `… 还有 ${n} 个（见“${mergeLabels('zh-CN').logSheet}”表）`,
  renumberedHint: '改号的行可能与原行是同一客户：custodian dedupe 可以找出它们。',
  columnsAdded: (columns) => `新增 ${columns.length} 个模板列：${columns.join('、')}`,
  headersRenamed: (n) => `${n} 个表头已改为模板中的名称`,
  xlsxKept: (dropdowns, tables = []) =>
    tables.length > 0
      ? `${dropdowns} 个下拉列表，必填列已标出，表头行已冻结；筛选用 Excel 表格${tables.map((t) => `“${t}”`).join('、')}自带的筛选按钮`
      : `${dropdowns} 个下拉列表，必填列已标出，表头行已冻结并可筛选`,
  csvLeavesOut: [
    'CSV 文件只保存值：不含下拉列表、必填列标记、冻结或筛选的表头行、数字格式，',
    '也不含 Custodian 记录的已分配最大客户编号（已删除客户的编号可能再次分配）。写入 .xlsx 可保留这些。',
  ],
  formulasGuarded: (n) =>
    `${n} 个以 = + - 或 @ 开头的文本写入时前面加了 '，电子表格不会把它当作公式运行；Custodian 读回时会去掉这个 '。`,
  droppedSheets: (sheets) => `其他工作表未写入（CSV 只保存一个工作表）：${sheets.join('、')}`,
  noBackup: (cells, limit) =>
    `未保留备份工作表：该表有 ${cells.toLocaleString('zh-CN')} 个单元格，超过备份上限 ${limit.toLocaleString('zh-CN')} 个（仍可撤销，输入文件也未改动）。`,
  streamedLeavesOut: (parts) =>
    `工作簿太大，无法整体载入，已边读边清理：值、公式、单元格样式、列宽和合并单元格都已保留，但未保留其中的${parts.map((p) => CHINESE_PARTS[p]).join('、')}（输入文件中仍有）。`,
  unfixable: (n) => `${n} 个值无法自动修正，已保持原样：对输出文件运行 custodian check 可查看。`,
  errorsLeft: (left) => {
    const parts = [
      left.invalid > 0 ? `${left.invalid} 个无效值` : '',
      left.requiredMissing > 0 ? `${left.requiredMissing} 个必填值为空（${left.requiredColumns.join('、')}）` : '',
      left.duplicateIds > 0 ? `${left.duplicateIds} 个客户编号重复（${namedIds(left.duplicateIdValues, '、')}）` : '',
      left.misalignedRows > 0 ? `${left.misalignedRows} 行字段比表头多` : '',
    ].filter(Boolean);
    return `检查输出文件将报告 ${left.total} 个错误：${parts.join('，')}。`;
  },
  allValid: '所有值都已有效。',
  errorsNotCounted: '对输出文件运行 custodian check 可查看剩余的错误（必填值为空、编号重复等）。',
};

export function cleanWords(locale: Locale): CleanWords {
  return locale === 'zh-CN' ? zh : en;
}

const ENGLISH_PARTS: Record<LeftOutPart, string> = {
  links: 'links',
  notes: 'notes',
  pictures: 'pictures and charts',
  tables: 'Excel tables',
  pivots: 'pivot tables',
  rules: 'data validation rules of its own',
  conditionalFormats: 'conditional formats',
  protection: 'sheet protection',
  names: 'named ranges',
};

const CHINESE_PARTS: Record<LeftOutPart, string> = {
  links: '超链接',
  notes: '批注',
  pictures: '图片和图表',
  tables: 'Excel 表格',
  pivots: '数据透视表',
  rules: '原有的数据验证规则',
  conditionalFormats: '条件格式',
  protection: '工作表保护',
  names: '名称',
};

function englishList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
