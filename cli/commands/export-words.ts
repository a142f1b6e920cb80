/**
 * What `custodian export` tells people (its mapping report on stderr, and why it refuses), in the
 * sheet's language (`--json` is the scripting interface and keeps its English keys). CRM column names,
 * objects and the layouts' own notes stay as the CRM and the layouts write them.
 */
import type { UnconfirmedFact } from '../../shared/export/crm-layouts';
import type { Locale } from '../../shared/i18n/locale';
import type { MaskedOnlyRow } from '../../shared/export/masked-values';
import type { SkippedRow } from '../../shared/export/plan-export';

export interface ExportWords {
  rows: (n: number) => string;
  /** "rows 2, 3, 6 and 4 more": the first rows that still have errors. */
  rowList: (total: number, shown: readonly number[]) => string;
  /** "Exported 客户.xlsx for Zoho CRM (contacts): 5 rows". */
  exported: (input: string, crm: string, object: string, rows: number) => string;
  file: (path: string, rows: number) => string;
  columns: string;
  notInSheet: string;
  /** What a source column holds, where a CRM splits or picks it ('name.first', 'phone.mobile'). */
  sourceNotes: Readonly<Record<string, string>>;
  extraColumns: (headers: readonly string[]) => string;
  accountRows: (n: number) => string;
  /** An accounts export of a contact list: one account per company, the people in a contacts file. */
  accountGroups: (accounts: number, contacts: number) => string;
  /** Rows with no contact whose phone and e-mail went on their account. */
  accountNoContact: (n: number, rowList: string) => string;
  /** Landlines and role mailboxes (info@) of contacts' rows written on their account too. */
  accountCompanyLines: (n: number, rowList: string) => string;
  /** Rows of a customer ID alone (placeholders aside), left out. */
  skippedIdOnly: (n: number, rowList: string) => string;
  /** An account column whose value differed between a company's rows. */
  accountDiffering: (column: string, companies: number) => string;
  filled: (column: string, rows: number) => string;
  missingRequired: (column: string, rows: number) => string;
  /** E-mail and phone columns a row's own column left blank, filled from another of its columns. */
  filledFromOther: (column: string, sheetColumn: string, rows: number, ownColumns: string[], rowList: string) => string;
  /** E-mail cells of several addresses: the first in Email, the others in `to`. */
  severalEmails: (sheetColumn: string, rows: number, emailColumn: string, to: string[], rowList: string) => string;
  /** Notes typed after a number (138 0013 8000 微信同号): the number to its phone column, the note kept as typed in the notes column (`notes`) or under its own header. */
  phoneNotes: (column: string, n: number, notes: string | null, rowList: string) => string;
  /** Cells showing a label that links to the value (张伟邮箱 → mailto:…): the link's target was written. */
  linkTargets: (column: string, n: number, rowList: string, example: { label: string; target: string }) => string;
  namesKeptWhole: (n: number) => string;
  /** Names that held the organisation too (张三-杭州源泉科技), read as the person and the account. */
  remarkNames: (n: number) => string;
  namesWithEmail: (n: number) => string;
  /** Names that read as a person and a company only if a city's name is the person's (金华 森源建材): kept as typed. */
  remarkTwoReadings: (n: number, example: string, rowList: string) => string;
  /** A company list's customers with no contact whose name is a person's: written as contacts with no company. */
  clientsAsContacts: (n: number, column: string) => string;
  companiesNamingPerson: (n: number, column: string) => string;
  /** Roles where a person's name should be (客服): the name left blank. */
  roleAsName: (value: string, rows: number) => string;
  /** 个人 / 个体 where a company's name should be: the company left blank. */
  noCompanyWord: (value: string, rows: number) => string;
  /** Remarks marking a personal contact (付超-个人). */
  personalRemarks: (n: number) => string;
  /** Rows with no contact whose person came from the name column beside it (姓名 beside 联系人). */
  ownNameRows: (n: number, column: string, contact: string) => string;
  /** Rows whose name column names someone other than the contact: the contact kept, the name an extra column. */
  ownNamesAside: (n: number, column: string, contact: string, rowList: string) => string;
  /** A list of people beside their contacts (学生姓名 beside 家长姓名): the customer's name no account, kept under its header. */
  namesBesideContact: (n: number, column: string, contact: string, account: string | null, rowList: string) => string;
  /** Another contact's columns on the row (联系人2, 电话2, 邮箱2): kept as extra columns, never the contact's. */
  otherContact: (headers: readonly string[]) => string;
  /** Contacts or Leads rows written for those other contacts, each its own person with the row's company. */
  secondContactRows: (n: number, headers: readonly string[], account: string | null) => string;
  /** Rows whose other contact stayed extra columns: its name blank, or the row's contact's own. */
  secondContactsAside: (n: number, headers: readonly string[]) => string;
  chineseList: string;
  /** `surnameFirst`: romanised Chinese names among them read surname first (Lim Wei Ming). */
  latinList: (surnameFirst: number) => string;
  /** Region cells of province, city and district written to State, City and the street. */
  regionsSplit: (column: string, n: number) => string;
  /** Region cells naming 香港, 台灣 or 澳门 written to the Country column. */
  regionsAsCountry: (column: string, n: number) => string;
  /** Numbers with no free phone column, kept as typed in the notes column (`notes`) or under their own header. */
  sparePhones: (column: string, n: number, notes: string | null) => string;
  /** Numbers for Phone while Mobile was free (nothing says they are mobiles), kept as typed. */
  sparePhonesNotMobile: (column: string, n: number, notes: string | null) => string;
  /** Invalid numbers whose phone column the row's valid numbers took: kept as typed. */
  sparePhonesInvalid: (column: string, n: number, notes: string | null) => string;
  /** Faxes, which no phone column is, kept as typed. */
  spareFaxes: (column: string, n: number, notes: string | null) => string;
  /** A title of two readings (Frau, Mme: Mrs. or Ms., the only ones read so) kept in the notes. */
  titleTwoReadings: (title: string, n: number, salutation: string, notes: string) => string;
  /** A title whose meaning the CRM's Salutation list has no value for (Miss, 小姐), kept in the notes. */
  titleNotInPicklist: (title: string, n: number, crm: string, notes: string) => string;
  /** Parts of dates left out of a CRM date column and kept as typed in `keptIn` (the notes column or their own header). */
  partialDates: (column: string, n: number, keptIn: string) => string;
  /** Placeholders (无, -, N/A) in phone and e-mail cells, written blank. */
  placeholders: (column: string, n: number) => string;
  formulaErrors: (column: string, n: number) => string;
  valuesAsTyped: (column: string, n: number) => string;
  /** Postcodes given back the leading zero a spreadsheet dropped. */
  postcodesZeroed: (column: string, n: number) => string;
  /**
   * Dates with two readings (day or month first), left out of the date column and kept as typed in
   * `keptIn`: `first` is the first such cell, as typed.
   */
  twoReadings: (
    column: string,
    n: number,
    first: { row: number; value: string } | undefined,
    crm: string,
    keptIn: string,
  ) => string;
  partDays: (column: string, n: number, first: { row: number; value: string } | undefined) => string;
  offPicklist: (column: string, crm: string, labels: readonly string[]) => string;
  /** Values none of the CRM's own (industries), written as typed. */
  notCrmValues: (column: string, crm: string, values: readonly string[]) => string;
  errorRows: (n: number, rowList: string) => string;
  /** A hand-kept list's further lines of a customer (no name or 序号), left out: `shown` are the first, each with its customer's row. */
  skippedContinuations: (n: number, rowList: string, shown: readonly SkippedRow[]) => string;
  /** `leads`: what the values start with, named where one is no + - = or @ (a tab, a line break). */
  formulaLike: (n: number, columns: readonly string[], leads?: readonly string[]) => string;
  /** Starred-out values (张*, 138****5678) kept out of the CRM's name, phone or e-mail columns, kept as typed in `keptIn`. */
  maskedValues: (column: string, n: number, example: string, crmColumns: readonly string[], keptIn: string) => string;
  /** Names typed with degrees or credentials after them (Rachel Green, MBA), kept as typed in `keptIn`. */
  postNominals: (column: string, n: number, example: string, keptIn: string) => string;
  privacyNumbers: (column: string, n: number, example: string, crmColumns: readonly string[], keptIn: string) => string;
  /** Postcodes taken from the end of the address into the postal-code column. */
  postcodesFromAddress: (column: string, n: number, crmColumn: string) => string;
  /** Region cells of province, city and district written whole in the address (a layout with no State and City). */
  regionsInAddress: (column: string, n: number, address: string) => string;
  /** --strict and rows whose only name or contact is masked: nothing is written. */
  strictMasked: (n: number, rows: readonly MaskedOnlyRow[], input: string) => string;
  unconfirmed: (crm: string, facts: readonly UnconfirmedFact[]) => string;
  /** --strict and rows with errors: nothing is written. */
  strict: (n: number, rowList: string, input: string) => string;
  overwrite: (input: string) => string;
  noRows: (input: string, sheet: string) => string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date's two readings, from its first two numbers: 06/12/2024 is 6 December or June 12. */
function dayMonth(value: string, lang: 'en' | 'zh'): string {
  const [a, b] = (value.match(/\d+/g) ?? []).map(Number);
  if (!a || !b || a > 12 || b > 12) return lang === 'zh' ? '可以是日在前或月在前' : 'day or month first';
  return lang === 'zh' ? `可以是 ${b} 月 ${a} 日或 ${a} 月 ${b} 日` : `${a} ${MONTHS[b - 1]} or ${MONTHS[a - 1]} ${b}`;
}

/** What formula-like values start with: + - = or @ as before; a tab or a line break by name. */
function leadsText(leads: readonly string[] | undefined, lang: 'en' | 'zh'): string {
  const named = (leads ?? []).filter((c) => !'+-=@'.includes(c));
  if (named.length === 0) return lang === 'zh' ? '+ - = 或 @' : '+ - = or @';
  const words = (leads ?? []).map((c) =>
    c === '\t' ? (lang === 'zh' ? '制表符' : 'a tab') : c === '\r' ? (lang === 'zh' ? '回车符' : 'a line break') : c,
  );
  return lang === 'zh' ? words.join('、') : words.join(', ');
}

/** Rows with only masked names or contacts, grouped by their columns: 第 2、3 行（“收件人”“收件人手机号”）. */
function maskedRows(rows: readonly MaskedOnlyRow[], total: number, lang: 'en' | 'zh'): string {
  const groups = new Map<string, { columns: readonly string[]; rows: number[] }>();
  for (const row of rows) {
    const key = row.columns.join('\n');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { columns: row.columns, rows: [] }));
    group.rows.push(row.row);
  }
  const more = total - rows.length;
  if (lang === 'zh') {
    const parts = [...groups.values()].map(
      (g) => `第 ${g.rows.join('、')} 行（${g.columns.map((c) => `“${c}”`).join('')}）`,
    );
    return `${parts.join('，')}${more > 0 ? `，另有 ${more.toLocaleString('zh-CN')} 行` : ''}`;
  }
  const parts = [...groups.values()].map(
    (g) => `row${g.rows.length === 1 ? '' : 's'} ${g.rows.join(', ')}: ${g.columns.map((c) => `"${c}"`).join(', ')}`,
  );
  return `${parts.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Continuation lines each named with the customer's row they continue, the first few of them. */
const CONTINUATIONS_NAMED = 5;
function continuationPairs(shown: readonly SkippedRow[], total: number, lang: 'en' | 'zh'): string {
  const pairs = shown
    .flatMap((s) => (s.reason === 'continuation' ? [s] : []))
    .slice(0, CONTINUATIONS_NAMED)
    .map((s) =>
      lang === 'zh' ? `第 ${s.row} 行续第 ${s.customerRow} 行` : `row ${s.row} continues row ${s.customerRow}`,
    );
  const more = total > pairs.length ? (lang === 'zh' ? '……' : ', …') : '';
  return `${pairs.join(lang === 'zh' ? '，' : ', ')}${more}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

