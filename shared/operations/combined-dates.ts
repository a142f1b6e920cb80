/**
 * A combined column where one list brings real dates and another dates typed as text (15/03/2024 of an
 * Australian CSV beside a workbook's dates): each text is read as check reads its own list (that list's
 * day/month order, its rows' countries) and written as a real date, so the column sorts and filters as
 * one. A text read two ways stays as typed, and is counted so the command says so; one with a time of
 * day, or only a month or a year, stays as typed too.
 */
import { holdsDates } from '../export/column-reading';
import { dateColumnContext, normaliseDate } from '../normalise/date';
import { readPhoneSheet } from '../normalise/phone-region';
import { rowDates } from '../normalise/row-dates';
import type { NormaliseContext } from '../normalise/types';
import type { CellValue } from '../sheet/cell-value';
import { isoDateTimeToUtc } from '../sheet/typed-input';
import type { Template } from '../template/schema';
import type { CombinedColumn, ListSource } from './combine-lists';
import type { OperationContext } from './options';

/** The template field of birth dates, read as check reads it. */
const BIRTH_DATE_FIELD = 'birthDate';

/** What reading one list's text dates in one combined column did. */
export interface DatesRead {
  /** The combined column's header. */
  header: string;
  list: number;
  /** How many texts became dates, and one of them with the date it became. */
  read: number;
  example?: { typed: string; date: string };
  /** Texts that read two ways, left as typed: how many, and the first. */
  twoWays: number;
  twoWaysExample?: string;
}

interface Stack {
  values: CellValue[][];
  originList: Int32Array;
  originRow: Int32Array;
}

/** Rewrites `stack.values` in place: the text dates of the columns where lists disagree, as real dates. */
export function readTextDates(
  stack: Stack,
  columns: readonly CombinedColumn[],
  sources: readonly ListSource[],
  contexts: readonly OperationContext[],
  template: Template,
): DatesRead[] {
  const kinds = new Map(template.fields.map((f) => [f.key, f.kind]));
  const out: DatesRead[] = [];
  for (const column of columns) {
    if (column.from.size < 2) continue;
    const c = column.col - 1;
    let dated = false;
    const texts = new Map<number, number[]>();
    for (let r = 1; r < stack.values.length; r++) {
      const value = stack.values[r]![c];
      if (value instanceof Date) dated = true;
      else if (typeof value === 'string' && value.trim() !== '') {
        const list = stack.originList[r - 1]!;
        const rows = texts.get(list);
        if (rows) rows.push(r);
        else texts.set(list, [r]);
      }
    }
    if (!dated) continue;
    for (const [list, rows] of texts) {
      const col = column.from.get(list)!;
      const snapshot = sources[list]!.snapshot;
      const fieldKey = column.field?.split('.')[0];
      const isDateField = fieldKey !== undefined && kinds.get(fieldKey) === 'date';
      if (!isDateField && !holdsDates(snapshot.values, col)) continue;
      const read = listDateReader(snapshot, contexts[list]!, template, col, fieldKey === BIRTH_DATE_FIELD);
      const done: DatesRead = { header: column.header, list, read: 0, twoWays: 0 };
      for (const r of rows) {
        const typed = stack.values[r]![c] as string;
        const outcome = read(typed, stack.originRow[r - 1]!);
        if (outcome.status === 'ambiguous' && outcome.code === 'date.ambiguous') {
          done.twoWays++;
          done.twoWaysExample ??= typed;
        }
        if (outcome.status !== 'valid' || outcome.time !== undefined || outcome.warning) continue;
        const date = typeof outcome.value === 'string' ? isoDateTimeToUtc(outcome.value) : null;
        if (!date) continue;
        stack.values[r]![c] = date;
        done.read++;
        done.example ??= { typed, date: outcome.value as string };
      }
      if (done.read + done.twoWays > 0) out.push(done);
    }
  }
  return out;
}

/** How check reads a date of a list's column: the column's order and calendar, the row's country. */
function listDateReader(
  snapshot: ListSource['snapshot'],
  ctx: OperationContext,
  template: Template,
  col: number,
  birthDate: boolean,
): (value: CellValue, row: number) => ReturnType<typeof normaliseDate> {
  const { values } = snapshot;
  const region = readPhoneSheet(values, ctx.mapping, template, snapshot).sheet;
  const byRow = rowDates(values, ctx.mapping, template.defaultRegion, region);
  const column: NormaliseContext = {
    locale: ctx.locale,
    defaultRegion: template.defaultRegion,
    columnFormat: snapshot.columnFormats?.[col - 1] ?? null,
    ...dateColumnContext(values, col, { birthDate, now: ctx.now, region }),
  };
  const base = byRow ? byRow.contextOf(column, undefined) : column;
  return (value, row) => {
    const rowRegion = byRow?.regionOf(values[row - 1]) ?? null;
    return normaliseDate(value, rowRegion === null ? base : { ...base, rowRegion });
  };
}
