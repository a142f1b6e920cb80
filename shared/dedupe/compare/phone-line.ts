/**
 * The kind of line a phone cell names when an export labels it (QuickBooks' "Phone: …", "Mobile: …";
 * 手机：…, 座机：…): a mobile and an office line one digit apart are two lines of one customer, bought
 * in a run, not one number mistyped.
 */

export type LineKind = 'mobile' | 'fax' | 'home' | 'work' | 'phone';

const KINDS: ReadonlyArray<readonly [LineKind, RegExp]> = [
  ['mobile', /^(?:mobile|mob|cell|cellphone|cell phone|手机|移动电话)$/],
  ['fax', /^(?:fax|传真)$/],
  ['home', /^(?:home|home phone|住宅|家庭电话)$/],
  ['work', /^(?:work|office|business|work phone|办公电话|公司电话)$/],
  ['phone', /^(?:phone|tel|telephone|landline|main|电话|座机|固话)$/],
];

const LABEL = /^\s*([\p{L} ]{1,12}?)\s*[:：]/u;

/** The kind of line a cell's label names, or null for an unlabelled or unknown one. */
export function lineKind(raw: string): LineKind | null {
  const label = LABEL.exec(raw)?.[1]?.toLowerCase();
  if (!label) return null;
  for (const [kind, pattern] of KINDS) if (pattern.test(label)) return kind;
  return null;
}

/**
 * Two labelled cells name other lines: a mobile, a fax and a fixed line differ; home and work differ;
 * a plain "Phone" may be the home or the work line, so only a mobile or a fax is other than it.
 */
export function otherLines(rawA: string, rawB: string): boolean {
  const a = lineKind(rawA);
  const b = lineKind(rawB);
  if (a === null || b === null || a === b) return false;
  const fixed = (k: LineKind) => k === 'phone' || k === 'home' || k === 'work';
  if (fixed(a) && fixed(b)) return a !== 'phone' && b !== 'phone';
  return true;
}
