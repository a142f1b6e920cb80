/**
 * Resolves in a later task of the event loop, so the page can draw and take input in between: the
 * steps of a long operation on the main thread (read, map, send to the worker) each stay short.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
