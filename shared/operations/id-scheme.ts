/**
 * The scheme of customer IDs: how an ID is read (`idKey`), the template's pattern, and the list's own
 * scheme (KH001, CUST-0042) that new IDs continue where a list keeps one.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { Template } from '../template/schema';
import { withoutTextMarker } from '../normalise/text-marker';
import { accountKey } from '../merge/member-cards';
import { META_KEYS } from './meta-keys';

/**
 * IDs compare as a member's card does (`accountKey`: without case, width or surrounding spaces) and
 * without a text marker (text-marker.ts): "c000001 ", "'C000001" and "C000001" are one ID.
 */
export function idKey(value: unknown): string {
  return accountKey(withoutTextMarker(cellText(value as never)));
}

/**
 * The scheme new IDs follow: the template's (C000001), or the list's own where every ID it holds is one
 * prefix and a number (KH001, CUST-0042, 2024-0007, 00123). `own` says which.
 */
export interface IdScheme {
  idPrefix: string;
  /** Numbers are padded with zeros to this width; a larger number is written in full. */
  idDigits: number;
  own: boolean;
}

/** Meta key keeping the list's ID scheme (JSON `{ idPrefix, idDigits }`), for entry, which sees only the typed rows. */
export const ID_SCHEME_KEY = 'customerId.scheme';

/** A prefix (not ending in a digit) and the number after it. */
const OWN_ID = /^(.*?)(\d+)$/u;

/**
 * The scheme of a list's IDs: its own when every ID is one prefix and a number, zero-padded alike
 * (a number past the width, KH1000 after KH999, still belongs); otherwise, or with no ID or only
 * the template's, the template's.
 */
export function idSchemeOf(ids: Iterable<CellValue>, template: Pick<Template, 'idPrefix' | 'idDigits'>): IdScheme {
  const fallback: IdScheme = { idPrefix: template.idPrefix, idDigits: template.idDigits, own: false };
  const templatePattern = idPattern(template.idPrefix);
  let prefixKey: string | undefined;
  let shown: string | undefined;
  let width = Number.POSITIVE_INFINITY;
  const padded = new Set<number>();
  let templateSeen = false;
  for (const id of ids) {
    if (isBlank(id)) continue;
    const key = idKey(id);
    if (key === '') continue;
    // The template's IDs among the list's own are two schemes.
    if (templatePattern.test(key)) {
      templateSeen = true;
      continue;
    }
    if (templateSeen) return fallback;
    const match = OWN_ID.exec(key);
    if (!match || (prefixKey !== undefined && match[1] !== prefixKey)) return fallback;
    if (prefixKey === undefined) {
      prefixKey = match[1]!;
      const typed = OWN_ID.exec(withoutTextMarker(cellText(id as never)).trim());
      shown = typed && typed[1]!.normalize('NFKC').toUpperCase() === prefixKey ? typed[1]! : prefixKey;
    }
    const digits = match[2]!;
    width = Math.min(width, digits.length);
    if (digits.startsWith('0')) padded.add(digits.length);
  }
  if (prefixKey === undefined || shown === undefined || templateSeen) return fallback;
  // 0042 beside 007: padded to two widths, no one scheme to continue.
  if (padded.size > 1 || (padded.size === 1 && !padded.has(width))) return fallback;
  return { idPrefix: shown, idDigits: width, own: true };
}

/** The scheme kept in meta (ID_SCHEME_KEY), if any and readable. */
export function keptIdScheme(meta: Readonly<Record<string, string>> | undefined): IdScheme | undefined {
  const text = meta?.[ID_SCHEME_KEY];
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { idPrefix?: unknown; idDigits?: unknown };
    if (typeof value.idPrefix !== 'string' || !Number.isInteger(value.idDigits) || (value.idDigits as number) < 1)
      return undefined;
    return { idPrefix: value.idPrefix, idDigits: value.idDigits as number, own: true };
  } catch {
    return undefined;
  }
}

/** The meta entry keeping a scheme: the list's own, or '' (removed) for the template's where one was kept. */
export function idSchemeMeta(
  scheme: IdScheme,
  meta: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  if (scheme.own) return { [ID_SCHEME_KEY]: JSON.stringify({ idPrefix: scheme.idPrefix, idDigits: scheme.idDigits }) };
  return meta?.[ID_SCHEME_KEY] ? { [ID_SCHEME_KEY]: '' } : {};
}

/** The meta key of the highest number ever given in a scheme. */
export function counterKey(scheme: Pick<IdScheme, 'idPrefix'>): string {
  return META_KEYS.lastCustomerId + scheme.idPrefix;
}

/** Matches an ID key (`idKey`) of the template's scheme; group 1 is its number. */
export function idPattern(prefix: string): RegExp {
  // As idKey reads an ID: a prefix typed in full width or lower case (ＫＨ, kh) is the same prefix.
  return new RegExp(`^${escapeRegExp(prefix.normalize('NFKC').toUpperCase())}0*(\\d+)$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
