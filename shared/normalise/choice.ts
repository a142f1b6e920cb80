/**
 * Choice fields: any label (either language) or synonym of an option, compared without case,
 * width, spaces, dots, dashes or underscores, becomes the option's label in the sheet's locale.
 * Tags (multiChoice) are open-ended: known items are canonicalised, unknown ones kept as text.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { ChoiceOption, Field } from '../template/schema';
import type { NormaliseOutcome } from './types';
import { EMPTY, cellString, cleanText, foldText } from './text';

// Tag separators: , ， ; ； 、 | / and line breaks (NFKC has already folded the full-width ones).
const SPLIT = /([,;、|/\r\n\u2028\u2029]+)/;
const LINE_BREAK = /[\r\n\u2028\u2029]/g;

const NOT_IN_LIST: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'choice.notInList' });

type OptionsHolder = Pick<Field, 'options'>;

interface Lookup {
  /** Labels and synonyms exactly as the template writes them: most cells hit this. */
  exact: Map<string, ChoiceOption>;
  byKey: Map<string, ChoiceOption>;
}

// Built once per field object: a million cells share one lookup. A template edited in place keeps
// its old lookup, so templates are treated as immutable once parsed.
const lookups = new WeakMap<OptionsHolder, Lookup>();

/** The comparison key of a label: folded, lower case, no spaces, dots, dashes or underscores, separators as one "/". */
export function choiceKey(s: string): string {
  return foldText(s)
    .toLowerCase()
    .replace(LINE_BREAK, ',')
    .replace(/[\s\x85._-]+/g, '')
    .replace(/[,;、|/]+/g, '/');
}

function lookupFor(field: OptionsHolder): Lookup {
  let lookup = lookups.get(field);
  if (!lookup) {
    lookup = { exact: new Map(), byKey: new Map() };
    for (const option of field.options ?? []) {
      for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...(option.synonyms ?? [])]) {
        // The first option to claim a name keeps it (the template schema rejects such clashes).
        if (!lookup.exact.has(name)) lookup.exact.set(name, option);
        const key = choiceKey(name);
        if (key !== '' && !lookup.byKey.has(key)) lookup.byKey.set(key, option);
      }
    }
    lookups.set(field, lookup);
  }
  return lookup;
}

function find(lookup: Lookup, text: string): ChoiceOption | undefined {
  return lookup.exact.get(text) ?? lookup.byKey.get(choiceKey(text));
}

function labelOf(option: ChoiceOption, locale: Locale): string {
  return option.labels[locale] ?? option.labels['zh-CN'];
}

export function normaliseChoice(value: CellValue | undefined, field: OptionsHolder, locale: Locale): NormaliseOutcome {
  if (value instanceof Date) return NOT_IN_LIST;
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  const option = find(lookupFor(field), raw);
  if (option) return { status: 'valid', value: labelOf(option, locale) };
  return cleanText(raw) === '' ? EMPTY : NOT_IN_LIST;
}

// A known label may itself contain a separator ("B2B/B2C"): try joining up to this many pieces.
const MAX_JOIN = 3;

export function normaliseMultiChoice(value: CellValue | undefined, field: OptionsHolder, locale: Locale): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  const lookup = lookupFor(field);
  const whole = find(lookup, raw);
  if (whole) return { status: 'valid', value: labelOf(whole, locale) };

  // Pieces at even indexes, the separators between them at odd ones.
  const parts = foldText(raw).split(SPLIT);
  const items: string[] = [];
  const seen = new Set<string>();
  const add = (item: string, dedupeKey: string) => {
    if (!seen.has(dedupeKey)) {
      seen.add(dedupeKey);
      items.push(item);
    }
  };
  for (let i = 0; i < parts.length; i += 2) {
    let matched = false;
    for (let span = Math.min(MAX_JOIN, (parts.length + 1) / 2 - i / 2); span >= 1 && !matched; span--) {
      const candidate = parts.slice(i, i + 2 * span - 1).join('');
      const option = find(lookup, candidate);
      if (option) {
        add(labelOf(option, locale), `option:${option.key}`);
        i += 2 * (span - 1);
        matched = true;
      }
    }
    if (!matched) {
      const text = cleanText(parts[i]);
      if (text !== '') add(text, `text:${choiceKey(text)}`);
    }
  }
  return items.length === 0 ? EMPTY : { status: 'valid', value: items.join(', ') };
}

// Yes/no is a fixed two-option choice; it lives in its own module but is importable from here too.
export { normaliseYesNo } from './yes-no';
