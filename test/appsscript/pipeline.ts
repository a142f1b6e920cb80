/**
 * One sidebar session against the vm server: the Google Sheets host (appsscript/client) talking
 * through a google.script.run stand-in to Code.js over an emulated spreadsheet. `measure` runs one
 * host operation and records the Range calls and server calls it made.
 */
import type { SpreadsheetHost } from '../../shared/host/host';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator/services';
import { rangeCalls } from './emulator/model';
import { loadServer, scriptRun, type GasServer, type ScriptRunStats } from './gas-runtime';
import { client } from './sidebar-modules';

export interface OperationCalls {
  reads: number;
  writes: number;
  structure: number;
  /** google.script.run calls. */
  serverCalls: number;
  byMethod: Record<string, number>;
}

export interface Session {
  emulator: Emulator;
  server: GasServer;
  host: SpreadsheetHost;
  /** Another sidebar host on the same server, sending at most `maxCells` cells per call. */
  hostWithCallsOf(maxCells: number): SpreadsheetHost;
  stats: ScriptRunStats;
  measure<T>(name: string, operation: () => Promise<T>): Promise<T>;
  calls: Record<string, OperationCalls>;
}

export function startSession(
  code: string,
  seed: (emulator: Emulator) => void,
  options: EmulatorOptions & { maxCellsPerCall?: number } = {},
): Session {
  const emulator = createEmulator(options);
  seed(emulator);
  const server = loadServer(code, emulator);
  const run = scriptRun(server);
  const host = client.createSheetsHost({
    server: client.createServerCall(run.run),
    ...(options.maxCellsPerCall ? { maxCellsPerCall: options.maxCellsPerCall } : {}),
  });
  const calls: Record<string, OperationCalls> = {};
  return {
    emulator,
    server,
    host,
    hostWithCallsOf: (maxCells) =>
      client.createSheetsHost({ server: client.createServerCall(run.run), maxCellsPerCall: maxCells }),
    stats: run.stats,
    calls,
    async measure(name, operation) {
      emulator.book.resetCounts();
      run.stats.calls.length = 0;
      const result = await operation();
      calls[name] = {
        ...rangeCalls(emulator.book.calls),
        serverCalls: run.stats.calls.length,
        byMethod: { ...emulator.book.calls.byMethod },
      };
      return result;
    },
  };
}
