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
  // A name held by the other only as its later word (María José, José): perhaps another given name.
  'later-word',
  'other-line',
  'with-extension',
  'digit-apart',
  'same-visible-digits',
  'same-visible-characters',
  'same-id-other-name',
  // An address that holds the other with a part more (a flat, a suite, 十二区), or without its 省/市/区,
  // or one flat or suite of one street address against another.
  'more-detail',
  'place-words-left-out',
  'other-unit',
  // Two values in two scripts (Tencent, 腾讯), the Latin one not the other's pinyin: not compared.
  'other-script',
  // One given name and another family name in one name column (Rebecca Stone, Rebecca Lindgren): perhaps a married name.
  'other-family-name',
  // A Suffix (Jr.) one row gives and the other leaves blank.
  'one-side-only',
  // Why a pair is held for review (score/model.ts): one phone under two mailboxes, numbers one digit
  // apart under one name (at one company or none), only a name, or details that differ.
  'one-line-two-mailboxes',
  'numbers-in-a-run',
  'namesakes-at-one-company',
  'name-only',
  'held-apart',
  'different',
  // The numbers of two records (会员编号, Customer ID), which one customer entered twice holds: a difference that weighs nothing.
  'other-record',
] as const;

export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** Levels that say where a group's rows differ, not what they share. */
export function isDifference(level: MatchLevel): boolean {
  return level === 'different' || level === 'other-record' || level === 'other-family-name' || level === 'other-unit';
}
