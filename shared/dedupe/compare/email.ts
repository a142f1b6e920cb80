/**
 * Emails: exact after the normaliser's trim and lower-case. Gmail-style variants (dots in the
 * local part, a "+tag") are a separate, weaker level, not equal: only Gmail ignores dots, and a
 * +tag is an address the customer chose to give separately (shared family or agency inboxes use
 * them), so "same inbox" is evidence, not identity. One-character typos and the same user name
 * at another provider are weaker levels still.
 */
import type { CellValue } from '../../sheet/cell-value';
import { foldText, normaliseEmail } from '../../normalise';
import {
  hashHead,
  hashString,
  mayBeWithinOneEdit,
  mayBeWithinOneEditAt,
  sketchBag,
  sketchHead,
  sketchTail,
  withinOneEdit,
  writeEditSketch,
  type EditSketch,
} from '../similarity';
import { isFreeMailDomain } from './free-mail';
import { isMaskedEmail } from './masked-email';
import { twoGivenNames } from '../nicknames';
import { shareAKey, type Comparator } from './comparator';

export interface PreparedEmail extends EditSketch {
  mailboxHash: number;
  localHash: number;
  key: string;
  /** Where the domain starts in the key (after its "@"); 0 when there is no "@". */
  domainAt: number;
  /** Local part without +tag (and without dots at Gmail), with the domain: the key itself for most. */
  mailbox: string;
  /** The cell's other addresses, when it holds several (a@x.com ::: b@y.com); null for one. */
  others: string[] | null;
}

/** Between two addresses typed into one cell: Google Contacts' " ::: ", commas, semicolons, slashes, spaces. */
const BETWEEN_ADDRESSES = /\s*(?::::|[,;，；、|/])\s*|\s+/;

/** The addresses of a cell that holds two or more, each normalised; null when it does not. */
function addressesOf(value: string): string[] | null {
  const parts = value.split(BETWEEN_ADDRESSES).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const keys: string[] = [];
  for (const part of parts) {
    const outcome = normaliseEmail(part);
    if (outcome.status !== 'valid') return null;
    keys.push(String(outcome.value));
  }
  return [...new Set(keys)].sort();
}

// The parts are cut from the key when asked for: kept, they were two more strings per address.
function localPart(p: PreparedEmail): string {
  return p.domainAt > 0 ? p.key.slice(0, p.domainAt - 1) : p.key;
}

function domainPart(p: PreparedEmail): string {
  return p.domainAt > 0 ? p.key.slice(p.domainAt) : '';
}

/** An address at a domain of its own (a company's), not at a mail provider's; false without a domain. */
function companyDomain(p: PreparedEmail): boolean {
  return p.domainAt > 0 && !isFreeMailDomain(domainPart(p));
}

const DOT_BLIND = new Set(['gmail.com', 'googlemail.com']);

