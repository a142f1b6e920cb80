/**
 * Values of merged-away rows that a keep-one rule passes over (a second 病历号, another 主治医生 or
 * 诊断) and no note carries: after the merge they are in the archive alone, so the merge says which,
 * row by row. The same value written another way (周 杰, 1989/1/18, a company's short form) is no
 * other value.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { companyKey } from '../dedupe/compare/company';
import { personNameComparator } from '../dedupe/compare/person-name';
import { simplifiedHan } from '../dedupe/simplified';
import { regionOfCountry } from '../normalise/country';
import type { SheetColumn } from './columns';
import type { RowRecord } from './choose-survivor';
import { dateKey, valueKey } from './field-values';
import { isCompanyColumn, isCompanyInFull } from './full-form';
import { differentPeople } from './other-person';
import type { SurvivorshipRule } from './types';

/** Rules that keep one row's value without weighing the others': what they pass over is dropped from the sheet. */
const KEEP_ONE: ReadonlySet<SurvivorshipRule> = new Set(['master', 'first']);

export function keepsOne(rule: SurvivorshipRule): boolean {
  return KEEP_ONE.has(rule);
}

/** An address or region without spacing, punctuation and the words of its administrative levels (深圳市南山区 is 深圳南山). */
function addressKey(text: string): string {
  return simplifiedHan(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+|[省市区县]/gu, '');
}

const NAMES = {
  full: personNameComparator('full'),
  given: personNameComparator('given'),
  family: personNameComparator('family'),
};

/** Two forms of one name as duplicate detection reads them (王小明 and 小明, Zhang Wei and Wei Zhang, Bob and Robert). */
function oneName(column: SheetColumn, a: CellValue, b: CellValue): boolean {
  const names =
    column.fieldKey === 'name.given' ? NAMES.given : column.fieldKey === 'name.family' ? NAMES.family : NAMES.full;
  const [x, y] = [names.key(a), names.key(b)];
  if (x === null || y === null || x === y) return true;
  return names.levels[names.compare(names.prepare(x), names.prepare(y))]?.label !== 'different';
}

/** Whether `value` (on `row`) says what `kept` (on `keptRow`) says, in the column's terms. */
function sameValue(
  column: SheetColumn,
  kept: CellValue,
  keptRow: readonly CellValue[],
  value: CellValue,
  row: readonly CellValue[],
): boolean {
  if (valueKey(kept, column.ctx, keptRow) === valueKey(value, column.ctx, row)) return true;
  const [a, b] = [cellText(kept).trim(), cellText(value).trim()];
  if (column.ctx.field?.kind === 'personName') return !differentPeople(a, b) || oneName(column, kept, value);
  if (isCompanyColumn(column)) {
    const key = companyKey(kept);
    return isCompanyInFull(kept, value) || isCompanyInFull(value, kept) || (key !== null && key === companyKey(value));
  }
  if (column.fieldKey === 'country') {
    const region = regionOfCountry(kept);
    if (region !== null && region === regionOfCountry(value)) return true;
  }
  if (column.fieldKey === 'address' || column.fieldKey === 'region') {
    const [x, y] = [addressKey(a), addressKey(b)];
    return x !== '' && (x.includes(y) || y.includes(x));
  }
  // An unmapped column of dates: one day typed two ways.
  const day = dateKey(kept, column.ctx, keptRow);
  return day !== null && day === dateKey(value, column.ctx, row);
}

/**
 * Adds to `into`, under each merged-away row of `from`, the column's value as typed when it is not the
 * kept one, no note already holds it (`noted`), and no earlier row's was listed.
 */
export function leftInArchive(
  from: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
  kept: CellValue,
  noted: readonly string[],
  into: Map<number, [header: string, value: string][]>,
): void {
  const keptRow = (from.find((r) => r.values[column.col - 1] === kept) ?? survivor).values;
  const listed: RowRecord[] = [];
  for (const record of [...from].sort((a, b) => a.row - b.row)) {
    if (record === survivor) continue;
    const value = record.values[column.col - 1] ?? null;
    const text = cellText(value).trim();
    if (isBlank(value) || text === '' || noted.some((note) => note.endsWith(text))) continue;
    if (!isBlank(kept) && sameValue(column, kept, keptRow, value, record.values)) continue;
    if (listed.some((r) => sameValue(column, r.values[column.col - 1] ?? null, r.values, value, record.values)))
      continue;
    listed.push(record);
    const values = into.get(record.row) ?? [];
    values.push([column.header, text]);
    into.set(record.row, values);
  }
}
