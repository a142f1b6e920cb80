/**
 * A row's phones (or e-mails) in every column of their kind: Phone Number beside Mobile Phone Number,
 * 手机 beside 联系电话, E-mail 1 beside E-mail 2. A number in one column of a row and another column of
 * the other row is one number, so the pair agrees there as it would in one column, and its other
 * columns' disagreements are a second number, not another person. Only the same value (or one of a
 * cell's several; a number with its country code and without) agrees across columns: a mobile and an
 * office line a digit apart are two lines bought in a run, not a typo, and two columns that differ say
 * nothing (a desk line and a mobile differ).
 */
import type { MatchField } from '../records';
import { StringTable } from '../../sheet/string-table';

/** Digits from the end of a number that must agree before two keys are compared (one with its country code, one without). */
const TAIL_DIGITS = 8;

/**
 * The last digits of a phone key, hashed (non-negative); -1 for a short one. A number written with
 * its country code in one column and without in another keys two ways: keys that end alike are asked
 * of the comparator.
 */
function tailOf(key: string): number {
  let end = key.indexOf(';');
  if (end < 0) end = key.length;
  let h = 0x811c9dc5;
  let digits = 0;
  for (let k = end - 1; k >= 0 && digits < TAIL_DIGITS; k--) {
    const c = key.charCodeAt(k);
    if (c < 48 || c > 57) continue;
    h = Math.imul(h ^ c, 0x01000193);
    digits++;
  }
  return digits === TAIL_DIGITS ? h >>> 2 : -1;
}

/**
 * Some phone keys carry a country code (+…) and others not, or some are digits of no known country
 * (#…?): only then can one number key two ways (+14155550132 and #4155550132?), and its last digits
 * are wanted; otherwise equal numbers have equal keys.
 */
function readTwoWays(fields: readonly MatchField[]): boolean {
  let plus = false;
  let other = false;
  for (const field of fields)
    for (const key of field.keys) {
      if (key.endsWith('?')) return true;
      if (key.charCodeAt(0) === 0x2b) plus = true;
      else other = true;
      if (plus && other) return true;
    }
  return false;
}

/**
 * Some key, or one of a cell's several values, stands in two of the columns. Most lists' columns of
 * one kind share none (mobiles beside office lines): told by looking the largest column's keys up
 * among the others', without numbering them.
 */
function keyInTwoColumns(fields: readonly MatchField[]): boolean {
  const ordered = [...fields].sort((a, b) => a.keys.length - b.keys.length);
  const seen = new StringTable();
  const columnOf: number[] = [];
  const partsOf = (key: string) => (key.includes(' ') ? [key, ...key.split(' ')] : [key]);
  for (let c = 0; c < ordered.length; c++) {
    const last = c === ordered.length - 1;
    for (const key of ordered[c]!.keys)
      for (const part of partsOf(key)) {
        const at = last ? seen.indexOf(part) : seen.add(part);
        if (at < 0) continue;
        if (at === columnOf.length) columnOf.push(c);
        else if (columnOf[at] !== c) return true;
      }
  }
  return false;
}

/** The pair's agreeing values: record i's in `from`, record j's in `to` (another column). */
export interface Across {
  from: MatchField;
  to: MatchField;
}

/** A column's bit in a mask of columns (a list of more than 31 columns shares the last bit). */
const bitOf = (c: number) => 1 << Math.min(c, 30);

export class SameKindColumns {
  /**
   * Per record, per column (record r's column c at 2 * (r * width + c)): the number of its value's key
   * among all the columns' keys (-1 when blank), then the key's last digits (`tailOf`, -1 for none). Side
   * by side, so that a pair reads one cache line per record.
   */
  private readonly slots: Int32Array;
  private readonly width: number;
  /**
   * Per record: 1 when a value of it stands (whole, as one of a cell's several, or by its last digits)
   * in another column too. Most records' do not, and a pair with such a record on neither side agrees
   * across no columns.
   */
  private readonly crossing: Uint8Array;
  /** Per key number: the numbers of the values a cell of several holds (13800138000,13912345678), else null. */
  private readonly parts: (Int32Array | null)[];
  private readonly keys: StringTable;
  private readonly prepared: unknown[];
  private lastI = -1;
  private lastJ = -1;
  private lastFrom = -1;
  private lastTo = -1;