const en: ExportWords = {
  rows: (n) => plural(n, 'row'),
  rowList: (total, shown) =>
    `row${total === 1 ? '' : 's'} ${shown.join(', ')}${total > shown.length ? ` and ${total - shown.length} more` : ''}`,
  exported: (input, crm, object, rows) => `Exported ${input} for ${crm} (${object}): ${en.rows(rows)}`,
  file: (path, rows) => `→ ${path} (${en.rows(rows)})`,
  columns: 'Columns:',
  notInSheet: '(not in the sheet)',
  sourceNotes: {
    'name.salutation': ' (title before the name)',
    'name.first': ' (first name)',
    'name.last': ' (last name)',
    'name.full': ' (full name)',
    'phone.mobile': ' (mobile numbers)',
    'phone.other': ' (landlines and other numbers)',
    'phone.home': ' (home numbers)',
  },
  extraColumns: (headers) => `Kept as extra columns under the sheet's header: ${headers.join(', ')}`,
  accountRows: (n) => `${plural(n, 'company-only row')} (no person) written as accounts`,
  accountGroups: (accounts, contacts) =>
    `One account per company: ${plural(accounts, 'account')} with the companies' own columns; the ${plural(contacts, 'person')} went to the contacts file, each naming their account (import the accounts first)`,
  accountNoContact: (n, rowList) =>
    `${en.rows(n)} (${rowList}) had no contact person: ${n === 1 ? 'its' : 'their'} phone and email are the company's, written on the account (no contact row for ${n === 1 ? 'it' : 'them'})`,
  accountCompanyLines: (n, rowList) =>
    `${en.rows(n)} (${rowList}) gave a landline or a shared mailbox (info@, sales@): written on the account too, and kept on the contact`,
  skippedIdOnly: (n, rowList) =>
    `Skipped ${en.rows(n)} (${rowList}): only a customer ID, no customer details, so not exported`,
  accountDiffering: (column, companies) =>
    `"${column}" differed between the rows of ${plural(companies, 'company')}: the account took its first row's value (the contacts file keeps each row's)`,
  filled: (column, rows) =>
    `Required "${column}" filled with the person's own name in ${en.rows(rows)}: they have no company (consumers), and the CRM needs one`,
  missingRequired: (column, rows) => `Warning: required "${column}" is blank in ${en.rows(rows)}`,
  filledFromOther: (column, sheetColumn, rows, ownColumns, rowList) =>
    `"${column}" took the value of "${sheetColumn}" in ${en.rows(rows)} (${rowList}) that had none ${ownColumns.length === 0 ? 'of their own' : `in ${ownColumns.map((c) => `"${c}"`).join(' or ')}`} (the column is kept as an extra column too)`,
  severalEmails: (sheetColumn, rows, emailColumn, to, rowList) =>
    `${en.rows(rows)} of "${sheetColumn}" (${rowList}) held several addresses: the first went to "${emailColumn}", the others to ${to.map((c) => `"${c}"`).join(' and ')}; the sheet is unchanged`,
  phoneNotes: (column, n, notes, rowList) =>
    `${plural(n, 'number')} of "${column}" (${rowList}) had a note typed after ${n === 1 ? 'it' : 'them'} (such as 微信同号 or WhatsApp): the number went to its phone column, the note as typed to ${notes ? `"${notes}"` : `an extra column under "${column}"`}`,
  linkTargets: (column, n, rowList, { label, target }) =>
    `${plural(n, 'cell')} of "${column}" (${rowList}) showed a label linking to the value (such as "${label}" → ${target}): the link's target was written, as an import file holds no links; the sheet is unchanged`,
  namesKeptWhole: (n) =>
    `${plural(n, 'name')} kept whole in the last name (a name with a title such as 张总 or 陈大文先生, a name in mixed scripts, or one that reads either way such as Lee Ho Tan, Li Na, or Wang Xiaoming on a row that does not say China)`,
  remarkNames: (n) =>
    `${plural(n, 'name')} held the company too (张三-杭州源泉科技, Tom Lee - Acme Ltd): the person went to the name columns, the company to the account column unless the row's company column has one; the sheet is unchanged`,
  namesWithEmail: (n) =>
    `${plural(n, 'name')} typed with an e-mail (Jane Doe (jane@acme.com), Tom Reed <tom@acme.com>): the name went to the name columns, the address to Email unless the row has one of its own, then beside it; the sheet is unchanged`,
  remarkTwoReadings: (n, example, rowList) =>
    `${plural(n, 'name')} (${rowList}, such as "${example}") read two ways, a person at a company or one company's name, since the person's part is also a city's: kept as typed`,
  clientsAsContacts: (n, column) =>
    `${plural(n, 'customer')} with no contact whose "${column}" is a person's name (Chloe Morgan, a couple) ${n === 1 ? 'was' : 'were'} written as ${n === 1 ? 'a contact' : 'contacts'} with no company; organisations stay accounts`,
  companiesNamingPerson: (n, column) =>
    `${plural(n, 'row')} whose "${column}" names the row's own person (Bouchard, Luc beside Luc Bouchard) ${n === 1 ? 'was' : 'were'} written as ${n === 1 ? 'a contact' : 'contacts'} with no company; the sheet is unchanged`,
  roleAsName: (value, rows) =>
    `"${value}" in the name column of ${en.rows(rows)} is a role, not a person's name: the name was left blank (the row is its company's)`,
  noCompanyWord: (value, rows) =>
    `"${value}" in the company column of ${en.rows(rows)} says there is no company (a private person or sole trader): the company was left blank`,
  personalRemarks: (n) =>
    `${plural(n, 'name')} marked as a personal contact (付超-个人) written as the person alone, with no company from the mark`,
  ownNameRows: (n, column, contact) => `${plural(n, 'row')} with no "${contact}" took the person from "${column}"`,
  namesBesideContact: (n, column, contact, account, rowList) =>
    `"${column}" holds people's names, not companies', beside the contact column "${contact}": in ${plural(n, 'row')} (${rowList}) "${contact}" is the contact and "${column}" was ${account ? `not written to "${account}" but ` : ''}kept as an extra column under its own header`,
  otherContact: (headers) =>
    `${headers.map((h) => `"${h}"`).join(', ')} ${headers.length === 1 ? 'is' : 'are'} another contact's on the row: kept as extra columns under their own headers, never written as the row's contact's phone, e-mail or title`,
  secondContactRows: (n, headers, account) =>
    `${plural(n, 'contact row')} written for the other contact in ${headers.map((h) => `"${h}"`).join(', ')}: each a person of its own, with its name, phone and e-mail in the contact's columns and its row's company${account ? ` in "${account}"` : ''}, so the import links it to the same company; the row's notes and other columns stay on its first contact's row`,
  secondContactsAside: (n, headers) =>
    `In ${plural(n, 'row')}, ${headers.map((h) => `"${h}"`).join(', ')} name${headers.length === 1 ? 's' : ''} no one or the row's own contact (a further number of theirs, or another person of the same name): kept as extra columns on the row, as typed`,
  ownNamesAside: (n, column, contact, rowList) =>
    `${plural(n, 'row')} (${rowList}) name${n === 1 ? 's' : ''} one person in "${contact}" and another in "${column}": "${contact}" is the contact, and "${column}" is kept as an extra column holding only those names (nothing merged or dropped)`,
  chineseList: 'Pinyin names read surname first (a Chinese list)',
  latinList: (surnameFirst) =>
    surnameFirst > 0
      ? `Latin names read first name first, except ${plural(surnameFirst, 'romanised Chinese name')} read surname first (Lim Wei Ming: Lim is the last name)`
      : 'Latin names read first name first',
  regionsSplit: (column, n) =>
    `${plural(n, 'value')} of "${column}" held province, city and district (安徽省 合肥市 蜀山区): the province went to the State column, the city to City, the district before the street (with the city where the row has no street)`,
  regionsAsCountry: (column, n) =>
    `${plural(n, 'value')} of "${column}" named Hong Kong, Taiwan or Macao (香港, 臺灣, 澳门): written to the Country column as typed, since they are no province; a row's own country column wins`,
  sparePhones: (column, n, notes) =>
    `${plural(n, 'number')} of "${column}" found no free phone column (the row's other numbers took them) and ${n === 1 ? 'was' : 'were'} kept as typed ${notes ? `in "${notes}"` : `under "${column}"`}`,
  sparePhonesNotMobile: (column, n, notes) =>
    `${plural(n, 'number')} of "${column}" found the main phone column taken by the row's other numbers; the mobile column was free, but nothing says ${n === 1 ? 'it is a mobile, so it was' : 'they are mobiles, so they were'} kept as typed ${notes ? `in "${notes}"` : `under "${column}"`}`,
  sparePhonesInvalid: (column, n, notes) =>
    `${plural(n, 'number')} of "${column}" ${isAre(n)} no valid phone number and found ${n === 1 ? 'its' : 'their'} phone column taken by the row's valid numbers: kept as typed ${notes ? `in "${notes}"` : `under "${column}"`}`,
  titleTwoReadings: (title, n, salutation, notes) =>
    `${plural(n, 'title')} "${title}" means Mrs. or Ms.: not written to "${salutation}", kept as typed in "${notes}"`,
  titleNotInPicklist: (title, n, crm, notes) =>
    `${plural(n, 'title')} "${title}" has no value of its meaning in ${crm}'s Salutation list: kept as typed in "${notes}"`,
  spareFaxes: (column, n, notes) =>
    `${plural(n, 'number')} of "${column}" ${isAre(n)} a fax, which no phone column is, and ${n === 1 ? 'was' : 'were'} kept as typed ${notes ? `in "${notes}"` : `under "${column}"`}`,
  partialDates: (column, n, keptIn) =>
    `${plural(n, 'value')} of "${column}" ${isAre(n)} only part of a date (a birthday without its year, a year and month): the CRM's date column takes a whole date, so ${n === 1 ? 'it was' : 'they were'} left blank there and kept as typed in "${keptIn}"`,
  placeholders: (column, n) =>
    `${plural(n, 'value')} of "${column}" ${isAre(n)} a placeholder for no value (-, 无, N/A) and ${n === 1 ? 'was' : 'were'} written blank`,
  formulaErrors: (column, n) =>
    `${plural(n, 'cell')} of "${column}" ${n === 1 ? 'holds a formula error' : 'hold formula errors'} (#N/A, #REF!), no value, and ${n === 1 ? 'was' : 'were'} written blank: fix the formula in the sheet`,
  valuesAsTyped: (column, n) =>
    `${plural(n, 'value')} of "${column}" could not be read and ${n === 1 ? 'was' : 'were'} exported as typed`,
  postcodesZeroed: (column, n) =>
    `${plural(n, 'postcode')} in "${column}" got back the leading zero a spreadsheet dropped (US 2110 → 02110, Australia 800 → 0800), as the row is American or Australian`,
  twoReadings: (column, n, first, crm, keptIn) =>
    `${plural(n, 'date')} of "${column}" read${n === 1 ? 's' : ''} two ways${first ? ` (${first.value} in row ${first.row}: ${dayMonth(first.value, 'en')})` : ''} and the column does not say which: ${crm} reads every date of a column in one order, so ${n === 1 ? 'it was' : 'they were'} left out of "${column}" and kept as typed in "${keptIn}"`,
  partDays: (column, n, first) =>
    `  of which ${plural(n, 'date')} of "${column}" ${n === 1 ? 'gives' : 'give'} only the month or the year, or no year${first ? ` (${first.value} in row ${first.row})` : ''}: left as typed, as no day or year is made up`,
  offPicklist: (column, crm, labels) =>
    `"${column}" values with no standard ${crm} value, written as their label: ${labels.join(', ')}`,
  notCrmValues: (column, crm, values) =>
    `"${column}" values that are not among ${crm}'s own values, written as typed (map them in the import, or add them to ${crm}'s list): ${values.join(', ')}`,
  skippedContinuations: (n, rowList, shown) =>
    `Skipped ${en.rows(n)} (${rowList}): ${n === 1 ? 'it continues' : 'each continues'} the customer above it (no name or row number, only a follow-up, a note or another phone; ${continuationPairs(shown, n, 'en')}), no customer of its own, so not exported; to export what ${n === 1 ? 'it holds' : 'they hold'}, move it into that customer's row`,
  errorRows: (n, rowList) =>
    `Warning: ${en.rows(n)} still ${n === 1 ? 'has' : 'have'} errors (${rowList}); run "custodian check" to see them, --strict refuses to export them`,
  formulaLike: (n, columns, leads) =>
    `${plural(n, 'value')} (${columns.join(', ')}) start${n === 1 ? 's' : ''} with ${leadsText(leads, 'en')} and ${isAre(n)} written exactly for the importer; ` +
    `a spreadsheet opening this CSV would read ${n === 1 ? 'it as a formula or a number' : 'them as formulas, or numbers without their +'}: to look at the file, export to .xlsx`,
  unconfirmed: (crm, facts) =>
    `Defaults not confirmed by ${crm}'s documentation (override with --map FILE): ${facts.map((f) => f.en).join('; ')}`,
  privacyNumbers: (column, n, example, crmColumns, keptIn) =>
    `${plural(n, 'value')} of "${column}" ${isAre(n)} an order's privacy number (a mobile with an extension, e.g. "${example}"), which reaches the buyer only while the order lasts: not written to ${crmColumns.map((c) => `"${c}"`).join(', ')}, kept as typed in "${keptIn}"`,
  maskedValues: (column, n, example, crmColumns, keptIn) =>
    `${plural(n, 'value')} of "${column}" ${isAre(n)} starred out (masked, e.g. "${example}"), not the whole value: not written to ${crmColumns.map((c) => `"${c}"`).join(', ')}, kept as typed in "${keptIn}"`,
  postNominals: (column, n, example, keptIn) =>
    `${plural(n, 'name')} of "${column}" ${n === 1 ? 'ends' : 'end'} in a degree or credential (such as "${example}"), which is no part of the name: First and Last Name hold the name alone, and the name as typed is kept in "${keptIn}"`,
  postcodesFromAddress: (column, n, crmColumn) =>
    `${plural(n, 'postcode')} in brackets at the end of "${column}" went to "${crmColumn}", and the street is written without ${n === 1 ? 'it' : 'them'}`,
  regionsInAddress: (column, n, address) =>
    `${plural(n, 'value')} of "${column}" held province, city and district (安徽省 合肥市 蜀山区): the layout has no State or City column, so they were written with the street in "${address}"`,
  strictMasked: (n, rows, input) =>
    `custodian export: ${en.rows(n)} ha${n === 1 ? 's' : 've'} only a starred-out (masked) name or contact (${maskedRows(rows, n, 'en')}); nothing written. ` +
    `Drop --strict to export them with the masked values kept as typed outside the name, phone and e-mail columns, or get the whole values for ${input}.`,
  strict: (n, rowList, input) =>
    `custodian export: ${en.rows(n)} still ha${n === 1 ? 's' : 've'} errors (${rowList}); nothing written. ` +
    `Run "custodian check ${input}" to see them, or drop --strict.`,
  overwrite: (input) => `custodian export: will not write over the input file ${input}; choose another output name`,
  noRows: (input, sheet) => `custodian export: ${input} [${sheet}] has no customer rows to export`,
};

