/**
 * A list of customers in several countries: a British row's 14/02/2025 says the column is written day
 * first. One list writes one format whatever each customer's country, so an American row's 03/05/2025
 * is read as the column is written, 3 May, as a British row's 03/05/2025 is.
 */
import type { CheckResult } from '../../shared/check/check-sheet';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2025-06-10'];

describe('a slashed date on a row whose country writes the other order', () => {
  const dir = tempDir();

  test('an American row reads as the column British rows made day-first', async () => {
    writeFileSync(
      join(dir, 'mixed.csv'),
      [
        'First Name,Last Name,Email,Country,Last Order',
        "John,O'Brien,john.obrien@contoso.com,United States,03/05/2025",
        'Emma,Watson,emma@tailspin.co.uk,UK,14/02/2025',
        'Oliver,Hughes,oliver@hughes.co.uk,United Kingdom,03/05/2025',
        'Carlos,García,carlos.garcia@wwi.mx,Mexico,2024-11-30',
      ].join('\n'),
    );
    const check = JSON.parse((await run(['check', 'mixed.csv', '--json', ...TODAY], dir)).stdout) as CheckResult;
    const us = check.issues.find((i) => i.row === 2 && i.column === 'Last Order');
    expect(us).toMatchObject({ code: 'date.nonCanonical', suggestion: '2025-05-03' });
    // The British row reads 03/05/2025 as its country and the column do: 3 May.
    const uk = check.issues.find((i) => i.row === 4 && i.column === 'Last Order');
    expect(uk).toMatchObject({ code: 'date.nonCanonical', suggestion: '2025-05-03' });
  });
});
