/**
 * A notes line under or among a list (备注：1. 客户编码按地区编排…, 注：金额单位为元，含税, Note: prices
 * include GST): a labelled note in the first column, every other cell blank. It explains the list
 * and is no customer. The label must end in a colon, so a customer named 注塑厂 or 说明书印刷厂, or
 * any row with a second cell filled, stays a customer.
 */
import { isBlank, type CellValue } from './cell-value';

/** 备注：, 注1：, 注①：, 说明：, 填表说明：, Note:, Notes:, N.B.:, Remarks:, with an optional leading * or ※. */
const NOTE_LABEL = new RegExp(
  String.raw`^[*※]?\s*(?:备\s*注|附\s*注|注\s*意(?:事项)?|特别说明|填表说明|说\s*明|注\s*(?:\d{1,2}|[①-⑩])?|notes?|n\.?\s?b\.?|remarks?)\s*[:：]`,
  'i',
);

export function isNotesRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  const first = row[0];
  if (typeof first !== 'string' || !NOTE_LABEL.test(first.trim())) return false;
  for (let i = 1; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}
