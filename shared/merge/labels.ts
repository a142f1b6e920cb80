/**
 * Words the merge stage writes into the workbook (archive and log sheets) and its messages, in
 * every language. Kept here until the i18n catalogue takes them; a test checks both languages match.
 */
import type { Locale } from '../i18n/locale';
import type { MatchLevel } from '../dedupe/levels';
import type { MergeProblemCode, OrderSumSaid } from './types';
import { zhLevelWords } from '../dedupe/level-words';
import type { AccountNote } from './member-cards';
import { CELL_TEXT_LIMIT } from '../sheet/cell-limit';

/** An Excel cell's most characters, as messages write it. */
const LIMIT = CELL_TEXT_LIMIT.toLocaleString('en-US');

export type UndoErrorCode = 'undo.unknownMerge' | 'undo.corruptHistory' | 'undo.laterMerges' | 'undo.sheetChanged';

export interface MessageParams {
  cluster?: number;
  row?: number;
  field?: string;
  detail?: string;
  /** Values as typed, joined: the amounts an `amount.otherUnit` left out, or the survivor's of an `amount.notNumber`. */
  values?: string;
  /** The other rows' dates a `date.keptAsTyped` could not order against the kept one, joined. */
  others?: string;
  mergeId?: string;
  /** Rows of each entry typed more than once (a `sum.repeatedEntry`). */
  rows?: readonly (readonly number[])[];
  /** What a total over an order export counted (a `sum.orders`). */
  orders?: OrderSumSaid;
}

export interface MergeLabels {
  archiveSheet: string;
  logSheet: string;
  archiveColumns: [
    mergeId: string,
    mergedAt: string,
    survivorId: string,
    survivorRow: string,
    originalRow: string,
    aliasId: string,
    role: string,
  ];
  logColumns: [
    mergeId: string,
    time: string,
    action: string,
    sheet: string,
    survivor: string,
    mergedRows: string,
    changes: string,
    confidence: string,
    reasons: string,
    by: string,
  ];
  roleSurvivor: string;
  roleMerged: string;
  /** An archive row's role once its merge is undone: "undone (<time>); was: merged away". */
  roleUndone: (role: string, at: string) => string;
  /** The log's line naming the merges an undo undid: "merges undone: M-20250317-1, M-20250317-2". */
  undoneMerges: (ids: readonly string[]) => string;
  actionMerge: string;
  actionUndo: string;
  /** "Other phone: 139…" — the prefix for a value moved into notes. */
  otherValue: (fieldLabel: string) => string;
  /** "Other contact: Liu Fang (Finance Manager, 139…)" — a person other than the survivor's, with their details. */
  otherContact: (name: string, details: readonly string[]) => string;
  /** "Other member ID: M2290 (balance 20.00, visits 3)" — another card, with what it holds, for the notes. */
  otherAccount: AccountNote;
  /** The log's line for a total that counted a record typed twice once: "Total Spend: rows 2 and 3 are the same in every cell, counted once". */
  countedOnce: (header: string, rows: readonly (readonly number[])[]) => string;
  survivorWithRow: (id: string, row: number) => string;
  /** "row 3 (Name: #1006, Financial Status: refunded)": a row's values, named by their columns. */
  rowValues: (row: number, values: readonly (readonly [header: string, value: string])[]) => string;
  /** Between the items of a list in a message. */
  listSeparator: string;
  /** The log's line for a value too long for one cell, which the kept row did not take: "Notes: 40,002 characters once merged, …". */
  tooLong: (header: string, length: string) => string;
  /** Ends a log cell shortened to fit an Excel cell: how long it was and where the full values are. */
  shortened: (length: number, mergeId: string) => string;
  /** A dedupe reason (column and comparison level) in the log's 原因 column; null: its own English message. */
  reason: ((column: string, level: MatchLevel, detail: string | null) => string) | null;
  /** Why undo is refused: "B3 note: <what it holds now>" (a link, note or number format changed since the merge). */
  extrasChanged: (address: string, kind: 'link' | 'note' | 'format', now: string) => string;
  messages: Record<MergeProblemCode | UndoErrorCode, (p: MessageParams) => string>;
}

