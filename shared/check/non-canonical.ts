/** Issue codes by field kind, for check and clean alike. */
import type { CellValue } from '../sheet/cell-value';
import { normaliseText } from '../normalise/text';
import { isCheckDigitCase } from '../normalise/id-number';
import { hasTextMarker, isCodeField } from '../normalise/text-marker';
import type { Field, FieldKind } from '../template/schema';
import type { IssueCode } from './issue';

/** The warning for a valid value not in canonical form, by field kind (also clean's edit reason). */
export const NON_CANONICAL: Record<FieldKind, IssueCode> = {
  id: 'text.nonCanonical',
  text: 'text.nonCanonical',
  personName: 'name.nonCanonical',
  phone: 'phone.nonCanonical',
  email: 'email.nonCanonical',
  date: 'date.nonCanonical',
  integer: 'number.nonCanonical',
  money: 'number.nonCanonical',
  choice: 'choice.nonCanonical',
  multiChoice: 'choice.nonCanonical',
  yesNo: 'yesNo.nonCanonical',
};

/**
 * As NON_CANONICAL, but a text field's open list (the region list) rewrites as a choice does: 北京市 means 北京;
 * and a code loses the apostrophe an export put before it ('02134), which is no spacing or width.
 */
export function nonCanonicalCode(
  field: Pick<Field, 'key' | 'kind' | 'options'>,
  value: CellValue,
  canonical: unknown,
): IssueCode {
  if (isCodeField(field) && hasTextMarker(value)) return 'text.textMarker';
  if (field.key === 'idNumber' && isCheckDigitCase(value, canonical)) return 'idNumber.lowercaseX';
  // 2134 written 02134: a US ZIP code given back the zero a spreadsheet dropped (scan-cells.ts).
  if (
    field.key === 'postcode' &&
    typeof canonical === 'string' &&
    canonical === `0${String(value).trim()}` &&
    /^0\d{4}(?:-\d{4})?$/.test(canonical)
  )
    return 'postcode.leadingZero';
  // sk13ab written SK1 3AB: a British postcode in capitals with its space (postcode.ts `ukPostcode`).
  if (field.key === 'postcode' && typeof canonical === 'string' && /^[A-Z][A-Z\d]{1,3} \d[A-Z]{2}$/.test(canonical))
    return 'postcode.nonCanonical';
  // 123 under the format 000000: the code the cell shows.
  if (isCodeField(field) && typeof value === 'number')
    return canonical !== String(value) ? 'text.zeroPadded' : 'text.storedAsNumber';
  if (field.kind === 'text' && field.options) {
    const text = normaliseText(value);
    if (text.status !== 'valid' || text.value !== canonical) return 'choice.nonCanonical';
  }
  return NON_CANONICAL[field.kind];
}
