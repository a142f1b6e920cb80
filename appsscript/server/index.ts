/**
 * The Apps Script server's whole surface. The build (scripts/build-gas.mjs) declares a top-level
 * function for every export here, because Apps Script sees only those: triggers (onOpen,
 * onInstall), menu items, and what the sidebar calls through google.script.run. The sidebar is
 * typed from this module (`import type * as Server from '../server'`).
 */
import { toLocale } from '../../shared/i18n/locale';
import { HostError, type HostEnvironment } from '../../shared/host/host';
import { subject } from '../../shared/host/step-actions';
import { cellAddress } from '../../shared/sheet/a1';
import { reply } from './errors';
import { addMenu, openSidebar } from './menu';
import type { EditCheckRequest, ReadChunk, ReadRequest, Reply } from './protocol';
import { readChunk, visibleSheetNames } from './read-sheet';
import { checkEdits as checkPlanEdits, parsePlan, writePlan } from './write-plan';
import type { FootprintKeeping } from '../../shared/plan/row-footprint';

/** Simple trigger: adds the menu (runs without authorisation, so it does nothing else). */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu();
}

/** Runs once when the add-on is installed: the menu appears without reloading the spreadsheet. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Simple trigger: governs a row as it is typed when the workbook's auto-govern switch is on (on-edit.ts). */
export { onEdit } from './on-edit';

export function showSidebar(): void {
  openSidebar();
}

export function openSetup(): void {
  openSidebar('setup');
}

export function openCheck(): void {
  openSidebar('check');
}

export function openClean(): void {
  openSidebar('clean');
}

export function openDuplicates(): void {
  openSidebar('duplicates');
}

/** The user's language (Sheets has no dark theme for add-on sidebars). */
export function environment(): Reply<HostEnvironment> {
  return reply('environment', 'environment', () => ({
    locale: toLocale(Session.getActiveUserLocale()),
    theme: 'light' as const,
  }));
}

/** One chunk of a sheet: the first (no `lastRow`) answers with its size and the meta. */
export function readSnapshot(request: ReadRequest): Reply<ReadChunk> {
  return reply('read', 'read', () => readChunk(request));
}

/** The visible sheets, for combining or comparing lists. */
export function sheetNames(): Reply<string[]> {
  return reply('read', 'read', visibleSheetNames);
}

/** Before a plan sent in several calls: fails if any of its edits would overwrite a formula. */
export function checkEdits(request: EditCheckRequest): Reply<null> {
  return reply('prepare', 'prepare', () => {
    checkPlanEdits(request);
    return null;
  });
}

/**
 * Applies a plan, or one piece of a plan, sent as JSON text with `{$date}` dates; `keep` with the first
 * piece that deletes rows whose footprint the plan keeps (shared/plan/row-footprint.ts).
 */
export function applyPlan(planJson: string, keep?: FootprintKeeping): Reply<null> {
  return reply('prepare', 'apply', () => {
    writePlan(parsePlan(planJson), keep);
    return null;
  });
}

export function selectCell(sheet: string, row: number, col: number): Reply<null> {
  const about = [subject.of('cell', { cell: cellAddress(row, col), sheet })];
  return reply(
    'select',
    'select',
    () => {
      const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
      if (!target) throw HostError.fixed('select', 'sheetMissing', { sheet });
      target.activate();
      target.getRange(row, col).activate();
      return null;
    },
    about,
  );
}
