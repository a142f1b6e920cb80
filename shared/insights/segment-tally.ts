/**
 * Counts and spend per segment of one column: memory per distinct value, not per row. A value is
 * counted by what it means, as check reads it: a choice under its option's label (Active, active and
 * ACTIVE are one option), other text by its trimmed form with case and script aside (segment-key.ts:
 * 跟進中 = 跟进中), shown as most rows type it; a region's values by the place they name (place-names.ts:
 * 杭州市 = 杭州). Blanks (empty or spaces only) and placeholders for none (-, 无, N/A) under "".
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { cleanText, normaliseCell } from '../normalise';
import type { NormaliseContext } from '../normalise/types';
import type { Segment, SegmentValue } from './insights-report';
import type { SegmentColumn } from './segment-fields';
import { roundTo } from './round';
import { placeKeys, REGION_FIELD } from './place-names';
import { segmentKey } from './segment-key';
import { noValueIn } from '../check/placeholder';

interface Bucket {
  count: number;
  spend: number;
  /** Rows whose filled spend cell no total takes (£75.00 among dollars). */
  leftOut: number;
  /** The forms the rows write, with their counts, in the order first seen: the most written is shown. */
  forms: Map<string, number>;
}

/** Readings remembered per column; past it, values are read again (a column of free text cannot grow it). */
const READ_CACHE_LIMIT = 10_000;

export interface SegmentReading {
  /** How check reads the column's values. */
  context: NormaliseContext;
  /** A choice column with a list of its own: its values are kept as typed, not read as options. */
  ownValues: boolean;
}

export class SegmentTally {
  private readonly buckets = new Map<string, Bucket>();
  private readonly read = new Map<string, string>();

  constructor(
    readonly column: SegmentColumn,
    private readonly reading: SegmentReading,
  ) {}

  /** `leftOut`: the row's spend cell is filled but in no total (another currency, no amount). */
  add(value: CellValue | undefined, spend: number | null, leftOut = false): void {
    const form = isBlank(value) ? '' : this.formOf(value ?? null);
    const key = segmentKey(form);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { count: 0, spend: 0, leftOut: 0, forms: new Map() }));
    bucket.count++;
    bucket.forms.set(form, (bucket.forms.get(form) ?? 0) + 1);
    if (spend !== null) bucket.spend += spend;
    if (leftOut) bucket.leftOut++;
  }

  /** Most frequent first; ties by text; blanks last. */
  result(rows: number, hasSpend: boolean): Segment {
    const values: SegmentValue[] = this.segments()
      .map((bucket) => ({ value: shownForm(bucket.forms), bucket }))
      .sort(
        (a, b) =>
          (a.value === '' ? 1 : 0) - (b.value === '' ? 1 : 0) ||
          b.bucket.count - a.bucket.count ||
          (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
      )
      .map(({ value, bucket }) => ({
        value,
        count: bucket.count,
        share: rows > 0 ? roundTo(bucket.count / rows, 4) : 0,
        totalSpend: hasSpend ? roundTo(bucket.spend, 2) : null,
        ...(hasSpend && bucket.leftOut > 0 ? { spendLeftOut: bucket.leftOut } : {}),
      }));
    return { field: this.column.field.key, column: this.column.header, values };
  }

  /** The buckets, a region's joined by the place they name (their keys are folded forms: segment-key.ts). */
  private segments(): Bucket[] {
    if (this.column.field.key !== REGION_FIELD) return [...this.buckets.values()];
    const counts = new Map([...this.buckets].map(([form, bucket]) => [form, bucket.count]));
    const keys = placeKeys(this.buckets.keys(), this.column.field, { header: this.column.header, counts });
    const places = new Map<string, Bucket>();
    for (const [form, bucket] of this.buckets) {
      const key = form === '' ? '' : keys.get(form)!;
      const place = places.get(key);
      if (!place) {
        places.set(key, {
          count: bucket.count,
          spend: bucket.spend,
          leftOut: bucket.leftOut,
          forms: new Map(bucket.forms),
        });
        continue;
      }
      place.count += bucket.count;
      place.spend += bucket.spend;
      place.leftOut += bucket.leftOut;
      for (const [text, count] of bucket.forms) place.forms.set(text, (place.forms.get(text) ?? 0) + count);
    }
    return [...places.values()];
  }

  /** The option's label, a listed region's name, or the text trimmed; a value outside a choice's list as typed, trimmed; "" for a placeholder. */
  private formOf(value: CellValue): string {
    const text = cellText(value);
    const known = this.read.get(text);
    if (known !== undefined) return known;
    const outcome = this.reading.ownValues ? undefined : normaliseCell(this.column.field, value, this.reading.context);
    // A placeholder (有赞's "-", 无) names no segment: it is counted with the blanks, as check reads it.
    const form =
      noValueIn(this.column.field, value, outcome?.status) === 'placeholder'
        ? ''
        : outcome?.status === 'valid' && typeof outcome.value === 'string' && outcome.value !== ''
          ? outcome.value
          : cleanText(text);
    if (this.read.size < READ_CACHE_LIMIT) this.read.set(text, form);
    return form;
  }
}

function shownForm(forms: ReadonlyMap<string, number>): string {
  let shown = '';
  let most = 0;
  for (const [form, count] of forms) {
    if (count > most) {
      shown = form;
      most = count;
    }
  }
  return shown;
}
