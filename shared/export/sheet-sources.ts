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
import { AddressRuns } from './address-runs';
import { secondStreetLine } from './street-lines';
import { secondPhoneColumn } from './row-phones';
import { phoneTypeColumn } from './phone-types';
import { wholeNameFills, wholeNameKept } from './whole-name';
import { addressPostcode } from './address-postcode';

/** Headers of a postcode column, folded: P/code, PCode, Post Code, ZIP … */
const POSTCODE_HEADER = new Set(['pcode', 'postcode', 'postalcode', 'zip', 'zipcode', '邮编', '邮政编码']);
/** 抖店 and 拼多多 split the address: 区 (the district) and 街道 (the sub-district, 五常街道) beside 省, 市 and 详细地址. */
const DISTRICT_HEADER = /^(?:所在|收货|客户)?(?:区|区县|县区|区\/县|县\/区)$/;
const SUBDISTRICT_HEADER = /^(?:街道|乡镇|乡镇街道|街道乡镇|街道\/乡镇|乡镇\/街道)$/;

/** The columns of an address split over the district and sub-district (区, 街道), where the sheet has them. */
export interface SplitPlaces {
  district?: number;
  subdistrict?: number;
}

export interface SheetColumn {
  col: number;
  header: string;
  field?: Field;
  /** More of a field's values (HubSpot's Mobile Phone Number beside Phone Number), as the mapping found. */
  secondOf?: string;
  /** Another person's column than the customer's, as the mapping found (HeaderMapping's `someoneElse`). */
  someoneElse?: boolean;
}

