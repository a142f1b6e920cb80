/**
 * Which sheet of a workbook to govern: the one named (always), else the visible sheet whose headers
 * look most like a customer list (the first on a tie), so an instructions sheet in front of the
 * list is passed over. Custodian's own sheets (meta, archive, log) are never chosen by default, and a
 * sheet it copied duplicates to only when no other sheet is left.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../sheet/cell-value';
import { headerKey } from '../sheet/header-row';
import type { SheetSnapshot } from '../sheet/snapshot';
import { customerListScore, headerRowBelow, type CustomerListScore } from '../operations/customer-list';
import { readBelowTitle } from '../operations/read-below-title';
import { resolveContext, storedTemplate } from '../operations/options';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import type { Template } from '../template/schema';
import { displayName, fileError } from './file-input-error';
import { readSheetSample } from './read-worksheet';
import { isCustodianSheet } from './workbook-meta';
import { COPY_SHEETS_META } from '../operations/duplicate-actions/copy-sheet';

export interface SheetChoice {
  /** The visible sheets that could be governed, in workbook order (one for a CSV file). */
  readonly sheets: readonly string[];
  /** Named by the user (--sheet), or chosen because its headers look most like a customer list. */
  readonly by: 'option' | 'headers';
  /** Whether the chosen sheet's headers name a customer (ID, name, phone, email or company); true when named, whose word wins. */
  readonly customerList: boolean;
  /**
   * Chosen by headers: the other visible sheets that are lists of customers too, with most of the chosen
   * sheet's headers (one sheet per region or salesperson), not read; absent when there is none.
   */
  readonly otherLists?: readonly string[];
}

/** A sheet's name that says it is the customer list: 客户, 客户名单, 客戶資料, Customers, Client list. */
const CUSTOMER_SHEET =
  /^(?:客户|客戶|顾客|顧客|customers?|clients?)\s*(?:列表|名单|名單|清单|清單|信息|資訊|资料|資料|档案|檔案|表|list|data|master)?$/i;

/** Rows below the header sampled to judge a sheet (the header mapping samples as many). */
export const JUDGE_ROWS = 2000;

/** How much a sheet's headers look like a customer list (its header below a title, when it is there). */
export function judgeSheet(snapshot: SheetSnapshot, template: Template | undefined): CustomerListScore {
  const below = headerRowBelow(snapshot.values, template ?? storedTemplate(snapshot) ?? DEFAULT_TEMPLATE);
  const read = below ? readBelowTitle(snapshot, below) : snapshot;
  const context = resolveContext(read, template ? { template } : {});
  return customerListScore(context.mapping, context.template);
}

/** A sheet as the chooser sees it: an exceljs worksheet, or a sheet listed in an .xlsx read as a stream. */
export interface NamedSheet {
  readonly name: string;
  readonly state?: string;
}

function sheetEntries(sheets: readonly NamedSheet[], meta: Record<string, string> | undefined) {
  return sheets
    .filter((s) => !isCustodianSheet(s.name, meta))
    .map((s) => ({ name: s.name, hidden: s.state !== 'visible' }));
}

/** Whether a sheet may be chosen by its headers: visible, and not one of Custodian's own. */
export function isCandidateSheet(sheet: NamedSheet, meta: Record<string, string> | undefined): boolean {
  return (sheet.state ?? 'visible') === 'visible' && !isCustodianSheet(sheet.name, meta);
}

/** The sheets `dedupe --action copy|move` wrote the duplicates to (lower case). */
function copySheets(meta: Record<string, string> | undefined): Set<string> {
  try {
    const list: unknown = JSON.parse(meta?.[COPY_SHEETS_META] ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((n) => typeof n === 'string').map((n) => n.toLowerCase()) : []);
  } catch {
    return new Set(); // a damaged entry hides nothing
  }
}

export function chooseSheet(
  workbook: ExcelJS.Workbook,
  file: string,
  meta: Record<string, string> | undefined,
  options: { sheet?: string; template?: Template },
): { sheet: ExcelJS.Worksheet; choice: SheetChoice } {
  return chooseAmong(workbook.worksheets, file, meta, options, (sheet) => readSheetSample(sheet, JUDGE_ROWS));
}

/**
 * chooseSheet over any list of sheets in workbook order; `sample` gives row 1 and up to JUDGE_ROWS
 * rows below it, cells past the header's width left out (called for candidates only, not with --sheet).
 */
export function chooseAmong<S extends NamedSheet>(
  sheets: readonly S[],
  file: string,
  meta: Record<string, string> | undefined,
  options: { sheet?: string; template?: Template },
  sample: (sheet: S) => CellValue[][],
): { sheet: S; choice: SheetChoice } {
  const wanted = options.sheet;
  const candidates = sheets.filter((s) => isCandidateSheet(s, meta));
  const name = displayName(file);
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (found)
      return { sheet: found, choice: { sheets: candidates.map((s) => s.name), by: 'option', customerList: true } };
    const params = { file: name, sheet: wanted, sheets: sheetEntries(sheets, meta) };
    throw fileError('sheet.notFound', { key: 'sheetNotFound', params }, file);
  }
  if (candidates.length === 0) {
    const params = { file: name, sheets: sheetEntries(sheets, meta) };
    throw fileError('sheet.notFound', { key: 'noVisibleSheet', params }, file);
  }
  const headers = new Map<S, Set<string>>();
  const judge = (sheet: S) => {
    const values = sample(sheet);
    headers.set(sheet, new Set((values[0] ?? []).map(headerKey).filter(Boolean)));
    return judgeSheet({ name: sheet.name, values, ...(meta ? { meta } : {}) }, options.template);
  };
  // A copy of the duplicates carries the list's headers and more: the list it was copied from comes first.
  const copies = copySheets(meta);
  const lists = candidates.filter((s) => !copies.has(s.name.toLowerCase()));
  const judged = lists.length > 0 ? lists : candidates;
  let best = judged[0];
  let bestScore = judge(best);
  const scores = new Map<S, CustomerListScore>([[best, bestScore]]);
  const customerLists: S[] = bestScore.identifying > 0 ? [best] : [];
  for (const sheet of judged.slice(1)) {
    const score = judge(sheet);
    scores.set(sheet, score);
    if (score.identifying > 0) customerLists.push(sheet);
    if (score.score > bestScore.score) [best, bestScore] = [sheet, score];
  }
  // Of several lists, one the workbook names as its customers (客户 beside 联系人 and 跟进记录) is the list.
  const named = customerLists.filter((s) => CUSTOMER_SHEET.test(s.name.trim()));
  if (named.length === 1 && named[0] !== best) [best, bestScore] = [named[0]!, scores.get(named[0]!)!];
  // Another list of the same customers has most of the chosen one's headers (a sheet per region); a
  // summary sheet beside them (区域, 客户数, 第一位客户) has not.
  const chosen = headers.get(best) ?? new Set<string>();
  const alike = (sheet: S) => [...(headers.get(sheet) ?? [])].filter((h) => chosen.has(h)).length * 2 >= chosen.size;
  const otherLists = customerLists.filter((s) => s !== best && alike(s)).map((s) => s.name);
  return {
    sheet: best,
    choice: {
      sheets: candidates.map((s) => s.name),
      by: 'headers',
      customerList: bestScore.identifying > 0,
      ...(otherLists.length > 0 ? { otherLists } : {}),
    },
  };
}
