/** Options shared by commands: template file, locale, today's date, sheet. */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
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
  const by = osUser();
  if (by) options.by = by;
  return options;
}

/** The account running the command: what the log's 操作人 / By column records (no permission needed). */
export function osUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined; // no account name on this system (a container without a passwd entry)
  }
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

export interface CommonFlags {
  args: string[];
  progress: boolean;
}

/**
 * Takes out what every command accepts but not every command reads: --progress always, and
 * --today (checked, then dropped) for commands that measure nothing from today.
 */
export function takeCommonFlags(args: readonly string[], keepToday: boolean): CommonFlags {
  const rest: string[] = [];
  let progress = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--progress') progress = true;
    else if (!keepToday && arg === '--today') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError('--today needs a date like 2024-03-05');
      parseToday(value);
      i++;
    } else if (!keepToday && arg.startsWith('--today=')) parseToday(arg.slice('--today='.length));
    else rest.push(arg);
  }
  return { args: rest, progress };
}

function parseToday(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  // Date.UTC rolls 2024-13-01 over into 2025: the month must come back as typed too.
  if (
    !date ||
    Number.isNaN(date.getTime()) ||
    date.getUTCDate() !== Number(match?.[3]) ||
    date.getUTCMonth() !== Number(match?.[2]) - 1
  ) {
    throw new UsageError(`--today must be a date like 2024-03-05, not "${value}"`);
  }
  return date;
}
