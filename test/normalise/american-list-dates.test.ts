/**
 * An American list writes its slashed dates month first, as US Excel reads them: a Shopify or
 * Eventbrite export whose every customer is in the United States (by its Country column, or by its
 * +1 phones in a list of US numbers) reads 03/04/2021 as 4 March 2021 even where no date of the
 * column has a part over 12. A list with British or Australian customers or a Chinese list keeps both
 * readings, as before; a column holding more dates only day first reads (25/12/2021) than month first,
 * more than one, is read day first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { dateColumnContext, normaliseDate } from '../../shared/normalise/date';
import { rowDates } from '../../shared/normalise/row-dates';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { run, tempDir } from '../cli/run';

const TODAY = ['--today', '2022-06-30'];

const HEADER = ['First Name', 'Last Name', 'Email', 'Phone', 'Country', 'Last Order Date', 'Total Spent'];
const US_ORDERS: CellValue[][] = [
  HEADER,
  ['Emily', 'Carter', 'emily.carter@gmail.com', '(415) 555-0132', 'United States', '03/04/2021', '54.90'],
  ['Jacob', 'Miller', 'jmiller@outlook.com', '(212) 555-0178', 'United States', '05/06/2022', '129.00'],
  ['Olivia', 'Brown', 'olivia.b@yahoo.com', '+1 312-555-0148', 'USA', '11/12/2021', '18.50'],
  ['Ethan', 'Davis', 'ethan.davis@icloud.com', '206.555.0199', 'US', '02/01/2022', '76.25'],
];
/** The same list without its Country column: every phone is a US number. */
const US_PHONES = US_ORDERS.map((row) => [...row.slice(0, 4), ...row.slice(5)]);
const csv = (rows: CellValue[][]) => rows.map((row) => row.map((v) => String(v ?? '')).join(',')).join('\n');
const column = (rows: CellValue[][]) => rows[0]!.indexOf('Last Order Date') + 1;

/** How every row's Last Order Date reads, as the commands share it (`dateColumnContext`, `rowDates`). */
function readings(rows: CellValue[][], sheet = 'US'): (string | string[])[] {
  const col = column(rows);
  const context = dateColumnContext(rows, col, { region: sheet });
  const dates = rowDates(rows, mapHeaders(rows[0]!, DEFAULT_TEMPLATE, {}, rows.slice(1)), 'CN', sheet);
  return rows.slice(1).map((row) => {
    const outcome = normaliseDate(row[col - 1], dates ? dates.contextOf(context, row) : context);
    return outcome.status === 'valid' ? String(outcome.value) : outcome.status === 'ambiguous' ? outcome.readings : [];
  });
}

describe('the slashed dates of an American list', () => {
  test('read month first where every row’s country is the United States', () => {
    expect(readings(US_ORDERS)).toEqual(['2021-03-04', '2022-05-06', '2021-11-12', '2022-02-01']);
  });

  test('read month first where every phone is a US number and the sheet’s region is the US', () => {
    expect(readings(US_PHONES)).toEqual(['2021-03-04', '2022-05-06', '2021-11-12', '2022-02-01']);
  });

  test('keep both readings where one row is British', () => {
    const mixed = [
      ...US_ORDERS,
      ['Harry', 'Wilson', 'harry@wilson.co.uk', '+44 20 7946 0958', 'United Kingdom', '07/08/2021', '40.00'],
    ];
    expect(readings(mixed)[0]).toEqual(['2021-04-03', '2021-03-04']);
    expect(readings(mixed)[4]).toEqual(['2021-08-07', '2021-07-08']);
  });

  test('keep both readings where one phone is Australian and the list has no country', () => {
    const mixed = [...US_PHONES, ['Chloe', 'Nguyen', 'chloe@nguyen.com.au', '+61 2 9374 4000', '07/08/2021', '40.00']];
    expect(readings(mixed)[0]).toEqual(['2021-04-03', '2021-03-04']);
  });

  test('keep both readings where one row is Canadian, whose dates go either way', () => {
    const mixed = [
      ...US_ORDERS,
      ['Liam', 'Tremblay', 'liam@tremblay.ca', '(604) 555-0170', 'Canada', '07/08/2021', '40.00'],
    ];
    expect(readings(mixed)[0]).toEqual(['2021-04-03', '2021-03-04']);
  });

  test('read month first beside a local number, an extension and a blank phone', () => {
    const local = [
      ...US_PHONES,
      ['Mason', 'Lee', 'mason@lee.com', '555-0190', '07/08/2021', '40.00'],
      ['Ava', 'Moore', 'ava@moorelaw.com', '(512) 555-0161 x12', '09/10/2021', '75.00'],
      ['Noah', 'Hall', 'noah@hall.com', '', '10/11/2021', '20.00'],
    ];
    expect(readings(local).slice(4)).toEqual(['2021-07-08', '2021-09-10', '2021-10-11']);
  });

  test('keep both readings where the phones are American but the sheet is not', () => {
    expect(readings(US_PHONES, 'CN')[0]).toEqual(['2021-04-03', '2021-03-04']);
  });

  test('read month first beside one date only day first reads, and day first beside two', () => {
    const dayFirst = [
      ...US_ORDERS,
      ['Ava', 'Moore', 'ava@moore.com', '(617) 555-0134', 'United States', '25/12/2021', '12.00'],
    ];
    // One date the other way round is a slip; more of them than the country's way are how it was written.
    expect(readings(dayFirst)[0]).toBe('2021-03-04');
    expect(readings(dayFirst)[4]).toBe('2021-12-25');
    const twice = [...dayFirst, ['Liam', 'Scott', 'liam@scott.com', '(617) 555-0188', 'US', '13/01/2022', '9.00']];
    expect(readings(twice)[0]).toBe('2021-04-03');
  });

  test('read as before in a Chinese list', () => {
    const zh: CellValue[][] = [
      ['客户名称', '联系人', '手机', '国家', '最近购买日期'],
      ['杭州恒通贸易有限公司', '王建国', '13800138001', '中国', '03/04/2021'],
      ['上海宏达机电有限公司', '李娜', '13900139002', '中国', '05/06/2022'],
    ];
    const col = 5;
    const context = dateColumnContext(zh, col, { region: 'CN' });
    const dates = rowDates(zh, mapHeaders(zh[0]!, DEFAULT_TEMPLATE, {}, zh.slice(1)), 'CN', 'CN')!;
    expect(normaliseDate('03/04/2021', dates.contextOf(context, zh[1]))).toMatchObject({ status: 'ambiguous' });
  });
});

