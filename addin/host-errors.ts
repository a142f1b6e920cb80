/**
 * Office.js failures as HostErrors: the step in words (shown by the UI as "While <step>: …") and a
 * message naming what could not be done. A step's commands go to Excel in one sync, so when it
 * fails the host names the item whose range appears in Office's debug info, or all of them.
 */
import { HOST_STEPS, type HostStep } from '../shared/host/host-steps';
import { HostError } from '../shared/host/host';

export const STEPS = HOST_STEPS;
export type StepName = HostStep;

/** One thing a step does, e.g. { subject: 'column F', address: 'F2:F200' }. */
export interface StepItem {
  subject: string;
  address?: string;
}

interface OfficeErrorLike {
  message?: unknown;
  code?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown; surroundingStatements?: unknown };
}

export function officeMessage(error: unknown): string {
  const e = error as OfficeErrorLike | null;
  const message = typeof e?.message === 'string' && e.message ? e.message : String(error);
  const code = typeof e?.code === 'string' ? e.code : '';
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** The items whose address the failing statement mentions, when Office says which statement failed. */
function suspects(items: readonly StepItem[], error: unknown): StepItem[] {
  const info = (error as OfficeErrorLike | null)?.debugInfo;
  const text = [info?.statement, info?.errorLocation].filter((t): t is string => typeof t === 'string').join('\n');
  if (!text) return [];
  return items.filter(
    (item) => item.address && new RegExp(`(^|[^A-Z0-9$])${item.address.replace(/\$/g, '\\$')}(?![0-9])`).test(text),
  );
}

export function describeItems(items: readonly StepItem[]): string {
  const subjects = [...new Set(items.map((i) => i.subject))];
  if (subjects.length <= 4) return subjects.join(', ');
  return `${subjects.slice(0, 3).join(', ')} and ${subjects.length - 3} more`;
}

/**
 * "Could not <action> <subject> (<step>): <Office message>". `action` is a verb phrase such as
 * "add the dropdown for"; items narrow the subject to what failed when Office tells which.
 */
export function stepError(step: StepName, action: string, items: readonly StepItem[], error: unknown): HostError {
  if (error instanceof HostError) return error;
  const named = suspects(items, error);
  const subject = describeItems(named.length === 1 ? named : items);
  const what = subject ? `${action} ${subject}` : action;
  return new HostError(step, `Could not ${what} (${step}): ${officeMessage(error)}`, error);
}
