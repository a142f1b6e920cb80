/** The sidebar's string catalogues (one per language) and the `t` function views use. */
import { createContext, useContext } from 'react';
import type { Locale } from '../../i18n/locale';
import { enUS, type UiKey, type UiStrings } from './en-US';
import { zhCN } from './zh-CN';

export type { UiKey, UiStrings };

export const UI_STRINGS: Record<Locale, UiStrings> = { 'en-US': enUS, 'zh-CN': zhCN };

export type Params = Record<string, string | number>;
export type Translate = (key: UiKey, params?: Params) => string;

/** Replaces `{name}` with params.name; an unknown parameter stays visible rather than vanishing. */
export function formatString(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  const strings = UI_STRINGS[locale];
  return (key, params) => formatString(strings[key], params);
}

export interface LocaleInfo {
  locale: Locale;
  t: Translate;
}

export const LocaleContext = createContext<LocaleInfo>({ locale: 'en-US', t: translator('en-US') });

export function useT(): Translate {
  return useContext(LocaleContext).t;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}
