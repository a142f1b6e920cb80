/**
 * Plans that write combine's and compare's results: the combined list (with its duplicate groups
 * on a second sheet, and the mapping stored so later steps read it the same way), and list B with
 * a column saying, row by row, whether the customer is already in list A.
 */
import { NOT_SAME_META, type Cluster } from '../dedupe';
import { reasonText } from '../merge/audit-log';
import { mergeLabels } from '../merge/labels';
import { emptyPlan, type CellEdit, type Plan } from '../plan/plan';
import type { CellValue } from '../sheet/cell-value';
import { headerKey } from '../sheet/header-row';
import { columnCount, type SheetSnapshot } from '../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { templateToJson } from '../template/schema';
import type { CombinedList } from './combine-lists';
import { listsOf } from './combined-duplicates';
import { writtenFormats } from './combined-formats';
import { COMBINE_WORDS } from './combine-words';
import type { ListComparison } from './compare-lists';
import { META_KEYS } from './meta-keys';

/** Duplicate groups that span lists first (what combining is for), then the others, each in row order. */
export function orderClusters(list: CombinedList, clusters: readonly Cluster[]): Cluster[] {
  const across = clusters.filter((c) => listsOf(list, c).length > 1);
  return [...across, ...clusters.filter((c) => listsOf(list, c).length === 1)];
}

/** The combined sheet, its duplicate groups (when there are any), each cell's number format, and the stored mapping. */
export function planCombinedWorkbook(list: CombinedList, clusters: readonly Cluster[]): Plan {
  const words = COMBINE_WORDS[list.locale];
  const { snapshot } = list;
  const plan = emptyPlan(snapshot.name);
  // Every number and date in the format its list showed it in (combined-formats.ts).
  const formats = writtenFormats(
    snapshot,
    snapshot.values,
    (i) => (i === 0 ? null : i + 1),
    (i) => i + 1,
  );
  plan.sheets.push({
    name: snapshot.name,
    hidden: false,
    mode: 'replace',
    rows: snapshot.values,
    ...(formats ? { extras: formats } : {}),
  });
  if (clusters.length > 0) {
    const { rows, rowOf, colOf } = duplicateRows(list, orderClusters(list, clusters));
    const shown = writtenFormats(snapshot, rows, rowOf, colOf);
    plan.sheets.push({
      name: words.duplicatesSheet,
      hidden: false,
      mode: 'replace',
      rows,
      ...(shown ? { extras: shown } : {}),
    });
  }
  plan.freezeRows = 1;
  plan.meta[META_KEYS.locale] = list.locale;
  if (Object.keys(list.overrides).length > 0) plan.meta[META_KEYS.overrides] = JSON.stringify(list.overrides);
  const marks = snapshot.meta?.[NOT_SAME_META];
  if (marks !== undefined) plan.meta[NOT_SAME_META] = marks;
  if (list.template !== DEFAULT_TEMPLATE) plan.meta[META_KEYS.template] = templateToJson(list.template);
  return plan;
}

/**
 * Each group's rows: group number, combined row, confidence, lists spanned, the template fields (each list's
 * IDs among them), origin, reasons; with the combined row and column each cell is taken from.
 */
function duplicateRows(
  list: CombinedList,
  clusters: readonly Cluster[],
): { rows: CellValue[][]; rowOf: (index: number) => number | null; colOf: (index: number) => number | null } {
  const words = COMBINE_WORDS[list.locale];
  const h = words.duplicateHeaders;
  // A list's own IDs tell its rows apart as a field would.
  const fields = list.columns.filter((c) => c.field !== null || c.ids !== undefined);
  const reasonWords = mergeLabels(list.locale).reason;
  const rows: CellValue[][] = [
    [h.group, h.row, h.confidence, h.lists, ...fields.map((c) => c.header), words.sourceHeader, h.reasons],
  ];
  const from: (number | null)[] = [null];
  clusters.forEach((cluster, index) => {
    const lists = listsOf(list, cluster).length;
    const reasons = cluster.reasons.map((r) => reasonText(r, reasonWords)).join('; ');
    cluster.rows.forEach((row, i) => {
      const values = list.snapshot.values[row - 1] ?? [];
      rows.push([
        index + 1,
        row,
        cluster.confidence,
        lists,
        ...fields.map((c) => values[c.col - 1] ?? null),
        values[list.sourceCol - 1] ?? null,
        i === 0 ? reasons : null,
      ]);
      from.push(row);
    });
  });
  const FIRST_FIELD = 4;
  return {
    rows,
    rowOf: (index) => from[index] ?? null,
    colOf: (index) =>
      index >= FIRST_FIELD && index < FIRST_FIELD + fields.length ? fields[index - FIRST_FIELD]!.col : null,
  };
}

/**
 * List B with a status column after its last: 已存在（A 第 12 行）, 可能已存在（…）, 新客户 (or In A (row 12),
 * Maybe in A (…), New), in B's language. `nameOfA` is how a person names list A (its file name).
 */
export function planCompareStatus(b: SheetSnapshot, comparison: ListComparison, nameOfA: string): Plan {
  const words = COMBINE_WORDS[comparison.combined.locale];
  const plan = emptyPlan(b.name);
  // Compared again: the earlier status column is rewritten, not joined by a second one of the same name.
  const earlier = (b.values[0] ?? []).findIndex((h) => headerKey(h) === headerKey(words.statusHeader));
  const col = earlier >= 0 ? earlier + 1 : columnCount(b.values) + 1;
  const before = (row: number) => (earlier >= 0 ? (b.values[row - 1]?.[earlier] ?? null) : null);
  const edits: CellEdit[] = [];
  if (earlier < 0) edits.push({ row: 1, col, before: null, after: words.statusHeader });
  for (const compared of comparison.rows) {
    const after =
      compared.status === 'new'
        ? words.fresh
        : (compared.status === 'existing' ? words.existing : words.possible)(nameOfA, compared.matches);
    if (after !== before(compared.row))
      edits.push({ row: compared.row, col, before: before(compared.row), after, reason: 'compare' });
  }
  plan.edits = edits;
  return plan;
}