describe('an American list’s dates across the commands', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'orders.csv'), csv(US_ORDERS));
  writeFileSync(join(dir, 'phones.csv'), csv(US_PHONES));

  test.each([['orders.csv'], ['phones.csv']])(
    'check, clean and report of %s read 03/04/2021 as 4 March',
    async (file) => {
      const check = JSON.parse((await run(['check', file, '--json', ...TODAY], dir)).stdout) as CheckResult;
      const dates = check.issues.filter((i) => i.column === 'Last Order Date');
      expect(dates.map((i) => [i.row, i.code, i.suggestion])).toEqual([
        [2, 'date.nonCanonical', '2021-03-04'],
        [3, 'date.nonCanonical', '2022-05-06'],
        [4, 'date.nonCanonical', '2021-11-12'],
        [5, 'date.nonCanonical', '2022-02-01'],
      ]);

      expect((await run(['clean', file, '-o', `clean-${file}`, ...TODAY], dir)).code).toBe(0);
      const lines = readFileSync(join(dir, `clean-${file}`), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      const header = lines[0]!.split(',');
      const at = header.findIndex((h) => h === 'Last Order Date' || h === 'Last Purchase Date');
      expect(lines.slice(1, 5).map((line) => line.split(',')[at])).toEqual([
        '2021-03-04',
        '2022-05-06',
        '2021-11-12',
        '2022-02-01',
      ]);

      const report = JSON.parse((await run(['report', file, '--json', ...TODAY], dir)).stdout) as {
        quality: { fields: { field: string; filled: number; valid: number; canonical: number }[] };
      };
      expect(report.quality.fields.find((f) => f.field === 'lastPurchaseDate')).toMatchObject({
        filled: 4,
        valid: 4,
        canonical: 0,
      });
    },
  );

  test('check in Chinese suggests the month-first reading too', async () => {
    const check = JSON.parse(
      (await run(['check', 'orders.csv', '--json', '--locale', 'zh-CN', ...TODAY], dir)).stdout,
    ) as CheckResult;
    const first = check.issues.find((i) => i.column === 'Last Order Date' && i.row === 2);
    expect(first).toMatchObject({ code: 'date.nonCanonical', suggestion: '2021-03-04' });
    expect(first?.message).toContain('2021-03-04');
  });

  test('dedupe reads a birthday as check does: 03/04/1985 and 1985-03-04 are one date', async () => {
    const rows: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Country', 'Birthday'],
      ['Emily', 'Carter', 'emily.carter@gmail.com', '(415) 555-0132', 'United States', '03/04/1985'],
      ['Jacob', 'Miller', 'jmiller@outlook.com', '(212) 555-0178', 'United States', '05/06/1990'],
      ['Olivia', 'Brown', 'olivia.b@yahoo.com', '(312) 555-0148', 'United States', '11/12/1979'],
      ['Emily', 'Carter', 'ecarter@brightpath.io', '(415) 555-0132', 'United States', '1985-03-04'],
    ];
    writeFileSync(join(dir, 'birthdays.csv'), csv(rows));
    const result = JSON.parse((await run(['dedupe', 'birthdays.csv', '--json', ...TODAY], dir)).stdout) as {
      clusters: { rows: number[]; reasons: { field: string; level: string }[] }[];
    };
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 5]]);
    expect(result.clusters[0]!.reasons.find((r) => r.field === 'birthDate')).toMatchObject({ level: 'exact' });
  });
});
