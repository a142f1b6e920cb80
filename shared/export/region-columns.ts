/**
 * Where the region field goes in a CRM's address: its State/Province column when the sheet's region
 * column holds provinces (浙江, 广东省, 北京市: the field's option list) or is headed as one (省份,
 * State), else its City column. With the region in State, City takes a column of cities the
 * template has no field for (市, 城市, 所在城市, City), as platform exports split an address.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { Field } from '../template/schema';

/** How many filled cells are read to tell provinces from cities. */
const SAMPLE = 200;
/** Share of sampled cells that name a province for the column to be the state. */
const STATE_SHARE = 0.6;
const STATE_HEADER = /^(?:.*省份?|state|province|stateprovince|stateregion)$/;
const CITY_HEADER = /^(?:城市|市|所在城市|收货城市|所在市|city|town|mailingcity|billingcity)$/;

/** The folded names of a field's options (labels and synonyms): 浙江, 浙江省, zhejiang, zhejiangprovince … */
function optionNames(field: Field): Set<string> {
  const names = new Set<string>();
  for (const option of field.options ?? []) {
    for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...(option.synonyms ?? [])])
      names.add(foldHeader(name));
  }
  return names;
}

/** True when the region column `col` (1-based) holds provinces or states rather than cities. */
export function regionHoldsStates(values: readonly CellValue[][], col: number, field: Field, header: string): boolean {
  const names = optionNames(field);
  let filled = 0;
  let states = 0;
  for (let r = 1; r < values.length && filled < SAMPLE; r++) {
    const text = cellText(values[r]?.[col - 1] ?? null).trim();
    if (text === '') continue;
    filled++;
    if (names.has(foldHeader(text))) states++;
  }
  if (filled > 0 && states >= filled * STATE_SHARE) return true;
  return STATE_HEADER.test(foldHeader(header)) && !CITY_HEADER.test(foldHeader(header));
}

/** Whether a column the template has no field for holds cities, by its header. */
export function isCityHeader(header: string): boolean {
  return CITY_HEADER.test(foldHeader(header));
}
