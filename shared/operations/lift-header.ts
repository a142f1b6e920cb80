/**
 * Moving a header that is not in row 1 up to row 1, so that set up, clean and merge can govern the
 * list: the title and notes above it (2024年华东区客户名单, 制表人：何静) are taken out, a two-row
 * header (联系方式 over 手机 and 邮箱), alone or under a title, becomes one row of a header per
 * column, a second wording of
 * the header (姓名 under Name) is taken out. Every removed row is kept whole in the operation's undo
 * data (values, formulas, notes, formats), so undo puts the title back where it was.
 */
import { recordOperation } from '../history/record-operation';
import type { Locale } from '../i18n/locale';
import { byRow, formulasByRow, rowContent } from '../merge/plan-merge';
import { emptyPlan, type Plan, type RowContent } from '../plan/plan';
import { cellText, isBlank } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { HeaderBelow } from './customer-list';
import { namingRows, oneRowHeaderValues, upperHeaderRow } from './header-over-two-rows';

export interface HeaderLift {
  plan: Plan;
  /** The sheet rows taken out, in order (1-based, as the sheet numbered them before). */
  removed: number[];
  /** What the removed rows said, a line per row (for the summary: the title the user will miss). */
  lines: string[];
  /** Set when a title sat over a two-row header: the title's rows, which `lines` then says alone. */
  titleRows?: number[];
}

/** The rows above the header that go: a title's rows, row 1 of a two-row header, or row 2 saying the header again. */
function rowsToRemove(below: HeaderBelow): number[] {
  if (below.echo) return [2];
  return Array.from({ length: below.row - 1 }, (_, k) => k + 1);
}

/** A header over two rows (`upper` and the row below it) as one row, each name with its own cell's looks. */
function oneRowHeader(snapshot: SheetSnapshot, upper: number, below: HeaderBelow): RowContent {
  const [first = [], second = []] = [snapshot.values[upper - 1], snapshot.values[upper]];
  const extras = byRow(snapshot.extras);
  const looks = (row: number) => new Map((extras.get(row) ?? []).map(({ row: _r, col, ...more }) => [col, more]));
  const rowLooks = [looks(upper), looks(upper + 1)];
  const values = oneRowHeaderValues(first, second, below.withGroups);
  const cells = namingRows(first, second).map((from, c) => rowLooks[from]!.get(c + 1) ?? null);
  return { row: 1, values, ...(cells.some((e) => e !== null) ? { extras: cells } : {}) };
}

/**
 * The plan that puts the header in row 1, recorded in the workbook's history. A two-row header is
 * written as a new row 1 and both old rows are removed, rather than row 2 edited in place: the
 * cells of a group merged across columns (联系方式 over B1:C1) or of a name merged down (客户名称
 * over A1:A2) cannot be written one by one, and a removed row takes its merges with it.
 */
export function planLiftHeader(
  snapshot: SheetSnapshot,
  below: HeaderBelow,
  record: { locale: Locale; at?: Date; by?: string },
): HeaderLift {
  const plan = emptyPlan(snapshot.name);
  // A header over two rows, alone or under a title: every row down to its lower row goes.
  const upper = upperHeaderRow(snapshot.values, below);
  const removed = upper !== undefined ? Array.from({ length: upper + 1 }, (_, k) => k + 1) : rowsToRemove(below);
  const inserted = upper !== undefined ? 1 : 0;
  if (upper !== undefined) plan.insertRows.push(oneRowHeader(snapshot, upper, below));
  const formulas = formulasByRow(snapshot);
  const extras = byRow(snapshot.extras);
  // Deleted rows are numbered as they are after the insert (plan.ts).
  for (const row of removed) plan.deleteRows.push(rowContent(snapshot, formulas, row, row + inserted, extras.get(row)));
  const frozen = snapshot.view?.freezeRows ?? 0;
  if (frozen > 0) {
    // A freeze over the title and the header keeps the header frozen; one over the title alone freezes the header.
    plan.freezeRows = Math.max(1, frozen - removed.length + inserted);
    plan.freezeRowsBefore = frozen;
    if (snapshot.view?.freezeColumns) plan.freezeColumns = snapshot.view.freezeColumns;
  }
  // Under a title, the summary names the title; the header's two rows are said to become one.
  const titleRows = upper !== undefined && below.group === undefined ? removed.filter((r) => r < upper) : undefined;
  const lines = (titleRows ?? removed)
    .map((row) =>
      (snapshot.values[row - 1] ?? [])
        .filter((v) => !isBlank(v))
        .map((v) => cellText(v).trim())
        .join(' '),
    )
    .filter((line) => line !== '');
  const recorded = recordOperation(plan, snapshot.meta ?? {}, {
    kind: 'headerLift',
    at: record.at ?? new Date(),
    locale: record.locale,
    ...(record.by ? { by: record.by } : {}),
  });
  return { plan: recorded, removed, lines, ...(titleRows ? { titleRows } : {}) };
}

