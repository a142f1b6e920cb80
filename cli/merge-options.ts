/**
 * `merge --keep first|last|most-complete|newest` and `--rule 列=sum|max|latest|earliest|join[:delimiter]`
 * (repeatable): the survivor choice and per-column rules, checked against the sheet's headers.
 */
import { columnLetter } from '../shared/sheet/a1';
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