export function mailboxOf(local: string, domain: string): string {
  let l = local.replace(/\+.*$/, '');
  if (DOT_BLIND.has(domain)) l = l.replace(/\./g, '');
  return `${l}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/**
 * Addresses one edit apart where the edit is a digit in a local part of letters and digits
 * (emily1 / emily2, jsmith / jsmith1, brandon2 / brandonb): free-mail users number the accounts a
 * taken name leaves them, so these are two people's, not one address mistyped. A local part of digits
 * alone (a QQ number) can be mistyped like a phone.
 */
function numbersAnotherAccount(x: string, y: string): boolean {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const at = x.lastIndexOf('@');
  // A slip in the domain (gmial.com) is a typo whatever it touches.
  if (at >= 0 && start > at && start > y.lastIndexOf('@')) return false;
  let digit = false;
  for (let k = start; k < endX; k++) digit ||= isDigitCode(x.charCodeAt(k));
  for (let k = start; k < endY; k++) digit ||= isDigitCode(y.charCodeAt(k));
  if (!digit) return false;
  const local = at >= 0 ? x.slice(0, at) : x;
  return /[a-z]/.test(local);
}

/**
 * User names one edit apart whose one differing word is a pair of distinct given names (paul@ and
 * paula@, jon.reed@ and joan.reed@): two people's mailboxes, named as such, not one address mistyped.
 */
function namesTwoPeople(x: string, y: string): boolean {
  const at = x.lastIndexOf('@');
  const bt = y.lastIndexOf('@');
  if (at < 0 || bt < 0 || x.slice(at) !== y.slice(bt)) return false;
  const a = x.slice(0, at).split(/[^a-z]+/);
  const b = y.slice(0, bt).split(/[^a-z]+/);
  if (a.length !== b.length) return false;
  let apart = false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (apart || !twoGivenNames(a[k]!, b[k]!)) return false;
    apart = true;
  }
  return apart;
}

export function emailComparator(): Comparator<PreparedEmail> {
  return {
    name: 'email',
    termFrequency: true,
    levels: [
      { label: 'exact', m: 0.86, u: 1e-6 },
      { label: 'same-mailbox', m: 0.02, u: 1e-7 },
      { label: 'typo', m: 0.03, u: 1e-7 },
      { label: 'same-user-name', m: 0.02, u: 2e-5 },
      { label: 'different', m: 0.07, u: 1 },
    ],
    key(value: CellValue) {
      if (typeof value !== 'string') return null;
      // A starred-out address (lily***@163.com) is compared on what it shows, as a masked one.
      if (isMaskedEmail(value)) return null;
      const outcome = normaliseEmail(value);
      if (outcome.status === 'valid') return String(outcome.value);
      // A cell of several addresses keys as all of them, apart by spaces: a row meets another on any.
      const several = addressesOf(value);
      if (several) return several.join(' ');
      const folded = foldText(value).trim().toLowerCase();
      return folded.includes('@') && folded.length >= 5 ? folded : null;
    },
    prepare(whole) {
      // A cell of several addresses is read as its first, the others kept to meet other rows' addresses.
      const [key = whole, ...rest] = whole.includes(' ') ? whole.split(' ') : [whole];
      const at = key.lastIndexOf('@');
      const plus = key.indexOf('+');
      // Most addresses are their own mailbox (no +tag, not at Gmail): nothing to cut or join.
      const own = at >= 0 && (plus < 0 || plus > at) && !key.endsWith('@gmail.com') && !key.endsWith('@googlemail.com');
      const mailbox = own ? key : mailboxOf(at >= 0 ? key.slice(0, at) : key, at >= 0 ? key.slice(at + 1) : '');
      const mailboxHash = hashString(mailbox);
      // Fields set one by one, the sketch's numbers too: an object spread here made every value a
      // slower, larger object (dedupe of 100,000 rows 3.3 → 4.9 s, 344 → 627 MB).
      return {
        sketchLength: key.length,
        sketchHead: sketchHead(key),
        sketchTail: sketchTail(key),
        sketchBag: sketchBag(key),
        mailboxHash,
        localHash: hashHead(key, at >= 0 ? at : key.length),
        key,
        domainAt: at + 1,
        mailbox: mailbox === key ? key : mailbox,
        others: rest.length > 0 ? rest : null,
      };
    },
    quick: {
      width: 7,
      write(p, out, at) {
        writeEditSketch(p, out, at);
        out[at + 4] = p.mailboxHash;
        out[at + 5] = p.localHash;
        out[at + 6] = p.others ? 1 : 0;
      },
      // As `compare`: another inbox, more than a typo apart, and another user name (several addresses: `compare` reads them all).
      differ: (q, a, b) =>
        q[a + 4] !== q[b + 4] &&
        q[a + 5] !== q[b + 5] &&
        q[a + 6] === 0 &&
        q[b + 6] === 0 &&
        !mayBeWithinOneEditAt(q, a, b),
    },
    compare(a, b) {
      if ((a.others || b.others) && shareAKey(a, b)) return 0;
      if (a.mailboxHash === b.mailboxHash && a.mailbox === b.mailbox) return 1;
      if (
        mayBeWithinOneEdit(a, b) &&
        withinOneEdit(a.key, b.key) &&
        !numbersAnotherAccount(a.key, b.key) &&
        !namesTwoPeople(a.key, b.key)
      )
        return 2;
      if (a.localHash === b.localHash) {
        const local = localPart(a);
        if (local === localPart(b) && local.length >= 4) {
          if (withinOneEdit(domainPart(a), domainPart(b))) return 2;
          // At two companies' own domains the user name is each company's choice (emma@brownco.com,
          // emma@brownelegal.com): most often the first name, no sign of one person.
          return companyDomain(a) && companyDomain(b) ? 4 : 3;
        }
      }
      return 4;
    },
    explain(level, a, b) {
      switch (level) {
        case 0:
          return { similarity: 1, phrase: 'same address' };
        case 1:
          return { similarity: 0.95, phrase: 'same inbox written differently (dots or +tag), not treated as equal' };
        case 2:
          return { similarity: 0.9, phrase: 'addresses one character apart' };
        case 3:
          return {
            similarity: 0.6,
            phrase:
              companyDomain(a) || companyDomain(b)
                ? "same user name, one at a company's domain and one at a mail provider"
                : 'same user name at a different provider',
          };
        default:
          return { similarity: 0, phrase: 'different addresses' };
      }
    },
    blockKeys(p) {
      const keys = p.others ? [p.key, ...p.others] : [p.key];
      if (p.mailbox !== p.key) keys.push(p.mailbox);
      const local = localPart(p);
      if (local.length >= 4) keys.push(`local:${local}`);
      return keys;
    },
  };
}
