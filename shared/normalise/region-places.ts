/**
 * What names a region column's places: the region field's listed provinces by any of their names, and a
 * header that says the column is one of cities (城市, 所在城市, City) or of provinces (省份, State). Read by
 * the export (its State and City columns) and the insights (a region's segments) alike.
 */
import { foldHeader } from '../template/header-words';
import type { Field } from '../template/schema';

/** Headers of a column of provinces or states, folded (foldHeader). */
export const STATE_HEADER = /^(?:.*省份?|state|province|stateprovince|stateregion)$/;
/** Headers of a column of cities, folded (foldHeader). */
export const CITY_HEADER = /^(?:城市|市|所在城市|所属城市|收货城市|所在市|city|town|mailingcity|billingcity)$/;

/** A region column headed as one of cities (城市, 所在城市, City) or of provinces (省份, State), by its header alone. */
export function headerPlaceKind(header: string): 'city' | 'province' | undefined {
  const folded = foldHeader(header);
  if (CITY_HEADER.test(folded)) return 'city';
  return STATE_HEADER.test(folded) ? 'province' : undefined;
}

/** The folded names of the region field's options (浙江, 浙江省, zhejiang …): the provinces. */
export function provinceNames(field: Field): Set<string> {
  const names = new Set<string>();
  for (const option of field.options ?? [])
    for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...(option.synonyms ?? [])])
      names.add(foldHeader(name));
  return names;
}
