/**
 * A row's numbers in a CRM's phone columns. The numbers of the phone field's cell (each of several:
 * WeCom's 13800138000,13912345678), of a second phone column (固定电话 beside 手机) and of home phone
 * columns (Outlook's Home Phone) go in order: each to its line (a Chinese mobile to Mobile, a landline
 * or service number to Phone; elsewhere the header says; a number the sheet types as Home to Home
 * Phone where the layout has it, else to Phone), a mobile whose line is taken to the other line when
 * that is free. A home number whose Home Phone is taken is no business number: it is spare. A number no line
 * takes, and a number labelled as a fax (QuickBooks' Fax:…), which no phone line is, is spare: the
 * export keeps it, as typed, in the notes (export/build-files.ts). A second column is spread over the
 * lines row by row, however many rows have a number too many: only those numbers go to the notes.
 * A number no region reads as valid (07700 900123, 1381234567) takes no line from a row's valid
 * numbers: they are placed first, and an invalid one then takes its own line only where it is still
 * free (written as typed), else it is spare.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { foldHeader } from '../template/header-mapping';
import type { Field } from '../template/schema';
import { phoneKey } from '../normalise/phone';
import { phoneParts } from '../normalise/phone-parts';
import { labelledLine } from '../normalise/phone-labels';
import { phoneLine, type PhoneLine, type PhoneRegions } from './phone-line';
import { isHomePhoneHeader, type SaidLine } from './phone-types';

/** A number of the row no phone column took: the sheet header it came from and the number as typed. */
export interface SparePhone {
  header: string;
  value: string;
  /**
   * Why no column took it: a fax, which no phone line is; or its line (Phone) was taken while Mobile
   * stayed free, and nothing says it is a mobile; or it is no number but the note typed after one
   * (138 0013 8000（微信同号）: phone-note.ts); or it is no valid number and the row's valid numbers
   * took its line. Absent: every phone column was taken.
   */
  reason?: 'fax' | 'notMobile' | 'note' | 'invalid';
}

export interface RowPhones {
  mobile: CellValue;
  other: CellValue;
  /** Only filled where the layout has a home line. */
  home: CellValue;
  spare: SparePhone[];
  /** The lines the row's own phone columns left blank and another of its phone columns filled: line -> sheet header. */
  from?: Partial<Record<PhoneLine, string>>;
}

export interface PhoneCell {
  value: CellValue;
  header: string;
  /** The line the row's type column names for this cell's numbers (Google's Phone 1 - Type). */
  said?: SaidLine;
  /** The line of each of the cell's numbers, where its type cell joins one per number (Work ::: Mobile). */
  saidEach?: readonly SaidLine[];
}

// Headers of a second phone column besides the template's phone synonyms.
const SECOND_PHONE = [
  '座机',
  '固话',
  '市话',
  '固定电话',
  '办公电话',
  '公司电话',
  '家庭电话',
  'Landline',
  'Work Phone',
  'Office Phone',
  'Home Phone',
  'Business Phone',
  'Ph',
  'Tel',
  'Telephone',
];

/** The numbers of one cell: each of several (13800138000,13912345678, one per line), else the cell as it is. */
export function cellNumbers(value: CellValue, regions: PhoneRegions): CellValue[] {
  if (isBlank(value)) return [];
  if (typeof value !== 'string') return [value];
  return phoneParts(value, (text) => phoneKey(text, regions) !== null) ?? [value];
}

/** Whether two cells hold one number (Shopify's Default Address Phone repeating Phone): written once. */
export function sameNumber(a: CellValue, b: CellValue, regions: PhoneRegions): boolean {
  const key = phoneKey(a, regions);
  return key !== null ? key === phoneKey(b, regions) : cellText(a).trim() === cellText(b).trim();
}

/**
 * The row's numbers sorted into the CRM's phone columns: `lines` 2 for Mobile and Phone, 1 for a
 * layout with one phone column (the first number; `other` holds it); `home` where it has Home Phone.
 */
