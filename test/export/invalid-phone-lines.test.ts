/**
 * A row with several numbers, one of them no valid number (a digit short, a drama-range 07700 900…):
 * the valid ones fill the CRM's phone columns first, each by its kind; the invalid one then takes its
 * own column only where that is still free, written as typed, else it is kept as typed where numbers
 * no phone column takes go (the notes, else under its sheet header). It never takes a valid number's column.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { crmLayout, objectsOf, CRMS, type CrmId, type CrmObject } from '../../shared/export/crm-layouts';
import { enExport, rowsOf, sheet, zhExport } from './fixtures';

// shopify_customers.csv (Shopify's customer export): Mia's two numbers both valid; Oliver's Phone a
// drama-range 07700 900123, no valid number, beside his valid Default Address Phone.
// prettier-ignore
const SHOPIFY: CellValue[][] = [
  ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Company', 'Default Address Address1', 'Default Address City', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Total Spent', 'Note'],
  ["'7012345678906", 'Mia', 'Schmidt', 'mia.schmidt@web.de', 'no', null, 'Hauptstr. 5', 'Berlin', 'DE', "'10115", '030 1234567', '+49 151 23456789', '54.20', null],
  ["'7012345678907", 'Oliver', 'Smith', 'oliver.smith@btinternet.com', 'yes', null, '221B Baker St', 'London', 'GB', 'NW1 6XE', '020 7946 0958', '07700 900123', '310.00', null],
  ["'7012345678908", 'Ava', 'Brown', null, 'no', null, null, null, null, null, null, null, '0.00', 'Created at POS'],
];

// uk_smallbiz.csv (a UK small business's customer list): The Crown Inn's landline a drama-range
// 01632 960123 beside the landlord's valid mobile; Hair by Jo's only number a mobile without its 0.
// prettier-ignore
const UK: CellValue[][] = [
  ['Business Name', 'Contact', 'Mobile', 'Landline', 'Email', 'Address Line 1', 'Town', 'Postcode', 'Notes'],
  ['Bloom Florist', 'Sarah Jones', '07911123456', '020 7946 0018', 'hello@bloomflorist.co.uk', '4 Market Row', 'London', 'SW1A 1AA', null],
  ['The Crown Inn', "Pete O'Neill", '+44 7912 345678', '01632 960123', 'pete@thecrowninn.pub', 'Church Lane', 'Little Snoring', 'NR21 0AA', null],
  ['Hair by Jo', 'Jo Brown', '7911 654321', null, 'jo@hairbyjo.com', '22 Bridge St', 'Cardiff', 'CF10 1AA', null],
];

// A Chinese team's list: 王建国's 手机 a digit short (1381234567) beside the company's valid 座机.
// prettier-ignore
const ZH: CellValue[][] = [
  ['姓名', '公司', '手机', '座机', '备注'],
  ['刘晓明', '杭州西子网络科技有限公司', '13588889999', '0571-88886666', null],
  ['王建国', '北京华联商贸有限公司', '1381234567', '010-65281234', '老客户'],
];

/** The CRM columns of one source in a layout (Mobile, Phone, Description …). */
function header(crm: CrmId, object: CrmObject, source: string): string | undefined {
  return crmLayout(crm, object)?.columns.find((c) => c.source === source)?.header;
}

/** A row's numbers as the CRM file has them: its mobile and phone columns, and its notes. */
function phonesOf(file: ExportFile, crm: CrmId, sheetRow: number) {
  const row = rowsOf(file).find((r) => r.row === sheetRow);
  if (!row) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  const mobile = header(crm, file.object, 'phone.mobile');
  const other = header(crm, file.object, 'phone.other') ?? header(crm, file.object, 'phone');
  const notes = header(crm, file.object, 'notes');
  return {
    mobile: mobile === undefined ? undefined : row[mobile],
    other: row[other!],
    notes: notes === undefined ? undefined : row[notes],
    row,
  };
}

const EVERY_FILE = CRMS.flatMap((crm) => objectsOf(crm).map((object) => [crm, object] as const));

