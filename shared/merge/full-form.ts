/**
 * A value the group holds both short and in full (森源建材 and 杭州森源建材有限公司, Acme and Acme
 * Corporation Ltd): the full form is kept, whichever row survives. A company is one written in full
 * when dedupe reads both as one company once legal form and region are set aside (`companyKey`) and
 * the longer holds the shorter as written; another city's company of the same brand holds neither.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { companyKey } from '../dedupe/compare/company';
import { matchText } from '../dedupe/fold';
import type { SheetColumn } from './columns';

/** The name as dedupe matches it, without spacing and punctuation. */
function bare(value: CellValue): string {
  return (matchText(value) ?? '').replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Whether `full` is `short` written in full: the same company, with words (legal form, region) around it. */
export function isCompanyInFull(full: CellValue, short: CellValue): boolean {
  const [long, brief] = [bare(full), bare(short)];
  if (brief === '' || long.length <= brief.length || !long.includes(brief)) return false;
  const key = companyKey(short);
  return key !== null && companyKey(full) === key;
}

export function isCompanyColumn(column: SheetColumn): boolean {
  return column.fieldKey === 'company' || column.ctx.field?.role === 'company';
}

/** The fullest form of `kept` among `values` (each the full form of the one before), or `kept` itself. */
export function fullestCompany(kept: CellValue, values: readonly CellValue[]): CellValue {
  let fullest = kept;
  for (let grew = true; grew;) {
    grew = false;
    for (const value of values) {
      if (cellText(value).trim() === '' || !isCompanyInFull(value, fullest)) continue;
      fullest = value;
      grew = true;
    }
  }
  return fullest;
}
