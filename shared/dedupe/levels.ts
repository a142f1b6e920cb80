/**
 * Every comparison level label a comparator can report (`Reason.level`). The UI catalogues key
 * their wording by `MatchLevel`, so a label added here without a string in every language fails
 * the type check instead of blanking the Duplicates view.
 */
export const MATCH_LEVELS = [
  'exact',
  'reordered',
  'pinyin',
  'homophone',
  'look-alike',
  'similar-sound',
  'typo',
  'similar',
  'initial',
  'nickname',
  'swapped',
  'suffix-removed',
  'same-mailbox',
  'same-user-name',
  'same-brand',
  'same-surname',
  'name-with-note',
  'name-within',
  'household',
  'other-line',
  'with-extension',
  'digit-apart',
  'same-visible-digits',
  'same-visible-characters',
  'same-id-other-name',
  'different',
  // The numbers of two records (会员编号, Customer ID), which one customer entered twice holds: a difference that weighs nothing.
  'other-record',
] as const;

export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** Levels that say where a group's rows differ, not what they share. */
export function isDifference(level: MatchLevel): boolean {
  return level === 'different' || level === 'other-record';
}
