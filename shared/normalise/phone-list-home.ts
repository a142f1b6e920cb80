/**
 * Whether a list is not the template region's team's, so that region's numbers keep their country code
 * as every other number on it does: a trade show's badge scans (+44, +49, +61 and one +86 beside a row
 * that says China) go to a team abroad, who cannot dial 0755-88881234. A list written in the region's
 * language (Chinese characters, for a Chinese region) is its team's whatever its rows; otherwise one
 * whose phones' majority is another region's, or whose rows name other countries at least as often as
 * the template's (by their country column, else a number's +code or shape), is not. Tallied over the
 * rows readPhoneSheet samples for the sheet's majority (phone-region.ts), so the rows are read once.
 */
import type { ChineseScript } from './chinese-script';
import { CN_MOBILE, isValidMobilePrefix } from './phone-parse';
import { isExplicit } from './phone-reading';

/** Regions whose teams write Chinese: a list with Chinese characters is theirs. */
const CHINESE_REGIONS: readonly string[] = ['CN', 'HK', 'TW', 'MO'];

export class ListHomeTally {
  private named = 0;
  private homeRows = 0;

  constructor(private readonly home: string) {}

  /** A sampled row whose country cell names `region`. */
  country(region: string): void {
    this.count(region);
  }

  /**
   * A sampled row without a country, by its first number (`base`, without extension) and the region
   * that number's way of writing points to (`signal`). A number in China's trunk-0 shape points there
   * for the sheet's majority but is written so in Britain too, so only a +code or a mobile's 11 digits
   * say China here.
   */
  number(base: string, signal: string | null): void {
    if (signal === null) return;
    if (signal === 'CN' && !isExplicit(base) && !(CN_MOBILE.test(base) && isValidMobilePrefix(base))) return;
    this.count(signal);
  }

  /**
   * Whether the list is no team's of the home region, given the sheet's majority, its script and how
   * many of the sampled bare numbers the home region reads (a team writes its own country's numbers
   * without the code: 020 7946 0958 on a British list), each asked only when needed.
   */
  foreign(sheet: string, script: () => ChineseScript, nationalHome: () => number): boolean {
    if (CHINESE_REGIONS.includes(this.home) && script() !== 'none') return false;
    if (sheet !== this.home) return true;
    if (this.named === 0 || this.homeRows * 2 > this.named) return false;
    const national = nationalHome();
    return (this.homeRows + national) * 2 <= this.named + national;
  }

  private count(region: string): void {
    this.named++;
    if (region === this.home) this.homeRows++;
  }
}