/** A header inside a sentence: lower case, but ID and QQ stay as written. */
const lowerWords = (text: string) =>
  text.replace(/\p{L}+/gu, (word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase()));

const ZH_EXTRAS = { link: '链接', note: '批注', format: '数字格式' };
const EN_EXTRAS = { link: 'link', note: 'note', format: 'number format' };

type RowGroups = readonly (readonly number[])[];
/** 第 2、3 行，第 5、6 行 */
const zhRows = (groups: RowGroups = []) => groups.map((g) => `第 ${g.join('、')} 行`).join('，');
/** rows 2 and 3; rows 5, 6 and 7 */
const enRows = (groups: RowGroups = []) =>
  groups
    .map((g) => `rows ${g.length > 1 ? `${g.slice(0, -1).join(', ')} and ${g[g.length - 1]}` : g.join('')}`)
    .join('; ');
/** row 8; rows 8 and 9 */
const enRowList = (rows: readonly number[]) => (rows.length === 1 ? `row ${rows[0]}` : enRows([rows]));
const NO_ORDERS: OrderSumSaid = { orders: 0, rows: [], once: [], left: [], lessRefund: [], refundUnread: [] };

/** Merge ids in one log cell: every one up to ten, else the first and last of the run and how many. */
const idList = (ids: readonly string[], separator: string, count: (n: number) => string) =>
  ids.length <= 10 ? ids.join(separator) : `${ids[0]} … ${ids[ids.length - 1]}${count(ids.length)}`;

/** How many times the most copied entry was typed. */
const timesTyped = (groups: RowGroups = []) => Math.max(2, ...groups.map((g) => g.length));

