/** Options every operation takes, resolved once into a context (template, locale, mapping). */
import type { Progress } from '../host/host';
import type { Locale } from '../i18n/locale';
import type { SheetSnapshot } from '../sheet/snapshot';
import { cellText } from '../sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { mapHeaders, sampleRows, type HeaderMapping } from '../template/header-mapping';
import { parseTemplate, type Template } from '../template/schema';
import { META_KEYS } from './meta-keys';
import { ownValueColumns, type OwnValueColumns } from './own-values';
import type { PhoneSheet } from '../normalise/phone-region';

export interface OperationOptions {
  /** The template to govern with; defaults to the one stored in the workbook, else the built-in one. */
  template?: Template;
  /** Language of labels, option values and messages; defaults to the workbook's, else guessed from its headers. */
  locale?: Locale;
  /**
   * Language check words its messages in, where the reader's differs from the sheet's (a sidebar in
   * English on a Chinese list); defaults to `locale`. Option labels stay the sheet's.
   */
  messageLocale?: Locale;
  /** "Today", for staleness (tests and reproducible runs pass it). */
  now?: Date;
  /**
   * User corrections to the header mapping: header text -> field key (`name.given`) or null; a column
   * whose header another column has too is named by its letter, `#C` (column-names.ts).
   */
  overrides?: Record<string, string | null>;
  /** Setup locks the header row and the ID column unless this (or the template's `protect`) is false. */
  protect?: boolean;
  /** Cells over which clean and merge make no backup (the file host's limit); none by default. */
  backupCellLimit?: number;
  /** Who runs it, where the host can tell without asking for a wider permission (the command line: the OS account); the log says so. */
  by?: string;
  /**
   * How the list's phones read, worked out on the sheet as the user gave it: clean after setup passes
   * it, as the template labels setup appends (simplified) can outweigh the traditional characters
   * that make a Taiwan list's 0912345678 a Taiwan mobile, and clean must do what check announced.
   */
  phones?: PhoneSheet;
  onProgress?: (progress: Progress) => void;
}

export interface OperationContext {
  template: Template;
  locale: Locale;
  now: Date;
  mapping: HeaderMapping;
  /** Choice columns with a list of their own (half the values or more are not options): kept as typed (own-values.ts). */
  ownValues: OwnValueColumns;
  headers: string[];
  by?: string;
  phones?: PhoneSheet;
  onProgress?: (progress: Progress) => void;
}

export function resolveContext(snapshot: SheetSnapshot, options: OperationOptions = {}): OperationContext {
  const template = options.template ?? storedTemplate(snapshot) ?? DEFAULT_TEMPLATE;
  const headerRow = snapshot.values[0] ?? [];
  const headers = headerRow.map((value) => cellText(value).trim());
  const storedLocale = snapshot.meta?.[META_KEYS.locale];
  const locale =
    options.locale ?? (storedLocale === 'zh-CN' || storedLocale === 'en-US' ? storedLocale : detectLocale(headers));
  const sample = sampleRows(snapshot.values);
  const mapping = mapHeaders(headerRow, template, options.overrides ?? storedOverrides(snapshot), sample);
  const ownValues = ownValueColumns(mapping, template, sample, locale);
  const { now = new Date(), by, phones, onProgress } = options;
  return {
    template,
    locale,
    now,
    mapping,
    ownValues,
    headers,
    onProgress,
    ...(by ? { by } : {}),
    ...(phones ? { phones } : {}),
  };
}

/** A sheet whose headers are mostly Chinese is governed in Chinese. */
export function detectLocale(headers: readonly string[]): Locale {
  const named = headers.filter((h) => h.length > 0);
  if (named.length === 0) return 'zh-CN';
  const han = named.filter((h) => /[\u3400-\u9fff]/.test(h)).length;
  return han * 2 >= named.length ? 'zh-CN' : 'en-US';
}

/** The template saved in the workbook (by setup), if any. */
export function storedTemplate(snapshot: SheetSnapshot): Template | undefined {
  const json = snapshot.meta?.[META_KEYS.template];
  if (!json) return undefined;
  const result = parseTemplate(json);
  return result.ok ? result.template : undefined;
}

/** The header corrections saved in the workbook (by setup), if any. */
export function storedOverrides(snapshot: SheetSnapshot): Record<string, string | null> | undefined {
  const json = snapshot.meta?.[META_KEYS.overrides];
  if (!json) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, string | null>)
      : undefined;
  } catch {
    return undefined;
  }
}
