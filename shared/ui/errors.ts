/** Turns anything thrown into words for the one error bar; cancellation is not an error. */
import { HostError } from '../host/host';
import type { Translate } from './i18n';

export function abortError(): Error {
  return new DOMException('The operation was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

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
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof BusyError) return t('error.busy');
  if (error instanceof Error && error.name === 'UndoRefusedError') return t('error.undoRefused', { message: error.message });
  if (error instanceof HostError || (error instanceof Error && error.name === 'HostError' && 'step' in error)) {
    const step = (error as HostError).step;
    return t('error.hostStep', { step, message: error.message });
  }
  return t('error.unknown', { message: messageOf(error) });
}
