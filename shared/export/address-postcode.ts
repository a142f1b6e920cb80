/**
 * A postcode typed at the end of an address in brackets, as 淘宝's 收货地址 writes it
 * (…华星时代广场A座1203(310012)): where the sheet has no postcode column, the CRM's postal-code
 * column takes it and the street is written without it. Only six digits in brackets that end the
 * address, and only where nothing else in it could be a postcode (a second one, 邮编 …): no other
 * digit of the address is touched (518000号楼 is a building).
 */
import type { CellValue } from '../sheet/cell-value';

const END_POSTCODE = /^([\s\S]*?)\s*[(（]\s*(\d{6})\s*[)）]\s*$/u;
/** Another postcode: one more in brackets, one named, or six digits standing alone. */
const OTHER_POSTCODE = /邮编|邮政编码|[(（]\s*\d{6}\s*[)）]|(?:^|[\s,，;；:：])\d{6}(?=$|[\s,，;；])/u;

export interface AddressPostcode {
  street: string;
  postcode: string;
}

/** The address without its bracketed postcode, and the postcode; null where it ends in none or names another. */
export function addressPostcode(value: CellValue): AddressPostcode | null {
  if (typeof value !== 'string') return null;
  const found = END_POSTCODE.exec(value.trim());
  if (!found || found[1]!.trim() === '' || OTHER_POSTCODE.test(found[1]!)) return null;
  return { street: found[1]!.trimEnd(), postcode: found[2]! };
}
