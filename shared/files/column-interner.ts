/**
 * One string object per repeated value of a column (region, tier, stage, owner, industry), so a
 * million rows of "华东" hold one string, not a million copies. A column is judged on its first
 * values: one that is mostly distinct (phones, e-mails, addresses) is not interned at all, and
 * the map stops growing at a bound, so no column builds a map as large as itself.
 */

/** Values a column is judged on before it is interned or let go. */
const SAMPLE = 1000;
/** A sampled column with more distinct values than this is left as parsed. */
const MAX_SAMPLE_DISTINCT = SAMPLE / 2;
/** Distinct values a column's map keeps; later new values are kept as parsed. */
const MAX_DISTINCT = 20_000;

export class ColumnInterner {
  private seen = 0;
  private map: Map<string, string> | undefined = new Map();

  /** `value`, or the equal string this column already holds. */
  intern(value: string): string {
    const map = this.map;
    if (map === undefined || value === '') return value;
    if (this.seen < SAMPLE && ++this.seen === SAMPLE && map.size > MAX_SAMPLE_DISTINCT) {
      this.map = undefined;
      return value;
    }
    const held = map.get(value);
    if (held !== undefined) return held;
    if (map.size < MAX_DISTINCT) map.set(value, value);
    return value;
  }
}
