/**
 * A phone's readings as check names them, each with the country it is a number of ("+49 30 12345678
 * (Germany)", "+49 30 12345678（德国）"): a number left as typed says where it could be, not only which
 * digits. Names are the runtime's (Intl); where it has none, a reading is shown without one.
 */
import type { Locale } from '../i18n/locale';
import { parsePhoneIn } from '../normalise/phone-parse';

/** A reading's number: its international form, after any label and before any extension. */
const INTERNATIONAL = /\+\d[\d ]*\d/;

/** Names users know these by; Intl's are the formal ones ("Hong Kong SAR China", 中国香港特别行政区). */
const SHORT_NAMES: Record<Locale, Readonly<Record<string, string>>> = {
  'en-US': { HK: 'Hong Kong', MO: 'Macau', TW: 'Taiwan' },
  'zh-CN': { HK: '香港', MO: '澳门', TW: '台湾' },
};

const displays = new Map<Locale, Intl.DisplayNames | null>();

function regionName(region: string, locale: Locale): string | undefined {
  const short = SHORT_NAMES[locale][region];
  if (short) return short;
  let display = displays.get(locale);
  if (display === undefined) {
    try {
      display = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
    } catch {
      display = null; // a runtime without region names: readings go unnamed
    }
    displays.set(locale, display);
  }
  const name = display?.of(region);
  return name && name !== region ? name : undefined;
}

/** Each reading with its country's name after it, in `locale`'s words and brackets. */
export function namedPhoneReadings(readings: readonly string[], locale: Locale): string[] {
  return readings.map((reading) => {
    const number = INTERNATIONAL.exec(reading)?.[0];
    // A number with its +code is read alike under any region: 'CN' only lets a Chinese mobile take the quick path.
    const region = number ? parsePhoneIn(number, 'CN')?.country : undefined;
    const name = region ? regionName(region, locale) : undefined;
    if (!name) return reading;
    return locale === 'zh-CN' ? `${reading}（${name}）` : `${reading} (${name})`;
  });
}
