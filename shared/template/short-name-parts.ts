/**
 * Headers cut to First and Last (a list typed by hand, a sign-up sheet): the name's given and family
 * parts beside the other part's header (First beside Last, Last beside First Name or Surname), or alone
 * when their values are names. Alone, "Last" is as often the last contact, order or visit: its dates,
 * numbers or repeated words (Call, Email) leave it alone, and beside each other two columns of dates
 * (the first and last order) are no name either.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from './schema';
import type { ColumnProfile } from './column-profile';
import { fieldFit } from './column-evidence';
import { SCORE, EVIDENCE_WEIGHT, type Claim, type SampleRows } from './header-claims';
import type { NamePart } from './header-words';

/** The cut headers, as folded, and the part each names. */
const SHORT: Readonly<Record<string, NamePart>> = { first: 'given', last: 'family' };
/** Share of a lone column's values that must be single names, and how few of them may repeat. */
const NAMES_SHARE = 0.8;
const NAMES_DISTINCT = 0.7;
const MIN_SAMPLE = 3;

// One or two capitalised words of letters (O'Neil, Van Dyke, Mary-Jane), or a Han surname or given name.
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?|\p{Script=Han}{1,3})$/u;
// Words a "Last" column of another meaning holds: a day, a month, an answer.
const NOT_NAMES =
  /^(?:yes|no|none|n\/?a|true|false|today|yesterday|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

function holdsNames(rows: SampleRows, col: number, profile: ColumnProfile): boolean {
  if (profile.count < MIN_SAMPLE || profile.distinct < NAMES_DISTINCT) return false;
  let seen = 0;
  let names = 0;
  for (const row of rows) {
    const value: CellValue | undefined = row?.[col - 1];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const text = value.normalize('NFKC').trim();
    seen++;
    if (NAME_WORD.test(text) && !NOT_NAMES.test(text)) names++;
  }
  return seen >= MIN_SAMPLE && names / seen >= NAMES_SHARE;
}

/**
 * Claims for the columns headed First or Last that no other claim names. `claims` are the row's
 * claims so far (a First Name or Surname column's part), `name` the customer's name field.
 */
export function shortNamePartClaims(
  claims: readonly Claim[],
  folded: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[],
  rows: SampleRows,
  name: Field | undefined,
  open: (col: number) => boolean,
): Claim[] {
  if (!name) return [];
  const out: Claim[] = [];
  folded.forEach((header, i) => {
    const part = SHORT[header];
    const col = i + 1;
    if (!part || !open(col) || claims.some((c) => c.col === col)) return;
    const other: NamePart = part === 'given' ? 'family' : 'given';
    const beside =
      folded.some((h, j) => j !== i && SHORT[h] === other) ||
      claims.some((c) => c.field === name.key && c.part === other);
    const profile = profiles[i];
    const fit = profile ? fieldFit(name, false, profile) : 0;
    if (fit < 0) return;
    const names = profile !== undefined && holdsNames(rows, col, profile);
    if (!beside && !names) return;
    // A column of anything but names (dates, amounts, the same few words) is no part even beside the other.
    if (profile && profile.count >= MIN_SAMPLE && !names && fit < 1) return;
    out.push({
      col,
      field: name.key,
      part,
      match: 'synonym',
      score: SCORE.synonym + (names ? EVIDENCE_WEIGHT : 0),
      ...(names ? { evidence: 'person' as const } : {}),
    });
  });
  return out;
}
