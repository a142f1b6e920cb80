/**
 * A gym's or a club's member list names whom to call in an emergency (Emergency Contact, 紧急联系人,
 * 紧急联系电话, ICE Phone, 家属): someone else than the member. The column is no contact person of the
 * member's and its number no number of the member's: mapping leaves it alone, marked as someone
 * else's, and the export keeps the member as the contact, with the emergency contact under its header.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from '../export/fixtures';
import { labelWouldChange } from '../../shared/template/header-keeps';

// prettier-ignore
const AU_MEMBERS: CellValue[][] = [
  ['Member ID', 'Name', 'DOB', 'Gender', 'Mobile', 'Email', 'Membership', 'Start Date', 'Expiry', 'Status', 'Emergency Contact', 'Notes'],
  ['GYM-0001', 'Sarah Connor', '05/03/1985', 'F', '0412 345 678', 'sarah.c@gmail.com', 'Annual', '01/02/2024', '31/01/2025', 'Active', 'John Connor 0413 111 222', 'Knee injury - no squats'],
  ['GYM-0002', 'Kyle Reese', '12/11/1990', 'M', '0423 456 789', 'kreese@hotmail.com', 'Monthly', '15/03/2024', '14/04/2024', 'Active', '', 'PT with Dave Tues/Thurs'],
  ['GYM-0005', 'Dani Dyson', '31/12/1988', 'F', '', 'dani.d@bigpond.com', 'Family', '10/10/2023', '09/10/2024', 'Active', 'Miles Dyson (husband)', 'Family plan with Miles Dyson GYM-0006'],
  ['GYM-0006', 'Miles Dyson', '01/01/1987', 'M', '0400 000 001', 'dani.d@bigpond.com', 'Family', '10/10/2023', '09/10/2024', 'Active', 'Dani Dyson', 'shares email with wife'],
];

// prettier-ignore
const CN_MEMBERS: CellValue[][] = [
  ['会员编号', '姓名', '手机', '紧急联系人', '紧急联系电话', '备注'],
  ['G001', '李娜', '13812345678', '张伟', '13900001111', ''],
  ['G002', '王芳', '13812345679', '', '', ''],
  ['G003', '赵磊', '13812345680', '赵刚', '13900002222', '膝盖旧伤'],
];

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const map = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));

describe('mapHeaders with an emergency contact', () => {
  test('an Australian gym’s Emergency Contact is no contact person of the member’s', () => {
    const mapping = map(AU_MEMBERS);
    expect(mappingToJson(mapping)).toMatchObject({ Name: 'name', Mobile: 'phone', 'Emergency Contact': null });
    expect(mapping.columns[10]).toMatchObject({ field: null, someoneElse: true });
  });

  test('a Chinese gym’s 紧急联系人 and 紧急联系电话 are neither the contact nor a phone of the member’s', () => {
    const mapping = map(CN_MEMBERS);
    expect(mappingToJson(mapping)).toMatchObject({ 姓名: 'name', 手机: 'phone', 紧急联系人: null, 紧急联系电话: null });
    expect(mapping.columns[3]).toMatchObject({ someoneElse: true });
    expect(mapping.columns[4]).toMatchObject({ someoneElse: true });
    expect(mapping.columns[4]!.secondOf).toBeUndefined();
  });

  test('an emergency number is not the phone even where the list has no phone of its own', () => {
    const rows = [
      ['Ann Smith', 'ann@example.com', '+61 413 111 222'],
      ['Leo Park', 'leo@example.com', '+61 413 111 333'],
      ['Mia Chen', 'mia@example.com', '+61 413 111 444'],
    ];
    for (const header of [
      'Emergency Contact Phone',
      'ICE Phone',
      'ICE',
      'In Case of Emergency',
      '紧急联系电话',
      '家属电话',
    ]) {
      const mapping = mapHeaders(['Name', 'Email', header], DEFAULT_TEMPLATE, {}, rows);
      expect([header, mapping.columns[2]!.field]).toEqual([header, null]);
      expect([header, mapping.columns[2]!.someoneElse]).toEqual([header, true]);
    }
  });

  test.each([
    'Emergency Contact',
    'Emergency Contact Name',
    'ICE Contact',
    'Next of Kin',
    '紧急联系人',
    '紧急联系人姓名',
    '家属',
    '家属姓名',
  ])('a member list’s %s is no contact nor name', (header) => {
    const rows = [
      ['Sarah Connor', '0412 345 678', 'John Connor'],
      ['Kyle Reese', '0423 456 789', 'Ann Reese'],
      ['Jess Park', '0499 876 543', 'Tom Park'],
    ];
    const mapping = mapHeaders(['Name', 'Mobile', header], DEFAULT_TEMPLATE, {}, rows);
    expect(mappingToJson(mapping)).toEqual({ Name: 'name', Mobile: 'phone', [header]: null });
  });

  test('a user who maps the column to the contact keeps that choice', () => {
    const mapping = mapHeaders(
      AU_MEMBERS[0]!,
      DEFAULT_TEMPLATE,
      { 'Emergency Contact': 'contact' },
      AU_MEMBERS.slice(1),
    );
    expect(mappingToJson(mapping)['Emergency Contact']).toBe('contact');
    expect(mapping.columns[10]!.someoneElse).toBeUndefined();
  });

  test('a Referral Source column still names the lead source', () => {
    const rows = [
      ['Ann Smith', 'Web'],
      ['Leo Park', 'Trade Show'],
      ['Mia Chen', 'Referral'],
    ];
    expect(mappingToJson(mapHeaders(['Name', 'Referral Source'], DEFAULT_TEMPLATE, {}, rows))['Referral Source']).toBe(
      'source',
    );
  });
});

describe('planExport of a member list with an emergency contact', () => {
  test('HubSpot: the member is the contact, with no company; the emergency contact goes out under its header', () => {
    const file = planExport(sheet(AU_MEMBERS, 'Members'), { crm: 'hubspot', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'First Name': 'Sarah',
      'Last Name': 'Connor',
      Email: 'sarah.c@gmail.com',
      'Emergency Contact': 'John Connor 0413 111 222',
    });
    expect(rowOf(file, 2)['Company Name'] ?? null).toBeNull();
    expect(rowOf(file, 4)).toMatchObject({
      'First Name': 'Dani',
      'Last Name': 'Dyson',
      'Emergency Contact': 'Miles Dyson (husband)',
    });
  });

  test('Salesforce: Sarah Connor is no Account Name and John Connor no contact', () => {
    const { files } = planExport(sheet(AU_MEMBERS, 'Members'), { crm: 'salesforce', now: NOW });
    const cells = files.flatMap((f) => f.rows.flat()).filter((v) => typeof v === 'string');
    expect(cells).not.toContain('John');
    const contacts = files.find((f) => f.header.includes('First Name'))!;
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': 'Sarah', 'Last Name': 'Connor' });
    expect(rowOf(contacts, 2)['Account Name'] ?? null).toBeNull();
  });

  test('Zoho: 李娜 keeps her mobile; 张伟 and his number go out under their headers', () => {
    const file = planExport(sheet(CN_MEMBERS, '会员'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'First Name': '娜',
      'Last Name': '李',
      Mobile: '+8613812345678',
      紧急联系人: '张伟',
      紧急联系电话: '13900001111',
    });
    expect(rowOf(file, 2)['Account Name'] ?? null).toBeNull();
  });

  test('纷享销客: the contact is 李娜, never 张伟', () => {
    const { files } = planExport(sheet(CN_MEMBERS, '会员'), { crm: 'fxiaoke', now: NOW });
    const contacts = files.find((f) => f.header.includes('手机'))!;
    expect(rowOf(contacts, 2)).toMatchObject({ 联系人: '李娜', 手机: '13812345678' });
  });
});

describe('labelWouldChange of an emergency contact mapped by hand', () => {
  test.each([
    ['contact', '紧急联系人', '联系人'],
    ['contact', '家属', '联系人'],
    ['phone', '家属电话', '手机'],
    ['phone', 'ICE Phone', 'Phone'],
    ['contact', 'Next of Kin', 'Contact Person'],
  ])('setup keeps %s headed %s, not %s', (field, header, label) => {
    expect(labelWouldChange(field, header, label)).toBe(true);
  });

  test('an office’s own Phone is still renamed', () => {
    expect(labelWouldChange('phone', 'Telephone', 'Phone')).toBe(false);
  });
});
