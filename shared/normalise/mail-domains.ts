/**
 * Well-known mail domains, and the slips typed into them (gmial.com, hotmail.con, 163.cm). Only these
 * are judged: a company's domain one letter from another company's is two companies, not a typo.
 */

/** Mail providers most customer lists hold, at home and abroad. */
export const WELL_KNOWN_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.com.hk',
  'yahoo.com.tw',
  'icloud.com',
  'aol.com',
  'protonmail.com',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
];

/**
 * Real mail domains one letter from a well-known one (mail.com and email.com from gmail.com, ymail.com
 * Yahoo's own): never taken for a slip.
 */
const REAL_NEIGHBOURS: readonly string[] = ['mail.com', 'email.com', 'ymail.com', 'gmx.com', 'me.com', 'mac.com'];

const KNOWN = new Set([...WELL_KNOWN_MAIL_DOMAINS, ...REAL_NEIGHBOURS]);

/** No top-level domain at all: .com mistyped wherever it is. */
const NOT_A_TLD = new Set(['con', 'comm', 'cmo', 'ocm', 'coom', 'vom', 'xom', 'cpm', 'clm']);
/** Real country domains (Cameroon, Oman, Colombia): .com mistyped only after a well-known provider's name. */
const COUNTRY_TLD_SLIPS = new Set(['cm', 'om', 'co']);

/** One insertion, deletion or substitution, or two neighbours swapped (gmial / gmail). */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function isSwap(a: string, b: string): boolean {
  return a.length === b.length && oneSlipApart(a, b) && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * A provider's name one slip off (gmial, yaho, hotmial). Short names and names of digits are left
 * alone: 162.com, 168.com and life.com are real domains, so one letter off 163 or live proves nothing;
 * only two swapped letters (lvie) are taken for a slip there.
 */
function slipOfName(name: string, known: string): boolean {
  if (/^\d+$/.test(known)) return false;
  if (known.length >= 5) return oneSlipApart(name, known);
  return known.length === 4 && isSwap(name, known);
}

// A list repeats its domains: each is judged once (bounded, for lists of many one-off company domains).
const judged = new Map<string, string | null>();
const MAX_JUDGED = 10_000;

/** The well-known domain a lower-case domain looks like a slip of ("gmail.com" for "gmial.com"), or null. */
export function likelyMailDomain(domain: string): string | null {
  let likely = judged.get(domain);
  if (likely === undefined) {
    likely = judge(domain);
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(domain, likely);
  }
  return likely;
}

function judge(domain: string): string | null {
  if (KNOWN.has(domain)) return null;
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return null;
  const tld = domain.slice(dot + 1);
  if (NOT_A_TLD.has(tld)) {
    const fixed = `${domain.slice(0, dot)}.com`;
    return likelyMailDomain(fixed) ?? fixed;
  }
  if (COUNTRY_TLD_SLIPS.has(tld)) {
    const fixed = `${domain.slice(0, dot)}.com`;
    if (WELL_KNOWN_MAIL_DOMAINS.includes(fixed)) return fixed;
  }
  const first = domain.indexOf('.');
  const name = domain.slice(0, first);
  const rest = domain.slice(first);
  for (const known of WELL_KNOWN_MAIL_DOMAINS) {
    const knownFirst = known.indexOf('.');
    if (known.slice(knownFirst) === rest && slipOfName(name, known.slice(0, knownFirst))) return known;
  }
  return null;
}