const zh: MergeLabels = {
  archiveSheet: '合并归档',
  logSheet: '操作日志',
  archiveColumns: ['合并编号', '合并时间', '保留客户编号', '保留行', '原行号', '别名编号', '角色'],
  logColumns: ['操作编号', '时间', '操作', '工作表', '保留客户', '合并的行', '更改的字段', '置信度', '原因', '操作人'],
  roleSurvivor: '保留（合并前）',
  roleMerged: '已合并',
  roleUndone: (role, at) => `已撤销（${at}）；原为：${role}`,
  undoneMerges: (ids) => `撤销的合并：${idList(ids, '、', (n) => `（共 ${n} 个）`)}`,
  actionMerge: '合并',
  actionUndo: '撤销',
  otherValue: (label) => `其他${label}：`,
  otherContact: (name, details) => `其他联系人：${name}${details.length > 0 ? `（${details.join('，')}）` : ''}`,
  otherAccount: (header, account, holds) =>
    `其他${header}：${account}${holds.length > 0 ? `（${holds.map(([h, v]) => `${h} ${v}`).join('，')}）` : ''}`,
  countedOnce: (header, rows) => `${header}：${zhRows(rows)}每一格都相同，只计一次`,
  survivorWithRow: (id, row) => (id ? `${id}（第${row}行）` : `第${row}行`),
  rowValues: (row, values) => `第 ${row} 行（${values.map(([h, v]) => `${h}：${v}`).join('，')}）`,
  listSeparator: '；',
  tooLong: (header, length) =>
    `${header}：合并后会有 ${length} 个字符，超过 Excel 单元格的上限，保留原值（每一行的值都在合并归档中）`,
  shortened: (length, mergeId) =>
    `……（已缩短：原文共 ${length.toLocaleString('en-US')} 个字符，超过 Excel 单元格最多 ${LIMIT} 个字符的限制；完整的值在保留的行和“合并归档”表合并编号 ${mergeId} 的行中）`,
  reason: (column, level, detail) => `${column}：${zhLevelWords(level, detail)}${detail ? `（${detail}）` : ''}`,
  extrasChanged: (address, kind, now) => `${address} 的${ZH_EXTRAS[kind]}：${now || '（已删除）'}`,
  messages: {
    'cluster.rowOutOfRange': (p) => `第 ${p.cluster} 组：第 ${p.row} 行不是表中的数据行`,
    'cluster.rowInTwoClusters': (p) => `第 ${p.cluster} 组：第 ${p.row} 行已在另一组中，一行只能合并一次`,
    'cluster.tooSmall': (p) => `第 ${p.cluster} 组：至少需要两行才能合并`,
    'master.notInCluster': (p) => `第 ${p.cluster} 组：选定保留的第 ${p.row} 行不在该组中`,
    'master.unknownCluster': (p) => `没有第 ${p.cluster} 组，无法为其选定保留行`,
    'override.unknownCluster': (p) => `没有第 ${p.cluster} 组，无法为其指定字段值`,
    'override.unknownField': (p) => `第 ${p.cluster} 组：表中没有“${p.field}”列`,
    'override.formulaCell': (p) => `第 ${p.cluster} 组：“${p.field}”是公式单元格，不能指定值`,
    'rule.formulaCell': (p) =>
      `第 ${p.cluster} 组：第 ${p.row} 行的“${p.field}”是公式，合并不改写公式，所以没有按 ${p.detail} 规则合并`,
    'notes.unavailable': (p) => `第 ${p.cluster} 组：没有可写入的备注列，以下内容只保存在归档中：${p.detail}`,
    'sum.notNumbers': (p) => `第 ${p.cluster} 组：“${p.detail ?? p.field}”有非数字的值，改为取最大值`,
    'amount.otherUnit': (p) =>
      `第 ${p.cluster} 组：“${p.detail ?? p.field}”有自带单位或货币、与该列不同的金额（${p.values}），按纯数字读会变成另一个金额，所以没有参与比较或求和，已原样记入备注`,
    'amount.notNumber': (p) =>
      `第 ${p.cluster} 组：保留行的“${p.detail ?? p.field}”是“${p.values}”，读不出该列单位的数字，无法比较或求和，所以原样保留，其他行的金额已记入备注`,
    'average.notRecomputed': (p) =>
      `第 ${p.cluster} 组：相加后的消费金额和订单数不全是该列货币的数字，第 ${p.row} 行的“${p.detail ?? p.field}”没有按两者重算，原样保留为 ${p.values}，请核对`,
    'sum.repeatedEntry': (p) => {
      const times = timesTyped(p.rows);
      return `第 ${p.cluster} 组：${zhRows(p.rows)}每一格都相同，${(p.rows?.length ?? 0) > 1 ? '各' : ''}是同一条记录录入了${times === 2 ? '两' : ` ${times} `}次，“${p.detail ?? p.field}”只计一次`;
    },
    'sum.orders': (p) => {
      const o = p.orders ?? NO_ORDERS;
      const parts = [`第 ${p.cluster} 组：“${p.detail ?? p.field}”合计 ${o.orders} 笔订单（${zhRows([o.rows])}）`];
      if (o.once.length > 0) parts.push(`${zhRows(o.once)}是同一笔订单，金额只计一次`);
      if (o.left.length > 0)
        parts.push(
          `未计入已关闭、取消、退款或未付款订单的 ${o.left.length} 行：${o.left.map((l) => `第 ${l.row} 行（${l.status}）`).join('，')}`,
        );
      if (o.lessRefund.length > 0)
        parts.push(
          `扣除退款后计入：${o.lessRefund.map((l) => `第 ${l.row} 行（${l.status}，退款 ${l.refund}）`).join('，')}`,
        );
      if (o.refundUnread.length > 0)
        parts.push(
          `退款金额缺失或读不出，按全额计入：${o.refundUnread.map((l) => `第 ${l.row} 行（${l.status}）`).join('，')}`,
        );
      return parts.join('；');
    },
    'order.noDate': () =>
      '读不出任何订单日期（订单付款时间、订单创建时间、下单时间、Paid at、Created at），“保留最新”和“取最新/最早”无从比较订单，已取保留行的值',
    'keep.noDateColumn': () =>
      '“保留最新”要按“更新日期”或“最近联系日期”列判断哪一行最新，表中没有这样的列，所以保留的是最完整的一行',
    'keep.noDate': (p) =>
      `第 ${p.cluster} 组：没有一行在“${p.detail}”列中有读得出的日期，无从判断哪一行最新，所以保留的是最完整的一行`,
    'order.archiveOnly': (p) =>
      `第 ${p.cluster} 组：订单自身的列保留该行订单的值，其他订单的以下内容只保存在归档中：${p.detail}`,
    'values.archiveOnly': (p) =>
      `第 ${p.cluster} 组：合并掉的行有以下内容，保留的行没有或与之不同，没有写入保留的行，只保存在归档中：${p.detail}`,
    'date.notRead': (p) =>
      `第 ${p.cluster} 组：“${p.detail ?? p.field}”有读不出是哪一天的日期（日月顺序不明或不是日期），取最新/最早时未计入，请核对`,
    'date.errorValue': (p) =>
      `第 ${p.cluster} 组：第 ${p.row} 行的“${p.detail ?? p.field}”是公式的错误值 ${p.values}，不是日期，取最新/最早时未计入，请核对`,
    'date.keptAsTyped': (p) =>
      `第 ${p.cluster} 组：保留行的“${p.detail ?? p.field}” ${p.values} 读不出是哪一天（日月顺序不明），无法和其他行的日期${p.others ? `（${p.others}）` : ''}比较，已按原样保留；其他行的值在合并归档中，请核对`,
    'formula.refersToMergedRow': (p) =>
      `第 ${p.cluster} 组：${p.detail}${p.values ? `（合并后为 ${p.values}）` : ' '}的公式引用了合并时删除的行，合并后它和用到它结果的单元格都会显示 #REF!；撤销合并可恢复该引用（Excel 需 2021 或 Microsoft 365）`,
    'balance.notAdded': (p) =>
      `第 ${p.cluster} 组：第 ${p.row} 行的“${p.detail ?? p.field}” ${p.values} 没有加到保留的行上（仍在合并归档中）；要相加，请对该列用相加（sum）规则`,
    'cell.tooLong': (p) =>
      `第 ${p.cluster} 组：第 ${p.row} 行的“${p.detail ?? p.field}”合并后会有 ${p.values} 个字符，超过 Excel 单元格最多 ${LIMIT} 个字符的限制，所以保留该行原来的值；每一行的值都在合并归档中`,
    'undo.unknownMerge': (p) => `找不到合并 ${p.mergeId} 的撤销记录（可能已撤销）`,
    'undo.corruptHistory': (p) => `合并 ${p.mergeId} 的撤销记录已损坏：${p.detail}`,
    'undo.laterMerges': (p) => `请先撤销之后的合并：${p.detail}`,
    'undo.sheetChanged': (p) => `合并 ${p.mergeId} 之后表格已被修改（${p.detail}），撤销会覆盖这些修改`,
  },
};

