/**
 * A cell of numbers each after its label, as accounting and CRM reports write them: QuickBooks'
 * Phone Numbers column holds `Phone:(305) 909-1726 Mobile:(305) 555-0100`. The cell is two numbers,
 * and each label says which line its number is, so each number keeps its label.
 */
import { PHONE_LABEL } from './phone-parse';

export interface LabelledNumber {
  /** The label as typed, colon included ("Mobile:", "电话："); '' for a number typed before the first label. */
  label: string;
  /** The number as typed, without its label. */
  number: string;
  /** Where the part (its label, else its number) starts, where its number starts and ends, in the cell. */
  start: number;
  numberStart: number;
  end: number;
}

/** A label at the start, after a space or separator, or right after the previous number (…5678手机：139…). */
const LABEL_AT = new RegExp(`(?<=^|[\\s,;，；/、|)\\d])${PHONE_LABEL}`, 'gi');
const TRAILING_SEPARATORS = /[\s,;，；/、|]+$/;

/** The cell's numbers when it holds two or more with a label after the first; else null. */
export function labelledNumbers(cell: string): LabelledNumber[] | null {
  // Most phone cells have no colon: no pattern to run over them (a million rows are read per pass).
  if (!cell.includes(':') && !cell.includes('：')) return null;
  const labels = [...cell.matchAll(LABEL_AT)];
  if (labels.length === 0 || (labels.length === 1 && labels[0]!.index === 0)) return null;
  const parts: LabelledNumber[] = [];
  const head = cell.slice(0, labels[0]!.index).replace(TRAILING_SEPARATORS, '');
  if (head.trim() !== '') {
    const start = head.length - head.trimStart().length;
    parts.push({ label: '', number: head.trim(), start, numberStart: start, end: head.length });
  }
  for (let i = 0; i < labels.length; i++) {
    const match = labels[i]!;
    const numberStart = match.index + match[0].length;
    const stop = labels[i + 1]?.index ?? cell.length;
    const number = cell.slice(numberStart, stop).replace(TRAILING_SEPARATORS, '');
    if (number === '') return null;
    parts.push({ label: match[0].trim(), number, start: match.index, numberStart, end: numberStart + number.length });
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * Labels of a mobile's number, and of a fax's, which is no phone line at all: a card scanner writes
 * the fax's label with a colon or only a space (传真 021-66668888), in either script.
 */
const MOBILE_LABEL = /^(?:mobile|cell|手机)\s*[:：]/i;
const FAX_LABEL = /^(?:fax|传真|傳真)\s*(?:[:：]|(?=[+(（\d]))/i;
const LEADING_LABEL = new RegExp(`^${PHONE_LABEL}`, 'i');

/** The line a number's leading label names: a mobile, a fax, another phone; undefined when it has none. */
export function labelledLine(text: string): 'mobile' | 'fax' | 'other' | undefined {
  const trimmed = text.trim();
  if (MOBILE_LABEL.test(trimmed)) return 'mobile';
  if (FAX_LABEL.test(trimmed)) return 'fax';
  return LEADING_LABEL.test(trimmed) ? 'other' : undefined;
}
