/**
 * Why a row of list B is in list A, from its own pairs alone: one row of B against each of its rows of A.
 * The pairs' reasons become one reason per column, as dedupe words a group: by its weakest pair, which is
 * true of every pair, quoting the cells of each pair (`a = b; a ≈ c`).
 */
import type { Reason, RowPair } from '../dedupe';

/** Pairs of cells quoted in one reason before the rest is cut to … (as dedupe quotes a group). */
const MAX_PARTS = 3;

/** The phrase and the quoted cells of a reason worded `Column: phrase (quotes)`, or null. */
function partsOf(reason: Reason): { phrase: string; quotes: string[] } | null {
  const { message, column } = reason;
  if (!message.startsWith(`${column}: `) || !message.endsWith(')')) return null;
  let depth = 0;
  for (let k = message.length - 1; k > column.length; k--) {
    if (message[k] === ')') depth++;
    else if (message[k] === '(' && --depth === 0) {
      if (message[k - 1] !== ' ') return null;
      const phrase = message.slice(column.length + 2, k - 1);
      return { phrase, quotes: message.slice(k + 1, -1).split('; ') };
    }
  }
  return null;
}

/** One reason per column from `pairs` (strongest pair first); a column's weakest pair words it. */
export function comparedReasons(pairs: readonly RowPair[]): Reason[] {
  const byColumn = new Map<string, Reason[]>();
  for (const pair of [...pairs].sort((x, y) => y.confidence - x.confidence))
    for (const reason of pair.reasons) {
      const key = `${reason.field}\u0000${reason.column}`;
      const seen = byColumn.get(key);
      if (seen) seen.push(reason);
      else byColumn.set(key, [reason]);
    }
  return [...byColumn.values()].map((reasons) => {
    const weakest = reasons.reduce((w, r) => (r.similarity < w.similarity ? r : w));
    if (reasons.every((r) => r.message === weakest.message)) return weakest;
    const parts = reasons.map(partsOf);
    const words = partsOf(weakest);
    // A reason not worded as dedupe words them is kept as it is, its weakest pair's.
    if (!words || parts.some((p) => p === null)) return weakest;
    const quotes = [...new Set(parts.flatMap((p) => p!.quotes))];
    const shown = quotes.length > MAX_PARTS ? [...quotes.slice(0, MAX_PARTS), '…'] : quotes;
    return { ...weakest, message: `${weakest.column}: ${words.phrase} (${shown.join('; ')})` };
  });
}