const en: MergeLabels = {
  archiveSheet: 'Custodian Archive',
  logSheet: 'Custodian Log',
  archiveColumns: [
    'Merge ID',
    'Merged At',
    'Surviving Customer ID',
    'Surviving Row',
    'Original Row',
    'Alias ID',
    'Role',
  ],
  logColumns: [
    'Operation ID',
    'Time',
    'Action',
    'Sheet',
    'Survivor',
    'Merged Rows',
    'Fields Changed',
    'Confidence',
    'Reasons',
    'By',
  ],
  roleSurvivor: 'kept (before merge)',
  roleMerged: 'merged away',
  roleUndone: (role, at) => `undone (${at}); was: ${role}`,
  undoneMerges: (ids) => `merges undone: ${idList(ids, ', ', (n) => ` (${n} in all)`)}`,
  actionMerge: 'Merge',
  actionUndo: 'Undo',
  otherValue: (label) => `Other ${lowerWords(label)}: `,
  otherContact: (name, details) => `Other contact: ${name}${details.length > 0 ? ` (${details.join(', ')})` : ''}`,
  otherAccount: (header, account, holds) =>
    `Other ${lowerWords(header)}: ${account}${holds.length > 0 ? ` (${holds.map(([h, v]) => `${lowerWords(h)} ${v}`).join(', ')})` : ''}`,
  countedOnce: (header, rows) => `${header}: ${enRows(rows)} are the same in every cell, counted once`,
  survivorWithRow: (id, row) => (id ? `${id} (row ${row})` : `row ${row}`),
  rowValues: (row, values) => `row ${row} (${values.map(([h, v]) => `${h}: ${v}`).join(', ')})`,
  listSeparator: '; ',
  tooLong: (header, length) =>
    `${header}: ${length} characters once merged, more than an Excel cell holds; the kept row's own value stays (every row's is in the archive)`,
  shortened: (length, mergeId) =>
    `… (shortened: ${length.toLocaleString('en-US')} characters in all, more than the ${LIMIT} an Excel cell holds; the full values are in the kept row and in the Custodian Archive rows of merge ${mergeId})`,
  reason: null,
  extrasChanged: (address, kind, now) => `${address} ${EN_EXTRAS[kind]}: ${now || '(removed)'}`,
  messages: {
    'cluster.rowOutOfRange': (p) => `Group ${p.cluster}: row ${p.row} is not a data row of the sheet`,
    'cluster.rowInTwoClusters': (p) =>
      `Group ${p.cluster}: row ${p.row} is already in another group; a row can be merged only once`,
    'cluster.tooSmall': (p) => `Group ${p.cluster}: a merge needs at least two rows`,
    'master.notInCluster': (p) => `Group ${p.cluster}: row ${p.row}, chosen to keep, is not in the group`,
    'master.unknownCluster': (p) => `There is no group ${p.cluster} to choose a row to keep for`,
    'override.unknownCluster': (p) => `There is no group ${p.cluster} to set values for`,
    'override.unknownField': (p) => `Group ${p.cluster}: the sheet has no column "${p.field}"`,
    'override.formulaCell': (p) => `Group ${p.cluster}: "${p.field}" holds a formula and cannot be set`,
    'rule.formulaCell': (p) =>
      `Group ${p.cluster}: "${p.field}" on row ${p.row} is a formula, which a merge never overwrites; the ${p.detail} rule was not applied`,
    'notes.unavailable': (p) =>
      `Group ${p.cluster}: there is no notes column to write to; this is kept in the archive only: ${p.detail}`,
    'keep.noDateColumn': () =>
      '"newest" tells the newest row by an updated or last-contact date column (Updated, Last Contact, 更新日期, 最近联系日期); the sheet has none, so the most complete row was kept',
    'keep.noDate': (p) =>
      `Group ${p.cluster}: no row has a readable date in "${p.detail}", so which is newest cannot be told; the most complete row was kept`,
    'order.archiveOnly': (p) =>
      `Group ${p.cluster}: the order columns keep the kept row's own order; the other orders' values are kept in the archive only: ${p.detail}`,
    'values.archiveOnly': (p) =>
      `Group ${p.cluster}: the rows merged away hold these values, which the kept row lacks or has otherwise; they were not written to the kept row and are kept in the archive only: ${p.detail}`,
    'date.notRead': (p) =>
      `Group ${p.cluster}: "${p.detail ?? p.field}" has a date that cannot be read as one day (day and month order unknown, or no date); it was left out of the latest/earliest, check it`,
    'date.errorValue': (p) =>
      `Group ${p.cluster}: row ${p.row}'s "${p.detail ?? p.field}" is the formula error value ${p.values}, no date; it was left out of the latest/earliest, check it`,
    'date.keptAsTyped': (p) =>
      `Group ${p.cluster}: the kept row's "${p.detail ?? p.field}", ${p.values}, cannot be read as one day (day and month order unknown), so it could not be compared with the other rows' dates${p.others ? ` (${p.others})` : ''} and was kept as typed; their values are in the archive, check it`,
    'amount.otherUnit': (p) =>
      `Group ${p.cluster}: "${p.detail ?? p.field}" has amounts written in another unit or currency than the column's (${p.values}); as bare numbers they would mean other amounts, so they were not compared or added but kept as typed in the notes`,
    'amount.notNumber': (p) =>
      `Group ${p.cluster}: the kept row's "${p.detail ?? p.field}" is "${p.values}", which reads as no number in the column's unit; it cannot be compared or added, so it was kept as typed and the other rows' amounts were noted`,
    'sum.notNumbers': (p) =>
      `Group ${p.cluster}: "${p.detail ?? p.field}" has values that are not numbers; the largest is kept instead of the total`,
    'average.notRecomputed': (p) =>
      `Group ${p.cluster}: the added spend and order count are not both numbers in the column's currency, so "${p.detail ?? p.field}" on row ${p.row} was not worked out again from them and stays as typed, ${p.values}; check it`,
    'sum.repeatedEntry': (p) => {
      const times = timesTyped(p.rows);
      return `Group ${p.cluster}: ${enRows(p.rows)} are ${(p.rows?.length ?? 0) > 1 ? 'each ' : ''}the same in every cell, one record typed ${times === 2 ? 'twice' : `${times} times`}; "${p.detail ?? p.field}" counted it once`;
    },
    'sum.orders': (p) => {
      const o = p.orders ?? NO_ORDERS;
      const parts = [
        `Group ${p.cluster}: "${p.detail ?? p.field}" totals ${o.orders} ${o.orders === 1 ? 'order' : 'orders'} (${enRowList(o.rows)})`,
      ];
      if (o.once.length > 0)
        parts.push(`${enRows(o.once)} ${o.once.length > 1 ? 'are each' : 'are'} one order, its amount counted once`);
      if (o.left.length > 0)
        parts.push(
          `left out ${o.left.length} ${o.left.length === 1 ? 'row' : 'rows'} of closed, cancelled, refunded or unpaid orders: ${o.left.map((l) => `row ${l.row} (${l.status})`).join(', ')}`,
        );
      if (o.lessRefund.length > 0)
        parts.push(
          `counted less the amount refunded: ${o.lessRefund.map((l) => `row ${l.row} (${l.status}, ${l.refund} refunded)`).join(', ')}`,
        );
      if (o.refundUnread.length > 0)
        parts.push(
          `counted in full, the amount refunded missing or unreadable: ${o.refundUnread.map((l) => `row ${l.row} (${l.status})`).join(', ')}`,
        );
      return parts.join('; ');
    },
    'order.noDate': () =>
      'No order date can be read (订单付款时间, 订单创建时间, 下单时间, Paid at, Created at), so "newest" and latest/earliest had no orders to compare; the kept row\'s values were used',
    'formula.refersToMergedRow': (p) =>
      `Group ${p.cluster}: the formula in ${p.detail}${p.values ? ` (${p.values} once merged)` : ''} refers to a row the merge removes; it, and cells that use its result, will show #REF!. Undoing the merge gives the reference back (in Excel from Excel 2021 or Microsoft 365)`,
    'balance.notAdded': (p) =>
      `Group ${p.cluster}: row ${p.row}'s "${p.detail ?? p.field}" ${p.values} was not added to the kept row (it is in the archive); to add it up, give the column the sum rule`,
    'cell.tooLong': (p) =>
      `Group ${p.cluster}: "${p.detail ?? p.field}" on row ${p.row} would hold ${p.values} characters once merged, more than the ${LIMIT} an Excel cell holds, so the row keeps its own; every row's value is in the archive`,
    'undo.unknownMerge': (p) => `There is no undo record for merge ${p.mergeId} (it may have been undone already)`,
    'undo.corruptHistory': (p) => `The undo record of merge ${p.mergeId} is damaged: ${p.detail}`,
    'undo.laterMerges': (p) => `Undo the later merges first: ${p.detail}`,
    'undo.sheetChanged': (p) =>
      `The sheet changed after merge ${p.mergeId} (${p.detail}); undoing would overwrite those changes`,
  },
};

export const MERGE_LABELS: Record<Locale, MergeLabels> = { 'zh-CN': zh, 'en-US': en };

export function mergeLabels(locale: Locale): MergeLabels {
  return MERGE_LABELS[locale];
}
