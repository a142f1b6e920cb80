import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';

/**
 * An English contact list exported with its name split under a group merged across two columns:
 * Contact over First | Last in row 2, Phone, Email and Company written once in row 1.
 */
async function writeContacts(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Contacts');
  sheet.addRow(['Contact', null, 'Phone', 'Email', 'Company']);
  sheet.addRow(['First', 'Last', null, null, null]);
  sheet.addRow(['Liam', 'Smith', '+61 412 345 678', 'liam@example.com', 'Acme Pty Ltd']);
  sheet.addRow(['Emma', 'Jones', '+61 413 111 222', 'emma@example.com', 'Beta Pty Ltd']);
  sheet.addRow(['Noah', 'Brown', '', 'noah@example.com', 'Gamma Pty Ltd']);
  sheet.mergeCells('A1:B1');
  await book.xlsx.writeFile(file);
}

describe('a name split as First | Last under a Contact group', () => {
  const dir = tempDir();

  test('check reads the two columns as the name’s parts and row 2 as no customer', async () => {
    await writeContacts(join(dir, 'contacts.xlsx'));
    const check = await run(['check', 'contacts.xlsx', '--today', '2025-01-15', '--json'], dir);
    const report = JSON.parse(check.stdout) as {
      rows: number;
      mapping: Record<string, string>;
      issues: { row: number; code: string }[];
    };
    expect(report.rows).toBe(3);
    expect(report.mapping).toMatchObject({ 'First Name': 'name.given', 'Last Name': 'name.family' });
    // Row 2 (First, Last) was read as a customer with no phone; no issue names it now.
    expect(report.issues.filter((i) => i.row === 2)).toEqual([]);
  });

  test('clean writes one header row, First Name and Last Name', async () => {
    await writeContacts(join(dir, 'in.xlsx'));
    const clean = await run(['clean', 'in.xlsx', '-o', 'out.xlsx', '--today', '2025-01-15'], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('The two-row header ("Contact" over First, Last) is now one header row');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'out.xlsx'));
    const sheet = book.getWorksheet('Contacts')!;
    expect([1, 2, 3, 4, 5].map((c) => sheet.getRow(1).getCell(c).value)).toEqual([
      'First Name',
      'Last Name',
      'Phone',
      'Email',
      'Company',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('Liam');
  });
});
