/** Options shared by commands: template file, locale, today's date, sheet. */
import { readFileSync } from 'node:fs';
import { localeSchema, type Locale } from '../shared/i18n/locale';
import { parseTemplate, type Template } from '../shared/template/schema';
import type { OperationOptions } from '../shared/operations/options';
import { UsageError } from './cli-error';

export interface CommonValues {
  locale?: string;
  template?: string;
  today?: string;
}

export function operationOptions(values: CommonValues): OperationOptions {
  const options: OperationOptions = {};
  if (values.locale !== undefined) options.locale = parseLocale(values.locale);
  if (values.template !== undefined) options.template = loadTemplate(values.template);
  if (values.today !== undefined) options.now = parseToday(values.today);
  return options;
}

export function parseLocale(value: string): Locale {
  const result = localeSchema.safeParse(value);
  if (!result.success) throw new UsageError(`--locale must be zh-CN or en-US, not "${value}"`);
  return result.data;
}

function loadTemplate(path: string): Template {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the template file ${path}`);
  }
  const result = parseTemplate(text);
  if (!result.ok) throw new UsageError(`The template ${path} is not valid:\n  ${result.errors.join('\n  ')}`);
  return result.template;
}

function parseToday(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match?.[3])) {
    throw new UsageError(`--today must be a date like 2024-03-05, not "${value}"`);
  }
  return date;
}
