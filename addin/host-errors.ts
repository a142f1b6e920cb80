/**
 * Office.js failures as HostErrors, worded by shared/host/step-actions.ts. A step's commands go to
 * Excel in one sync, so when it fails the host names the item whose range appears in Office's
 * debug info, or all of them; Office's error codes say when a request was too big or a sheet is gone.
 */
import { asHostError } from '../shared/host/host';
import type { HostStepKey } from '../shared/host/host-steps';
import type { StepActionKey, StepSubject } from '../shared/host/step-actions';

/** One thing a step does, e.g. { subject: column F, address: 'F2:F200' }. */
export interface StepItem {
  subject: StepSubject;
  address?: string;
}

interface OfficeErrorLike {
  message?: unknown;
  code?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown; surroundingStatements?: unknown };
}

function codeOf(error: unknown): string {
  const code = (error as OfficeErrorLike | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isPayloadTooLarge(error: unknown): boolean {
  return ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'].includes(codeOf(error));
}

export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}

export function officeMessage(error: unknown): string {
  const e = error as OfficeErrorLike | null;
  const message = typeof e?.message === 'string' && e.message ? e.message : String(error);
  const code = codeOf(error);
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

/** "Could not <action> <subjects> (<step>): <Office message>", narrowed to the item Office says failed. */
export function stepError(step: HostStepKey, action: StepActionKey, items: readonly StepItem[], error: unknown): Error {
  const named = suspects(items, error);
  return asHostError(
    error,
    step,
    action,
    (named.length === 1 ? named : items).map((i) => i.subject),
    officeMessage,
  );
}
