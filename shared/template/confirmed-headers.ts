/**
 * Headers that name a field only where the values or the rest of the header row say so: 开票信息's
 * 名称 (the company the invoice is made out to, beside 纳税人识别号 or 开户行), a hand-kept list's
 * Business of business names, an Office or Work number of phones (Freshsales, Singapore lists), and
 * 开票信息's 地址电话, whose address ends in the company's phone. Elsewhere 名称 is a product's,
 * Business a line of business and Office a branch: left alone.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Template } from './schema';
import type { ColumnProfile } from './column-profile';
import type { ColumnMapping } from './column-mapping';
import { companyField, fieldFit } from './column-evidence';
import { readNumberColumn } from './contact-number';
import { ADDRESS_PHONE } from './header-words';

type Rows = readonly (readonly CellValue[] | undefined)[];

/** The columns only a list of invoicing details has: the taxpayer's number or credit code, the bank the company banks with. */
const INVOICE_COLUMN = /纳税人(?:识别)?[号码]|^税号$|信用代码|开户(?:行|银行)|^发票抬头$/;
/** What 开票信息 heads the company with: 名称, 单位名称 (a synonym anyway), 开票名称, 购方名称, 抬头. */
const INVOICE_NAME = /^(?:名称|开票名称|购(?:买)?方名称|(?:发票|开票)?抬头)$/;
/** Business (Biz) alone: the business's name when its values are business names. */
const BUSINESS = /^(?:business|biz)$/;
/** Office, Work, Work number, Office No, Business line, Direct line: a number when the values are phones. */
const OFFICE_NUMBER = /^(?:office|work|business|direct)(?:no|num|nbr|number|line)?$/;
/** A Chinese landline or mobile closing an address: 0755-86001234, 020 86001111, 13800001111. */
const PHONE_AT_END = /(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9})(?:\s*(?:转|-|ext\.?)\s*\d{1,6})?\s*$/i;
/** Share of an 地址电话 column's values that end in a phone for it to hold the phone. */
const PHONES_AT_END = 0.5;
const SAMPLE = 50;

/** Whether the header row is a list of invoicing details (开票信息): a taxpayer number or a bank beside the name. */
export function isInvoiceDetails(folded: readonly string[]): boolean {
  return folded.some((h) => INVOICE_COLUMN.test(h));
}

export interface ConfirmedClaim {
  field: string;
  /** How much evidence: the header's own words (0) or the values too (1). */
  fit: 0 | 1;
}

/**
 * The field a header that is no label or synonym names here, or undefined: `folded` the header,
 * `invoice` whether the sheet is 开票信息 (isInvoiceDetails).
 */
export function confirmedField(
  folded: string,
  profile: ColumnProfile | undefined,
  rows: Rows,
  col: number,
  template: Template,
  invoice: boolean,
): ConfirmedClaim | undefined {
  const company = companyField(template);
  if (company && invoice && INVOICE_NAME.test(folded)) {
    const fit = profile ? fieldFit(company, true, profile) : 0;
    if (fit >= 0) return { field: company.key, fit: fit > 0 ? 1 : 0 };
    return undefined;
  }
  const phone = template.fields.find((f) => f.kind === 'phone');
  if (phone && OFFICE_NUMBER.test(folded) && readNumberColumn(rows, col) === 'phone')
    return { field: phone.key, fit: 1 };
  if (company && BUSINESS.test(folded) && profile && fieldFit(company, true, profile) > 0)
    return { field: company.key, fit: 1 };
  return undefined;
}

/**
 * Marks 开票信息's 地址电话 as standing in for the phone where its values mostly end in one, unless the
 * user mapped the column by hand: a row with it filled has its phone, which check reads as given.
 */
export function phoneInAddress(
  columns: ColumnMapping[],
  folded: readonly string[],
  rows: Rows,
  template: Template,
): void {
  const phone = template.fields.find((f) => f.kind === 'phone');
  if (!phone) return;
  for (const column of columns) {
    if (column.field !== null || column.match === 'manual' || !ADDRESS_PHONE.test(folded[column.col - 1] ?? ''))
      continue;
    let seen = 0;
    let phones = 0;
    for (let r = 0; r < rows.length && seen < SAMPLE; r++) {
      const value = rows[r]?.[column.col - 1];
      if (typeof value !== 'string' || value.trim() === '') continue;
      seen++;
      if (PHONE_AT_END.test(value.normalize('NFKC'))) phones++;
    }
    if (seen > 0 && phones / seen >= PHONES_AT_END) column.standsInFor = phone.key;
  }
}
