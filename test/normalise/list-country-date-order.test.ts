/**
 * A list whose every row is in one country reads its slashed dates in that country's order, and one date
 * typed the other way round is a slip, not the column's order: an Australian clinic's 12/13/1985 among
 * 03/02/1991 and 25/11/1988 is 13 December, and 03/02/1991 stays 3 February. Two or more dates the other
 * way, more than the country's own, are how the column is written (an export in the other format).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { dateColumnContext, dateOrderOf, normaliseDate } from '../../shared/normalise/date';
import { rowDates } from '../../shared/normalise/row-dates';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2025-03-01'];
const HEADER = ['First Name', 'Last Name', 'Mobile', 'Email', 'Date of Birth', 'Suburb', 'Country'];
const DOB = HEADER.indexOf('Date of Birth') + 1;

const patient = (name: string, mobile: string, dob: string, country = 'Australia'): CellValue[] => {
  const [first, last] = name.split(' ');
  return [
    first!,
    last!,
    mobile,
    `${first!.toLowerCase()}.${last!.toLowerCase()}@bigpond.com`,
    dob,
    'Parramatta',
    country,
  ];
};

/** A Sydney clinic's patients, day first as Australians write them, with one birthday typed month first. */
const CLINIC: CellValue[][] = [
  HEADER,
  patient('Olivia Smith', '+61 412 345 678', '03/02/1991'),
  patient('Jack Nguyen', '+61 423 456 789', '25/11/1988', 'AU'),
  patient('Charlotte Brown', '0434 567 890', '14/07/1979'),
  patient('William Taylor', '+61 445 678 901', '12/13/1985'),
  patient('Amelia Wilson', '+61 456 789 012', '06/05/1990', 'AU'),
];
/** The same clinic where the slip is the column's only date past 12. */
const SLIP_ONLY = CLINIC.filter((row) => row[4] !== '25/11/1988' && row[4] !== '14/07/1979');

/** An American store's customers, month first, with one birthday typed day first. */
const US: CellValue[][] = [
  HEADER,
  ['Emily', 'Carter', '(415) 555-0132', 'emily.carter@gmail.com', '03/04/1985', 'Oakland', 'United States'],
  ['Jacob', 'Miller', '(212) 555-0178', 'jmiller@outlook.com', '05/06/1990', 'Brooklyn', 'United States'],
  ['Olivia', 'Brown', '+1 312-555-0148', 'olivia.b@yahoo.com', '25/12/1980', 'Evanston', 'USA'],
  ['Ethan', 'Davis', '206.555.0199', 'ethan.davis@icloud.com', '11/12/1979', 'Seattle', 'US'],
];

/** How every row's Date of Birth reads, as the commands share it (`dateColumnContext`, `rowDates`). */
function readings(rows: CellValue[][], sheet: string): (string | string[])[] {
  const context = dateColumnContext(rows, DOB, { region: sheet, birthDate: true });
  const dates = rowDates(rows, mapHeaders(rows[0]!, DEFAULT_TEMPLATE, {}, rows.slice(1)), 'CN', sheet);
  return rows.slice(1).map((row) => {
    const outcome = normaliseDate(row[DOB - 1], dates ? dates.contextOf(context, row) : context);
    return outcome.status === 'valid' ? String(outcome.value) : outcome.status === 'ambiguous' ? outcome.readings : [];
  });
}

describe('an Australian list with one birthday typed month first', () => {
  test('reads the others day first and the slip as the only day it can be', () => {
    expect(readings(CLINIC, 'AU')).toEqual(['1991-02-03', '1988-11-25', '1979-07-14', '1985-12-13', '1990-05-06']);
  });

  test('reads day first where the slip is the column’s only date past 12', () => {
    expect(readings(SLIP_ONLY, 'AU')).toEqual(['1991-02-03', '1985-12-13', '1990-05-06']);
  });

  test('reads day first where no date of the column says either way', () => {
    const plain = SLIP_ONLY.filter((row) => row[4] !== '12/13/1985');
    expect(readings(plain, 'AU')).toEqual(['1991-02-03', '1990-05-06']);
  });

  test('keeps both readings where two dates are month first and the country’s one day first', () => {
    const export_ = [
      ...CLINIC.filter((row) => row[4] !== '14/07/1979'),
      patient('Lucas Martin', '+61 467 890 123', '07/30/1982'),
    ];
    expect(readings(export_, 'AU')[0]).toEqual(['1991-02-03', '1991-03-02']);
  });

  test('reads month first where most of the column’s dates are month first', () => {
    const export_ = [
      ...SLIP_ONLY,
      patient('Lucas Martin', '+61 467 890 123', '07/30/1982'),
      patient('Mia Lee', '+61 478 901 234', '01/31/1975'),
    ];
    expect(readings(export_, 'AU').slice(0, 3)).toEqual(['1991-03-02', '1985-12-13', '1990-06-05']);
  });
});

describe('an American list with one birthday typed day first', () => {
  test('reads the others month first and the slip as the only day it can be', () => {
    expect(readings(US, 'US')).toEqual(['1985-03-04', '1990-05-06', '1980-12-25', '1979-11-12']);
  });

  test('reads day first where two of its dates are day first and none month first', () => {
    const dayFirst = [
      ...US,
      ['Ava', 'Moore', '(617) 555-0134', 'ava@moore.com', '13/04/1992', 'Boston', 'United States'],
    ];
    expect(readings(dayFirst, 'US').slice(0, 2)).toEqual(['1985-04-03', '1990-06-05']);
  });
});

describe('dateOrderOf', () => {
  const column = (...cells: string[]) => [['Date of Birth'], ...cells.map((c) => [c])];

  test('is the order at least four in five of the column’s one-way dates show', () => {
    expect(dateOrderOf(column('25/11/1988', '14/07/1979', '30/01/1990', '13/03/1985', '12/13/1985'), 1)).toBe('dmy');
    expect(dateOrderOf(column('11/25/1988', '07/14/1979', '01/30/1990', '03/13/1985', '13/12/1985'), 1)).toBe('mdy');
  });

  test('is no order where fewer do', () => {
    expect(dateOrderOf(column('25/11/1988', '14/07/1979', '30/01/1990', '12/13/1985'), 1)).toBeUndefined();
  });
});

describe('check of an Australian clinic’s list', () => {
  const dir = tempDir();
  const csv = (rows: CellValue[][]) => rows.map((row) => row.map((v) => String(v ?? '')).join(',')).join('\n');
  writeFileSync(join(dir, 'patients.csv'), csv(CLINIC));

  test.each([['en-US'], ['zh-CN']])('suggests 3 February for 03/02/1991 in %s', async (locale) => {
    const out = await run(['check', 'patients.csv', '--json', '--locale', locale, ...TODAY], dir);
    const check = JSON.parse(out.stdout) as CheckResult;
    const dob = check.issues.filter((i) => i.column === 'Date of Birth');
    expect(dob.find((i) => i.row === 2)).toMatchObject({ code: 'date.nonCanonical', suggestion: '1991-02-03' });
    expect(dob.find((i) => i.row === 2)?.message).toContain('1991-02-03');
    // The slip reads only month first: read so, and said to be the other way round from the column.
    expect(dob.find((i) => i.row === 5)).toMatchObject({ code: 'date.otherOrder', suggestion: '1985-12-13' });
    expect(dob.find((i) => i.row === 6)).toMatchObject({ code: 'date.nonCanonical', suggestion: '1990-05-06' });
  });
});