export function sortPhones(cells: readonly PhoneCell[], regions: PhoneRegions, lines: 1 | 2, home = false): RowPhones {
  const phones: RowPhones = { mobile: null, other: null, home: null, spare: [] };
  // Numbers for Phone that found it taken: said to have left Mobile free, where it is.
  const forPhone: SparePhone[] = [];
  const seen: CellValue[] = [];
  const found: Array<{ number: CellValue; header: string; said: PhoneLine | undefined; valid: boolean }> = [];
  for (const cell of cells) {
    const numbers = cellNumbers(cell.value, regions);
    const each = cell.saidEach?.length === numbers.length ? cell.saidEach : undefined;
    for (const [index, number] of numbers.entries()) {
      if (seen.some((s) => sameNumber(s, number, regions))) continue;
      seen.push(number);
      const said = each ? each[index] : cell.said;
      if ((typeof number === 'string' && labelledLine(number) === 'fax') || said === 'fax') {
        phones.spare.push({ header: cell.header, value: cellText(number).trim(), reason: 'fax' });
        continue;
      }
      found.push({ number, header: cell.header, said, valid: phoneKey(number, regions) !== null });
    }
  }
  // Each number to its own line first, so a second mobile does not take the switchboard's Phone.
  const place = (entries: readonly (typeof found)[number][], invalid: boolean) => {
    const waiting: Array<{ number: CellValue; header: string }> = [];
    for (const { number, header, said } of entries) {
      const read = lines === 1 ? 'other' : phoneLine(number, regions, header, said);
      const line = read === 'home' && !home ? 'other' : read;
      if (phones[line] === null) phones[line] = number;
      else if (invalid) phones.spare.push({ header, value: cellText(number).trim(), reason: 'invalid' });
      else if (lines === 2 && line === 'mobile') waiting.push({ number, header });
      else {
        const spare = { header, value: cellText(number).trim() };
        phones.spare.push(spare);
        if (line === 'other') forPhone.push(spare);
      }
    }
    for (const { number, header } of waiting) {
      if (phones.other === null) phones.other = number;
      else phones.spare.push({ header, value: cellText(number).trim() });
    }
  };
  // The row's valid numbers take their lines before its invalid ones (07700 900123 beside 020 7946 0958),
  // whatever their order in the sheet; an invalid one then takes only its own line, if still free.
  const valid = found.filter((f) => f.valid);
  const invalid = found.filter((f) => !f.valid);
  place(valid.length === 0 ? found : valid, false);
  if (valid.length > 0) place(invalid, true);
  // A number for Phone is no mobile for being the second: Mobile stays free and the notes keep it.
  if (lines === 2 && phones.mobile === null) for (const spare of forPhone) spare.reason = 'notMobile';
  return phones;
}

/**
 * Whether a company's one Phone is the second column's number (电话, 座机: its landline) rather than the
 * phone field's (手机): every number of the field is a mobile, a person's, and the second's first is none.
 */
export function isLandlineFirst(field: PhoneCell, second: PhoneCell, regions: PhoneRegions): boolean {
  const own = cellNumbers(field.value, regions);
  const first = cellNumbers(second.value, regions)[0];
  const [fieldSaid, secondSaid] = [field.said, second.said];
  if (own.length === 0 || first === undefined || fieldSaid === 'fax' || secondSaid === 'fax') return false;
  if (typeof first === 'string' && labelledLine(first) === 'fax') return false;
  return (
    own.every((n) => phoneLine(n, regions, field.header, fieldSaid) === 'mobile') &&
    phoneLine(first, regions, second.header, secondSaid) === 'other'
  );
}

/**
 * The row's lines its own phone columns left blank, filled from its other phone columns (Apple's Phone
 * (work), Pipedrive's Person - Phone - Home, Outlook's Company Main Phone): each number only to the line
 * its header or digits give it, so a work or main number never becomes a Mobile; a home number goes to
 * Phone where the layout has no Home Phone, after any work number; a valid number before an invalid
 * one. Faxes and numbers the row already has are passed over; the columns stay as extra columns, so
 * no number is lost.
 */
