/**
 * The sheet's columns as merging sees them: header text, template field (if mapped) and what is
 * needed to read its values. Overrides and rules name a column by field key or by header text.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { columnLetter } from '../sheet/a1';
import { columnCount, type SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import { readPhoneSheet } from '../normalise/phone-region';
import { holdsChineseIds } from '../normalise/id-number';
import { numberColumnContext } from '../normalise/number';
import { dateColumnContext } from '../normalise/date';
import { rowDates } from '../normalise/row-dates';
import { moneyColumnContext } from '../normalise/money-column';
import type { FieldContext } from './field-values';
import { orderSheetOf } from './order-rows';
import type { MergeOptions } from './types';

/** The template field of ID numbers (身份证号), read as check reads it. */
const ID_NUMBER_FIELD = 'idNumber';
/** Its two-digit years never lie ahead (`shortYearIso`). */
const BIRTH_DATE_FIELD = 'birthDate';

export interface SheetColumn {
  col: number;
  /** Header text, or "(F)" for a column without one. */
  header: string;
  /** Field key; `name.given` / `name.family` for split names; null when unmapped. */
  fieldKey: string | null;
  /** A phone or e-mail field this unmapped column holds more of (座机 beside 手机, Mobile beside Phone). */
  secondOf?: string;
  ctx: FieldContext;
  /** On an order export: its rows of one order hold different values here (an item's price), added row by row. */
  perItem?: boolean;
}

export function sheetColumns(
  snapshot: Pick<SheetSnapshot, 'values' | 'columnFormats'>,
  options: Pick<MergeOptions, 'template' | 'mapping' | 'locale'>,
): SheetColumn[] {
  const headerRow: CellValue[] = snapshot.values[0] ?? [];
  const width = Math.max(columnCount(snapshot.values), options.mapping.columns.length);
  const fields = new Map<string, Field>(options.template.fields.map((f) => [f.key, f]));
  // Phones are read as check reads them: the sheet's majority region, each row's country.
  const hasPhones = options.mapping.columns.some((c) => c.field && fields.get(c.field)?.kind === 'phone');
  const phones = hasPhones ? readPhoneSheet(snapshot.values, options.mapping, options.template) : undefined;
  // The region of amounts: the sheet's phones or countries, as check reads it, even with no phone column.
  let moneyRegion: string | undefined;
  const regionOfAmounts = () =>
    (moneyRegion ??= (phones ?? readPhoneSheet(snapshot.values, options.mapping, options.template)).sheet);
  // Each row's dates in its region's calendar, as check reads them.
  const isDate = (key: string | null | undefined) => Boolean(key && fields.get(key)?.kind === 'date');
  const dateRegion = phones?.sheet ?? options.template.defaultRegion;
  const byRow = options.mapping.columns.some((c) => isDate(c.field))
    ? rowDates(snapshot.values, options.mapping, options.template.defaultRegion, dateRegion)
    : undefined;
  const orders = orderSheetOf(snapshot.values);
  const columns: SheetColumn[] = [];
  for (let col = 1; col <= width; col++) {
    const mapped = options.mapping.columns.find((c) => c.col === col);
    const text = cellText(headerRow[col - 1] ?? null).trim();
    const fieldKey = mapped?.field ? (mapped.part ? `${mapped.field}.${mapped.part}` : mapped.field) : null;
    // A second phone or e-mail column is read as its field, as check reads it; other second columns
    // (amounts, dates) keep the unmapped rule, which never replaces the survivor's value.
    const second = !mapped?.field && mapped?.secondOf ? fields.get(mapped.secondOf) : undefined;
    const contactSecond = second && (second.kind === 'phone' || second.kind === 'email') ? second : undefined;
    const field = mapped?.field ? fields.get(mapped.field) : contactSecond;
    columns.push({
      col,
      header: text || `(${columnLetter(col)})`,
      fieldKey,
      ...(contactSecond ? { secondOf: contactSecond.key } : {}),
      ...(orders?.perItem.has(col) ? { perItem: true } : {}),
      ctx: {
        field,
        locale: options.locale,
        region: options.template.defaultRegion,
        columnFormat: snapshot.columnFormats?.[col - 1] ?? null,
        ...(mapped?.field === ID_NUMBER_FIELD && holdsChineseIds(snapshot.values, col) ? { chineseIds: true } : {}),
        ...(mapped?.field && isDate(mapped.field)
          ? {
              dates: dateColumnContext(snapshot.values, col, {
                birthDate: mapped.field === BIRTH_DATE_FIELD,
                region: dateRegion,
              }),
              ...(byRow ? { rowDates: byRow } : {}),
            }
          : {}),
        // An amount in another unit or currency than the column's (1.5万 under 成交金额（万元）) is left out of sums.
        ...(mapped?.field && fields.get(mapped.field)?.kind === 'money'
          ? moneyColumnContext(snapshot.values, col, regionOfAmounts())
          : {}),
        // 1.500 is 1500 or 1.5 as the column's other numbers show, as check reads it.
        ...(mapped?.field && ['money', 'integer'].includes(fields.get(mapped.field)?.kind ?? '')
          ? numberColumnContext(snapshot.values, col, phones && phones.sheet !== phones.home ? phones.sheet : undefined)
          : {}),
        ...(phones && field?.kind === 'phone'
          ? {
              sheetRegion: phones.sheet,
              ...(phones.also ? { otherSheetRegions: phones.also } : {}),
              ...(phones.countryCol ? { countryCol: phones.countryCol } : {}),
              ...(phones.countryByName ? { countryByName: true } : {}),
            }
          : {}),
      },
    });
  }
  return columns;
}

/** The column a user means by a field key (`phone`, `name.given`) or a header text. */
export function findColumn(columns: readonly SheetColumn[], key: string): SheetColumn | undefined {
  const trimmed = key.trim();
  return columns.find((c) => c.fieldKey === trimmed) ?? columns.find((c) => c.header === trimmed);
}

export function columnByField(columns: readonly SheetColumn[], fieldKey: string): SheetColumn | undefined {
  return columns.find((c) => c.fieldKey === fieldKey);
}
