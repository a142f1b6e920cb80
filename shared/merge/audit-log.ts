/**
 * The audit log: one row per merge or undo, with the fields changed as "before → after", and one
 * row per other operation (set up, clean, IDs, their undos) with what it changed and why.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { MATCH_LEVELS, type MatchLevel } from '../dedupe/levels';
import type { MergeLabels } from './labels';
import type { FieldChange } from './types';
import { CELL_TEXT_LIMIT } from '../sheet/cell-limit';

export interface LogEntry {
  mergeId: string;
  at: string;
  action: 'merge' | 'undo';
  sheet: string;
  survivorId: string | null;
  survivorRow: number;
  mergedRows: readonly number[];
  changes: string;
  confidence: number | null;
  reasons: readonly string[];
  /** Who did it, where the host can tell; blank otherwise. */
  by?: string;
}

export function logHeader(labels: MergeLabels): string[] {
  return [...labels.logColumns];
}

/**
 * "Phone: 13800138000 → 13900139000 | Notes:  → VIP"; `reverse` writes after → before (for an undo);
 * `cap`: each value longer than it is cut there and ends in "…".
 */
export function describeChanges(
  changes: readonly Pick<FieldChange, 'header' | 'before' | 'after'>[],
  reverse = false,
  cap = Infinity,
): string {
  const text = (value: CellValue) => {
    const whole = cellText(value);
    return whole.length > cap ? `${whole.slice(0, cap)}…` : whole;
  };
  return changes
    .map((c) => {
      const [from, to] = reverse ? [c.after, c.before] : [c.before, c.after];
      return `${c.header}: ${text(from)} → ${text(to)}`;
    })
    .join(' | ');
}

/** Room left in a shortened log cell for headers, arrows and the lines beside the values. */
const LOG_ROOM = 2_000;

/**
 * The log's changes cell, within what an Excel cell holds: when the whole text is longer, each value is
 * shortened alike (so every changed field is still named) and `shortened` says so and where the full text is.
 */
export function logChanges(
  changes: readonly Pick<FieldChange, 'header' | 'before' | 'after'>[],
  lines: readonly string[],
  shortened: (length: number) => string,
  reverse = false,
): string {
  const join = (cap?: number) => [describeChanges(changes, reverse, cap), ...lines].filter(Boolean).join(' | ');
  const whole = join();
  if (whole.length <= CELL_TEXT_LIMIT) return whole;
  const tail = shortened(whole.length);
  const cap = Math.max(100, Math.floor((CELL_TEXT_LIMIT - tail.length - LOG_ROOM) / Math.max(1, 2 * changes.length)));
  const short = join(cap);
  return `${short.slice(0, CELL_TEXT_LIMIT - tail.length)}${tail}`;
}

export function logRow(labels: MergeLabels, entry: LogEntry): CellValue[] {
  return [
    entry.mergeId,
    entry.at,
    entry.action === 'merge' ? labels.actionMerge : labels.actionUndo,
    entry.sheet,
    labels.survivorWithRow(entry.survivorId ?? '', entry.survivorRow),
    entry.mergedRows.join(', '),
    entry.changes,
    entry.confidence ?? '',
    entry.reasons.join('; '),
    entry.by ?? '',
  ];
}

/** A row for an operation other than a merge: id, time, what, sheet, how many cells and rows, why (all in the sheet's language). */
export interface OperationLogEntry {
  id: string;
  at: string;
  action: string;
  sheet: string;
  changes: string;
  reasons: string;
  by?: string;
}

export function operationLogRow(entry: OperationLogEntry): CellValue[] {
  return [entry.id, entry.at, entry.action, entry.sheet, '', '', entry.changes, '', entry.reasons, entry.by ?? ''];
}

/**
 * What the last brackets of a message hold, brackets inside it included (`李四 = 李四(采购部)`, an address
 * ending in `(310012)`); null when the message does not end in brackets.
 */
function trailingBrackets(message: string): string | null {
  const text = message.trimEnd();
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let k = text.length - 1; k >= 0; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && --depth === 0) return text.slice(k + 1, -1);
  }
  return null;
}

/**
 * Dedupe's reasons as text: strings as they are, objects by their message, label, or field and level.
 * `words` (the sheet's language) words a reason that names its column and a known comparison level.
 */
export function reasonText(reason: unknown, words?: MergeLabels['reason']): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    if (words && typeof r.column === 'string' && (MATCH_LEVELS as readonly unknown[]).includes(r.level)) {
      // The values compared, from the end of the English message: "手机: same number (a = b)".
      const detail = typeof r.message === 'string' ? trailingBrackets(r.message) : null;
      return words(r.column, r.level as MatchLevel, detail);
    }
    if (typeof r.message === 'string') return r.message;
    if (typeof r.label === 'string') return r.label;
    if (typeof r.field === 'string' && (typeof r.level === 'string' || typeof r.comparison === 'string'))
      return `${r.field}: ${String(r.level ?? r.comparison)}`;
  }
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}
