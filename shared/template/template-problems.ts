/**
 * What is wrong with an edited template, as values the sidebar words in the user's language:
 * an empty label or option name, a name two options share (compared as the normaliser compares
 * them), a name over Excel's 255-character limit for one list item. A list over 255 characters in
 * total is fine: setup puts long lists on the hidden lists sheet. The schema then checks the rest.
 */
import { choiceKey } from '../normalise/choice';
import type { Locale } from '../i18n/locale';
import { LOCALES } from '../i18n/locale';
import { templateSchema, type Field, type Template } from './schema';

/** Excel's limit for a list item (and for an inline list as a whole). */
export const OPTION_NAME_LIMIT = 255;

export type TemplateProblem =
  | { code: 'label.empty'; field: string; locale: Locale }
  | { code: 'option.empty'; field: string; option: string }
  | { code: 'option.tooLong'; field: string; name: string }
  | { code: 'option.duplicate'; field: string; name: string }
  | { code: 'options.none'; field: string }
  | { code: 'schema'; field?: string; message: string };

export type TemplateCheck = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

export function checkTemplate(template: Template): TemplateCheck {
  const problems = template.fields.flatMap(fieldProblems);
  if (problems.length > 0) return { ok: false, problems };
  const parsed = templateSchema.safeParse(template);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const index = issue.path[0] === 'fields' ? issue.path[1] : undefined;
      const field = typeof index === 'number' ? template.fields[index]?.key : undefined;
      return { code: 'schema', message: issue.message, ...(field ? { field } : {}) };
    }),
  };
}

function fieldProblems(field: Field): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const locale of LOCALES)
    if (field.labels[locale].trim() === '') problems.push({ code: 'label.empty', field: field.key, locale });
  if ((field.kind === 'choice' || field.kind === 'multiChoice') && (field.options ?? []).length === 0)
    problems.push({ code: 'options.none', field: field.key });
  const owners = new Map<string, string>();
  for (const option of field.options ?? []) {
    const names = [option.labels['zh-CN'], option.labels['en-US'], ...option.synonyms];
    if (names.some((name) => name.trim() === ''))
      problems.push({ code: 'option.empty', field: field.key, option: option.key });
    for (const name of names) {
      if (name.length > OPTION_NAME_LIMIT) problems.push({ code: 'option.tooLong', field: field.key, name });
      const key = choiceKey(name);
      if (key === '') continue;
      const owner = owners.get(key);
      if (owner !== undefined && owner !== option.key)
        problems.push({ code: 'option.duplicate', field: field.key, name });
      owners.set(key, option.key);
    }
  }
  return problems;
}
