/**
 * A real-world sheet layout for the column-mapping benchmark: the headers and first rows a team's
 * list or a product's export has, and the mapping a person setting it up would choose
 * (header -> template field key, `name.given`/`name.family` for split names, null to leave alone).
 */
import type { CellValue } from '../../../shared/sheet/cell-value';

export interface Layout {
  name: string;
  /** Where lists like this come from. */
  source: string;
  headers: string[];
  rows: CellValue[][];
  expected: Record<string, string | null>;
  /** Columns left to another column's field that hold more of its values (座机 beside 手机): header -> field key. */
  second?: Record<string, string>;
  /** Who the customers are, when the layout says so clearly. */
  customers?: 'person' | 'company';
}
