/**
 * What every comparator provides (Splink's comparison levels): a key that makes two values
 * "exact" when equal, a prepared form per distinct key, and ordered levels from exact to
 * different, each with a label (the explanation the user sees) and prior m/u probabilities
 * used on sheets too small to learn them from.
 */
import type { CellValue } from '../../sheet/cell-value';
import type { MatchLevel } from '../levels';

export interface LevelSpec {
  /** Shown to the user as `Reason.level`. */
  label: MatchLevel;
  /** Prior P(level | same customer). */
  m: number;
  /** Prior P(level | different customers). */
  u: number;
  /** The pair's evidence at this level depends on how common the value is (see `valueU`). */
  perValue?: boolean;
  /** The values clearly belong to two different customers (another house number on the same street). */
  conflict?: boolean;
}

export interface Explanation {
  /** Overrides the level label when the comparator knows more (e.g. 'suffix-removed' inside 'exact'). */
  label?: MatchLevel;
  similarity: number;
  /** Short phrase: "same number", "same name in pinyin". */
  phrase: string;
}

export interface Comparator<P = unknown> {
  readonly name: string;
  /** Level 0 is 'exact' (equal keys), the last is 'different'. */
  readonly levels: readonly LevelSpec[];
  /** Adjust the exact level's evidence by how often the value occurs in the sheet (term frequency). */
  readonly termFrequency: boolean;
  /** The value's matching key, or null when the cell holds nothing usable. */
  key(value: CellValue): string | null;
  prepare(key: string): P;
  /** The level of two values with different keys (may still be 0 when they only differ in form). */
  compare(a: P, b: P): number;
  /** `rawA`/`rawB` are the cells' texts, for labels that depend on how the values were written. */
  explain(level: number, a: P, b: P, rawA: string, rawB: string): Explanation;
  /** Keys under which records are blocked together (default: the key). */
  blockKeys?(p: P, key: string): string[];
  /** How likely two unrelated customers are to share this value, known without the sheet (common names). */
  valueU?(p: P): number;
  /** A first test of most pairs on numbers kept side by side, without reading the prepared values. */
  readonly quick?: QuickTest<P>;
}

/**
 * Numbers of a prepared value (hashes, lengths) written into one Int32Array, `width` per value:
 * on a large sheet most candidate pairs differ, and reading two values from scattered objects
 * was most of what comparing them cost.
 */
export interface QuickTest<P> {
  readonly width: number;
  write(p: P, out: Int32Array, at: number): void;
  /** True only when `compare` would give the 'different' level; false when it must be asked. */
  differ(numbers: Int32Array, a: number, b: number): boolean;
}

export type AnyComparator = Comparator<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Index of the last level ('different'). */
export function differentLevel(c: AnyComparator): number {
  return c.levels.length - 1;
}

/** A value that may hold several keys (a cell of several phones or e-mails): its own key and the others. */
export interface SeveralKeys {
  key: string;
  others: string[] | null;
}

/** Two cells of one or several values agree when they have one in common (13800138000,13912345678 and 13800138000). */
export function shareAKey(a: SeveralKeys, b: SeveralKeys): boolean {
  const mine = a.others ? [a.key, ...a.others] : [a.key];
  return mine.includes(b.key) || (b.others?.some((k) => mine.includes(k)) ?? false);
}
