/**
 * An Outlook contact export's report workbook, recalculated by LibreOffice: the analysis sheet's
 * filled counts leave out 0/0/00 birthdays and Gender "Unspecified", as `report --json` does.
 * Skipped (with a message) where soffice is not installed.
 */
import { join } from 'node:path';
import type { InsightsReport } from '../../shared/insights';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import { readXlsx, writeUtf8Csv } from '../cli/fixtures';
import { run, tempDir } from '../cli/run';
import { hasSoffice, resaveWithLibreOffice, resultNumber, shownText } from '../support/libreoffice';

const soffice = hasSoffice();
if (!soffice)
  process.stderr.write(
    'analysis-sheet-outlook-libreoffice: soffice (LibreOffice) is not installed; the recalculation test is skipped.\n',
  );
const withSoffice = soffice ? describe : describe.skip;

// Outlook's CSV export as a small business's contacts fill it: 0/0/00 and Unspecified where Outlook has nothing.
const OUTLOOK = [
  ['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone', 'Company', 'Birthday', 'Gender'],
  ['Dave', 'Miller', 'dmiller@northwind.com', '(206) 555-0199', 'Northwind Traders', '0/0/00', 'Unspecified'],
  ['Sarah', 'Johnson', 'sarah.johnson@contoso.com', '(917) 555-0123', 'Contoso', '5/14/1985', 'Female'],
  ['Robert', 'Chen', 'robert.chen@acmecorp.com', '(415) 555-0132', 'Acme Corp', '0/0/0000', 'Male'],
  ['Maria', 'Garcia', 'maria@garcia-law.com', '(312) 555-0148', 'Garcia Law', '00/00/0000', 'Unspecified'],
];

withSoffice('analysis sheet of an Outlook export, recalculated by LibreOffice', () => {
  test('counts the filled birthdays and genders as report --json does', async () => {
    const dir = tempDir();
    writeUtf8Csv(join(dir, 'contacts.csv'), OUTLOOK);
    const today = ['--today', '2024-06-30'];
    const json = await run(['report', 'contacts.csv', '--json', ...today], dir);
    const report = JSON.parse(json.stdout) as InsightsReport;
    const filled = (column: string) => report.quality.fields.find((f) => f.column === column)?.filled;
    expect([filled('Birthday'), filled('Gender')]).toEqual([1, 2]);

    expect((await run(['report', 'contacts.csv', '-o', 'report.xlsx', ...today], dir)).code).toBe(0);
    const resaved = resaveWithLibreOffice(join(dir, 'report.xlsx'), join(dir, 'lo'), join(dir, 'lo-profile'), {
      TZ: 'UTC',
    });
    const words = INSIGHTS_LABELS['en-US'];
    const sheet = (await readXlsx(resaved)).getWorksheet(words.sheetName)!;
    const sheetFilled = new Map<string, number>();
    let quality = false;
    sheet.eachRow((row) => {
      const [a, b] = [shownText(row.getCell(1).value), shownText(row.getCell(2).value)];
      if (a === words.field && b === words.column) quality = true;
      else if (quality && a !== '') sheetFilled.set(b, resultNumber(row.getCell(3).value));
    });
    for (const field of report.quality.fields)
      expect([field.column, sheetFilled.get(field.column)]).toEqual([field.column, field.filled]);
  }, 180_000);
});