  /** The columns of one kind, or null when no value of one stands in another (nothing to meet there). */
  static of(fields: readonly MatchField[]): SameKindColumns | null {
    const twoWays = fields[0]?.comparator.name === 'phone' && readTwoWays(fields);
    if (!twoWays && !keyInTwoColumns(fields)) return null;
    const group = new SameKindColumns(fields, twoWays);
    return group.crossing.includes(1) ? group : null;
  }

  private constructor(
    readonly fields: readonly MatchField[],
    byTail: boolean,
    from?: SameKindColumns,
  ) {
    const width = (this.width = fields.length);
    const n = fields[0]?.ids.length ?? 0;
    this.slots = new Int32Array(n * width * 2);
    if (from) {
      // A subset of another group's columns (a search that scores fewer): its numbering serves.
      this.parts = from.parts;
      this.keys = from.keys;
      this.prepared = from.prepared;
      this.crossing = from.crossing;
      fields.forEach((f, c) => {
        const at = from.fields.indexOf(f);
        for (let r = 0; r < n; r++) {
          this.slots[2 * (r * width + c)] = from.slots[2 * (r * from.width + at)]!;
          this.slots[2 * (r * width + c) + 1] = from.slots[2 * (r * from.width + at) + 1]!;
        }
      });
      return;
    }
    this.parts = [];
    this.keys = new StringTable();
    this.prepared = [];
    // The columns each key (or a cell's part of one) and each number's last digits stand in.
    const columnsOfKey: number[] = [];
    const columnsOfTail = new Map<number, number>();
    const slots = this.slots;
    fields.forEach((field, c) => {
      const byId = Int32Array.from(field.keys, (key) => this.number(key));
      const tails = Int32Array.from(field.keys, (key) => (byTail ? tailOf(key) : -1));
      byId.forEach((k, id) => {
        columnsOfKey[k] = (columnsOfKey[k] ?? 0) | bitOf(c);
        for (const part of this.parts[k] ?? []) columnsOfKey[part] = (columnsOfKey[part] ?? 0) | bitOf(c);
        const tail = tails[id]!;
        if (tail >= 0) columnsOfTail.set(tail, (columnsOfTail.get(tail) ?? 0) | bitOf(c));
      });
      for (let r = 0; r < n; r++) {
        const id = field.ids[r]!;
        slots[2 * (r * width + c)] = id < 0 ? -1 : byId[id]!;
        slots[2 * (r * width + c) + 1] = id < 0 ? -1 : tails[id]!;
      }
    });
    const elsewhere = (mask: number, c: number) => (mask & ~bitOf(c)) !== 0;
    this.crossing = new Uint8Array(n);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < width && this.crossing[r] === 0; c++) {
        const k = slots[2 * (r * width + c)]!;
        if (k < 0) continue;
        const tail = slots[2 * (r * width + c) + 1]!;
        let mask = (tail >= 0 ? columnsOfTail.get(tail)! : 0) | columnsOfKey[k]!;
        for (const part of this.parts[k] ?? []) mask |= columnsOfKey[part]!;
        if (elsewhere(mask, c)) this.crossing[r] = 1;
      }
  }

  /** The number of a key, its parts numbered too when the cell holds several (apart by spaces). */
  private number(key: string): number {
    const size = this.keys.size;
    const at = this.keys.add(key);
    if (at < size) return at;
    this.parts.push(null);
    this.prepared.push(undefined);
    if (key.includes(' ')) this.parts[at] = Int32Array.from(key.split(' '), (part) => this.number(part));
    return at;
  }

  /** The group over those of its columns that are scored (a search may leave some out). */
  among(scored: readonly MatchField[]): SameKindColumns | null {
    const kept = this.fields.filter((f) => scored.includes(f));
    if (kept.length === this.fields.length) return this;
    return kept.length >= 2 ? new SameKindColumns(kept, false, this) : null;
  }

  /**
   * How many records hold each value of `field`, in it or in another of the columns: a company's line
   * typed as one colleague's Business Phone and as the others' Company Main Phone is on all their rows.
   */
  recordCounts(field: MatchField): Int32Array {
    const { slots, width } = this;
    const held = new Int32Array(this.keys.size);
    const seen = new Int32Array(this.keys.size).fill(-1);
    const n = field.ids.length;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < width; c++) {
        const k = slots[2 * (r * width + c)]!;
        if (k < 0 || seen[k] === r) continue;
        seen[k] = r;
        held[k]!++;
      }
    const own = this.fields.indexOf(field);
    const counts = Int32Array.from(field.counts);
    for (let r = 0; r < n; r++) {
      const id = field.ids[r]!;
      if (id >= 0) counts[id] = Math.max(counts[id]!, held[slots[2 * (r * width + own)]!]!);
    }
    return counts;
  }

  /** One value, or one of a cell's several, in both. */
  private share(a: number, b: number): boolean {
    if (a === b) return true;
    const x = this.parts[a];
    const y = this.parts[b];
    if (!x && !y) return false;
    if (!x) return y!.includes(a);
    if (!y) return x.includes(b);
    for (let k = 0; k < x.length; k++) if (y.includes(x[k]!)) return true;
    return false;
  }

  /** Two keys of one number: +1 415 555 0132 beside 4155550132 read without a country. */
  private sameNumber(a: number, b: number): boolean {
    const comparator = this.fields[0]!.comparator;
    const x = (this.prepared[a] ??= comparator.prepare(this.keys.strings[a]!));
    const y = (this.prepared[b] ??= comparator.prepare(this.keys.strings[b]!));
    return comparator.compare(x, y) === 0;
  }

  /** Decides pair (i, j) once for all its columns' coders. */
  private decide(i: number, j: number): void {
    if (i === this.lastI && j === this.lastJ) return;
    this.lastI = i;
    this.lastJ = j;
    this.lastFrom = -1;
    this.lastTo = -1;
    if (this.crossing[i] === 0 || this.crossing[j] === 0) return;
    const { slots, width } = this;
    const si = 2 * i * width;
    const sj = 2 * j * width;
    // Agreement in one column is that column's own level.
    for (let c = 0; c < width; c++) {
      const a = slots[si + 2 * c]!;
      const b = slots[sj + 2 * c]!;
      if (a >= 0 && b >= 0 && this.share(a, b)) return;
    }
    for (let f = 0; f < width; f++) {
      const a = slots[si + 2 * f]!;
      if (a < 0) continue;
      const tail = slots[si + 2 * f + 1]!;
      for (let g = 0; g < width; g++) {
        const b = slots[sj + 2 * g]!;
        if (g === f || b < 0) continue;
        if (this.share(a, b) || (tail >= 0 && tail === slots[sj + 2 * g + 1] && this.sameNumber(a, b))) {
          this.lastFrom = f;
          this.lastTo = g;
          return;
        }
      }
    }
  }

  /**
   * The column (index in `fields`) that holds record i's value agreeing with one of record j in another
   * column, or -1 when none does or the pair agrees in some one column. The pair's agreement is that
   * column's: i holds a value there, so its weight is that value's.
   */
  credited(i: number, j: number): number {
    this.decide(i, j);
    return this.lastFrom;
  }

  /** The columns pair (i, j) agrees across, when `credited` is `field`'s; else null. */
  across(field: MatchField, i: number, j: number): Across | null {
    this.decide(i, j);
    if (this.lastFrom < 0 || this.fields[this.lastFrom] !== field) return null;
    return { from: field, to: this.fields[this.lastTo]! };
  }
}