const zh: ExportWords = {
  rows: (n) => `${n.toLocaleString('zh-CN')} 行`,
  rowList: (total, shown) =>
    `第 ${shown.join('、')} 行${total > shown.length ? `，另有 ${(total - shown.length).toLocaleString('zh-CN')} 行` : ''}`,
  exported: (input, crm, object, rows) => `已按 ${crm} 的导入格式导出 ${input}（${object}）：${zh.rows(rows)}`,
  file: (path, rows) => `→ ${path}（${zh.rows(rows)}）`,
  columns: '列：',
  notInSheet: '（表中没有）',
  sourceNotes: {
    'name.salutation': '（姓名前的称谓）',
    'name.first': '（名）',
    'name.last': '（姓）',
    'name.full': '（全名）',
    'phone.mobile': '（手机号）',
    'phone.other': '（座机和其他号码）',
    'phone.home': '（家庭电话）',
  },
  extraColumns: (headers) => `作为额外列保留，沿用表中的表头：${headers.join('、')}`,
  accountRows: (n) => `${zh.rows(n)}只有公司、没有联系人，已作为 accounts 写入`,
  accountGroups: (accounts, contacts) =>
    `每家公司只写一条客户：共 ${accounts.toLocaleString('zh-CN')} 条客户，只含公司本身的列；${contacts.toLocaleString('zh-CN')} 位联系人写入联系人文件，各自注明所属客户（请先导入客户）`,
  accountNoContact: (_n, rowList) => `${rowList}没有联系人：其电话和邮箱是公司自己的，已写在客户上（不另写联系人）`,
  accountCompanyLines: (_n, rowList) =>
    `${rowList}的座机或公共邮箱（info@、sales@ 之类）是公司的，也写在客户上，联系人文件同样保留`,
  skippedIdOnly: (_n, rowList) => `${rowList}只有客户编号，没有客户内容，未导出`,
  accountDiffering: (column, companies) =>
    `${companies.toLocaleString('zh-CN')} 家公司的各行在“${column}”上取值不同：客户取其第一行的值（联系人文件保留每行各自的值）`,
  filled: (column, rows) => `${zh.rows(rows)}没有公司（个人客户），必填列“${column}”填入了客户本人的姓名`,
  missingRequired: (column, rows) => `警告：${zh.rows(rows)}的必填列“${column}”为空`,
  filledFromOther: (column, sheetColumn, rows, ownColumns, rowList) =>
    `${zh.rows(rows)}（${rowList}）${ownColumns.length === 0 ? '没有自己的值' : `的${ownColumns.map((c) => `“${c}”`).join('、')}为空`}，“${column}”取了“${sheetColumn}”的值（该列仍作为额外列保留）`,
  severalEmails: (sheetColumn, rows, emailColumn, to, rowList) =>
    `“${sheetColumn}”有 ${zh.rows(rows)}（${rowList}）一格多个邮箱：第一个写入“${emailColumn}”，其余写入${to.map((c) => `“${c}”`).join('和')}；表格本身未改动`,
  phoneNotes: (column, n, notes, rowList) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个号码后面写了备注（如“微信同号”，${rowList}）：号码写入电话列，备注按原样写入${notes ? `“${notes}”` : `“${column}”列`}`,
  linkTargets: (column, n, rowList, { label, target }) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个单元格（${rowList}）显示的是链接文字（如“${label}”→ ${target}）：导入文件不含链接，已写入链接指向的值；表格本身未改动`,
  namesKeptWhole: (n) =>
    `${n.toLocaleString('zh-CN')} 个姓名整体放在姓一栏（如“张总”“陈大文先生”这类带称谓的姓名、混用多种文字的姓名，或 Lee Ho Tan 这类两种读法都通的姓名）`,
  remarkNames: (n) =>
    `${n.toLocaleString('zh-CN')} 个姓名里带着公司（如“张三-杭州源泉科技”“Tom Lee - Acme Ltd”）：人名写入姓名列，公司写入客户（公司）列，该行公司列已有值时以公司列为准；表格本身未改动`,
  namesWithEmail: (n) =>
    `${n.toLocaleString('zh-CN')} 个姓名后带着邮箱（如“何静(hejing@corp.cn)”“Tom Reed <tom@acme.com>”）：人名写入姓名列，邮箱写入 Email 列（该行已有邮箱时写在其后）；表格本身未改动`,
  remarkTwoReadings: (n, example, rowList) =>
    `${n.toLocaleString('zh-CN')} 个姓名（${rowList}，如“${example}”）有两种读法：某公司的某人，或整个是一家公司的名称（人名部分也是城市名）：已保持原样`,
  clientsAsContacts: (n, column) =>
    `${zh.rows(n)}没有联系人，且“${column}”是人名（个人客户），已作为联系人写出，不带公司；机构名称仍作为客户（accounts）写出`,
  companiesNamingPerson: (n, column) =>
    `${zh.rows(n)}的“${column}”写的是本人姓名（如 Bouchard, Luc 与 Luc Bouchard），已作为联系人写出，不带公司；表格本身未改动`,
  roleAsName: (value, rows) => `${zh.rows(rows)}的姓名列写的是“${value}”，是岗位而不是人名：姓名留空（该行归其公司）`,
  noCompanyWord: (value, rows) => `${zh.rows(rows)}的公司列写的是“${value}”，表示没有公司（个人或个体户）：公司留空`,
  personalRemarks: (n) =>
    `${n.toLocaleString('zh-CN')} 个姓名标注为个人联系人（如“付超-个人”）：只写出人名，不据此填公司`,
  ownNameRows: (n, column, contact) => `${zh.rows(n)}的“${contact}”为空，人名取自“${column}”`,
  namesBesideContact: (n, column, contact, account, rowList) =>
    `“${column}”是人名而不是公司名，表中另有联系人列“${contact}”：${zh.rows(n)}（${rowList}）以“${contact}”为联系人，“${column}”${account ? `没有写入“${account}”，而是` : ''}作为额外列沿用原表头保留`,
  otherContact: (headers) =>
    `${headers.map((h) => `“${h}”`).join('、')}是该行另一位联系人的信息：作为额外列沿用原表头保留，没有写入该行联系人的电话、邮箱或职位`,
  secondContactRows: (n, headers, account) =>
    `${headers.map((h) => `“${h}”`).join('、')}中的另一位联系人写成 ${n.toLocaleString('zh-CN')} 行联系人：每人单独一行，姓名、电话、邮箱写入联系人各列，并带上该行的公司${account ? `（“${account}”）` : ''}，导入后关联到同一家公司；该行的备注和其他列只留在第一位联系人那一行`,
  secondContactsAside: (n, headers) =>
    `${zh.rows(n)}的${headers.map((h) => `“${h}”`).join('、')}没有姓名，或与该行联系人同名（可能是其另一个号码，也可能是同名的另一个人）：作为额外列按原样留在该行`,
  ownNamesAside: (n, column, contact, rowList) =>
    `${zh.rows(n)}（${rowList}）的“${contact}”与“${column}”是不同的人：以“${contact}”为联系人，“${column}”作为额外列只保留这些姓名（不合并、不丢弃）`,
  chineseList: '拼音姓名按姓在前读取（中文名单）',
  latinList: (surnameFirst) =>
    surnameFirst > 0
      ? `拉丁字母姓名按名在前读取，其中 ${surnameFirst.toLocaleString('zh-CN')} 个拼写的华人姓名按姓在前读取（如 Lim Wei Ming：姓 Lim）`
      : '拉丁字母姓名按名在前读取',
  regionsSplit: (column, n) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值包含省、市、区（如“安徽省 合肥市 蜀山区”）：省写入州/省列，市写入城市列，区写在街道地址之前（该行没有街道地址时写在城市之后）`,
  regionsAsCountry: (column, n) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值是香港、台湾或澳门：按原样写入国家/地区列，而不是省份；该行已有国家/地区时以其为准`,
  sparePhones: (column, n, notes) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个号码没有空着的电话列（该行的其他号码已占用），已按原样写入${notes ? `“${notes}”` : `“${column}”列`}`,
  sparePhonesNotMobile: (column, n, notes) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个号码的电话列已被该行的其他号码占用；手机列空着，但无从判断它是手机号，已按原样写入${notes ? `“${notes}”` : `“${column}”列`}`,
  sparePhonesInvalid: (column, n, notes) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个号码不是有效的电话号码，其电话列已被该行的有效号码占用；已按原样写入${notes ? `“${notes}”` : `“${column}”列`}`,
  titleTwoReadings: (title, n, salutation, notes) =>
    `${n.toLocaleString('zh-CN')} 个称谓“${title}”可作 Mrs. 或 Ms.：未写入“${salutation}”，已按原样写入“${notes}”`,
  titleNotInPicklist: (title, n, crm, notes) =>
    `${n.toLocaleString('zh-CN')} 个称谓“${title}”在 ${crm} 的称谓（Salutation）列表中没有同义的值：已按原样写入“${notes}”`,
  spareFaxes: (column, n, notes) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个号码是传真，不属于任何电话列，已按原样写入${notes ? `“${notes}”` : `“${column}”列`}`,
  partialDates: (column, n, keptIn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值只是日期的一部分（没有年份的生日、只有年月）：CRM 的日期列需要完整日期，该列留空，按原样写入“${keptIn}”`,
  placeholders: (column, n) => `“${column}”有 ${n.toLocaleString('zh-CN')} 个值是“-”“无”之类的占位内容，已留空`,
  formulaErrors: (column, n) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个单元格是公式出错（#N/A、#REF! 之类），不是数据，已留空：请在表格中修正公式`,
  valuesAsTyped: (column, n) => `“${column}”有 ${n.toLocaleString('zh-CN')} 个值无法识别，已按原样导出`,
  postcodesZeroed: (column, n) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个邮编补回了电子表格去掉的开头的 0（美国 2110 → 02110，澳大利亚 800 → 0800），因为该行属于美国或澳大利亚`,
  twoReadings: (column, n, first, crm, keptIn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个日期有两种读法${first ? `（第 ${first.row} 行的 ${first.value} ${dayMonth(first.value, 'zh')}）` : ''}，该列其他日期也无法判断：${crm} 按同一种顺序读一列日期，因此未写入“${column}”，按原样写入“${keptIn}”`,
  partDays: (column, n, first) =>
    `  其中“${column}”有 ${n.toLocaleString('zh-CN')} 个日期只写到月份或年份，或没有年份${first ? `（第 ${first.row} 行的“${first.value}”）` : ''}：按原样导出，不补日期或年份`,
  offPicklist: (column, crm, labels) =>
    `“${column}”中这些值在 ${crm} 中没有对应的标准值，按其选项名称写入：${labels.join('、')}`,
  notCrmValues: (column, crm, values) =>
    `“${column}”中这些值不是 ${crm} 自带的取值，按原样写入（导入时映射，或先在 ${crm} 中添加）：${values.join('、')}`,
  skippedContinuations: (n, rowList, shown) =>
    `跳过 ${zh.rows(n)}（${rowList}）：是上方客户的续行（没有姓名和序号，只有跟进记录、备注或另一个电话；${continuationPairs(shown, n, 'zh')}），不是单独的客户，未导出；如需导出其中的内容，请并入该客户所在的行`,
  errorRows: (n, rowList) =>
    `警告：${zh.rows(n)}仍有错误（${rowList}）：运行 custodian check 查看，加 --strict 则不导出这些行`,
  formulaLike: (n, columns, leads) =>
    `${n.toLocaleString('zh-CN')} 个值（${columns.join('、')}）以 ${leadsText(leads, 'zh')} 开头，已按原样写出供导入工具读取；` +
    `用电子表格打开这个 CSV 会把${n === 1 ? '它' : '它们'}当作公式，或去掉 + 当作数字：如需查看文件，请导出为 .xlsx`,
  unconfirmed: (crm, facts) =>
    `以下默认设置未经 ${crm} 官方文档确认（可用 --map FILE 覆盖）：${facts.map((f) => f.zh).join('；')}`,
  privacyNumbers: (column, n, example, crmColumns, keptIn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值是订单的隐私号（手机号加分机号，如“${example}”），只在订单期间能联系到买家：未写入${crmColumns.map((c) => `“${c}”`).join('')}，按原样写入“${keptIn}”`,
  maskedValues: (column, n, example, crmColumns, keptIn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值打了星号（脱敏，如“${example}”），不是完整的值：未写入${crmColumns.map((c) => `“${c}”`).join('')}，按原样写入“${keptIn}”`,
  postNominals: (column, n, example, keptIn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个姓名后面带着学位或职业资格（如“${example}”），不属于姓名：名和姓只写人名，原样的姓名写入“${keptIn}”`,
  postcodesFromAddress: (column, n, crmColumn) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个地址末尾括号里的邮编写入了“${crmColumn}”，街道地址中不再重复`,
  regionsInAddress: (column, n, address) =>
    `“${column}”有 ${n.toLocaleString('zh-CN')} 个值包含省、市、区（如“安徽省 合肥市 蜀山区”）：该导入格式没有省、市列，已与街道地址一起写入“${address}”`,
  strictMasked: (n, rows, input) =>
    `custodian export: ${zh.rows(n)}的姓名或联系方式只有打了星号（脱敏）的值（${maskedRows(rows, n, 'zh')}），未写入任何文件。` +
    `去掉 --strict 则照常导出（这些值按原样写在姓名、电话和邮箱列之外），或取得 ${input} 的完整数据。`,
  strict: (n, rowList, input) =>
    `custodian export: ${zh.rows(n)}仍有错误（${rowList}），未写入任何文件。运行 custodian check ${input} 查看，或去掉 --strict。`,
  overwrite: (input) => `custodian export: 不会覆盖输入文件 ${input}，请换一个输出文件名`,
  noRows: (input, sheet) => `custodian export: ${input} [${sheet}] 没有可导出的客户行`,
};

export function exportWords(locale: Locale): ExportWords {
  return locale === 'zh-CN' ? zh : en;
}
