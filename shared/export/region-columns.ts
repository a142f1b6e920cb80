/**
 * Where the region field goes in a CRM's address: its State/Province column when the sheet's region
 * column holds provinces (浙江, 广东省, 北京市: the field's option list; 安徽省 合肥市 蜀山区 and
 * 安徽省合肥市 by their first part, region-parts.ts), states (GA, Georgia, NSW) or is headed as one (省份, State), else its
 * City column. With the region in State, City takes a column of cities the
 * template has no field for (市, 城市, 所属城市, City), as platform exports split an address; with
 * the region in City, State takes such a column of states (Square's State, Xero's PORegion).
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { Field } from '../template/schema';
import { CITY_HEADER, provinceNames, STATE_HEADER } from '../normalise/region-places';
import { firstRegionPart, isStateName } from './region-parts';

/** How many filled cells are read to tell provinces from cities. */
const SAMPLE = 200;
/** Share of sampled cells that name a province for the column to be the state. */
const STATE_SHARE = 0.6;

/**
 * A column of states beside a region column of cities, by its header: State, Xero's PORegion, Stripe's
 * Address State, Outlook's Business State (商务地址 省/市/自治区), HubSpot's State/Region, Shopify's
 * Default Address Province Code, Google Contacts' Address 1 - Region, eBay's Buyer State, Etsy's Ship
 * State, Bloomerang's Primary State, Squarespace's Billing Province/State.
 */
const STATE_COLUMN_HEADER =
  /^(?:(?:address\d*|mailing|billing|shipping|business|home|work|other|defaultaddress|po|sa|primary|buyer|ship(?:to)?)?(?:state|province|stateprovince|provincestate|stateregion|county)(?:code)?|(?:address\d*|po|sa)region|(?:商务|住宅|其他)地址省市自治区)$/;
/** A region column headed as the city of an address (Buyer City, Primary City, 商务地址 市/县). */
const CITY_COLUMN_HEADER = /(?:city|town|suburb|市县)$/;

/** True when the region column `col` (1-based) holds provinces or states rather than cities. */
export function regionHoldsStates(values: readonly CellValue[][], col: number, field: Field, header: string): boolean {
  const names = provinceNames(field);
  let filled = 0;
  let states = 0;
  for (let r = 1; r < values.length && filled < SAMPLE; r++) {
    const text = cellText(values[r]?.[col - 1] ?? null).trim();
    if (text === '') continue;
    filled++;
    // 安徽省 of 安徽省 合肥市 蜀山区; a US state (GA, Georgia), a Canadian province or an Australian state.
    if (names.has(foldHeader(firstRegionPart(text, names))) || isStateName(text)) states++;
  }
  if (filled > 0 && states >= filled * STATE_SHARE) return true;
  return STATE_HEADER.test(foldHeader(header)) && !CITY_HEADER.test(foldHeader(header));
}

/** A sheet column as the export sees it: its header and the template field it holds, if any. */
export interface RegionSheetColumn {
  col: number;
  header: string;
  field?: Field;
}

/** The sheet columns (1-based) that go to the CRM's State/Province and City columns. */
export interface RegionPlaces {
  state?: number;
  city?: number;
}

/**
 * The region column in State when it holds provinces, or when the sheet has a column of cities of
 * its own (WooCommerce's City beside Region: the region is then above the city); else in City, with
 * a column of states of its own in State.
 */
export function regionPlaces(
  values: readonly CellValue[][],
  columns: readonly RegionSheetColumn[],
  hasData: (col: number) => boolean,
): RegionPlaces {
  const region = columns.find((c) => c.field?.key === 'region');
  if (!region?.field) return {};
  const own = (header: RegExp) =>
    columns.filter((c) => !c.field && header.test(foldHeader(c.header)) && hasData(c.col));
  const city = own(CITY_HEADER)[0];
  const states = own(STATE_COLUMN_HEADER);
  // A column headed City beside one headed State is the city, though its values name states (New York).
  const cityBesideState = states.length > 0 && CITY_COLUMN_HEADER.test(foldHeader(region.header));
  if (city !== undefined || (!cityBesideState && regionHoldsStates(values, region.col, region.field, region.header)))
    return { state: region.col, city: city?.col };
  // The state of the same address as the city (Business State beside Business City, not Home State),
  // else the leftmost: Xero's PORegion is left of SARegion.
  const prefix = foldHeader(region.header).replace(/(?:city|town|suburb|市县)$/, '');
  const state = (prefix !== '' ? states.find((c) => foldHeader(c.header).startsWith(prefix)) : undefined) ?? states[0];
  return { state: state?.col, city: region.col };
}
