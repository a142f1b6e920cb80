/**
 * The reasons of a pair a rule holds for review (score/model.ts `holdOf`): the rule as the level, the
 * columns it read, and an English line; a UI words the level in its language (level-words.ts).
 */
import type { MatchField } from './records';
import type { Hold } from './score/model';
import type { Reason } from './types';

/** What a held pair's rule says, in English (a UI words it by the level), each rule and its columns once. */
const HOLD_PHRASES: Record<Hold['rule'], string> = {
  'one-line-two-mailboxes': 'two mailboxes on one number, perhaps a household or a shop: held for review',
  'numbers-in-a-run': 'numbers one digit apart and only the name besides: perhaps lines of one run, held for review',
  'namesakes-at-one-company':
    "one name at one company, numbers one digit apart: perhaps two colleagues on the company's lines, held for review",
  'name-only': 'only the name agrees: held for review',
  'held-apart': 'differs, perhaps two people: held for review',
};

export function holdReasons(fields: readonly MatchField[], holds: readonly Hold[]): Reason[] {
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const { rule, fields: held } of holds) {
    if (held.length === 0) continue;
    const column = [...new Set(held.map((f) => fields[f]!.column))].join(', ');
    if (seen.has(`${rule} ${column}`)) continue;
    seen.add(`${rule} ${column}`);
    const field = fields[held[0]!]!.key;
    reasons.push({ field, column, level: rule, similarity: 0, message: `${column}: ${HOLD_PHRASES[rule]}` });
  }
  return reasons;
}
