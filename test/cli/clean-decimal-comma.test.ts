import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-06-30'];
const HEADER = ['Name', 'Company', 'Phone', 'Email', 'Total Spend', 'Created'];

// What French Excel saves as CSV: `;` between fields, dot thousands, decimal commas.
describe('custodian on a ;-separated CSV from French Excel', () => {
  const dir = tempDir();
  writeUtf8Csv(
    join(dir, 'fr-ambig.csv'),
    [
      HEADER,
      ['Marie Dupont', 'Dupont SARL', '+33 1 42 68 53 00', 'marie@dupont.fr', '1.500', '05/03/2024'],
      ['Jean Martin', 'Martin SA', '+33 1 42 68 53 01', 'jean@martin.fr', '2.000', '11/02/2024'],
    ],
    { delimiter: ';' },
  );
  writeUtf8Csv(
    join(dir, 'euro.csv'),
    [
      HEADER,
      ['Hans Müller', 'Müller GmbH', '+49 30 1234567', 'hans@mueller.de', '1.500', '25.03.2024'],
      ['Marie Dupont', 'Dupont SARL', '+33 1 42 68 53 00', 'marie@dupont.fr', '88,50', '31.12.2023'],
      ['Jürgen Weiß', 'Weiß AG', '+49 89 7654321', 'jw@weiss.de', '12.000,00', '01.02.2024'],
    ],
    { delimiter: ';' },
  );

  test('check warns that 1.500 could be 1500 or 1.5, and clean leaves it as typed', async () => {
    const check = await run(['check', 'fr-ambig.csv', '--json', ...TODAY], dir);
    const issues = JSON.parse(check.stdout).issues as { row: number; column: string; code: string }[];
    expect(issues.filter((i) => i.column === 'Total Spend').map((i) => [i.row, i.code])).toEqual([
      [2, 'number.ambiguous'],
      [3, 'number.ambiguous'],
    ]);

    const clean = await run(['clean', 'fr-ambig.csv', '-o', 'fr-ambig.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toMatch(/made numeric/);
    const sheet = (await readXlsx(join(dir, 'fr-ambig.xlsx'))).worksheets[0]!;
    expect([sheet.getCell('E2').value, sheet.getCell('E3').value]).toEqual(['1.500', '2.000']);
  });

  test('clean writes 1.500 as 1500 and 88,50 as 88.5 where the column shows its decimal comma', async () => {
    const clean = await run(['clean', 'euro.csv', '-o', 'euro.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/3 +numbers and amounts made numeric/);
    const sheet = (await readXlsx(join(dir, 'euro.xlsx'))).worksheets[0]!;
    expect([2, 3, 4].map((row) => sheet.getCell(row, 5).value)).toEqual([1500, 88.5, 12000]);
  });
});
