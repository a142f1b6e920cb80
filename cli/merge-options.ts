/**
 * `merge --keep first|last|most-complete|newest` and `--rule 列=sum|max|latest|earliest|join[:delimiter]`
 * (repeatable): the survivor choice and per-column rules, checked against the sheet's headers;
 * `--also-review ROWS`: rows kept out of a group that are to be merged with it all the same.
 */
import { columnLetter } from '../shared/sheet/a1';
import type { Cluster } from '../shared/dedupe';
import { withAlsoReviewRows } from '../shared/dedupe/also-review';
import type { SurvivorChoice, SurvivorshipRule } from '../shared/merge';
import { UsageError } from './cli-error';
import { listColumns, resolveColumn } from './column-list';

const KEEP: Readonly<Record<string, SurvivorChoice>> = {
  first: 'first',
  last: 'last',
  'most-complete': 'mostComplete',
  newest: 'newest',
};

const RULES: Readonly<Record<string, SurvivorshipRule>> = {
  sum: 'sum',
  max: 'max',
  latest: 'latest',
  earliest: 'earliest',
  join: 'combine',
};

export function parseKeep(text: string | undefined): SurvivorChoice | undefined {
  if (text === undefined) return undefined;
  const keep = KEEP[text.trim()];
  if (!keep) throw new UsageError(`--keep must be first, last, most-complete or newest, not "${text}"`);
  return keep;
}

export interface ParsedRules {
  /** Header -> rule. */
  rules: Partial<Record<string, SurvivorshipRule>>;
  /** Header -> join delimiter, for `join:;`. */
  delimiters: Partial<Record<string, string>>;
}

/** Each `--rule` is one column: `标签=join:;` joins tags with ";" (the delimiter is everything after "join:"). */
export function parseRules(specs: readonly string[], headers: readonly string[]): ParsedRules {
  const rules: ParsedRules['rules'] = {};
  const delimiters: ParsedRules['delimiters'] = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const column = eq > 0 ? spec.slice(0, eq).trim() : '';
    const text = eq > 0 ? spec.slice(eq + 1) : '';
    const [name, ...rest] = text.split(':');
    const rule = RULES[(name ?? '').trim()];
    if (!column || !rule) {
      throw new UsageError(
        `--rule takes a column and a rule, e.g. --rule 累计消费=sum or --rule 标签=join:; (sum, max, latest, earliest, join), not "${spec}"`,
      );
    }
    // Mobile Number for a header typed on two lines, or the column's letter (E).
    const header = resolveColumn(column, headers);
    if (header === undefined) {
      throw new UsageError(
        `--rule names "${column}", which the sheet does not have. Its columns: ${listColumns(headers)}`,
      );
    }
    // A rule is kept by header, so one of two columns headed 电话 cannot have one of its own.
    const shared = headers.flatMap((h, i) => (h === header ? [columnLetter(i + 1)] : []));
    if (shared.length > 1)
      throw new UsageError(
        `--rule: columns ${shared.join(' and ')} are both headed "${header}", so a rule for one cannot be told from the other's; merge keeps the survivor's value in both`,
      );
    if (rest.length > 0 && rule !== 'combine')
      throw new UsageError(`Only join takes a delimiter (join:;), not "${spec}"`);
    const delimiter = rest.join(':');
    if (rule === 'combine' && rest.length > 0 && delimiter === '')
      throw new UsageError(`join: needs a delimiter after the colon, e.g. ${column}=join:;`);
    rules[header] = rule;
    if (delimiter !== '') delimiters[header] = delimiter;
  }
  return { rules, delimiters };
}

/**
 * `--also-review 4,17`: also-review rows (as `custodian dedupe` lists them, the input sheet's numbers)
 * to merge with their groups. Each must be one a merged group offers; `toSheetRow` turns the input's
 * numbers into the read sheet's (the header may have been lifted). Returns the groups to merge.
 */
export function withAlsoReview(
  text: string | undefined,
  clusters: readonly Cluster[],
  toSheetRow: (inputRow: number) => number,
): Cluster[] {
  if (text === undefined) return [...clusters];
  const rows = text.split(',').map((part) => part.trim());
  const numbers = rows.map((row) => {
    const n = /^\d+$/.test(row) ? Number(row) : NaN;
    if (!Number.isSafeInteger(n) || n < 2)
      throw new UsageError(
        `--also-review takes row numbers separated by commas, e.g. --also-review 4,17, not "${text}"`,
      );
    return n;
  });
  const offered = new Set(clusters.flatMap((c) => (c.alsoReview ?? []).map((a) => a.row)));
  const wanted = numbers.map(toSheetRow);
  const strays = numbers.filter((_, i) => !offered.has(wanted[i]!));
  if (strays.length > 0)
    throw new UsageError(
      `--also-review: ${strays.length === 1 ? 'row' : 'rows'} ${strays.join(', ')} ${
        strays.length === 1 ? 'is' : 'are'
      } not offered with a merged group; custodian dedupe lists each group's "also review" rows`,
    );
  return clusters.map((c) => withAlsoReviewRows(c, wanted));
}
