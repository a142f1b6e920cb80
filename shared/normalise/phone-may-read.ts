/**
 * Whether a region could read a typed number at all, from its metadata alone: a list of foreign
 * numbers asks each of them in a dozen regions (phone-reading.ts), and a parse costs about 20 µs,
 * this test a microsecond. False only where libphonenumber-js's parse certainly finds no valid
 * number, by the library's own steps for a number typed without its country code: the region's
 * international prefix (010 in Japan) or its country code typed without + send the number
 * elsewhere, so those are not ruled out; otherwise the national number is the digits with or without
 * what the region's national prefix for parsing matches (a trunk 0, Britain's 180020 too), and a
 * valid one is valid by the metadata of the region or of one sharing its country code (Jersey's for a
 * British parse): the whole national pattern, and one type's pattern and lengths. Rewritten national
 * prefixes (Japan's, Brazil's) and Mexico's second parse are not ruled on.
 * test/normalise/phone-may-read.test.ts holds it to the parse.
 */
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import { isSupportedCountry, type PhoneNumber } from 'libphonenumber-js/max';

/** Metadata.numberingPlan's methods the library's own parse uses and its types leave out. */
interface PlanMethods {
  callingCode(): string;
  IDDPrefix(): string;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** The number types whose patterns the library's validity asks of a national number (getNumberType). */
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

/** A country's test of a valid national number: its whole pattern, and one of its types' with that type's lengths. */
interface Validity {
  readonly pattern: RegExp;
  /** Null where the metadata has no types: the whole pattern is then the test. */
  readonly types: readonly { readonly pattern: RegExp; readonly lengths: readonly number[] | undefined }[] | null;
}

interface Plan {
  /** The international prefix at the start of the digits: the number is then another country's. */
  readonly idd: RegExp;
  readonly callingCode: string;
  readonly nationalPrefix: RegExp | null;
  /** A national prefix rewritten, not only dropped (Japan's 0002…, Brazil's carrier codes). */
  readonly transforms: boolean;
  /** Valid national numbers of the countries sharing the country code. */
  readonly countries: readonly Validity[];
}

const SEPARATORS = /[\s\-().]/g;
const ONLY_DIGITS = /^\d*$/;
const plans = new Map<string, Plan | null>();
const validities = new Map<string, Validity>();

/**
 * The library's own isValid() of a parsed number, by its country's patterns compiled once: the
 * library builds each pattern again on every call, a third of the cost of reading a foreign number.
 */
export function isValidParsed(parsed: PhoneNumber): boolean {
  const country = parsed.country;
  // A number of no country (+800) is valid by its calling code's plan: asked of the library.
  if (!country || !isSupportedCountry(country)) return parsed.isValid();
  let test = validities.get(country);
  if (!test) validities.set(country, (test = validity(planMethods(new Metadata(metadata), country))));
  return isValid(parsed.nationalNumber, test);
}

/** Whether `text` (folded, without its extension, as parsePhoneIn takes it) may be a valid number under `region`. */
export function mayReadIn(text: string, region: string): boolean {
  const plan = planOf(region);
  const digits = plan && nationalDigits(text, plan);
  if (!plan || digits === null) return true;
  let national = digits;
  const match = plan.nationalPrefix?.exec(digits);
  if (match) {
    const groups = match.length - 1;
    if (plan.transforms && groups > 0 && match[groups]) return true;
    national = digits.slice(match[0].length);
  }
  return plan.countries.some(
    (country) => isValid(national, country) || (national !== digits && isValid(digits, country)),
  );
}

function isValid(national: string, { pattern, types }: Validity): boolean {
  if (!pattern.test(national)) return false;
  return (
    types === null ||
    types.some((type) => (!type.lengths || type.lengths.includes(national.length)) && type.pattern.test(national))
  );
}

/**
 * Whether a parse under `region` takes `text` for one of the region's national numbers, as typed
 * without a + or 00, the region's international prefix or its country code: a valid reading then
 * always names its country (the region or one sharing its code).
 */
export function readsNationally(text: string, region: string): boolean {
  const plan = planOf(region);
  return plan !== null && nationalDigits(text, plan) !== null;
}

/** The digits of `text` when a parse under the plan's region reads them nationally, else null. */
function nationalDigits(text: string, plan: Plan): string | null {
  if (text.includes('+')) return null;
  const digits = text.replace(SEPARATORS, '');
  // Anything else (a slash, a letter) is left to the parse, which may take it or its digits.
  if (!ONLY_DIGITS.test(digits)) return null;
  // 00 before a country code is read as + (phone-parse.ts), whatever the region dials.
  return /^00[1-9]/.test(digits) || plan.idd.test(digits) || digits.startsWith(plan.callingCode) ? null : digits;
}

function planOf(region: string): Plan | null {
  let plan = plans.get(region);
  if (plan === undefined) plans.set(region, (plan = newPlan(region)));
  return plan;
}

function newPlan(region: string): Plan | null {
  if (!isSupportedCountry(region)) return null;
  const meta = new Metadata(metadata);
  const select = (country: string) => planMethods(meta, country);
  const own = select(region);
  const callingCode = own.callingCode();
  // A Mexican mobile is parsed again without the 1 after +52 (phone-parse.ts): a third national number.
  if (callingCode === '52') return null;
  const prefix = own.nationalPrefixForParsing();
  const plan = {
    idd: new RegExp(`^(?:${own.IDDPrefix()})`),
    callingCode,
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    transforms: Boolean(own.nationalPrefixTransformRule()),
  };
  const countries = metadata.country_calling_codes[callingCode] ?? [region];
  return { ...plan, countries: countries.map((country) => validity(select(country))) };
}

function planMethods(meta: Metadata, country: string): PlanMethods {
  meta.selectNumberingPlan(country as CountryCode);
  return meta.numberingPlan as unknown as PlanMethods;
}

function validity(plan: PlanMethods): Validity {
  const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
  const types = TYPES.flatMap((name) => {
    const type = plan.type(name);
    const pattern = type?.pattern();
    return type && pattern ? [{ pattern: whole(pattern), lengths: type.possibleLengths() }] : [];
  });
  return { pattern: whole(plan.nationalNumberPattern()), types: plan.hasTypes() ? types : null };
}
