/** Words of the operation history and its log rows, one catalogue per language. */
import type { Locale } from '../i18n/locale';
import type { OperationKind, SheetChanges } from './operation-entry';
import type { UNREAD } from '../sheet/own-rules';

export type HistoryRefusal =
  | 'unknown'
  | 'damaged'
  | 'undone'
  | 'tooLarge'
  | 'isUndo'
  | 'laterOperations'
  | 'cellsChanged'
  | 'sheetChanged'
  | 'mergesUndone';

export interface HistoryLabels {
  operations: Record<OperationKind, string>;
  /** "120 cells, 2 rows added, 3 rows removed, new sheet "Duplicates"" in the log's changes column. */
  changed: (cells: number, rowsAdded: number, rowsRemoved: number, sheets?: SheetChanges) => string;
  /** An undo's log reason: "清理（操作 3）". */
  undid: (operation: string, id: string) => string;
  reasons: Record<string, string>;
  /** A renumbered duplicate ID in the log: the old ID stays readable as the row's alias. */
  renumbered: (from: string, to: string, firstRow: number) => string;
  /** After the renumbered IDs: the rows may be one customer, and how to find out. */
  renumberedHint: string;
  /** "… and 12 more" after the renumbered IDs the log lists. */
  more: (count: number) => string;
  /** A rule at entry the sheet had that undo cannot give back: where, and what the host calls it. */
  ruleNotKept: (sheet: string, column: string, rows: string, what: string) => string;
  /** Why a rule could not be read (own-rules.ts UNREAD); other reasons are the host's own names. */
  unread: Record<keyof typeof UNREAD, string>;
  /** sheetChanged names the sheet (`sheet`) an operation created; without an id it is the operation just done. */
  refusals: Record<HistoryRefusal, (id: string, detail: string, sheet?: string) => string>;
}

/** The sheets created and deleted, each part in a language's words, or none. */
function sheetParts(
  sheets: SheetChanges | undefined,
  added: (names: string, count: number) => string,
  removed: (names: string, count: number) => string,
  quote: (name: string) => string,
  separator: string,
): string[] {
  const list = (names: readonly string[]) => names.map(quote).join(separator);
  return [
    sheets?.added.length ? added(list(sheets.added), sheets.added.length) : '',
    sheets?.removed.length ? removed(list(sheets.removed), sheets.removed.length) : '',
  ];
}

const ZH: HistoryLabels = {
  operations: {
    setup: '设置工作表',
    clean: '清理',
    ids: '分配客户编号',
    merge: '合并重复',
    review: '回访整理',
    duplicateStatus: '标记重复状态',
    duplicateCopy: '复制重复',
    duplicateMove: '移动重复',
    duplicateDelete: '删除重复',
    duplicateHighlight: '突出显示重复',
    duplicateUnhighlight: '取消突出显示',
    restore: '恢复备份',
    templateSave: '保存模板',
    headerLift: '表头移到第 1 行',
    undo: '撤销',
  },
  changed: (cells, added, removed, sheets) =>
    [
      `${cells} 个单元格`,
      added > 0 ? `新增 ${added} 行` : '',
      removed > 0 ? `移除 ${removed} 行` : '',
      ...sheetParts(
        sheets,
        (names) => `新建工作表${names}`,
        (names) => `删除工作表${names}`,
        (name) => `“${name}”`,
        '、',
      ),
    ]
      .filter(Boolean)
      .join('，'),
  undid: (operation, id) => `${operation}（操作 ${id}）`,
  reasons: {
    'setup.header': '表头',
    'id.missing': '补客户编号',
    'id.duplicate': '重复编号改新号',
    'text.nonCanonical': '文本去空格、转半角',
    'value.onlySpaces': '只有空格的单元格清空',
    'text.textMarker': "去掉编码开头的 '",
    'idNumber.lowercaseX': '身份证号码末位 x 改为 X',
    'text.tabMarker': '去掉编码前后的制表符',
    'text.zeroPadded': '编码存为带开头 0 的文本',
    'text.storedAsNumber': '数字编码存为文本',
    'postcode.leadingZero': '美国邮编补回开头的 0',
    'postcode.nonCanonical': '英国邮编改为标准写法',
    'name.nonCanonical': '姓名整理',
    'phone.nonCanonical': '电话号码统一',
    'phone.noteToMove': '号码后的备注移到备注列',
    'email.nonCanonical': '邮箱小写、去空格',
    'date.nonCanonical': '日期统一为 yyyy-mm-dd',
    'date.otherOrder': '日期按唯一读法写为 yyyy-mm-dd（日月顺序与本列其他日期相反）',
    'number.nonCanonical': '数字、金额转为数值',
    'choice.nonCanonical': '选项统一',
    'yesNo.nonCanonical': '是/否统一',
    'backup.restore': '从备份恢复的单元格',
  },
  renumbered: (from, to, firstRow) => `${from} → ${to}（原与第 ${firstRow} 行编号重复）`,
  renumberedHint: '改号的行可能与原行是同一客户，可用“查找重复”核对后合并',
  more: (count) => `等另外 ${count} 个`,
  unread: { mixed: '各行规则不同', promptOnly: '仅有输入提示', formulaBound: '界限由公式给出' },
  ruleNotKept: (sheet, column, rows, what) =>
    `工作表“${sheet}”${column} 列第 ${rows} 行原有的数据验证（${what}）无法读取，撤销设置工作表后未能恢复，请手动重新设置`,
  refusals: {
    unknown: (id) => `找不到操作记录 ${id}`,
    damaged: (id, detail) => `操作记录 ${id} 已损坏：${detail}`,
    undone: (id, detail) => `操作 ${id} 已撤销（${detail}）`,
    tooLarge: (id) => `操作 ${id} 改动太多，未保存撤销数据`,
    isUndo: (id) => `操作 ${id} 本身是撤销，重新执行原操作即可`,
    laterOperations: (id, detail) => `请先撤销之后的操作：${detail}`,
    cellsChanged: (id, detail) => `操作 ${id} 之后这些单元格已被修改：${detail}，撤销会覆盖这些修改`,
    sheetChanged: (id, detail, sheet) =>
      `${id ? `操作 ${id} ` : '此操作'}新建的工作表“${sheet ?? ''}”之后已被修改（${detail}），撤销会连同这些修改一起删除该表；如需保留，请先给该表改名，再撤销`,
    mergesUndone: (id, detail) => `操作 ${id} 的合并已单独撤销：${detail}`,
  },
};

