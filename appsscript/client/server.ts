/**
 * The one promise wrapper around google.script.run, typed from the server's exports: a call is
 * `server('readSnapshot', request)`, checked against appsscript/server/index.ts. A Reply's
 * failure becomes a HostError with the server's step; a failure of the call itself (Apps Script
 * quota, timeout, a bug) becomes one too, so every host failure reaches the sidebar's error bar.
 */
import type * as Server from '../server';
import { HostError, plainMessage } from '../../shared/host/host';
import { HOST_STEPS } from '../../shared/host/host-steps';
import type { Reply } from '../server/protocol';

type Api = typeof Server;
export type ServerFunction = keyof Api;

/** The part of google.script.run the sidebar uses. Each with…Handler call returns a new runner. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/** What a call resolves to: a Reply's value (its failure rejects), or what the function returns. */
type Value<T> = [T] extends [Reply<unknown>] ? (Extract<T, { ok: true }> extends { value: infer V } ? V : never) : T;
export type ServerCall = <K extends ServerFunction>(
  name: K,
  ...args: Parameters<Api[K]>
) => Promise<Value<ReturnType<Api[K]>>>;

export const CALL_STEP = HOST_STEPS.call;

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The runner of the page: `google.script.run`, which Apps Script defines in the sidebar. */
export function pageRunner(): ScriptRun {
  const run = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google?.script?.run;
  if (!run) throw HostError.fixed(CALL_STEP, 'outsideGoogleSheets');
  return run;
}

/** Promisifies google.script.run once; `runner` gives a fresh runner per call. */
export function createServerCall(runner: () => ScriptRun = pageRunner): ServerCall {
  return ((name: ServerFunction, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((value) => {
          if (!isReply(value)) resolve(value);
          else if (value.ok) resolve(value.value);
          else reject(HostError.fromWire(value));
        })
        .withFailureHandler((error) =>
          reject(HostError.fixed(CALL_STEP, 'callFailed', { name, reason: plainMessage(error) }, error)),
        );
      const fn = (run as unknown as Record<string, ((...a: unknown[]) => void) | undefined>)[name];
      if (typeof fn !== 'function') {
        reject(HostError.fixed(CALL_STEP, 'serverFunctionMissing', { name }));
        return;
      }
      fn.apply(run, args);
    })) as ServerCall;
}
