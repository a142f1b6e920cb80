/**
 * How a worksheet of an .xlsx looks, read from its XML as a stream for a workbook too large for
 * exceljs's model (clean of a large .xlsx): each cell's style (its cellXfs index), column widths,
 * row heights and merged ranges; and which parts of the sheet such a read does not carry over
 * (links, notes, pictures, tables, rules and conditional formats of the team's own), so the command
 * can say so. Values are read by xlsx-sheet-rows.ts.
 */
import type { CellValue } from '../sheet/cell-value';
import { readPart, type XlsxBook } from './xlsx-parts';
import { attribute } from './xml-tokens';
import type { ZipEntry } from './xlsx-scan';

export interface ColumnLook {
  width?: number;
  hidden?: boolean;
  /** The column's own style (cellXfs index), 0 for none. */
  style: number;
}

/** Parts of a sheet the streamed read leaves out of the file it writes. */
export type LeftOutPart =
  'links' | 'notes' | 'pictures' | 'tables' | 'rules' | 'conditionalFormats' | 'protection' | 'names' | 'pivots';

export interface SheetLook {
  /** Each styled row's cell styles (index col - 1), keyed by the row's array of values: a row's look follows it wherever plans move it. */
  cellStyles: WeakMap<readonly CellValue[], Uint16Array>;
  columns: Map<number, ColumnLook>;
  /** Row heights the sheet sets, by row number (rows do not move in the commands that use this). */
  heights: Map<number, number>;
  /** Rows hidden by hand, by row number. */
  hidden: Set<number>;
  merges: string[];
  leftOut: Set<LeftOutPart>;
}

const LEFT_OUT: Record<string, LeftOutPart> = {
  hyperlink: 'links',
  legacyDrawing: 'notes',
  drawing: 'pictures',
  tablePart: 'tables',
  dataValidation: 'rules',
  conditionalFormatting: 'conditionalFormats',
  sheetProtection: 'protection',
};

/** Attribute `name` of a tag: plain `name="value"` text is cut without a pattern, as it runs for every cell. */
function plainAttribute(attrs: string, name: string): string | undefined {
  if (/['\n\r\t:]|\s=|=\s/.test(attrs)) return attribute(attrs, name);
  const key = ` ${name}="`;
  const at = attrs.indexOf(key);
  if (at < 0) return undefined;
  const end = attrs.indexOf('"', at + key.length);
  return end < 0 ? undefined : attrs.slice(at + key.length, end);
}

function columnOf(ref: string | undefined): number {
  let col = 0;
  for (let i = 0; ref && i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return col;
}

/**
 * The look of the sheet at `part`. `rowValues(n)` gives the array of row n's values as the read of
 * its values left it (undefined for a row holding none): styles of rows without one are not kept.
 */
export async function readSheetLook(
  book: XlsxBook,
  part: ZipEntry,
  rowValues: (row: number) => readonly CellValue[] | undefined,
): Promise<SheetLook> {
  const look: SheetLook = {
    cellStyles: new WeakMap(),
    columns: new Map(),
    heights: new Map(),
    hidden: new Set(),
    merges: [],
    leftOut: new Set(),
  };
  let rowNumber = 0;
  let col = 0;
  let styles: number[] = [];
  // Rows styled alike (most of a list) share one array.
  const shared = new Map<string, Uint16Array>();
  const endRow = () => {
    const values = styles.length > 0 ? rowValues(rowNumber) : undefined;
    if (values) {
      const ids = Uint16Array.from(styles, (s) => s || 0);
      const key = ids.join();
      let one = shared.get(key);
      if (!one) shared.set(key, (one = ids));
      look.cellStyles.set(values, one);
    }
    styles = [];
  };
  await readPart(book.bytes, part, {
    open(name, attrs) {
      switch (name) {
        case 'row': {
          endRow();
          rowNumber = Number(plainAttribute(attrs, 'r') ?? rowNumber + 1);
          col = 0;
          const height = attribute(attrs, 'ht');
          if (height !== undefined && attribute(attrs, 'customHeight') === '1')
            look.heights.set(rowNumber, Number(height));
          break;
        }
        case 'c': {
          col = columnOf(plainAttribute(attrs, 'r')) || col + 1;
          const style = Number(plainAttribute(attrs, 's') ?? 0);
          if (style > 0 && style < 65536) styles[col - 1] = style;
          break;
        }
        case 'col': {
          const [min, max] = [Number(attribute(attrs, 'min')), Number(attribute(attrs, 'max'))];
          const width = attribute(attrs, 'width');
          const column: ColumnLook = {
            ...(width !== undefined && attribute(attrs, 'customWidth') !== '0' ? { width: Number(width) } : {}),
            ...(attribute(attrs, 'hidden') === '1' ? { hidden: true } : {}),
            style: Number(attribute(attrs, 'style') ?? 0) || 0,
          };
          // A run to the last column (max 16384) is one default, not 16,000 entries.
          for (let c = Math.max(1, min); c <= Math.min(max, min + 255); c++) look.columns.set(c, column);
          break;
        }
        case 'mergeCell':
          look.merges.push(attribute(attrs, 'ref') ?? '');
          break;
        default: {
          const left = LEFT_OUT[name];
          if (left) look.leftOut.add(left);
        }
      }
    },
    close(name) {
      if (name === 'row') endRow();
    },
    text() {},
  });
  return look;
}
