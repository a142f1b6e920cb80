/**
 * A column saying which line each number of the phone column beside it is: Google Contacts' Phone 1 -
 * Type beside Phone 1 - Value, a Phone Type column, 电话类型 beside 电话号码. Its values (Mobile, Work,
 * Home, 手机, 座机 …) decide a number's line; a value it does not know leaves the number to its digits.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';

/**
 * The line a type names: a mobile, a home number (the CRM's Home Phone where it has one, else Phone), a
 * fax (no phone line), or another phone (work, main …).
 */
export type SaidLine = 'mobile' | 'home' | 'other' | 'fax';

const MOBILE = 'mobile cell cellular mobilephone cellphone iphone 手机 移动电话 手提 手提电话 流动电话 行动电话';
const HOME = 'home homephone hometel 家庭 家庭电话 住宅 住宅电话 宅电 家里 家里电话';
const OTHER =
  'work business office main landline other company pager googlevoice workphone businessphone ' +
  'officephone telephone phone 工作 办公 办公电话 公司 公司电话 单位 座机 固话 固定电话 总机 电话 其他';
const FAX = 'fax workfax homefax businessfax otherfax 传真';
const TYPES = new Map<string, SaidLine>([
  ...MOBILE.split(' ').map((w) => [w, 'mobile'] as const),
  ...HOME.split(' ').map((w) => [w, 'home'] as const),
  ...OTHER.split(' ').map((w) => [w, 'other'] as const),
  ...FAX.split(' ').map((w) => [w, 'fax'] as const),
]);

/** Headers of a column of home numbers (Outlook's Home Phone and Home Phone 2, 家庭电话, 住宅电话), folded. */
const HOME_PHONE_HEADERS = new Set([
  'homephone',
  'homephone2',
  'hometel',
  'hometelephone',
  'homenumber',
  'homephonenumber',
  '家庭电话',
  '家庭号码',
  '家庭固话',
  '家庭座机',
  '住宅电话',
  '宅电',
  '家里电话',
]);

/** Whether a header names a column of home numbers. */
export function isHomePhoneHeader(header: string): boolean {
  return HOME_PHONE_HEADERS.has(foldHeader(header));
}

/** Headers of a type column of its own, read only right beside the number's column. */
const TYPE_HEADERS = new Set(['type', 'phonetype', 'numbertype', 'teltype', '类型', '号码类型', '电话类型']);

/** The line a type cell names ("* Mobile" is Google's primary mobile); undefined for a type it does not know. */
export function saidLine(value: CellValue): SaidLine | undefined {
  return TYPES.get(foldHeader(cellText(value)));
}

/** Google Contacts joins the values of one field with " ::: " (Work ::: Mobile), numbers and types alike. */
const JOINED = /\s*:::\s*/;

/** The line of each number a joined type cell names (Work ::: Mobile), when it joins several and names each. */
export function saidLines(value: CellValue): SaidLine[] | undefined {
  const parts = cellText(value).split(JOINED);
  if (parts.length < 2) return undefined;
  const lines = parts.map((part) => saidLine(part));
  return lines.every((line): line is SaidLine => line !== undefined) ? lines : undefined;
}

export interface TypedColumn {
  col: number;
  header: string;
}

/** The headers, folded, that a type column of `header` would have. */
function typeHeaders(header: string): Set<string> {
  const folded = foldHeader(header);
  const stems = [folded];
  if (folded.endsWith('value')) stems.push(folded.slice(0, -'value'.length));
  if (folded.endsWith('number')) stems.push(folded.slice(0, -'number'.length));
  if (folded.endsWith('号码')) stems.push(folded.slice(0, -'号码'.length));
  return new Set(stems.flatMap((stem) => [`${stem}type`, `${stem}类型`]));
}

const SAMPLE = 2000;

/** Whether a column's values are types of phone: some are, and most of those filled. */
function holdsTypes(values: readonly (readonly CellValue[])[], col: number): boolean {
  let filled = 0;
  let known = 0;
  for (let i = 1; i < values.length && filled < SAMPLE; i++) {
    const value = values[i]?.[col - 1];
    if (cellText(value ?? null).trim() === '') continue;
    filled++;
    if (saidLine(value ?? null) !== undefined) known++;
  }
  return known > 0 && known * 2 >= filled;
}

/** The type column of a phone column, where the sheet has one whose values are types of phone. */
export function phoneTypeColumn(
  columns: readonly TypedColumn[],
  phone: TypedColumn,
  values: readonly (readonly CellValue[])[],
): number | undefined {
  const named = typeHeaders(phone.header);
  const found =
    columns.find((c) => c.col !== phone.col && named.has(foldHeader(c.header))) ??
    columns.find((c) => Math.abs(c.col - phone.col) === 1 && TYPE_HEADERS.has(foldHeader(c.header)));
  return found && holdsTypes(values, found.col) ? found.col : undefined;
}
