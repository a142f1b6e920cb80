/**
 * Regions a list written with national numbers only is tried in, when it is not in Chinese: the
 * English-speaking markets and their neighbours. Canada reads as the US (one numbering plan).
 */
export const NATIONAL_REGIONS: readonly string[] = ['US', 'GB', 'AU', 'NZ', 'IE', 'SG', 'HK', 'MY', 'IN', 'ZA', 'PH'];

/** Regions that write Chinese in traditional characters: neighbours whose lists hold each other's numbers. */
export const TRADITIONAL_REGIONS: readonly string[] = ['HK', 'TW', 'MO'];
