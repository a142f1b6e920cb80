/**
 * The region field's cells: a listed region by any of its names becomes its label (Beijing is 北京 on a
 * Chinese list), and on a Chinese list a city written in pinyin becomes its Chinese name (Hangzhou is
 * 杭州), so one city is one value. A romanisation two cities share (Suzhou) is left as typed, with
 * both readings. An English list keeps its pinyin, as it keeps Beijing.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { Field } from '../template/schema';
import type { NormaliseOutcome } from './types';
import { normaliseListedText } from './choice';
import { cityOfRomanised } from './city-names';

export function normaliseRegionText(
  value: CellValue | undefined,
  field: Pick<Field, 'options'>,
  locale: Locale,
): NormaliseOutcome {
  const outcome = normaliseListedText(value, field, locale);
  if (locale !== 'zh-CN' || outcome.status !== 'valid' || typeof outcome.value !== 'string') return outcome;
  const city = cityOfRomanised(outcome.value);
  if (!city) return outcome;
  return 'city' in city
    ? { status: 'valid', value: city.city }
    : { status: 'ambiguous', code: 'region.ambiguous', readings: city.readings };
}
