/**
 * What a national number's trunk 0 says of the country it was typed in. Japan and Korea write their
 * own numbers with a trunk 0 and dashes exactly as China writes a landline (090-1234-5678,
 * 010-1234-5678): on a list of theirs that shape is theirs, as a row's country makes it. And a
 * country whose national numbers begin with a trunk 0 reads digits typed without it only by the
 * digits (98765 43210 is a German number to libphonenumber, 09876 543210): no German types one so,
 * while India's mobiles are written without their 0.
 */
import type { ParsedPhone } from './phone-parse';

/** Regions that write their own numbers in China's trunk-0 landline shape (phone-reading.ts's CN_WRITTEN). */
export const TRUNK_DASHED_REGIONS: readonly string[] = ['JP', 'KR'];

/**
 * National numbers typed without their trunk 0 as a rule, by their national form: India's mobiles
 * (098765 43210), not its landlines (079 1165 4321, Ahmedabad's, is typed with its 0).
 */
const TYPED_WITHOUT_TRUNK: Readonly<Record<string, RegExp>> = { IN: /^0[6-9]\d{4} \d{5}$/ };

/**
 * Whether `parsed` reads `typed` as its country types it: not by adding a trunk 0 the typed digits
 * lack, unless the country types such numbers without it.
 */
export function readsAsTyped(typed: string, parsed: ParsedPhone): boolean {
  const digits = typed.replace(/\D/g, '');
  if (digits.startsWith('0') || !parsed.national.startsWith('0')) return true;
  const without = parsed.country ? TYPED_WITHOUT_TRUNK[parsed.country] : undefined;
  return without !== undefined && without.test(parsed.national);
}
