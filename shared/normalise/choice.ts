/**
 * Choice fields: any label (either language) or synonym of an option, compared without case,
 * width, spaces, dots, dashes or underscores, becomes the option's label in the sheet's locale.
 * A value that starts or is contained in the names of exactly one option ("Referral" for
 * "Referral Source", "朋友" for "朋友介绍") is that option, unless the rest of the name changes what it
 * means (流失 is not 流失风险); when two options share it, it stays unmatched.
 * So is an option's name with a noun after it (VIP客户, A类客户, Gold Member).
 * Tags (multiChoice) are open-ended: known items are canonicalised, unknown ones kept as text.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { ChoiceOption, Field } from '../template/schema';
import type { NormaliseOutcome } from './types';
import { EMPTY, cellString, cleanText, foldText, normaliseText } from './text';

// Tag separators: , ， ; ； 、 | / and line breaks (NFKC has already folded the full-width ones).
const SPLIT = /([,;、|/\r\n\u2028\u2029]+)/;
const LINE_BREAK = /[\r\n\u2028\u2029]/g;

const NOT_IN_LIST: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'choice.notInList' });

type OptionsHolder = Pick<Field, 'options'>;

interface Lookup {
  /** Labels and synonyms exactly as the template writes them: most cells hit this. */
  exact: Map<string, ChoiceOption>;
  byKey: Map<string, ChoiceOption>;
  /** Partial matches already worked out (null: none or ambiguous), bounded so a column of free text cannot grow it. */
  partial: Map<string, ChoiceOption | null>;
}

const PARTIAL_CACHE_LIMIT = 10_000;
// Shorter keys match too much: 2 Han characters or 3 Latin letters at least.
const MIN_PARTIAL_HAN = 2;
const MIN_PARTIAL_LATIN = 3;

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
    lookup = { exact: new Map(), byKey: new Map(), partial: new Map() };
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

/** Nouns a list writes after an option's name (VIP客户, A类客户, Gold Member), as comparison keys. */
const NOUNS = ['客户', '会员', '用户', 'customers', 'customer', 'clients', 'client', 'members', 'member'];

/** The option named by `key` less a trailing noun: VIP客户 is the option VIP, 普通客户 names none. */
function withoutNoun(lookup: Lookup, key: string): ChoiceOption | undefined {
  for (const noun of NOUNS)
    if (key.length > noun.length && key.endsWith(noun)) return lookup.byKey.get(key.slice(0, -noun.length));
  return undefined;
}

/**
 * Words that make a longer name mean something else than its part: 流失风险 (a churn risk) is no
 * 流失 (churned), 待成交 (pending) no 成交, Churn Risk no Churn. A name holding one beside `key` is
 * no partial match for it.
 */
const HEDGES = /风险|预警|潜在|疑似|可能|[待未非不准前拟]|risk|warning|potential|possible|pending|former|prospective/;

/** The one option a name of which starts with or contains `key`; undefined when none or several do. */
function partialMatch(lookup: Lookup, key: string): ChoiceOption | undefined {
  const han = /[\u3400-\u9fff]/.test(key);
  // A bare noun (客户, member) is part of many names and names no option by itself.
  if (key.length < (han ? MIN_PARTIAL_HAN : MIN_PARTIAL_LATIN) || key.includes('/') || NOUNS.includes(key))
    return undefined;
  const cached = lookup.partial.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let found: ChoiceOption | null = null;
  let ambiguous = false;
  for (const [name, option] of lookup.byKey) {
    // Latin names match from their start only ("referral…"), so "ral" does not find "Referral".
    const hit = han ? name.includes(key) : name.startsWith(key);
    if (!hit || option === found || HEDGES.test(name.replace(key, ''))) continue;
    if (found) ambiguous = true;
    found = option;
  }
  const result = ambiguous ? null : found;
  if (lookup.partial.size < PARTIAL_CACHE_LIMIT) lookup.partial.set(key, result);
  return result ?? undefined;
}

function labelOf(option: ChoiceOption, locale: Locale): string {
  return option.labels[locale] ?? option.labels['zh-CN'];
}

export function normaliseChoice(value: CellValue | undefined, field: OptionsHolder, locale: Locale): NormaliseOutcome {
  if (value instanceof Date) return NOT_IN_LIST;
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  // Tags (below) stay exact: a partial tag is an open-ended item of its own, not a known one.
  const lookup = lookupFor(field);
  const option = find(lookup, raw) ?? withoutNoun(lookup, choiceKey(raw)) ?? partialMatch(lookup, choiceKey(raw));
  if (option) return { status: 'valid', value: labelOf(option, locale) };
  return cleanText(raw) === '' ? EMPTY : NOT_IN_LIST;
}

/**
 * A text field with an open list (the built-in region field): a listed name or synonym becomes its
 * option's label; anything else is text as typed. Exact names only: an open list never guesses.
 */
export function normaliseListedText(
  value: CellValue | undefined,
  field: OptionsHolder,
  locale: Locale,
): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null || value instanceof Date) return normaliseText(value);
  const option = find(lookupFor(field), raw);
  return option ? { status: 'valid', value: labelOf(option, locale) } : normaliseText(value);
}

// A known label may itself contain a separator ("B2B/B2C"): try joining up to this many pieces.
const MAX_JOIN = 3;

export function normaliseMultiChoice(
  value: CellValue | undefined,
  field: OptionsHolder,
  locale: Locale,
): NormaliseOutcome {
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
