/**
 * The measure words a count is typed with: 12次, 3单, 共3次 in Chinese lists, "3 times", "3 orders",
 * "3x" in English ones. What is left once they are taken off is the count's number.
 */

// `s` is folded, lower-cased and without spaces: "共 12 单" is 共12单, "3 times" 3times.
const COUNT_PREFIX = /^共(?=\d)/;
const COUNT_SUFFIX = /(?<=\d)(?:次|单|笔|个|件|回|times?|orders?|purchases?|visits?|x)$/;

/** The count's text without its measure words, and whether it had any. */
export function withoutCountWords(s: string): { digits: string; unit: boolean } {
  const digits = s.replace(COUNT_PREFIX, '').replace(COUNT_SUFFIX, '');
  return { digits, unit: digits !== s };
}
