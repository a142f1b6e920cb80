/**
 * The CRM's address columns where the sheet's region column is its State (region-parts.ts): the
 * province to State, its city to City where the row has no city of its own, its district before the
 * street, and 香港 or 臺灣 to Country where the row has no country of its own. With no region column,
 * an address typed as province, city and street (address-runs.ts) fills State and City, and the
 * street keeps the rest. Counts, for the report, the cells split in parts and those written as the country.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSources } from './sheet-sources';

export class AddressValues {
  /** Region cells split into State, City and district, and written to Country: sheet header -> rows. */
  readonly regionsSplit = new Map<string, number>();
  readonly regionsAsCountry = new Map<string, number>();

  /** The file being written has State and City columns: only then does a split address leave its province and city out of the street. */
  private placeColumns = false;

  constructor(private readonly sources: SheetSources) {}

  /**
   * The value of an address source for a row. `own` reads the CRM column's own sheet column (as its
   * field converts it) from a row; `col` is that column.
   */
  value(
    source: string,
    col: number | undefined,
    row: readonly CellValue[],
    own: (row: readonly CellValue[]) => CellValue,
  ): CellValue {
    const cells = this.sources.regionCells();
    if (!cells) return this.runValue(source, row, own);
    const typed = col !== cells.col ? own(row) : null;
    const parts = cells.parts(row);
    const country = cells.country(row);
    switch (source) {
      case 'region.state':
        if (!parts || country) return typed;
        if (!parts.city && !parts.district) return own(row);
        return own(withCell(row, cells.col, parts.state));
      case 'region.city':
        return isBlank(typed) ? parts?.city || null : typed;
      case 'country':
        return isBlank(typed) ? country || null : typed;
      default: {
        const district = parts?.district ?? '';
        if (district === '' || (typeof typed === 'string' && typed.includes(district))) return typed;
        if (isBlank(typed)) return district;
        // 蜀山区新华路663号: a Chinese address runs on; 蜀山区 Baker St is spaced.
        return `${district}${/^\p{Script=Han}/u.test(String(typed)) ? '' : ' '}${String(typed)}`;
      }
    }
  }

  /** A CRM column's value where the sheet has no region column: a split address's parts, else as typed. */
  private runValue(
    source: string,
    row: readonly CellValue[],
    own: (row: readonly CellValue[]) => CellValue,
  ): CellValue {
    const runs = this.sources.addressRuns();
    const run = runs?.parts(row);
    const split = runs && run ? { col: runs.col, run } : undefined;
    switch (source) {
      case 'region.state':
        return split ? own(withCell(row, split.col, split.run.province)) : null;
      case 'region.city':
        return split ? split.run.city : null;
      case 'address':
        return split && this.placeColumns ? own(withCell(row, split.col, split.run.rest)) : own(row);
      default:
        return own(row);
    }
  }

  /** Counts, per row, a region cell split in parts or written as the country, where the file has those columns. */
  tally(sources: readonly string[]): ((row: readonly CellValue[]) => void) | undefined {
    this.placeColumns = sources.includes('region.state') && sources.includes('region.city');
    const runs = this.sources.addressRuns();
    if (runs && (sources.includes('region.state') || sources.includes('region.city'))) {
      const header = this.sources.headerOf(runs.col);
      return (row) => {
        if (runs.parts(row)) this.regionsSplit.set(header, (this.regionsSplit.get(header) ?? 0) + 1);
      };
    }
    const cells = this.sources.regionCells();
    if (!cells) return undefined;
    const header = this.sources.headerOf(cells.col);
    const split = sources.includes('region.city') || sources.includes('address');
    const country = sources.includes('country');
    const count = (map: Map<string, number>) => map.set(header, (map.get(header) ?? 0) + 1);
    return (row) => {
      const parts = cells.parts(row);
      if (split && parts && (parts.city || parts.district)) count(this.regionsSplit);
      if (country && cells.country(row)) count(this.regionsAsCountry);
    };
  }
}

/** The row with one cell replaced (the province of a region cell split in parts). */
function withCell(row: readonly CellValue[], col: number, value: CellValue): CellValue[] {
  const next = [...row];
  next[col - 1] = value;
  return next;
}