describe('a row’s invalid number beside a valid one', () => {
  test.each(EVERY_FILE)(
    'Shopify customers to %s %s: Oliver’s valid Default Address Phone is his Phone',
    (crm, object) => {
      const { files, report } = planExport(sheet(SHOPIFY, 'customers_export'), enExport(crm, object));
      const file = files.find((f) => f.object === object)!;
      const oliver = phonesOf(file, crm, 3);
      // 020 7946 0958 is a London landline: Phone, in the layout's form; Mobile stays blank.
      expect(oliver.other).toBe('+442079460958');
      if (oliver.mobile !== undefined) expect(oliver.mobile).toBeNull();
      // The invalid 07700 900123 is kept as typed: in the notes, else under its own header.
      if (oliver.notes !== undefined) expect(oliver.notes).toBe('Phone: 07700 900123');
      else expect(oliver.row['Phone']).toBe('07700 900123');
      expect(Object.values(oliver.row)).not.toContain('020 7946 0958');
      expect(report.sparePhonesInvalid).toEqual({ Phone: 1 });
      // Mia's two valid numbers are as before: the mobile to Mobile where the layout has one.
      const mia = phonesOf(file, crm, 2);
      if (mia.mobile !== undefined) expect([mia.mobile, mia.other]).toEqual(['+4915123456789', '+49301234567']);
    },
  );

  test.each(EVERY_FILE)('a UK small-business list to %s %s: The Crown Inn’s valid mobile is written', (crm, object) => {
    const { files, report } = planExport(sheet(UK, 'Customers'), enExport(crm, object));
    const file = files.find((f) => f.object === object)!;
    const crown = phonesOf(file, crm, 3);
    if (crown.mobile !== undefined) {
      // Mobile and Phone: each number in its own column, the invalid landline as typed.
      expect([crown.mobile, crown.other]).toEqual(['+447912345678', '01632 960123']);
      if (crown.notes !== undefined) expect(crown.notes).toBeNull();
      expect(report.sparePhonesInvalid).toEqual({});
    } else {
      // One Phone: the valid mobile, the invalid landline to the notes.
      expect(crown.other).toBe('+447912345678');
      expect(crown.notes).toBe('Landline: 01632 960123');
      expect(report.sparePhonesInvalid).toEqual({ Landline: 1 });
      // Bloom Florist's two valid numbers are as before: the landline is the company's Phone.
      expect(phonesOf(file, crm, 2)).toMatchObject({ other: '+442079460018', notes: 'Mobile: 07911123456' });
    }
    // A row whose only number is invalid keeps it, as typed, in its column: nothing better is there.
    const jo = phonesOf(file, crm, 4);
    expect(jo.mobile ?? jo.other).toBe('7911 654321');
  });

  test.each(EVERY_FILE)('a Chinese list to %s %s: 王建国’s valid 座机 is written', (crm, object) => {
    const { files, report } = planExport(sheet(ZH), zhExport(crm, object));
    const file = files.find((f) => f.object === object)!;
    const wang = phonesOf(file, crm, 3);
    expect(wang.other).toBe(crm === 'fxiaoke' ? '010-65281234' : '+861065281234');
    if (wang.mobile !== undefined) {
      // 手机 is free for his 手机, a digit short: kept there as typed.
      expect(wang.mobile).toBe('1381234567');
      if (wang.notes !== undefined) expect(wang.notes).toBe('老客户');
      expect(report.sparePhonesInvalid).toEqual({});
    } else {
      expect(wang.notes).toBe('老客户；手机：1381234567');
      expect(report.sparePhonesInvalid).toEqual({ 手机: 1 });
    }
  });
});

describe('an invalid number of another phone column', () => {
  // Outlook's contacts export: Carlos's Business Phone blank, his Company Main Phone a digit short,
  // his Other Phone valid.
  // prettier-ignore
  const OUTLOOK: CellValue[][] = [
    ['First Name', 'Last Name', 'Company', 'Business Phone', 'Company Main Phone', 'Other Phone', 'Mobile Phone', 'E-mail Address'],
    ['Priya', 'Nair', 'Kestrel AI', '+44 20 7946 0123', '', '', '+44 7911 123456', 'priya.nair@kestrelai.com'],
    ['Carlos', 'Mendes', 'Mendes Imports', '', '(305) 555-017', '(305) 555-0100', '(305) 555-0177', 'carlos@mendesimports.com'],
  ];

  test('fills a blank line after a valid one; it stays as typed under its own header', () => {
    const { files } = planExport(sheet(OUTLOOK, 'Contacts'), enExport('hubspot'));
    const rows = rowsOf(files[0]!);
    expect(rows[0]).toMatchObject({ 'Mobile Phone Number': '+447911123456', 'Phone Number': '+442079460123' });
    expect(rows[1]).toMatchObject({
      'Mobile Phone Number': '+13055550177',
      'Phone Number': '+13055550100',
      'Company Main Phone': '(305) 555-017',
    });
  });
});
