/**
 * The workbook model behind the Excel emulator: sheets of cells (value, formula, number format,
 * hyperlink, note), merged areas and the filter's range, which move with their rows like Excel's,
 * A1 addresses, and how Excel interprets a string written to Range.values (as if typed: "=…" and
 * "+…" are formulas, "00123" a number, "2024-03-05" a date, a leading apostrophe forces text).
 */
import { columnLetter, columnNumber } from '../../shared/sheet/a1';
import { dateToSerial } from '../../shared/sheet/excel-dates';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** What Excel stores in a cell; value null is blank. A formula cell's value is its last result. */
export interface EmCell {
  value: string | number | boolean | null;
  formula?: string;
  format?: string;
  /** Hyperlink target: an address, or `#Sheet!A1` for a place in the workbook. */
  link?: string;
  /** A note (what .xlsx files call a comment). */
  note?: string;
}

/** What a cell keeps when its value, formula or format is written: its link and note. */
export function attached(cell: EmCell | undefined): Pick<EmCell, 'link' | 'note'> {
  return { ...(cell?.link ? { link: cell.link } : {}), ...(cell?.note !== undefined ? { note: cell.note } : {}) };
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface EmValidation {
  rect: Rect;
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean;
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  prompt?: { showPrompt: boolean; title: string; message: string };
}

export interface EmConditionalFormat {
  id: number;
  type: string;
  rect: Rect;
  /** The areas of a format added on RangeAreas; `rect` is then their bounding box. */
  areas?: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export class EmSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** rows[r - 1][c - 1]; missing entries are blank cells with the General format. */
  rows: (EmCell | undefined)[][] = [];
  validations: EmValidation[] = [];
  conditionalFormats: EmConditionalFormat[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  autoFilter: Rect | null = null;
  /** Whether a column of the filter has criteria (rows hidden by it); tests set it. */
  filtered = false;
  /** Worksheet protection (emulator-protection.ts): null when the sheet is not protected. */
  protection: { options: Record<string, boolean> } | null = null;
  /** Locks set through Range.format.protection, in order (a cell is locked unless a later one unlocks it). */
  locks: { rect: Rect; locked: boolean }[] = [];
  /** Cell styles set through Range.format, by range address. */
  styles = new Map<string, { bold?: boolean; fill?: string }>();
  /** Merged areas (Range.merge in Excel; seeded by tests). */
  merged: Rect[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): EmCell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  setCell(row: number, col: number, cell: EmCell | undefined): void {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1]![col - 1] = cell;
  }

  /** The used range: cells with a value or formula (and, unless valuesOnly, a non-General format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = 0;
    let c1 = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i]!;
      for (let j = 0; j < row.length; j++) {
        const cell = row[j];
        if (
          !cell ||
          (cell.value === null &&
            cell.formula === undefined &&
            (valuesOnly || !cell.format || cell.format === 'General'))
        )
          continue;
        if (i + 1 < r0) r0 = i + 1;
        if (i + 1 > r1) r1 = i + 1;
        if (j + 1 < c0) c0 = j + 1;
        if (j + 1 > c1) c1 = j + 1;
      }
    }
    return r1 === 0 ? null : { r0, c0, r1, c1 };
  }

  /** Inserts blank rows at `at`; like Excel, they take the number formats of the row above. */
  insertRows(at: number, count: number): void {
    while (this.rows.length < at - 1) this.rows.push([]);
    const above = this.rows[at - 2] ?? [];
    const fresh = Array.from({ length: count }, () =>
      above.map((cell) => (cell?.format ? { value: null, format: cell.format } : undefined)),
    );
    this.rows.splice(at - 1, 0, ...fresh);
    // An area below moves down; one the new rows go into grows (so does the filter's range).
    for (const m of [...this.merged, ...(this.autoFilter ? [this.autoFilter] : [])]) {
      if (m.r0 >= at) m.r0 += count;
      if (m.r1 >= at) m.r1 += count;
    }
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    const last = at + count - 1;
    const moved = (row: number) => (row < at ? row : row > last ? row - count : null);
    // An area below moves up; one over deleted rows keeps its other rows, and goes when one cell is left.
    this.merged = this.merged.flatMap((m) => {
      const r0 = moved(m.r0) ?? at;
      const r1 = moved(m.r1) ?? at - 1;
      return r1 < r0 || (r0 === r1 && m.c0 === m.c1) ? [] : [{ ...m, r0, r1 }];
    });
    // The filter's range keeps its other rows, as a range does; it goes with its last row.
    if (this.autoFilter) {
      const r0 = moved(this.autoFilter.r0) ?? at;
      const r1 = moved(this.autoFilter.r1) ?? at - 1;
      this.autoFilter = r1 < r0 ? null : { ...this.autoFilter, r0, r1 };
    }
  }
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function bounding(a: Rect, b: Rect): Rect {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}

/** Parses "B2", "B2:D9", "3:5" (whole rows), "C:E" (whole columns), with optional $ and sheet prefix. */
export function parseAddress(address: string): Rect {
  const text = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = text.replace(/\$/g, '').toUpperCase().split(':') as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`bad address "${address}"`);
    return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = part(a);
  const q = part(b!);
  return {
    r0: p.row ?? 1,
    c0: p.col ?? 1,
    r1: q.row ?? MAX_ROWS,
    c1: q.col ?? MAX_COLS,
  };
}

export function formatAddress(rect: Rect): string {
  if (rect.c0 === 1 && rect.c1 === MAX_COLS) return `${rect.r0}:${rect.r1}`;
  if (rect.r0 === 1 && rect.r1 === MAX_ROWS) return `${columnLetter(rect.c0)}:${columnLetter(rect.c1)}`;
  const a = `${columnLetter(rect.c0)}${rect.r0}`;
  const b = `${columnLetter(rect.c1)}${rect.r1}`;
  return a === b ? a : `${a}:${b}`;
}

const NUMBER = /^[+-]?(?=[\d.])(\d{1,3}(,\d{3})+|\d*)(\.\d+)?([eE][+-]?\d+)?%?$/;

/**
 * A string written to values/formulas as Excel (en-US) interprets typed input. Returns the cell,
 * or `{ value: text }` for text. `format` is the cell's current number format.
 */
export function interpretInput(text: string, format: string | undefined): EmCell {
  if (text === '') return { value: null };
  if (format === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { value: null, formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const n = Number(trimmed.replace(/[,%]/g, ''));
    return { value: percent ? n / 100 : n, ...(percent && !format ? { format: '0%' } : {}) };
  }
  if (/^[+-]/.test(trimmed)) return { value: '#NAME?', formula: `=${trimmed}` };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (iso || us) {
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : [us![3], us![1], us![2]];
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCDate() === Number(d)) {
      return {
        value: dateToSerial(date),
        ...(!format || format === 'General' ? { format: iso ? 'yyyy-mm-dd' : 'm/d/yyyy' } : {}),
      };
    }
  }
  const time = /^(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (time) return { value: (Number(time[1]) * 60 + Number(time[2])) / 1440, ...(!format ? { format: 'h:mm' } : {}) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  return { value: text };
}
