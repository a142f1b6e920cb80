/** Cancellation, one home for every host and the UI: a cancelled read or apply rejects with an AbortError. */

export function abortError(): Error {
  // A plain Error named like the DOM's AbortError: the same shape in browsers, Node and Apps Script.
  const error = new Error('The operation was cancelled.');
  error.name = 'AbortError';
  return error;
}

/** The UI tells cancellation from failures by the error's name. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function throwIfAborted(signal: { readonly aborted: boolean } | undefined): void {
  if (signal?.aborted) throw abortError();
}
