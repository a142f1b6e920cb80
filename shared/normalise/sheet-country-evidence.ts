/**
 * What a list says of its country besides its phone numbers, to tell apart regions whose numbering
 * reads the same numbers (07911 123456 is a British and an Indian mobile): the country domains of its
 * e-mail addresses, the shape of its postcodes (KT1 1AA is British only), a currency its headers name
 * (Fees Paid (£)) or its amounts are written in (HK$1,200) and the regions of the numbers written with
 * a +code. Each row's address, postcode or amount counts once; a header counts once.
 */
import type { CellValue } from '../sheet/cell-value';

/**
 * Country domains of e-mail addresses, by the region whose numbering they use (.ca: North America's).
 * Domains sold as generic names (.co, .io, .me, .tv, .ai) say nothing of a country and are not here.
 */
const MAIL_DOMAINS: Readonly<Record<string, string>> = {
  uk: 'GB',
  ie: 'IE',
  de: 'DE',
  at: 'AT',
  ch: 'CH',
  fr: 'FR',
  be: 'BE',
  nl: 'NL',
  es: 'ES',
  pt: 'PT',
  it: 'IT',
  pl: 'PL',
  se: 'SE',
  dk: 'DK',
  no: 'NO',
  fi: 'FI',
  jp: 'JP',
  kr: 'KR',
  cn: 'CN',
  hk: 'HK',
  mo: 'MO',
  tw: 'TW',
  sg: 'SG',
  my: 'MY',
  in: 'IN',
  au: 'AU',
  nz: 'NZ',
  za: 'ZA',
  ph: 'PH',
  br: 'BR',
  mx: 'MX',
  us: 'US',
  ca: 'US',
};

/** The region an e-mail address's country domain names, or null. */
export function mailRegion(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const at = value.lastIndexOf('@');
  if (at < 0) return null;
  const domain = value
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return MAIL_DOMAINS[domain.slice(domain.lastIndexOf('.') + 1)] ?? null;
}

/** Postcode shapes and the regions that write them: a shape several write is evidence for each. */
const POSTCODE_REGIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}$/i, ['GB']],
  [/^[ac-fhknprtv-y]\d{2}\s?[\dac-fhknprtv-y]{4}$/i, ['IE']],
  [/^[a-z]\d[a-z]\s?\d[a-z]\d$/i, ['US']], // Canada's, one numbering plan with the US
  [/^\d{5}-\d{4}$/, ['US']],
  [/^\d{5}$/, ['US', 'MY']],
  [/^\d{6}$/, ['IN', 'SG']],
  [/^\d{4}$/, ['AU', 'NZ', 'ZA', 'PH']],
];

/** Currencies a header names, by the region whose numbering their lists use. */
const CURRENCY_REGIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/£|\bGBP\b/, 'GB'],
  [/₹|\bINR\b|\bRs\b/, 'IN'],
  [/A\$|\bAUD\b/, 'AU'],
  [/NZ\$|\bNZD\b/, 'NZ'],
  [/S\$|\bSGD\b/, 'SG'],
  [/HK\$|\bHKD\b/, 'HK'],
  [/\bRM\b|\bMYR\b/, 'MY'],
  [/\bZAR\b/, 'ZA'],
  [/₱|\bPHP\b/, 'PH'],
  [/€|\bEUR\b/, 'IE'],
  [/US\$|C\$|\bUSD\b|\bCAD\b/, 'US'],
];

/**
 * Currencies an amount is written in (HK$1,200, S$80, ₹3,50,000), by the region whose numbering
 * their lists use: the sign of one country only. The euro is no one country's, so it says nothing here.
 */
const AMOUNT_REGIONS: ReadonlyArray<readonly [RegExp, string]> = CURRENCY_REGIONS.filter(
  ([, region]) => region !== 'IE',
);

export interface EvidenceColumns {
  emails: readonly number[];
  postcodes: readonly number[];
  /** Columns of amounts, whose cells may carry their currency (HK$1,200). */
  amounts?: readonly number[];
}

/**
 * How much of a list points to each region: sampled rows' e-mail domains and postcodes (every `step`th
 * row), its headers' currencies, and `written`, the regions of its numbers with a +code.
 */
export function countryEvidence(
  values: readonly (readonly CellValue[] | undefined)[],
  cols: EvidenceColumns,
  step: number,
  written: ReadonlyMap<string, number>,
): Map<string, number> {
  const evidence = new Map(written);
  const add = (region: string) => evidence.set(region, (evidence.get(region) ?? 0) + 1);
  for (const header of values[0] ?? []) {
    if (typeof header !== 'string') continue;
    for (const [pattern, region] of CURRENCY_REGIONS) if (pattern.test(header)) add(region);
  }
  for (let index = 1; index < values.length; index += step) {
    const row = values[index];
    for (const col of cols.emails) {
      const region = mailRegion(row?.[col - 1]);
      if (region) add(region);
    }
    for (const col of cols.postcodes) {
      const cell = row?.[col - 1];
      if (typeof cell !== 'string' && typeof cell !== 'number') continue;
      const code = String(cell).trim();
      POSTCODE_REGIONS.find(([pattern]) => pattern.test(code))?.[1].forEach(add);
    }
    for (const col of cols.amounts ?? []) {
      const cell = row?.[col - 1];
      if (typeof cell !== 'string') continue;
      const region = AMOUNT_REGIONS.find(([pattern]) => pattern.test(cell))?.[1];
      if (region) add(region);
    }
  }
  return evidence;
}
