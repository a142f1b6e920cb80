/**
 * The sidebar's Google Sheets host (appsscript/client/), loaded with require instead of import:
 * those modules type-check against the server's Apps Script types (appsscript/client/tsconfig.json,
 * `npm run typecheck:gas`), which the root program that checks test/ does not load. The shapes
 * below are the part the tests use.
 */
import type { SpreadsheetHost } from '../../shared/host/host';
import type { Plan } from '../../shared/plan/plan';

export type ServerCall = (name: string, ...args: unknown[]) => Promise<unknown>;

interface ClientModules {
  createSheetsHost(options?: { server?: ServerCall; maxCellsPerCall?: number }): SpreadsheetHost;
  createServerCall(runner: () => unknown): ServerCall;
  splitPlan(plan: Plan, maxCells: number): Plan[];
  MAX_CELLS_PER_CALL: number;
}

/* eslint-disable @typescript-eslint/no-require-imports */
export const client: ClientModules = {
  ...(require('../../appsscript/client/sheets-host') as Pick<ClientModules, 'createSheetsHost'>),
  ...(require('../../appsscript/client/server') as Pick<ClientModules, 'createServerCall'>),
  ...(require('../../appsscript/client/plan-pieces') as Pick<ClientModules, 'splitPlan'>),
  ...(require('../../appsscript/server/protocol') as Pick<ClientModules, 'MAX_CELLS_PER_CALL'>),
};
