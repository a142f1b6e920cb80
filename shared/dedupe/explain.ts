/**
 * Reasons for a cluster: per field, the weakest level at which a member matches the core row,
 * with the comparator's label and a one-line English message quoting both cells. Strongest
 * evidence first; disagreements are listed too, for review.
 */
import { cellText } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { FieldCoder } from './compare/rows';
import type { MatchRecords } from './records';
import type { FieldModel } from './score/model';
import type { Reason } from './types';

const MAX_QUOTE = 40;

function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function explainCluster(
  snapshot: SheetSnapshot,
  records: MatchRecords,
  coders: FieldCoder[],
  models: FieldModel[],
  members: number[],
  core: number,
): Reason[] {
  const reasons: { reason: Reason; bits: number }[] = [];
  records.fields.forEach((field, f) => {
    let worst: { level: number; member: number } | null = null;
    for (const x of members) {
      if (x === core) continue;
      const code = coders[f]!(core, x);
      if (code === 0) continue;
      if (!worst || code - 1 > worst.level) worst = { level: code - 1, member: x };
    }
    if (!worst) return;
    const { level, member } = worst;
    const rawCore = cellText(snapshot.values[records.rows[core]! - 1]?.[field.col - 1]);
    const rawMember = cellText(snapshot.values[records.rows[member]! - 1]?.[field.col - 1]);
    const a = field.values[field.ids[core]!];
    const b = field.values[field.ids[member]!];
    const comparator = field.comparator;
    const explanation = comparator.explain(level, a, b, rawCore, rawMember);
    const symbol = level === 0 ? '=' : comparator.levels[level]!.label === 'different' ? '≠' : '≈';
    const values =
      quote(rawCore) === quote(rawMember) ? quote(rawCore) : `${quote(rawCore)} ${symbol} ${quote(rawMember)}`;
    reasons.push({
      reason: {
        field: field.key,
        column: field.column,
        level: explanation.label ?? comparator.levels[level]!.label,
        similarity: round2(explanation.similarity),
        message: `${field.column}: ${explanation.phrase} (${values})`,
      },
      bits: models[f]!.bits[level]!,
    });
  });
  return reasons.sort((x, y) => y.bits - x.bits).map((r) => r.reason);
}

/**
 * Reasons for rows identical in every column that counts (`row` is one of them, 1-based);
 * `fieldOf` gives a column's template field key, if mapped.
 */
export function explainIdentical(
  snapshot: SheetSnapshot,
  row: number,
  skip: ReadonlySet<number>,
  fieldOf: (col: number) => string | undefined,
): Reason[] {
  const header = snapshot.values[0] ?? [];
  const cells = snapshot.values[row - 1] ?? [];
  const reasons: Reason[] = [];
  cells.forEach((cell, c) => {
    const text = cellText(cell);
    if (skip.has(c + 1) || text.trim() === '') return;
    const column = cellText(header[c]) || `#${c + 1}`;
    reasons.push({
      field: fieldOf(c + 1) ?? column,
      column,
      level: 'exact',
      similarity: 1,
      message: `${column}: same value (${quote(text)})`,
    });
  });
  return reasons;
}
