/**
 * Numbers and mailboxes that are a company's rather than one person's: a landline or service number
 * (0571-88886666, 400-800-8888, a UK 020 line) is the office's switchboard, a role mailbox (info@,
 * contact@, sales@, 客服 kefu@) the company's inbox. A mobile or a named address is its person's. A
 * number that may be either (a US 415 number) is no company's by its digits.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import { phoneKey } from '../normalise/phone';
import { phoneLine, type PhoneRegions } from './phone-line';

/** Local parts of role mailboxes, not a person's. */
const ROLE_MAILBOX =
  /^(?:info|information|contact|contactus|contact-us|sales|sale|service|services|customerservice|cs|support|help|office|admin|hello|hi|enquiries|enquiry|inquiries|inquiry|marketing|business|biz|bd|kefu|hr|jobs|careers|billing|accounts|orders|order|shop|store|team|general|reception|mail|email|post|press|media|pr|webmaster|postmaster)\d*$/i;

export function isRoleMailbox(value: CellValue | undefined): boolean {
  const text = cellText(value ?? null).trim();
  const at = text.indexOf('@');
  return at > 0 && ROLE_MAILBOX.test(text.slice(0, at));
}

/** A number by its digits a fixed or service line (a Chinese landline, 400 or 95 number; another country's FIXED_LINE). */
export function isCompanyLine(value: CellValue | undefined, regions: PhoneRegions, header: string): boolean {
  const key = phoneKey(value ?? null, regions);
  if (key === null) return false;
  if (key.startsWith('+86')) return phoneLine(value ?? null, regions, header) === 'other';
  const type = parsePhoneNumberFromString(key.replace(/;ext=\d+$/, ''))?.getType();
  return type === 'FIXED_LINE' || type === 'TOLL_FREE' || type === 'SHARED_COST' || type === 'UAN';
}
