/**
 * What crosses google.script.run between the sidebar and the server. google.script.run carries
 * JSON-like values only (a Date is refused), so dates travel as `{"$date": iso}` (plan/plan-json.ts)
 * and plans as JSON text. Pure: imported by the server and, for its types and limits, the sidebar.
 */
import type { HostErrorWire } from '../../shared/host/host';
import type { ExtrasCell, SheetView } from '../../shared/sheet/snapshot';
import type { SheetRule } from '../../shared/sheet/own-rules';

/** A date on the wire: UTC midnight of the date a cell shows, as ISO text (null for an invalid date). */
export interface WireDate {
  $date: string | null;
}
export type WireCell = string | number | boolean | null | WireDate;

/** Largest number of cells one server call reads or writes; bigger sheets and plans take several calls. */
export const MAX_CELLS_PER_CALL = 100_000;

export interface ReadRequest {
  /** The sheet to read; omitted: the active one. The first call (no lastRow) answers with its size and the meta. */
  sheet?: string;
  /** First row of this chunk (1-based). */
  firstRow: number;
  /** Size of the sheet as the first call answered it; later chunks read exactly this width. */
  lastRow?: number;
  lastColumn?: number;
  /** Cells per chunk wanted by the sidebar (the server caps it at MAX_CELLS_PER_CALL). */
  maxCells?: number;
  /** Row 2's formats as an earlier chunk answered them: a later chunk's cells are compared with them. */
  columnFormats?: (string | null)[];
}

export interface ReadChunk {
  sheet: string;
  /** The used range is A1 to (lastRow, lastColumn); 0 for an empty sheet. */
  lastRow: number;
  lastColumn: number;
  firstRow: number;
  /** Rows firstRow.. of the chunk, every row `lastColumn` wide. */
  values: WireCell[][];
  /** Formula cells of the chunk as [row, col, formula]. */
  formulas: Array<[number, number, string]>;
  /** Number format of each column's row-2 cell (null: automatic), in the chunk that holds row 2. */
  columnFormats?: (string | null)[];
  /** Custodian's meta (first call only). */
  meta?: Record<string, string>;
  /** The sheet's frozen rows and filter (first call only, when it has either). */
  view?: SheetView;
  /** Links, notes and own formats of the chunk's cells that have them. */
  extras?: ExtrasCell[];
  /** The sheet's rules at entry below the header (first call only, when it has any). */
  rules?: SheetRule[];
}

/** Cells whose formulas must be checked before a plan that spans several calls writes anything. */
export interface EditCheckRequest {
  sheet: string;
  /** [row, col] of edits, numbered as in the plan (after its inserts). */
  cells: Array<[number, number]>;
  /** Rows the plan inserts (all of them, even those in other calls). */
  insertedRows: number[];
}

/**
 * Every sidebar call answers with a value or a host failure naming its step (exceptions are bugs);
 * a failure's `fixed` or `failure` lets the sidebar word it in the user's language.
 */
export type Reply<T> = { ok: true; value: T } | ({ ok: false } & HostErrorWire);

export const SIDEBAR_VIEWS = ['setup', 'check', 'clean', 'duplicates'] as const;
export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

/** The element of Sidebar.html whose `data-view` says which tab to open (set by the menu item). */
export const VIEW_ATTRIBUTE = 'data-view';
export const SIDEBAR_ROOT = '<div id="root" data-view=""></div>';
