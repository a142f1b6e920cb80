/** Turns anything thrown into words for the one error bar; cancellation is not an error. */
import { HostError, hostErrorText } from '../host/host';
import { hostStepName } from '../host/host-steps';
import type { Locale } from '../i18n/locale';
import type { Translate } from './i18n';

export { abortError, isAbortError, throwIfAborted } from '../host/abort';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Refusal to start a second operation while one runs (buttons are disabled, so this is a safeguard). */
export class BusyError extends Error {
  constructor() {
    super('Another operation is running.');
    this.name = 'BusyError';
  }
}

/** HostError carries the failing step (set by the host); other errors are shown as unexpected. */
export function describeError(error: unknown, t: Translate, locale?: Locale): string {
  if (error instanceof BusyError) return t('error.busy');
  if (error instanceof Error && error.name === 'UndoRefusedError')
    return t('error.undoRefused', { message: error.message });
  if (error instanceof HostError || (error instanceof Error && error.name === 'HostError' && 'step' in error)) {
    const { step, stepKey } = error as HostError;
    const message = locale ? hostErrorText(error as HostError, locale) : error.message;
    return t('error.hostStep', { step: stepKey && locale ? hostStepName(stepKey, locale) : step, message });
  }
  return t('error.unknown', { message: messageOf(error) });
}
