/**
 * Chinese names romanised the way Singapore, Malaysia and Hong Kong write them (Hokkien, Teochew,
 * Hakka, Cantonese): surname first, then a given name of two syllables ("Lim Wei Ming", "Chan Tai
 * Man"), in lists that are otherwise English. Three such words led by one of these surnames are
 * surname first; when the last word is such a surname too ("Lee Ho Tan") the name reads both ways.
 */

// Common surnames in those romanisations; syllables as often given names (Man, Ming, Ling, Hong) are left out.
const ROMANISED_SURNAMES = new Set(
  (
    'lim tan lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia seah foo leong ' +
    'cheong yap loh khoo quek kwek chew chin soh heng yong kok lau leung cheung chow tsang kwok yip fung ' +
    'lai mak tse choi tsui siu ip kwan hui lo au poon tang tam yuen lam yeung szeto liew phua neo lew ' +
    'pang boey hew choo chee woo mok tong sia kong chu tsoi kwong'
  ).split(' '),
);

/** One romanised syllable: an initial, one to three vowels, a final (Wei, Siew, Kow, Ah, Tsz, Yew). */
const SYLLABLE = /^(?:tsz|sze|(?:ts|ch|sh|ng|kw|gw|hw|sw|[bcdfghjklmnpqrstwyz])?[aeiouy]{1,3}(?:ng|n|m|p|t|k|h|w)?)$/i;

export type RomanisedReading = 'surnameFirst' | 'ambiguous' | null;

/** How three words read as a romanised Chinese name, or null when they are no such name. */
export function romanisedReading(words: readonly string[]): RomanisedReading {
  if (words.length !== 3) return null;
  const [surname, ...given] = words.map((word) => word.toLowerCase());
  if (!ROMANISED_SURNAMES.has(surname!) || !given.every((word) => SYLLABLE.test(word))) return null;
  return ROMANISED_SURNAMES.has(given[1]!) ? 'ambiguous' : 'surnameFirst';
}
