/**
 * Regions a list written with national numbers only is tried in, when it is not in Chinese: the
 * English-speaking markets and their neighbours. Canada reads as the US (one numbering plan).
 */
export const NATIONAL_REGIONS: readonly string[] = ['US', 'GB', 'AU', 'NZ', 'IE', 'SG', 'HK', 'MY', 'IN', 'ZA', 'PH'];

/** Regions that write Chinese in traditional characters: neighbours whose lists hold each other's numbers. */
export const TRADITIONAL_REGIONS: readonly string[] = ['HK', 'TW', 'MO'];

/**
 * Markets outside those whose numbers a list is read in whose teams type numbers in their own groups
 * (Mexico's 55 1234 5678, Stuttgart's 0711 123456, Zürich's 044 123 45 67): asked only where a number
 * is typed as the market groups its own, to tell a reading by the digits alone from the typist's.
 */
export const TYPED_MARKETS: readonly string[] = [
  'MX',
  'BR',
  'DE',
  'CH',
  'AT',
  'FR',
  'IT',
  'NL',
  'BE',
  'ES',
  'JP',
  'KR',
];
