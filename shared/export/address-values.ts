/**
 * The CRM's address columns where the sheet's region column is its State (region-parts.ts): the
 * province to State, its city to City where the row has no city of its own, its district before the
 * street (with the city where the row has no street), and 香港 or 臺灣 to Country where the row has no
 * country of its own. With no region column, an address typed as province, city and street
 * (address-runs.ts) fills State and City, and the street keeps the rest. 抖店's 区 and 街道 columns go
 * before the street as the region cell's district does. A file with no State and City columns
 * (纷享销客's 地址) gets the whole address. Places go before the street as Chinese addresses write them
 * (省 + 市 + 区 + street): a town or state in another script does so only in a file with no column
 * for it, so London stays in City and out of the street of 12 Acacia Avenue. Counts, for the report, the cells split in parts and those
 * written as the country.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSources } from './sheet-sources';

export class AddressValues {
  /** Region cells split into State, City and district, and written to Country: sheet header -> rows. */
  readonly regionsSplit = new Map<string, number>();
  readonly regionsAsCountry = new Map<string, number>();

  /** The file being written has State and City columns: only then does a split address leave its province and city out of the street. */
  private placeColumns = false;
  /** The places (region.state, region.city, country) the file being written has a column for, filled or not. */
  private placesWithColumns: ReadonlySet<string> = new Set();

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
    if (source === 'address') return this.street(col, row, own);
    const cells = this.sources.regionCells();
    const value = cells
      ? this.cellValue(source, col, row, own)
      : this.sources.addressRuns()
        ? this.runValue(source, col, row, own)
        : own(row);
    // A row with no street: its district stays with the city, never alone in the street column.
    if (source !== 'region.city' || !this.placeColumns || this.hasStreet(row)) return value;
    const city = isBlank(value) ? '' : String(value);
    return joinRun([city, ...this.districts(row)]) || value;
  }

  /** A CRM column's value from the region cell (State, City, Country). */
  private cellValue(
    source: string,
    col: number | undefined,
    row: readonly CellValue[],
    own: (row: readonly CellValue[]) => CellValue,
  ): CellValue {
    const cells = this.sources.regionCells()!;
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
      default:
        return own(row);
    }
  }

  /**
   * The street: the address column's (a split address's rest), after the district of the region
   * cell and the 区 and 街道 columns; blank where the row has no street of its own and the file has
   * State and City (the district then goes with the city). A file with no State and City columns
   * (纷享销客's 地址) writes the whole address: province, city, district and street.
   */
  private street(col: number | undefined, row: readonly CellValue[], own: (row: readonly CellValue[]) => CellValue) {
    const cells = this.sources.regionCells();
    const runs = cells ? undefined : this.sources.addressRuns();
    const run = runs?.parts(row);
    const ownStreet = col !== undefined && this.sources.streetColumns().includes(col);
    const street: CellValue =
      run && this.placeColumns ? own(withCell(row, runs!.col, run.rest)) : ownStreet ? own(row) : null;
    if (this.placeColumns && !this.hasStreet(row)) return null;
    const places: string[] = [];
    if (!this.placeColumns && !run) {
      const parts = cells?.parts(row);
      const { state, city } = this.sources.regionPlaces();
      const typed = (c: number | undefined) => (c === undefined ? '' : cellText(row[c - 1] ?? null).trim());
      const unless = (source: string, place: string) =>
        this.placesWithColumns.has(source) && !HAN_START.test(place) ? '' : place;
      places.push(
        unless('country', parts?.country ?? ''),
        unless('region.state', parts ? parts.state : typed(state)),
        unless('region.city', parts?.city || typed(city === cells?.col ? undefined : city)),
      );
    }
    places.push(...this.districts(row));
    return joinPlaces(places, street);
  }

  /** The row's district and sub-district: the region cell's, then the 区 and 街道 columns'. */
  private districts(row: readonly CellValue[]): string[] {
    const { district, subdistrict } = this.sources.splitPlaces();
    const typed = (c: number | undefined) => (c === undefined ? '' : cellText(row[c - 1] ?? null).trim());
    return [this.sources.regionCells()?.parts(row)?.district ?? '', typed(district), typed(subdistrict)];
  }

  /** Whether the row has a street of its own (the address column, its second line). */
  private hasStreet(row: readonly CellValue[]): boolean {
    return this.sources.streetColumns().some((c) => !isBlank(row[c - 1] ?? null));
  }

  /**
   * A CRM column's value where the sheet has no region column: a split address's parts, else as typed.
   * The postcode and country a spaced address names (Mailchimp's) where the column reads the address.
   */
  private runValue(
    source: string,
    col: number | undefined,
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
      case 'postcode':
      case 'country': {
        if (col === undefined || col !== runs?.col) return own(row);
        const part = split?.run[source];
        return part ? own(withCell(row, col, part)) : null;
      }
      default:
        return own(row);
    }
  }

  /**
   * Counts, per row, a region cell split in parts or written as the country, where the file has those
   * columns. `sources` are the file's written columns; `layoutSources` all of its layout's.
   */
  tally(
    sources: readonly string[],
    layoutSources: readonly string[] = sources,
  ): ((row: readonly CellValue[]) => void) | undefined {
    this.placeColumns = sources.includes('region.state') && sources.includes('region.city');
    this.placesWithColumns = new Set(layoutSources.filter((s) => PLACES.includes(s)));
    const runs = this.sources.addressRuns();
    if (runs && (sources.includes('region.state') || sources.includes('region.city'))) {
      const header = this.sources.headerOf(runs.col);
      return (row) => {
        // The report's words are of province, city and district: a spaced address is not counted so.
        const run = runs.parts(row);
        if (run && run.country === undefined) this.regionsSplit.set(header, (this.regionsSplit.get(header) ?? 0) + 1);
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

const PLACES = ['region.state', 'region.city', 'country'];
const HAN_START = /^\p{Script=Han}/u;
/** How many filled cells are read to tell a column of Chinese places. */
const SAMPLE = 200;

/** Whether a column of places is written in Chinese (杭州市), so its places go before the street. */
export function placesInHan(values: readonly (readonly CellValue[])[], col: number): boolean {
  let filled = 0;
  for (let r = 1; r < values.length && filled < SAMPLE; r++) {
    const text = cellText(values[r]?.[col - 1] ?? null).trim();
    if (text === '') continue;
    if (HAN_START.test(text)) return true;
    filled++;
  }
  return false;
}

/** The row with one cell replaced (the province of a region cell split in parts). */
function withCell(row: readonly CellValue[], col: number, value: CellValue): CellValue[] {
  const next = [...row];
  next[col - 1] = value;
  return next;
}

/** Places run on as Chinese addresses write them (杭州市西湖区); a place repeated (北京市 北京市) once. */
function joinRun(parts: readonly string[]): string {
  const kept: string[] = [];
  for (const part of parts) if (part !== '' && !kept.includes(part)) kept.push(part);
  return kept.reduce(
    (text, part) => (text === '' ? part : `${text}${/^\p{Script=Han}/u.test(part) ? '' : ' '}${part}`),
    '',
  );
}

/**
 * The places with the street, those it already names left out (蜀山区 of 蜀山区新华路663号): a Chinese
 * address goes from the province down to the street; another from the street up to its city and
 * country (12, rue de la Paix, Paris), as its country writes it.
 */
function joinPlaces(places: readonly string[], street: CellValue): CellValue {
  const text = isBlank(street) ? '' : String(street);
  const kept = places.filter((p) => p !== '' && !text.includes(p));
  const before = joinRun(kept);
  if (before === '') return street;
  if (text === '') return before;
  if (HAN_START.test(before) || HAN_START.test(text)) return joinRun([before, text]);
  return [text, ...[...new Set(kept)].reverse()].join(', ');
}
