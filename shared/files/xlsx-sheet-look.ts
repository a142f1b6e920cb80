/**
 * How a worksheet of an .xlsx looks, read from its XML as a stream for a workbook too large for
 * exceljs's model (clean of a large .xlsx): each cell's style (its cellXfs index), column widths,
 * row heights and merged ranges; and which parts of the sheet such a read does not carry over
 * (links, notes, pictures, tables, rules and conditional formats of the team's own), so the command
 * can say so. Values are read by xlsx-sheet-rows.ts.
 */
import type { CellValue } from '../sheet/cell-value';
import { attribute } from './xml-tokens';

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

/**
 * Reads a sheet's look from the tags of the read of its values (xlsx-sheet-rows.ts calls `open` for
 * every tag but a cell's, `cell` for each cell and `endRow` with the row's values): one pass over the XML.
 */
export class SheetLookReader {
  readonly look: SheetLook = {
    cellStyles: new WeakMap(),
    columns: new Map(),
    heights: new Map(),
    hidden: new Set(),
    merges: [],
    leftOut: new Set(),
  };
  private styles: number[] = [];
  // Rows styled alike (most of a list) share one array.
  private readonly shared = new Map<string, Uint16Array>();

  open(name: string, attrs: string): void {
    const look = this.look;
    switch (name) {
      case 'row': {
        this.styles = [];
        if (attrs.includes('ht=') || attrs.includes('hidden=')) {
          const row = Number(attribute(attrs, 'r'));
          const height = attribute(attrs, 'ht');
          if (height !== undefined && attribute(attrs, 'customHeight') === '1') look.heights.set(row, Number(height));
          if (attribute(attrs, 'hidden') === '1') look.hidden.add(row);
        }
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
  }

  /** A cell of the open row, as the read of values found its column and style (cellXfs index). */
  cell(col: number, style: number): void {
    if (style > 0 && style < 65536) this.styles[col - 1] = style;
  }

  /** A row's end, with the array its values were read into. */
  endRow(values: readonly CellValue[]): void {
    if (this.styles.length === 0) return;
    const key = this.styles.join();
    let one = this.shared.get(key);
    if (!one) this.shared.set(key, (one = Uint16Array.from(this.styles, (s) => s || 0)));
    this.look.cellStyles.set(values, one);
    this.styles = [];
  }
}
