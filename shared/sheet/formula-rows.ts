/**
 * Rewrites the row numbers in A1 references after rows of one sheet are inserted or deleted, the
 * way Excel does: every reference to a moved row follows it ($ or not), a reference to a deleted
 * cell becomes #REF!, a range shrinks to its surviving rows or grows around inserted ones.
 * A small scanner, not a full formula parser: it skips string literals and [..] (structured and
 * external references) and leaves names, functions and column-only ranges alone. 3-D references
 * (Sheet1:Sheet3!A1) are not adjusted.
 */
import { MAX_SHEET_ROWS } from './a1';

/** New row number of an existing row, or null when the row is deleted. Must be increasing. */
export type RowMap = (row: number) => number | null;

export interface RowRemap {
  /** The sheet whose rows moved. */
  sheet: string;
  map: RowMap;
}

const WORD_CHAR = /[A-Za-z0-9_.$\\\u0080-\uFFFF]/;
const CELL_REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/y;
const ROW_RANGE = /(\$?)(\d+):(\$?)(\d+)/y;
const MAX_COL_LETTERS = 'XFD';

function columnFits(letters: string): boolean {
  const upper = letters.toUpperCase();
  return upper.length < 3 || upper <= MAX_COL_LETTERS;
}

/** The first surviving row in [from, to], mapped; null when all are deleted. */
function firstSurvivor(map: RowMap, from: number, to: number): number | null {
  for (let r = from; r <= to; r++) {
    const mapped = map(r);
    if (mapped !== null) return mapped;
  }
  return null;
}

function lastSurvivor(map: RowMap, from: number, to: number): number | null {
  for (let r = to; r >= from; r--) {
    const mapped = map(r);
    if (mapped !== null) return mapped;
  }
  return null;
}

function boundaryAfter(formula: string, end: number): boolean {
  const next = formula[end];
  return next === undefined || !(WORD_CHAR.test(next) || next === '(' || next === '!' || next === ':');
}

/** Rewrites the reference starting at `pos`, or returns null when there is none. */
/**
 * `shift` set: the formula belongs to a conditional format or validation, whose relative
 * references are relative to the range's top-left cell, so relative rows move by `shift` with it.
 */
function rewriteReferenceAt(
  formula: string,
  pos: number,
  map: RowMap | null,
  shift?: number,
): { text: string; end: number } | null {
  CELL_REF.lastIndex = pos;
  const cell = CELL_REF.exec(formula);
  if (cell && boundaryAfter(formula, CELL_REF.lastIndex) && columnFits(cell[2]) && (!cell[6] || columnFits(cell[6]))) {
    const end = CELL_REF.lastIndex;
    if (!map) return { text: cell[0], end };
    const startRow = Number(cell[4]);
    if (startRow < 1 || startRow > MAX_SHEET_ROWS) return { text: cell[0], end };
    if (shift !== undefined && !cell[3] && (cell[8] === undefined || !cell[7])) {
      const moved = (row: string) => Math.min(MAX_SHEET_ROWS, Math.max(1, Number(row) + shift));
      const text =
        `${cell[1]}${cell[2]}${moved(cell[4])}` +
        (cell[8] === undefined ? '' : `:${cell[5]}${cell[6]}${moved(cell[8])}`);
      return { text, end };
    }
    if (cell[8] === undefined) {
      const mapped = map(startRow);
      return { text: mapped === null ? '#REF!' : `${cell[1]}${cell[2]}${cell[3]}${mapped}`, end };
    }
    const endRow = Number(cell[8]);
    const low = Math.min(startRow, endRow);
    const high = Math.max(startRow, endRow);
    const first = firstSurvivor(map, low, high);
    const last = lastSurvivor(map, low, high);
    if (first === null || last === null) return { text: '#REF!', end };
    return { text: `${cell[1]}${cell[2]}${cell[3]}${first}:${cell[5]}${cell[6]}${cell[7]}${last}`, end };
  }
  ROW_RANGE.lastIndex = pos;
  const rows = ROW_RANGE.exec(formula);
  if (rows && boundaryAfter(formula, ROW_RANGE.lastIndex)) {
    const end = ROW_RANGE.lastIndex;
    if (!map) return { text: rows[0], end };
    const low = Math.min(Number(rows[2]), Number(rows[4]));
    const high = Math.max(Number(rows[2]), Number(rows[4]));
    const first = firstSurvivor(map, low, high);
    const last = lastSurvivor(map, low, high);
    if (first === null || last === null) return { text: '#REF!', end };
    return { text: `${rows[1]}${first}:${rows[3]}${last}`, end };
  }
  return null;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * `formula` (with or without "=") as it reads after the rows of `remap.sheet` moved.
 * `hostSheet` is the sheet the formula lives on: unqualified references point there.
 */
export function remapFormulaRows(formula: string, hostSheet: string, remap: RowRemap, relativeShift?: number): string {
  const local = sameSheet(hostSheet, remap.sheet) ? remap.map : null;
  let out = '';
  let i = 0;
  let external = false;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      external = true;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'" && formula[j + 1] === "'") j += 2;
        else if (formula[j] === "'") break;
        else j++;
      }
      const name = formula.slice(i + 1, j).replace(/''/g, "'");
      out += formula.slice(i, j + 1);
      i = j + 1;
      if (formula[i] === '!') {
        out += '!';
        i++;
        const targets = !external && !name.startsWith('[') && !name.includes(':') && sameSheet(name, remap.sheet);
        const ref = rewriteReferenceAt(formula, i, targets ? remap.map : null, targets ? relativeShift : undefined);
        if (ref) {
          out += ref.text;
          i = ref.end;
        }
      }
      external = false;
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      let j = i;
      while (j < n && WORD_CHAR.test(formula[j])) j++;
      if (formula[j] === '!') {
        const name = formula.slice(i, j);
        out += formula.slice(i, j + 1);
        i = j + 1;
        const targets = !external && sameSheet(name, remap.sheet);
        const ref = rewriteReferenceAt(formula, i, targets ? remap.map : null, targets ? relativeShift : undefined);
        if (ref) {
          out += ref.text;
          i = ref.end;
        }
        external = false;
        continue;
      }
      const ref = rewriteReferenceAt(formula, i, local, local ? relativeShift : undefined);
      if (ref) {
        out += ref.text;
        i = ref.end;
      } else {
        out += formula.slice(i, j);
        i = j;
      }
      external = false;
      continue;
    }
    out += ch;
    i++;
    if (ch !== ' ') external = false;
  }
  return out;
}

const SINGLE_CELL = /^(\$?[A-Za-z]{1,3}\$?)(\d+)$/;

/**
 * A range list such as "A2:A100 C5" (conditional-format and validation refs) after the move, or
 * null when every part was deleted. Parts that were deleted entirely are dropped.
 */
export function remapRangeList(ranges: string, remap: RowRemap): string | null {
  const parts: string[] = [];
  for (const part of ranges.split(/\s+/)) {
    if (!part) continue;
    const single = SINGLE_CELL.exec(part);
    if (single) {
      const row = remap.map(Number(single[2]));
      if (row !== null) parts.push(`${single[1]}${row}`);
      continue;
    }
    const moved = remapFormulaRows(part, remap.sheet, remap);
    if (!moved.includes('#REF!')) parts.push(moved);
  }
  return parts.length ? parts.join(' ') : null;
}

/** The top row of the first range in a range list ("D2:D9 F2" → 2). */
export function topRow(ranges: string): number | undefined {
  const match = /\$?[A-Za-z]{1,3}\$?(\d+)/.exec(ranges);
  return match ? Number(match[1]) : undefined;
}
