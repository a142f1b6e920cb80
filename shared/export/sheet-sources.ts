/**
 * Which sheet columns feed a CRM column's source: the person's name columns, the account column, the
 * region's State and City (region-columns.ts), a street over two lines (street-lines.ts), the phone
 * field's column and a second phone column beside it (row-phones.ts), else a template field's columns.
 */
import { cellText } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import type { RoleColumns } from './row-parties';
import { regionPlaces, type RegionPlaces } from './region-columns';
import { RegionCells } from './region-parts';
import { secondStreetLine } from './street-lines';
import { secondPhoneColumn } from './row-phones';

/** Headers of a postcode column, folded: P/code, PCode, Post Code, ZIP … */
const POSTCODE_HEADER = new Set(['pcode', 'postcode', 'postalcode', 'zip', 'zipcode', '邮编', '邮政编码']);

export interface SheetColumn {
  col: number;
  header: string;
  field?: Field;
  /** More of a field's values (HubSpot's Mobile Phone Number beside Phone Number), as the mapping found. */
  secondOf?: string;
}

export class SheetSources {
  private readonly withData = new Map<number, boolean>();
  /** The columns of the CRM's State and City (region-columns.ts), once worked out. */
  private places: RegionPlaces | undefined;
  private regions: RegionCells | null | undefined;

  constructor(
    private readonly snapshot: SheetSnapshot,
    readonly sheetColumns: SheetColumn[],
    private readonly roles: RoleColumns,
    private readonly fields: Map<string, Field>,
    /** Some name has a title (Dr., Ms.): the Salutation column has values to write. */
    private readonly salutations: boolean,
  ) {}

  /** Sheet columns a source reads. */
  columns(source: string): number[] {
    const r = this.roles;
    const person = [r.person, r.family, r.given].filter((c): c is number => c !== undefined);
    if (source === 'name.salutation')
      return this.salutations ? [...person, ...(r.salutation !== undefined ? [r.salutation] : [])] : [];
    if (source.startsWith('name.')) return person;
    if (source === 'account') return r.account !== undefined ? [r.account] : [];
    const cells = this.regionCells();
    if (source === 'region.state' || source === 'region.city') {
      const col = this.regionPlaces()[source === 'region.state' ? 'state' : 'city'];
      // The region column in State: its cities (安徽省 合肥市) fill City too; 香港 and 臺灣 go to Country.
      if (cells && col === cells.col && !cells.holds.states) return [];
      if (cells && source === 'region.city' && cells.holds.cities)
        return col === undefined ? [cells.col] : [col, cells.col];
      return col === undefined ? [] : [col];
    }
    const fieldKey = source.startsWith('phone.') ? 'phone' : source;
    const cols = this.sheetColumns.filter((c) => c.field?.key === fieldKey).map((c) => c.col);
    // A postcode column headed as registers abbreviate it (P/code, PCode), which the template does not know.
    if (source === 'postcode' && cols.length === 0) {
      const own = this.sheetColumns.find(
        (c) => !c.field && !c.secondOf && POSTCODE_HEADER.has(foldHeader(c.header)) && this.hasData(c.col),
      );
      return own ? [own.col] : [];
    }
    if (cells && source === 'country' && cells.holds.countries) return [...cols, cells.col];
    // A district (蜀山区 of 安徽省 合肥市 蜀山区) goes before the street.
    if (cells && source === 'address' && cells.holds.districts) return [...cols, cells.col];
    const line2 = source === 'address' && cols.length === 1 ? this.streetLine2(cols[0]!) : undefined;
    return line2 === undefined ? cols : [...cols, line2];
  }

  /** The region column's cells, when it is the State column (region-parts.ts). */
  regionCells(): RegionCells | undefined {
    if (this.regions === undefined) {
      const region = this.sheetColumns.find((c) => c.field?.key === 'region');
      const state = region?.field && this.regionPlaces().state === region.col ? region : undefined;
      const countries = this.sheetColumns.filter((c) => c.field?.key === 'country').map((c) => c.col);
      this.regions = state?.field ? new RegionCells(this.snapshot.values, state.col, state.field, countries) : null;
    }
    return this.regions ?? undefined;
  }

  regionPlaces(): RegionPlaces {
    this.places ??= regionPlaces(this.snapshot.values, this.sheetColumns, (col) => this.hasData(col));
    return this.places;
  }

  /** The sheet's phone column besides the phone field's (座机, 联系电话, Phone beside Mobile), holding data. */
  secondPhone(): SheetColumn | undefined {
    const r = this.roles;
    return secondPhoneColumn(
      this.sheetColumns,
      this.fields.get('phone'),
      new Set([r.person, r.given, r.family, r.account]),
      (col) => this.hasData(col),
    );
  }

  headerOf(col: number): string {
    return this.sheetColumns.find((c) => c.col === col)?.header ?? '';
  }

  columnOf(col: number): SheetColumn | undefined {
    return this.sheetColumns.find((c) => c.col === col);
  }

  hasData(col: number): boolean {
    let known = this.withData.get(col);
    if (known === undefined) {
      const values = this.snapshot.values;
      known = false;
      for (let i = 1; i < values.length && !known; i++) known = cellText(values[i]?.[col - 1]).trim() !== '';
      this.withData.set(col, known);
    }
    return known;
  }

  /** The second line of the street (Address Line 2) beside the one address column, when it holds any. */
  secondStreetLine(): number | undefined {
    const cols = this.sheetColumns.filter((c) => c.field?.key === 'address').map((c) => c.col);
    return cols.length === 1 ? this.streetLine2(cols[0]!) : undefined;
  }

  /** The column of the street's second line (street-lines.ts), when it holds any. */
  private streetLine2(addressCol: number): number | undefined {
    const columns = this.sheetColumns.map((c) => ({ col: c.col, header: c.header, mapped: !!c.field || !!c.secondOf }));
    const col = secondStreetLine(columns, addressCol);
    return col !== undefined && this.hasData(col) ? col : undefined;
  }
}
