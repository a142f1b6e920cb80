/**
 * The audit log: one row per merge or undo, with the fields changed as "before → after".
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { MergeLabels } from './labels';
import type { FieldChange } from './types';

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
}

export function logHeader(labels: MergeLabels): string[] {
  return [...labels.logColumns];
}

/** "Phone: 13800138000 → 13900139000 | Notes:  → VIP"; `reverse` writes after → before (for an undo). */
export function describeChanges(changes: readonly Pick<FieldChange, 'header' | 'before' | 'after'>[], reverse = false): string {
  return changes
    .map((c) => {
      const [from, to] = reverse ? [c.after, c.before] : [c.before, c.after];
      return `${c.header}: ${cellText(from)} → ${cellText(to)}`;
    })
    .join(' | ');
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
  ];
}

/** Dedupe's reasons as text: strings as they are, objects by their message, label, or field and level. */
export function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    if (typeof r.message === 'string') return r.message;
    if (typeof r.label === 'string') return r.label;
    if (typeof r.field === 'string' && (typeof r.level === 'string' || typeof r.comparison === 'string')) return `${r.field}: ${String(r.level ?? r.comparison)}`;
  }
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}