export class SheetSources {
  private readonly withData = new Map<number, boolean>();
  /** The columns of the CRM's State and City (region-columns.ts), once worked out. */
  private places: RegionPlaces | undefined;
  private regions: RegionCells | null | undefined;
  private runs: AddressRuns | null | undefined;
  /** The whole-name column beside the parts: whether it fills a row, whether it is kept as well. */
  private readonly typeColumns = new Map<number, number | undefined>();
  private wholeName: { col: number; fills: boolean; kept: boolean } | null | undefined;
  private split: SplitPlaces | undefined;
  private postcodeInAddress: number | null | undefined;

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
    if (source.startsWith('name.')) return this.nameColumns(source);
    if (source === 'account') return r.account !== undefined ? [r.account] : [];
    const cells = this.regionCells();
    // No region column: an address typed as province, city and street gives State and City theirs.
    const runs = source === 'address' ? undefined : this.addressRuns();
    if (runs && (source === 'region.state' || source === 'region.city')) return [runs.col];
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
      if (own) return [own.col];
      // Mailchimp's Address ends in the postcode and country (address-spaced.ts).
      if (runs?.holdsSpaced) return [runs.col];
      const address = this.addressPostcodeColumn();
      return address === undefined ? [] : [address];
    }
    if (cells && source === 'country' && cells.holds.countries) return [...cols, cells.col];
    if (source === 'country' && cols.length === 0 && runs?.holdsSpaced) return [runs.col];
    // A district (蜀山区 of 安徽省 合肥市 蜀山区) goes before the street.
    const split = source === 'address' ? this.splitPlaceColumns() : [];
    if (cells && source === 'address' && cells.holds.districts) return [...cols, cells.col, ...split];
    const line2 = source === 'address' && cols.length === 1 ? this.streetLine2(cols[0]!) : undefined;
    return [...cols, ...(line2 === undefined ? [] : [line2]), ...split];
  }

  /** The street's own columns: the address field's and its second line. */
  streetColumns(): number[] {
    const cols = this.sheetColumns.filter((c) => c.field?.key === 'address').map((c) => c.col);
    const line2 = this.secondStreetLine();
    return line2 === undefined ? cols : [...cols, line2];
  }

  /** The district and sub-district columns (区, 街道) of an address split over columns. */
  splitPlaces(): SplitPlaces {
    if (this.split === undefined) {
      const places = this.regionPlaces();
      const own = (header: RegExp) =>
        this.sheetColumns.find(
          (c) => !c.field && !c.secondOf && header.test(foldHeader(c.header)) && this.hasData(c.col),
        )?.col;
      // Only beside the address's other places: a 区 column alone may be anything (a sales area).
      const beside = places.state !== undefined || places.city !== undefined || this.streetColumns().length > 0;
      const district = beside ? own(DISTRICT_HEADER) : undefined;
      const subdistrict = beside ? own(SUBDISTRICT_HEADER) : undefined;
      this.split = {
        ...(district === undefined ? {} : { district }),
        ...(subdistrict === undefined ? {} : { subdistrict }),
      };
    }
    return this.split;
  }

  private splitPlaceColumns(): number[] {
    const { district, subdistrict } = this.splitPlaces();
    return [district, subdistrict].filter((c): c is number => c !== undefined);
  }

  /**
   * The one address column, where the sheet has no postcode column and some address ends in its
   * postcode in brackets (address-postcode.ts): the CRM's postal-code column reads it.
   */
  addressPostcodeColumn(): number | undefined {
    if (this.postcodeInAddress === undefined) {
      const address = this.sheetColumns.filter((c) => c.field?.key === 'address');
      const col = address.length === 1 ? address[0]!.col : undefined;
      const values = this.snapshot.values;
      let found = false;
      for (let r = 1; col !== undefined && r < values.length && !found; r++)
        found = addressPostcode(values[r]?.[col - 1] ?? null) !== null;
      this.postcodeInAddress = found ? col! : null;
    }
    return this.postcodeInAddress ?? undefined;
  }

  /**
   * The name's columns: the parts (First, Last) where the sheet has them, the whole name where it has
   * no parts or fills a row whose parts are blank (whole-name.ts).
   */
  private nameColumns(source: string): number[] {
    const r = this.roles;
    const parts = r.given !== undefined || r.family !== undefined;
    const whole = r.person !== undefined && (!parts || this.wholeNameFills()) ? [r.person] : [];
    if (r.ownName !== undefined) whole.push(r.ownName);
    // A title comes from the whole name or a title column (Name Prefix), never from the parts.
    const own =
      source === 'name.salutation'
        ? []
        : !parts || source === 'name.full'
          ? [r.family, r.given]
          : [source === 'name.first' ? r.given : r.family];
    const cols = [...own.filter((c): c is number => c !== undefined), ...whole];
    if (source !== 'name.salutation') return cols;
    return this.salutations ? [...cols, ...(r.salutation !== undefined ? [r.salutation] : [])] : [];
  }

  private wholeNameFills(): boolean {
    return this.wholeNameBeside()?.fills === true;
  }

  /**
   * The whole-name column beside the name's parts: whether it fills a row whose parts are blank, and
   * whether it is written as an extra column too (some row's whole name holds a word the row has nowhere else).
   */
  wholeNameBeside(): { col: number; fills: boolean; kept: boolean } | undefined {
    if (this.wholeName === undefined) {
      const { person, given, family } = this.roles;
      const columns = person === undefined ? undefined : { whole: person, given, family };
      this.wholeName =
        columns && (given !== undefined || family !== undefined)
          ? {
              col: columns.whole,
              fills: wholeNameFills(this.snapshot.values, columns),
              kept: wholeNameKept(this.snapshot.values, columns),
            }
          : null;
    }
    return this.wholeName ?? undefined;
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

  /**
   * The address column's cells as province, city and street (address-runs.ts), when the sheet has one
   * address column, no region column, and some address splits.
   */
  addressRuns(): AddressRuns | undefined {
    if (this.runs === undefined) {
      const region = this.fields.get('region');
      const address = this.sheetColumns.filter((c) => c.field?.key === 'address');
      const regionless = !this.sheetColumns.some((c) => c.field?.key === 'region');
      const runs =
        region && regionless && address.length === 1
          ? new AddressRuns(this.snapshot.values, address[0]!.col, region)
          : null;
      this.runs = runs?.holds ? runs : null;
    }
    return this.runs ?? undefined;
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
      new Set([r.person, r.ownName, r.given, r.family, r.account]),
      (col) => this.hasData(col),
    );
  }

  /** The column naming each number's type beside a phone column (Google's Phone 1 - Type), when it has one. */
  phoneTypeColumn(col: number): number | undefined {
    if (!this.typeColumns.has(col)) {
      const phone = this.sheetColumns.find((c) => c.col === col);
      this.typeColumns.set(col, phone && phoneTypeColumn(this.sheetColumns, phone, this.snapshot.values));
    }
    return this.typeColumns.get(col);
  }

  /** The name column beside the contact column (row-parties.ts `ownName`), where the sheet has one. */
  get ownNameColumn(): number | undefined {
    return this.roles.ownName;
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
