/**
 * The user's own .xlsx or .csv → the demo's in-memory workbook, read in the page (the bytes never
 * leave it) by the same code as the CLI (shared/files): the sheet is chosen as the CLI chooses it,
 * every other sheet comes along (hidden ones hidden), Custodian's `_custodian` sheet becomes the
 * workbook's meta. Runs in the file worker (file-worker.ts): it brings exceljs.
 */
import { openSpreadsheet } from '../../files/open-spreadsheet';
import { defaultReadLimits } from '../../files/read-limits';
import { snapshotFromSheet } from '../../files/read-worksheet';
import { META_SHEET, readMeta } from '../../files/workbook-meta';
import { workbookFromSnapshot, type MemorySheet, type MemoryWorkbook } from '../../plan/apply-plan';
import type { SheetSnapshot } from '../../sheet/snapshot';

export interface OpenedFile {
  workbook: MemoryWorkbook;
  /** The sheet to show and govern. */
  sheet: string;
  /** Whether that sheet's headers name a customer (ID, name, phone, email or company). */
  customerList: boolean;
}

/** A browser tab's heap limit where Chrome tells it, else a conservative 2 GB. */
function heapLimit(): number {
  const memory = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory;
  return memory?.jsHeapSizeLimit ?? 2 * 1024 ** 3;
}

function memorySheet(snapshot: SheetSnapshot, hidden: boolean): MemorySheet {
  const sheet = workbookFromSnapshot({ ...snapshot, meta: undefined }).sheets[0]!;
  return { ...sheet, hidden };
}

/** Throws FileInputError (with a text for either language) for anything that is not a readable list. */
export async function openFileBytes(bytes: Uint8Array, fileName: string, heap = heapLimit()): Promise<OpenedFile> {
  const limits = defaultReadLimits(heap);
  // The sheet opens as it is, title and all, as Excel shows it: the sidebar's Set up offers to move its header up.
  const opened = await openSpreadsheet(bytes, fileName, { limits, liftHeader: true });
  const customerList = opened.sheetChoice.customerList;
  if (opened.kind === 'csv')
    return { workbook: workbookFromSnapshot(opened.snapshot), sheet: opened.sheetName, customerList };
  const sheets = opened.workbook.worksheets
    .filter((ws) => ws.name.toLowerCase() !== META_SHEET)
    .map((ws) =>
      memorySheet(
        ws.name === opened.sheetName ? opened.snapshot : snapshotFromSheet(ws, undefined, limits.gridCells),
        ws.state !== 'visible',
      ),
    );
  return { workbook: { sheets, meta: readMeta(opened.workbook) ?? {} }, sheet: opened.sheetName, customerList };
}
