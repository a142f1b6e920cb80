/** Numbers in the Insights tab in the user's language: counts, shares and money. */
import type { Locale } from '../../../i18n/locale';

export function formatters(locale: Locale) {
  const count = new Intl.NumberFormat(locale);
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // The sheet does not say its currency: amounts are shown as plain numbers.
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    count: (n: number) => count.format(n),
    share: (n: number) => share.format(n),
    money: (n: number) => money.format(n),
  };
}

/** Today as the user's calendar has it, at UTC midnight (the core counts whole UTC days). */
export function localToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

export function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
