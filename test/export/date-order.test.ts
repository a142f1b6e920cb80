/**
 * A UK list's birth dates (03/04/1990 is 3 April) exported to a CRM that reads MM/dd/yyyy must say
 * 04/03/1990: export reads a column's dates in the order its unambiguous ones show, as check does.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no ${header} column in ${file.header.join(', ')}`);
  return file.rows.map((row) => row[at] ?? null);
}

describe('export of day/month dates', () => {
  test('reads a day-first column day first: 03/04/1990 goes to Salesforce as 04/03/1990', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'DOB'],
      ['Alice Green', 'alice@example.co.uk', '03/04/1990'],
      ['Ben Hall', 'ben@example.co.uk', '25/12/1985'],
      ['Cara Ives', 'cara@example.co.uk', '07/08/1992'],
    ];
    const { files, report } = planExport(sheet(values, 'Members'), { crm: 'salesforce', now: NOW });
    expect(columnOf(files[0]!, 'Birthdate')).toEqual(['04/03/1990', '12/25/1985', '08/07/1992']);
    expect(report.valuesAsTyped).toEqual({});
  });

  test("reads a month-first column month first, and writes no date for Outlook's 0/0/00", () => {
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'E-mail Address', 'Birthday'],
      ['John', 'Smith', 'john@acme.com', '5/17/1980'],
      ['Karen', 'Lee', 'karen@initech.com', '12/3/1975'],
      ['Kim', 'Nguyen', 'kim@adatum.com', '0/0/00'],
    ];
    const { files, report } = planExport(sheet(values, 'Contacts'), { crm: 'hubspot', now: NOW });
    const birth = files[0]!.header.find((h) => /birth/i.test(h))!;
    expect(columnOf(files[0]!, birth)).toEqual(['1980-05-17', '1975-12-03', null]);
    expect(report.valuesAsTyped).toEqual({});
  });
});