/**
 * What the lift did, in the sheet's language: where the title went and how to get it back (`kept`:
 * in the workbook's history, or only in the input file when the output, a CSV, keeps no history).
 */
export function headerLiftNote(
  locale: Locale,
  below: HeaderBelow,
  lift: Pick<HeaderLift, 'removed' | 'lines' | 'titleRows'>,
  kept: 'history' | 'input' = 'history',
): string {
  const { lines, titleRows } = lift;
  const removed = titleRows ?? lift.removed;
  const first = removed[0]!;
  const last = removed[removed.length - 1]!;
  if (locale === 'zh-CN') {
    const rows = first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
    const where = kept === 'history' ? '原内容记在操作历史中，撤销即可放回。' : '原文件中仍保留这些行。';
    if (below.table)
      return `表头上方${rows}的另一张表（${below.table.join('、')}…）已移出表格，表头现在第 1 行；${where}`;
    if (below.echo) return `第 2 行重复的表头（${below.headers.join('、')}…）已移出表格；${where}`;
    if (below.group !== undefined)
      return `两行表头已合为一行（“${below.group}”分为 ${below.headers.join('、')}），表头现在第 1 行；${where}`;
    const joined = titleRows ? '，两行表头已合为一行' : '';
    // A blank row over the header (a table drawn from B2) has no title to quote.
    if (lines.length === 0) return `表头上方${rows}是空行，已移出表格${joined}，表头现在第 1 行；${where}`;
    return `表头上方${rows}的标题（${lines.join('；')}）已移出表格${joined}，表头现在第 1 行；${where}`;
  }
  const rows = first === last ? `Row ${first}` : `Rows ${first}–${last}`;
  const one = first === last && below.group === undefined && !titleRows;
  const them = below.group !== undefined ? 'the two rows' : one ? 'it' : 'them';
  const back = one ? 'it' : 'them';
  const where =
    kept === 'history' ? `the history keeps ${them}, and undo puts ${back} back.` : `the input file still has ${them}.`;
  if (below.table)
    return `${rows} above the header, another table (${below.table.join(', ')}…), ${first === last ? 'is' : 'are'} taken out so the header is row 1; ${where}`;
  if (below.echo) return `Row 2, the header in other words (${below.headers.join(', ')}…), is taken out; ${where}`;
  if (below.group !== undefined)
    return `The two-row header ("${below.group}" over ${below.headers.join(', ')}) is now one header row, row 1; ${where}`;
  const verb = first === last ? 'is' : 'are';
  const what = lines.length === 0 ? `${verb} blank and` : `(${lines.map((l) => `"${l}"`).join(', ')}) ${verb}`;
  if (titleRows)
    return `${rows} above the header ${what} taken out and the two-row header is now one header row, row 1; ${where}`;
  return `${rows} above the header ${what} taken out so the header is row 1; ${where}`;
}
