/**
 * A sheet's columns as codes: each column's distinct values once and, per row, the number of the
 * one it holds. A CSV read builds them while it parses (each field hashed while it is fresh, and
 * every repeat of a value made the one string), so matching keys a column's distinct values once
 * instead of every cell, walking a typed array per column instead of a million row arrays. A
 * streamed .xlsx read (xlsx-snapshot.ts) codes its text columns as it finishes each row.
 *
 * The codes belong to one `values` array, the parse's own: a snapshot whose values were replaced
 * (a header lifted, a plan applied) has none, and is read cell by cell as before.
 */
import type { CellValue } from './cell-value';
import { StringTable } from './string-table';

export interface ColumnCodes {
  /**
   * Per column (0 = column A): per row (0 = row 1), the index of its value in `distinct`, -1 when
   * empty; rows past the end are empty. Undefined for a column of values that hardly repeat (IDs,
   * phones, e-mails), where coding costs more than it saves.
   */
  readonly codes: readonly (Int32Array | undefined)[];
  /** Per column: its distinct values, each once. */
  readonly distinct: readonly (readonly string[])[];
}

const codesOfValues = new WeakMap<readonly (readonly CellValue[])[], ColumnCodes>();

/** Records that `codes` describe `values` (which must not change afterwards). */
export function attachColumnCodes(values: readonly (readonly CellValue[])[], codes: ColumnCodes): void {
  codesOfValues.set(values, codes);
}

/** Forgets the codes of `values`, which are about to change in place (a plan applied to the parse's own rows). */
export function detachColumnCodes(values: readonly (readonly CellValue[])[]): void {
  codesOfValues.delete(values);
}

/** The codes of `values` when its reader built them. */
export function columnCodesOf(values: readonly (readonly CellValue[])[]): ColumnCodes | undefined {
  return codesOfValues.get(values);
}

const FIRST_ROWS = 1024;
/** Rows a column is coded over before its repeats are judged. */
const TRIAL_ROWS = 5000;
/** Share of distinct values in the trial rows above which a column is left uncoded. */
const UNIQUE_SHARE = 0.95;

/**
 * Codes rows as they are parsed. `add` replaces each field by the column's one string of that
 * value, so repeats share one string; '' is empty (code -1). A column nearly all distinct in its
 * first rows is let go (left uncoded), and so is one holding a value other than text (`addCells`).
 * The hash tables are dropped by `finish`: only the codes and each column's distinct values stay.
 */
export class ColumnCoder {
  private tables: StringTable[] = [];
  private codes: Int32Array[] = [];
  private uncoded: boolean[] = [];
  private capacity = FIRST_ROWS;
  private rows = 0;

  add(row: string[]): void {
    const r = this.nextRow();
    for (let c = 0; c < row.length; c++) {
      const value = row[c]!;
      if (value !== '' && !this.uncoded[c]) row[c] = this.code(r, c, value);
    }
  }

  /**
   * `add` for a row of any values (an .xlsx's): null is empty too, and a column holding a number,
   * date or boolean is let go, as codes stand for text only.
   */
  addCells(row: CellValue[]): void {
    const r = this.nextRow();
    for (let c = 0; c < row.length; c++) {
      const value = row[c] ?? null;
      if (value === null || value === '' || this.uncoded[c]) continue;
      if (typeof value === 'string') row[c] = this.code(r, c, value);
      else this.letGo(c);
    }
  }

  finish(): ColumnCodes {
    const codes: (Int32Array | undefined)[] = [];
    const distinct: string[][] = [];
    const width = Math.max(this.codes.length, this.tables.length);
    for (let c = 0; c < width; c++) {
      codes.push(this.uncoded[c] ? undefined : (this.codes[c]?.subarray(0, this.rows) ?? new Int32Array(0)));
      distinct.push(this.uncoded[c] ? [] : (this.tables[c]?.strings ?? []));
    }
    this.tables = [];
    this.codes = [];
    return { codes, distinct };
  }

  private nextRow(): number {
    const r = this.rows++;
    if (r === this.capacity) this.grow();
    if (r === TRIAL_ROWS) this.judge();
    return r;
  }

  /** Codes `value` at row r of column c and returns the column's one string of it. */
  private code(r: number, c: number, value: string): string {
    const table = (this.tables[c] ??= new StringTable());
    const codes = (this.codes[c] ??= new Int32Array(this.capacity).fill(-1));
    const code = table.add(value);
    codes[r] = code;
    return table.strings[code]!;
  }

  private judge(): void {
    this.tables.forEach((table, c) => {
      if (table.size >= UNIQUE_SHARE * TRIAL_ROWS) this.letGo(c);
    });
  }

  private letGo(c: number): void {
    this.uncoded[c] = true;
    delete this.tables[c];
    delete this.codes[c];
  }

  private grow(): void {
    this.capacity *= 2;
    this.codes = this.codes.map((old) => {
      const codes = new Int32Array(this.capacity).fill(-1);
      codes.set(old);
      return codes;
    });
  }
}
