/**
 * One cell of the emulated spreadsheet and Sheets' rules for what setValues stores: input is
 * parsed as if typed (a leading apostrophe forces text, "=…" is a formula, "+86 …" a broken
 * formula, "00123" a number, "2024-03-05" a date), except in cells formatted as plain text (@).
 * Dates are stored as serial numbers; getValues hands date-formatted numbers back as Dates.
 * Formulas are stored as text and never recalculated: a formula cell keeps the value it was given.
 * Writing a value (setValues, clearContent) drops a cell's link, as Sheets does; notes and formats stay.
 */
import { dateSerial, instantToSerial, serialToInstant } from './time-zone';

export type Stored = string | number | boolean | null;

export interface Cell {
  value: Stored;
  formula: string | null;
  /** null: "Automatic". */
  format: string | null;
  note?: string;
  /** A link over the whole text (Sheets keeps links as rich text: only a text cell has one). */
  link?: string;
  background?: string;
  bold?: boolean;
  validation?: unknown;
}

export const AUTOMATIC_FORMAT = '0.###############';
export const DATETIME_FORMAT = 'M/d/yyyy H:mm:ss';
/** Sheets' limit on one cell's text. */
export const MAX_CELL_CHARS = 50_000;

export function blankCell(): Cell {
  return { value: null, formula: null, format: null };
}

export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Formats that make a number read back as a Date (date, time, date-time and duration formats). */
export function isDateTimeFormat(format: string | null): boolean {
  if (!format || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && !/[#0]/.test(bare));
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** What Sheets stores for one setValues input in a cell with `format`. */
export function parseInput(input: unknown, cell: Cell, timeZone: string): Partial<Cell> {
  if (input === '' || input === null || input === undefined) return { value: null, formula: null };
  if (isDateObject(input)) {
    const serial = instantToSerial(input.getTime(), timeZone);
    return { value: serial, formula: null, ...(cell.format === null ? { format: DATETIME_FORMAT } : {}) };
  }
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') return { value: String(input), formula: null };
  if (input.length > MAX_CELL_CHARS)
    throw new Error(
      `Exception: Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  if (cell.format === '@') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (input.startsWith('=')) return { value: null, formula: input };
  const text = input.trim();
  if (NUMBER.test(text)) return { value: Number(text), formula: null };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, '')), formula: null };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: null };
  const date = DATE.exec(text);
  if (date)
    return {
      value: dateSerial(Number(date[1]), Number(date[2]), Number(date[3])),
      formula: null,
      ...(cell.format === null ? { format: 'yyyy-mm-dd' } : {}),
    };
  // "+86 138…", "-abc": Sheets takes them as formulas it cannot parse.
  if (/^[+-]/.test(text)) return { value: '#ERROR!', formula: `=${text}` };
  return { value: input, formula: null };
}

/** What getValues answers for a cell. */
export function readValue(cell: Cell | undefined, timeZone: string): string | number | boolean | Date {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'number' && isDateTimeFormat(cell.format))
    return new Date(serialToInstant(cell.value, timeZone));
  return cell.value;
}

/** Sets what a value write stores; the link was part of the old content and goes. */
export function storeInput(cell: Cell, update: Partial<Cell>): void {
  Object.assign(cell, update);
  delete cell.link;
}

/** What SpreadsheetApp.newRichTextValue() builds: text with, here, one link over all of it. */
export class RichTextValue {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

export function richTextBuilder() {
  let text = '';
  let link: string | null = null;
  const builder = {
    setText(value: string) {
      text = value;
      return builder;
    },
    setLinkUrl(url: string | null) {
      link = url;
      return builder;
    },
    build: () => new RichTextValue(text, link),
  };
  return builder;
}

/** What getRichTextValues answers for a cell: null when it holds a number, boolean or date (not text). */
export function readRichText(cell: Cell | undefined): RichTextValue | null {
  if (!cell || cell.value === null) return new RichTextValue('', null);
  return typeof cell.value === 'string'
    ? new RichTextValue(cell.value, cell.formula ? null : (cell.link ?? null))
    : null;
}
