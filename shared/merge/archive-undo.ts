/**
 * An undone merge's archive rows: each role cell says the merge was undone, and when, in the
 * archive's language ("已撤销（<time>）；原为：已合并"). The rows are marked, not removed: the archive is
 * the record the log's merge rows point to by merge id, so a reader still sees what was merged and
 * that it was undone, and every other cell keeps what the row held. A role cell someone changed
 * since (or one already marked) is left as it is.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import { emptyPlan, type CellEdit, type Plan } from '../plan/plan';
import { MERGE_LABELS, mergeLabels } from './labels';

/** 0-based positions of the merge id and role columns in an archive row. */
interface ArchiveColumns {
  id: number;
  role: number;
}

const ALL_LABELS = Object.values(MERGE_LABELS);
/** Where archive.ts writes them, for rows above any header a reader can recognise. */
const WRITTEN: ArchiveColumns = { id: 0, role: 6 };
const ROLES: ReadonlySet<CellValue> = new Set(ALL_LABELS.flatMap((l) => [l.roleSurvivor, l.roleMerged]));

/** The columns a header row names, in either language (someone may have moved them), or null for a data row. */
function headerColumns(row: readonly CellValue[]): ArchiveColumns | null {
  for (const labels of ALL_LABELS) {
    const id = row.indexOf(labels.archiveColumns[0]);
    const role = row.indexOf(labels.archiveColumns[6]);
    if (id >= 0 && role >= 0) return { id, role };
  }
  return null;
}

/** The edits that mark the archive rows of `mergeIds` undone at `at`, worded in `locale`. */
export function archiveUndoneEdits(
  archive: Pick<SheetSnapshot, 'values' | 'formulas'>,
  mergeIds: readonly string[],
  at: Date,
  locale: Locale,
): CellEdit[] {
  const ids = new Set(mergeIds);
  const labels = mergeLabels(locale);
  const when = at.toISOString();
  const formulaCells = new Set((archive.formulas ?? []).map((f) => `${f.row}:${f.col}`));
  const edits: CellEdit[] = [];
  // Each block of rows sits under the header written with it (helper-sheet.ts).
  let columns = WRITTEN;
  archive.values.forEach((row, i) => {
    const header = headerColumns(row);
    if (header) {
      columns = header;
      return;
    }
    const role = row[columns.role] ?? null;
    if (typeof role !== 'string' || !ROLES.has(role) || !ids.has(cellText(row[columns.id] ?? null))) return;
    if (formulaCells.has(`${i + 1}:${columns.role + 1}`)) return;
    edits.push({ row: i + 1, col: columns.role + 1, before: role, after: labels.roleUndone(role, when) });
  });
  return edits;
}

/** The plan that marks them on the archive sheet, or null when the archive is gone or holds none of them. */
export function planArchiveUndone(
  archive: SheetSnapshot | undefined,
  mergeIds: readonly string[],
  at: Date,
  locale: Locale,
): Plan | null {
  if (!archive || mergeIds.length === 0) return null;
  const edits = archiveUndoneEdits(archive, mergeIds, at, locale);
  return edits.length === 0 ? null : { ...emptyPlan(archive.name), edits };
}

/** What marking needs of a host: a sheet by name as it is now (undefined: no such sheet), and applying a plan. */
export interface ArchiveTarget {
  read(sheet: string): SheetSnapshot | undefined | Promise<SheetSnapshot | undefined>;
  apply(plan: Plan): unknown;
}

/**
 * Marks the archive rows of merges just undone (of one language: a run's merges share it), after the
 * undo's own plan has been applied; resolves with the number of rows marked.
 */
export async function markArchiveUndone(
  target: ArchiveTarget,
  mergeIds: readonly string[],
  at: Date,
  locale: Locale,
): Promise<number> {
  if (mergeIds.length === 0) return 0;
  const plan = planArchiveUndone(await target.read(mergeLabels(locale).archiveSheet), mergeIds, at, locale);
  if (plan) await target.apply(plan);
  return plan?.edits.length ?? 0;
}