const EN: HistoryLabels = {
  operations: {
    setup: 'Set up',
    clean: 'Clean',
    ids: 'Customer IDs',
    merge: 'Merge duplicates',
    review: 'Review',
    duplicateStatus: 'Duplicate status',
    duplicateCopy: 'Copy duplicates',
    duplicateMove: 'Move duplicates',
    duplicateDelete: 'Delete duplicates',
    duplicateHighlight: 'Highlight duplicates',
    duplicateUnhighlight: 'Remove highlight',
    restore: 'Restore backup',
    templateSave: 'Save the template',
    headerLift: 'Header moved to row 1',
    undo: 'Undo',
  },
  changed: (cells, added, removed, sheets) =>
    [
      `${cells} cells`,
      added > 0 ? `${added} rows added` : '',
      removed > 0 ? `${removed} rows removed` : '',
      ...sheetParts(
        sheets,
        (names, count) => `new sheet${count > 1 ? 's' : ''} ${names}`,
        (names, count) => `sheet${count > 1 ? 's' : ''} ${names} deleted`,
        (name) => `"${name}"`,
        ', ',
      ),
    ]
      .filter(Boolean)
      .join(', '),
  undid: (operation, id) => `${operation} (operation ${id})`,
  reasons: {
    'setup.header': 'headers',
    'id.missing': 'customer IDs assigned',
    'id.duplicate': 'duplicate customer IDs renumbered',
    'text.nonCanonical': 'text trimmed or made half-width',
    'value.onlySpaces': 'cells of only spaces emptied',
    'text.textMarker': "leading ' removed from codes",
    'idNumber.lowercaseX': 'ID numbers ending in x written X',
    'text.tabMarker': 'tab before or after codes removed',
    'text.zeroPadded': 'codes written as text with their leading zeros',
    'text.storedAsNumber': 'codes stored as numbers written as text',
    'postcode.leadingZero': 'US ZIP codes given back their leading 0',
    'postcode.nonCanonical': 'UK postcodes written as Royal Mail writes them',
    'name.nonCanonical': 'names tidied',
    'phone.nonCanonical': 'phone numbers unified',
    'phone.noteToMove': 'notes after phone numbers moved to the notes',
    'email.nonCanonical': 'emails lower-cased or trimmed',
    'date.nonCanonical': 'dates written as yyyy-mm-dd',
    'date.otherOrder': 'dates written as yyyy-mm-dd in their only reading, the other day/month order than their column',
    'number.nonCanonical': 'numbers and amounts made numeric',
    'choice.nonCanonical': 'list values mapped to their standard option',
    'yesNo.nonCanonical': 'yes/no answers unified',
    'backup.restore': 'cells restored from the backup',
  },
  renumbered: (from, to, firstRow) => `${from} → ${to} (was a duplicate of row ${firstRow})`,
  renumberedHint:
    'a renumbered row may be the same customer as the row it duplicated: Find duplicates shows them to merge',
  more: (count) => `and ${count} more`,
  unread: {
    mixed: 'rules that differ from row to row',
    promptOnly: 'an input message only',
    formulaBound: 'a bound given by a formula',
  },
  ruleNotKept: (sheet, column, rows, what) =>
    `The rule at entry column ${column} of "${sheet}" had on rows ${rows} (${what}) could not be read, so undoing set up could not give it back: set it again by hand`,
  refusals: {
    unknown: (id) => `There is no operation ${id} in the history`,
    damaged: (id, detail) => `The history record of operation ${id} is damaged: ${detail}`,
    undone: (id, detail) => `Operation ${id} is already undone (${detail})`,
    tooLarge: (id) => `Operation ${id} changed too much for its undo data to be kept`,
    isUndo: (id) => `Operation ${id} is an undo; run the original operation again instead`,
    laterOperations: (id, detail) => `Undo the later operations first: ${detail}`,
    cellsChanged: (id, detail) =>
      `These cells changed after operation ${id}: ${detail}; undoing would overwrite those changes`,
    sheetChanged: (id, detail, sheet) =>
      `The sheet "${sheet ?? ''}" that ${id ? `operation ${id}` : 'this operation'} created has changed since (${detail}); undoing would delete it with those changes. To keep it, rename the sheet, then undo again`,
    mergesUndone: (id, detail) => `The merges of operation ${id} were undone one by one: ${detail}`,
  },
};

export function historyLabels(locale: Locale): HistoryLabels {
  return locale === 'zh-CN' ? ZH : EN;
}

/** "电话号码统一 45；补客户编号 3" — a log row's reasons, most frequent first. */
export function reasonsText(
  labels: HistoryLabels,
  reasons: Readonly<Record<string, number>>,
  separator: string,
): string {
  return Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${labels.reasons[code] ?? code} ${count}`)
    .join(separator);
}
