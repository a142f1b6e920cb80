/**
 * Runs the built dist/appsscript/Code.js as Apps Script would: one script in a bare global scope
 * (a Node vm context) with the emulator's services as its only globals, called by top-level
 * function name. `scriptRun` stands in for the sidebar's google.script.run: arguments and results
 * are copied as JSON-like data, a Date is refused as Apps Script refuses it, handlers run asynchronously.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Emulator } from './emulator/services';

export const ROOT = path.resolve(__dirname, '..', '..');
export const GAS_DIST = path.join(ROOT, 'dist', 'appsscript');

/** Runs scripts/build-gas.mjs (an ES module, which jest's CommonJS runtime cannot import) and returns its report line. */
export function buildGas(options: { sidebar: boolean }): string {
  const args = [path.join(ROOT, 'scripts', 'build-gas.mjs'), ...(options.sidebar ? [] : ['--server-only'])];
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

export async function buildGasAsync(options: { sidebar: boolean }): Promise<string> {
  const args = [path.join(ROOT, 'scripts', 'build-gas.mjs'), ...(options.sidebar ? [] : ['--server-only'])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return stdout.trim();
}

export function readDist(file: string): string {
  return readFileSync(path.join(GAS_DIST, file), 'utf8');
}

export interface GasServer {
  context: vm.Context;
  /** Calls a top-level function of Code.js, as a trigger, a menu item or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
  has(name: string): boolean;
}

export function loadServer(code: string, emulator: Emulator): GasServer {
  const context = vm.createContext({ ...emulator.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    context,
    has: (name) => typeof (context as Record<string, unknown>)[name] === 'function',
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/**
 * A copy of a value as google.script.run carries it: JSON-like data only (undefined members are
 * dropped, functions too); a Date throws, as Apps Script refuses one in either direction.
 */
export function transport(value: unknown, what: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'function') return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : transport(item, what)));
  if (Object.prototype.toString.call(value) === '[object Date]')
    throw new Error(`google.script.run cannot carry a Date (${what})`);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== undefined && typeof item !== 'function') out[key] = transport(item, what);
  return out;
}

type Handler = (value: unknown) => void;

export interface ScriptRunStats {
  calls: Array<{ name: string }>;
}

/** A google.script.run over the vm server; every call is recorded with its payload sizes. */
export function scriptRun(server: GasServer, stats: ScriptRunStats = { calls: [] }) {
  const runner = (success?: Handler, failure?: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure);
          if (key === 'withFailureHandler') return (fn: Handler) => runner(success, fn);
          if (typeof key !== 'string' || !server.has(key)) return undefined;
          return (...args: unknown[]) => {
            setTimeout(() => {
              try {
                const sent = transport(args, `arguments of ${key}`) as unknown[];
                const result = transport(server.call(key, ...sent), `result of ${key}`);
                stats.calls.push({ name: key });
                success?.(result);
              } catch (error) {
                failure?.(error);
              }
            }, 0);
          };
        },
      },
    );
  return { run: () => runner(), stats };
}
