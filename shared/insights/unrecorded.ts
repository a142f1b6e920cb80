/**
 * A choice cell that says no answer was ever recorded: Outlook's Gender "Unspecified", WeCom's and
 * 有赞's 性别 未知, Unknown. Completeness (the report's filled counts, the analysis sheet's) counts it
 * with the blanks; the cell stays as typed. A declined answer (保密, Prefer not to say) is the
 * customer's own choice, so it is filled, though check and clean read both as no option
 * (normalise/choice.ts).
 */
import { simplifiedHan } from '../dedupe/simplified';
import { choiceKey, isNotGiven } from '../normalise/choice';
import { cellString } from '../normalise/text';
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';

/** Answers the customer chose not to give, as comparison keys (choiceKey, simplified). */
const DECLINED =
  /^(?:保密|不愿透露|不便透露|undisclosed|withheld|prefernottosay|prefernottoanswer|rathernotsay|declinedtoanswer|declined)$/;

/** Distinct texts remembered per column: a choice column has few. */
const MEMO_LIMIT = 1000;

/** Whether `value`, filled in a cell of `field`, records no answer at all. */
export function isUnrecorded(value: CellValue | undefined, field: Pick<Field, 'kind' | 'options'>): boolean {
  if (field.kind !== 'choice' || !isNotGiven(value, field)) return false;
  return !DECLINED.test(simplifiedHan(choiceKey(cellString(value)!)));
}

/** `isUnrecorded` for one column's cells, remembering the texts it has read. */
export function unrecordedTest(field: Pick<Field, 'kind' | 'options'>): ((value: CellValue) => boolean) | null {
  if (field.kind !== 'choice') return null;
  const memo = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return false;
    let known = memo.get(value);
    if (known === undefined) {
      known = isUnrecorded(value, field);
      if (memo.size < MEMO_LIMIT) memo.set(value, known);
    }
    return known;
  };
}

/** Outlook's 0/0/00 in every spelling `NO_DATE` reads (sheet/cell-value.ts): a date column's blanks. */
export const NO_DATE_SPELLINGS: readonly string[] = [
  '0/0/00',
  '0/0/0000',
  '00/00/0000',
  '00/00/00',
  '0/00/00',
  '00/0/00',
  '0/00/0000',
  '00/0/0000',
];

/**
 * The texts in column `col` of `values` (row 0: the header) that fill their cells with no answer
 * (isUnrecorded), one per spelling regardless of case, as a COUNTIFS criterion matches them. Rows
 * `skip` says are no customers are not read.
 */
export function unrecordedSpellings(
  values: readonly (readonly CellValue[] | undefined)[],
  col: number,
  field: Pick<Field, 'kind' | 'options'>,
  skip: (index: number) => boolean,
): string[] {
  const test = unrecordedTest(field);
  if (!test) return [];
  const found = new Map<string, string>();
  for (let index = 1; index < values.length; index++) {
    const value = values[index]?.[col - 1];
    if (typeof value !== 'string' || !test(value) || skip(index)) continue;
    const key = value.toLowerCase();
    if (!found.has(key)) found.set(key, value);
  }
  return [...found.values()];
}
