/** Issue codes by field kind, for check and clean alike. */
import type { FieldKind } from '../template/schema';
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
