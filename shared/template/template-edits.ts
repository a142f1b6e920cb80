/**
 * Edits a person makes to a template in the sidebar: a field's labels and required flag, and the
 * options of a list (add, rename, remove, synonyms). Each edit returns a new template (templates are
 * immutable once parsed: normalisers cache per field object). A rename keeps the old name as a
 * synonym, so cells that hold it still read as the option.
 */
import type { Locale } from '../i18n/locale';
import type { ChoiceOption, Field, Template } from './schema';

export type TemplateEdit =
  | { kind: 'label'; field: string; locale: Locale; text: string }
  | { kind: 'required'; field: string; required: boolean }
  | { kind: 'addOption'; field: string; labels: Record<Locale, string> }
  | { kind: 'renameOption'; field: string; option: string; locale: Locale; text: string }
  | { kind: 'removeOption'; field: string; option: string }
  | { kind: 'synonyms'; field: string; option: string; synonyms: string[] };

/**
 * The list of edits with one more: a change to the same name (a label, an option's name in one
 * language, its spellings) replaces the previous one, so typing a new name letter by letter is one
 * rename, and the name before it stays the synonym.
 */
export function addEdit(edits: readonly TemplateEdit[], edit: TemplateEdit): TemplateEdit[] {
  const last = edits[edits.length - 1];
  return last && sameTarget(last, edit) ? [...edits.slice(0, -1), edit] : [...edits, edit];
}

function sameTarget(a: TemplateEdit, b: TemplateEdit): boolean {
  if (a.kind !== b.kind || a.field !== b.field) return false;
  if (a.kind === 'label' && b.kind === 'label') return a.locale === b.locale;
  if (a.kind === 'renameOption' && b.kind === 'renameOption') return a.option === b.option && a.locale === b.locale;
  if (a.kind === 'synonyms' && b.kind === 'synonyms') return a.option === b.option;
  return false;
}

/** Fields whose options a person edits: lists (choice, tags) and text fields with an open list (region). */
export function hasOptions(field: Field): boolean {
  return field.kind === 'choice' || field.kind === 'multiChoice' || (field.kind === 'text' && !!field.options);
}

export function editTemplate(template: Template, edit: TemplateEdit): Template {
  return {
    ...template,
    fields: template.fields.map((field) => (field.key === edit.field ? editField(field, edit) : field)),
  };
}

function editField(field: Field, edit: TemplateEdit): Field {
  switch (edit.kind) {
    case 'label':
      return { ...field, labels: { ...field.labels, [edit.locale]: edit.text } };
    case 'required':
      return { ...field, required: edit.required };
    case 'addOption': {
      const options = field.options ?? [];
      const option: ChoiceOption = {
        key: newOptionKey(edit.labels['en-US'], options),
        labels: edit.labels,
        synonyms: [],
      };
      return { ...field, options: [...options, option] };
    }
    case 'removeOption':
      return { ...field, options: (field.options ?? []).filter((o) => o.key !== edit.option) };
    case 'renameOption':
      return mapOption(field, edit.option, (option) => renameOption(option, edit.locale, edit.text));
    case 'synonyms':
      return mapOption(field, edit.option, (option) => ({ ...option, synonyms: edit.synonyms }));
  }
}

function mapOption(field: Field, key: string, change: (option: ChoiceOption) => ChoiceOption): Field {
  return { ...field, options: (field.options ?? []).map((o) => (o.key === key ? change(o) : o)) };
}

function renameOption(option: ChoiceOption, locale: Locale, text: string): ChoiceOption {
  const old = option.labels[locale];
  const labels = { ...option.labels, [locale]: text };
  const names = new Set([labels['zh-CN'], labels['en-US']].map(nameKey));
  // The old name reads as the option from now on; a synonym that became a label is no longer needed.
  const synonyms = [...option.synonyms, old].filter(
    (s, i, all) => s.trim() !== '' && !names.has(nameKey(s)) && all.findIndex((t) => nameKey(t) === nameKey(s)) === i,
  );
  return { ...option, labels, synonyms };
}

function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A key for a new option: its English label in lower camel case where it has letters, else a free `optionN`. */
function newOptionKey(english: string, options: readonly ChoiceOption[]): string {
  const taken = new Set(options.map((o) => o.key));
  const words = english.match(/[A-Za-z0-9]+/g) ?? [];
  const camel = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  const base = /^[a-z]/.test(camel) ? camel : 'option';
  if (base !== 'option' && !taken.has(base)) return base;
  let n = 1;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** Splits what a person types in a synonyms box: one per line or between commas, semicolons or 、. */
export function splitSynonyms(text: string): string[] {
  return text
    .split(/[\n,，;；、]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
