/**
 * Cells as a reason quotes them: on one line, long ones cut to MAX_QUOTE characters. A cut never leaves
 * a bracket open (an address ending in "(310012)"): the reason's own brackets hold the quotes, and the
 * sheet's language reads them back from there (merge/audit-log.ts `trailingBrackets`).
 */
export const MAX_QUOTE = 40;

const OPEN = new Set(['(', '（', '[', '【']);
const CLOSE = new Set([')', '）', ']', '】']);

/** Where the first bracket left open in `text` is, or -1. */
function firstOpen(text: string): number {
  const open: number[] = [];
  for (let k = 0; k < text.length; k++) {
    if (OPEN.has(text[k]!)) open.push(k);
    else if (CLOSE.has(text[k]!)) open.pop();
  }
  return open.length > 0 ? open[0]! : -1;
}

/** Where the last closing bracket with no opening before it in `text` is, or -1. */
function lastUnopened(text: string): number {
  let depth = 0;
  let last = -1;
  for (let k = 0; k < text.length; k++) {
    if (OPEN.has(text[k]!)) depth++;
    else if (CLOSE.has(text[k]!)) {
      if (depth === 0) last = k;
      else depth--;
    }
  }
  return last;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** `text` cut to at most `max` characters with … marking the cut, and no bracket left open. */
function cut(text: string, max: number, from: 'start' | 'end'): string {
  if (text.length <= max) return text;
  if (from === 'end') {
    const tail = text.slice(text.length - max + 1);
    // A closing bracket whose opening was cut off goes too, with what it closed.
    const close = lastUnopened(tail);
    return `…${close >= 0 ? tail.slice(close + 1).trimStart() : tail}`;
  }
  let head = text.slice(0, max - 1);
  const open = firstOpen(head);
  if (open > 0) head = head.slice(0, open).trimEnd();
  else if (open === 0) head = head.replace(/[()（）[\]【】]/g, '');
  return `${head}…`;
}

/** A cell as one reason quotes it. */
export function quoteValue(text: string): string {
  return cut(oneLine(text), MAX_QUOTE, 'start');
}

/**
 * Two cells compared, each as `quoteValue` quotes it, unless that would quote them alike though they
 * differ (two rooms of one long address): then each is quoted by its end, where they differ.
 */
export function quotePair(a: string, b: string): [string, string] {
  const [qa, qb] = [quoteValue(a), quoteValue(b)];
  const [la, lb] = [oneLine(a), oneLine(b)];
  if (qa !== qb || la === lb) return [qa, qb];
  return [cut(la, MAX_QUOTE, 'end'), cut(lb, MAX_QUOTE, 'end')];
}