export function fillBlankLines(
  phones: RowPhones,
  cells: readonly PhoneCell[],
  regions: PhoneRegions,
  lines: 1 | 2,
  home = false,
): RowPhones {
  const had = [phones.mobile, phones.other, phones.home, ...phones.spare.map((s) => s.value)].filter(
    (v) => !isBlank(v),
  );
  const found: Array<{ number: CellValue; header: string; line: PhoneLine; valid: boolean }> = [];
  for (const cell of cells)
    for (const number of cellNumbers(cell.value, regions)) {
      if (typeof number === 'string' && labelledLine(number) === 'fax') continue;
      if (cell.said === 'fax' || had.some((h) => sameNumber(h, number, regions))) continue;
      had.push(number);
      const line = phoneLine(number, regions, cell.header, cell.said);
      found.push({ number, header: cell.header, line, valid: phoneKey(number, regions) !== null });
    }
  // A valid number fills a blank line before an invalid one does, whatever its column's place.
  found.sort((a, b) => Number(b.valid) - Number(a.valid));
  const from: Partial<Record<PhoneLine, string>> = { ...phones.from };
  const filled: RowPhones = { ...phones };
  const take = (line: PhoneLine, pick: ((f: (typeof found)[number]) => boolean) | undefined) => {
    if (!isBlank(filled[line])) return;
    const hit = pick && found.find(pick);
    if (!hit) return;
    found.splice(found.indexOf(hit), 1);
    filled[line] = hit.number;
    from[line] = hit.header;
  };
  if (lines === 1) take('other', () => true);
  else {
    take('mobile', (f) => f.line === 'mobile');
    take('other', (f) => f.line === 'other');
    take('other', home ? undefined : (f) => f.line === 'home');
    if (home) take('home', (f) => f.line === 'home');
  }
  return Object.keys(from).length === 0 ? phones : { ...filled, from };
}

/** A sheet column as the phone columns see it. */
export interface PhoneSheetColumn {
  col: number;
  header: string;
  field?: Field;
  secondOf?: string;
  /** The mapping found the column someone else's (the recipient's 收货人手机 beside the buyer's 买家手机号). */
  someoneElse?: boolean;
}

/**
 * The sheet's phone column besides the phone field's (座机, 联系电话, Phone beside Mobile) holding data:
 * one the template has no field for, headed as a phone or found by the mapping to hold more numbers,
 * and not a column of the person or the account.
 */
export function secondPhoneColumn(
  columns: readonly PhoneSheetColumn[],
  phoneField: Field | undefined,
  roleCols: ReadonlySet<number | undefined>,
  hasData: (col: number) => boolean,
): PhoneSheetColumn | undefined {
  const names = new Set(
    [
      ...(phoneField ? [phoneField.labels['zh-CN'], phoneField.labels['en-US'], ...phoneField.synonyms] : []),
      ...SECOND_PHONE,
    ].map(foldHeader),
  );
  return columns.find(
    (c) =>
      !c.field &&
      !c.someoneElse &&
      !roleCols.has(c.col) &&
      (c.secondOf === 'phone' || names.has(foldHeader(c.header))) &&
      hasData(c.col),
  );
}

/**
 * The sheet's columns of home numbers (Outlook's Home Phone, Home Phone 2, 家庭电话) holding data, besides
 * the columns the phone field and the second phone column already read: read where the layout has a
 * home line.
 */
export function homePhoneColumns(
  columns: readonly PhoneSheetColumn[],
  taken: ReadonlySet<number | undefined>,
  hasData: (col: number) => boolean,
): PhoneSheetColumn[] {
  return columns.filter(
    (c) => (!c.field || c.field.kind === 'phone') && !taken.has(c.col) && isHomePhoneHeader(c.header) && hasData(c.col),
  );
}

/** The spare numbers as one note: 固定电话：010-12345678 (the sheet's language decides the marks). */
export function spareNote(spare: readonly SparePhone[], zh: boolean): string {
  return spare.map((s) => (zh ? `${s.header}：${s.value}` : `${s.header}: ${s.value}`)).join(zh ? '；' : '; ');
}
