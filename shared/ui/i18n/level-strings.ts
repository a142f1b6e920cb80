/**
 * Comparison levels in a catalogue: each language writes a `Record<MatchLevel, string>` (a level
 * without words, or words for no level, is a type error) spread in as flat `dupes.level.<level>` keys.
 */
import type { MatchLevel } from '../../dedupe/levels';

export type LevelKey = `dupes.level.${MatchLevel}`;

export function levelKey(level: MatchLevel): LevelKey {
  return `dupes.level.${level}`;
}

export function levelStrings(levels: Record<MatchLevel, string>): Record<LevelKey, string> {
  const out = {} as Record<LevelKey, string>;
  for (const level of Object.keys(levels) as MatchLevel[]) out[levelKey(level)] = levels[level];
  return out;
}
