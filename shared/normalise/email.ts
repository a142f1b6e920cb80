/**
 * Email addresses: folded to half-width, unwrapped from "mailto:", <> and quotes, lower-cased,
 * then checked with validator's isEmail (RFC 5321/5322 syntax, a TLD required). A cell holding
 * several addresses is reported (email.several), never split: which one to keep is the user's call. A domain one slip
 * from a well-known one (gmial.com) is valid with a warning naming the likely domain, never corrected.
 */
import isEmail from 'validator/lib/isEmail';
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseOutcome, NormaliseWarning } from './types';
import { EMPTY, foldText } from './text';
import { likelyMailDomain } from './mail-domains';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'email.invalid' });
const SEVERAL: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'email.several' });
/** Between two addresses typed into one cell: Google Contacts' " ::: ", a comma, semicolon, 、, | or / (either width), or spaces. */
const BETWEEN_ADDRESSES = /\s*(?::::|[,，;；、|/])\s*|\s+/;

const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['《', '》'],
];
const MAX_INPUT = 400; // far past the 254 characters an address may have, with room for wrappers
// Dot-atoms of plain ASCII at a hostname with a letters-only TLD: a subset of what isEmail accepts
// (checked in test/normalise), answered ~20x faster than isEmail for the addresses most rows hold.
const COMMON_EMAIL = /^[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** True for lower-case addresses of the common shape; every one of them passes isEmail. */
export function isCommonEmail(s: string): boolean {
  return s.length <= 254 && s.indexOf('@') <= 64 && COMMON_EMAIL.test(s);
}

export function normaliseEmail(value: CellValue | undefined): NormaliseOutcome {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value !== 'string') return INVALID;
  // Already a plain lower-case address (most cells): everything below would leave it as it is.
  if (isCommonEmail(value)) return validAddress(value);
  // 。 is the full stop a Chinese IME types for "." (zw@163。com).
  let s = foldText(value).replace(/。/g, '.').trim();
  if (s === '') return EMPTY;
  if (s.length > MAX_INPUT) return INVALID;
  for (let changed = true; changed;) {
    changed = false;
    if (/^mailto:/i.test(s)) {
      s = s.slice(7).trim();
      changed = true;
    }
    for (const [open, close] of WRAPPERS) {
      if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
        s = s.slice(open.length, s.length - close.length).trim();
        changed = true;
      }
    }
  }
  s = s.toLowerCase();
  // Whitespace, separators or a second @ mean more than one address, or a display name.
  if (/[\s,;、]/.test(s) || s.indexOf('@') !== s.lastIndexOf('@'))
    return emailAddresses(value) === null ? INVALID : SEVERAL;
  return isCommonEmail(s) || isEmail(s) ? validAddress(s) : INVALID;
}

/**
 * The address a cell showing a label stands for (张伟邮箱, Email me) when it links to mailto: one; null
 * when the text is itself an address (another than the link's is the text's to keep) or there is none.
 */
export function linkedAddress(value: CellValue | undefined, link: string | undefined): string | null {
  if (link === undefined || typeof value !== 'string' || value.trim() === '' || value.includes('@')) return null;
  const target = /^mailto:([^?]*)/i.exec(link.trim())?.[1];
  if (target === undefined) return null;
  let address: string;
  try {
    address = decodeURIComponent(target).trim();
  } catch {
    address = target.trim();
  }
  return normaliseEmail(address).status === 'valid' ? address : null;
}

/**
 * The addresses of a cell holding two or more (efoster@northshoreclinic.com ::: emily.foster@gmail.com),
 * each as typed, when every part is a valid address on its own; else null.
 */
export function emailAddresses(value: CellValue | undefined): string[] | null {
  if (typeof value !== 'string' || value.length > MAX_INPUT || value.indexOf('@') === value.lastIndexOf('@'))
    return null;
  const parts = value
    .trim()
    .split(BETWEEN_ADDRESSES)
    .filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => normaliseEmail(p).status === 'valid') ? parts : null;
}

// One warning per likely domain: a list repeats its typos (qq.con) down many rows.
const warnings = new Map<string, NormaliseWarning>();
const MAX_WARNINGS = 1_000;

/** A valid lower-case address, with a warning where its domain looks like a slip of a well-known one. */
function validAddress(address: string): NormaliseOutcome {
  const likely = emailDomainTypo(address);
  if (likely === null) return { status: 'valid', value: address };
  let warning = warnings.get(likely);
  if (!warning) {
    // Bounded: liz@go.con's go.com is any name before a mistyped .com.
    if (warnings.size >= MAX_WARNINGS) warnings.clear();
    warnings.set(likely, (warning = Object.freeze({ code: 'email.domainTypo', readings: [likely] })));
  }
  return { status: 'valid', value: address, warning };
}

/**
 * The well-known domain a valid, lower-case address's domain looks mistyped from (gmail.com for
 * kim@gmial.com), or null. Only reported: the address may be exactly what the customer uses.
 */
export function emailDomainTypo(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : likelyMailDomain(address.slice(at + 1));
}
