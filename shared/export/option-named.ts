/**
 * The option a cell names whole: one of its labels or synonyms, letter case, width, spacing and
 * script aside. Never a part of a name: for industries a shorter word is often another trade (电子,
 * electronics, is part of 电子商务, e-commerce; 技术 of 信息技术), so what check reads as a likely
 * option is not enough to write another value in its place.
 */
import { choiceKey } from '../normalise/choice';
import { simplifiedHan } from '../dedupe/simplified';
import type { CellValue } from '../sheet/cell-value';
import type { ChoiceOption, Field } from '../template/schema';

// Names two options share (after folding) name neither: null.
const byField = new WeakMap<Field, Map<string, ChoiceOption | null>>();

function namesOf(field: Field): Map<string, ChoiceOption | null> {
  let names = byField.get(field);
  if (!names) {
    names = new Map();
    for (const option of field.options ?? [])
      for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...(option.synonyms ?? [])]) {
        const key = simplifiedHan(choiceKey(name));
        if (key === '') continue;
        const held = names.get(key);
        names.set(key, held === undefined || held === option ? option : null);
      }
    byField.set(field, names);
  }
  return names;
}

/** The option `value` is the whole name of, or undefined. */
export function optionNamed(field: Field, value: CellValue): ChoiceOption | undefined {
  if (typeof value !== 'string') return undefined;
  const key = simplifiedHan(choiceKey(value));
  return key === '' ? undefined : (namesOf(field).get(key) ?? undefined);
}
