import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

// A German shop's export as German Excel saves it: `;` between fields, decimal commas.
const EURO_CSV = [
  '\uFEFFName;Telefon;E-Mail;Firma;Ort;Umsatz;Letzter Kauf;Anzahl Bestellungen',
  'Jürgen Weiß;+49 30 1234567;jw@example.de;Weiß & Söhne KG;Berlin;1.234,50;05.03.2024;3',
  'Piet de Vries;+31 6 12345678;piet@example.nl;De Vries B.V.;Amsterdam;0,5;2024-03-05;1',
  'Marie Curie;+33 6 11 22 33 44;marie@example.fr;"Curie; Fils";Lyon;99,90;01/02/2024;1',
  '',
].join('\r\n');
const EURO_MAP = ['--map', 'Umsatz=totalSpend,Letzter Kauf=lastPurchaseDate,Anzahl Bestellungen=purchaseCount'];

// A Polish team's list saved for Excel in a comma locale: the `sep=;` line names the delimiter.
const SEP_CSV = [
  'sep=;',
  'Name;Phone;Email;Company;Total Spend',
  'Jan Kowalski;+48 601 234 567;jan@example.pl;Kowalski Sp. z o.o.;1 234,50',
  'Eva Novak;+420 601 123 456;eva@example.cz;Novak s.r.o.;99,90',
  '',
].join('\r\n');

const rowsOf = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('custodian clean to CSV in the file’s own conventions', () => {
  const dir = tempDir();

  test('writes amounts with the decimal comma a ;-separated file used, and phones without an apostrophe', async () => {
    writeFileSync(join(dir, 'kunden.csv'), EURO_CSV);
    const result = await run(['clean', 'kunden.csv', ...EURO_MAP, '-o', 'kunden-out.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const [header, weiss, vries, curie] = rowsOf(readFileSync(join(dir, 'kunden-out.csv'), 'utf8'));
    // A German list keeps its German headers (template/header-language.ts).
    expect(header).toMatch(/^Name;Telefon;E-Mail;Firma;Ort;/);
    expect(weiss).toMatch(/^Jürgen Weiß;\+49 30 1234567;jw@example\.de;Weiß & Söhne KG;Berlin;1234,5;/);
    expect(vries).toMatch(/;Amsterdam;0,5;/);
    expect(curie).toMatch(/^Marie Curie;\+33 6 11 22 33 44;.*;"Curie; Fils";Lyon;99,9;/);
    expect(result.stdout).not.toMatch(/leading '/);
    // Read back, the amounts are the same numbers and nothing is flagged as changed again.
    const again = await run(['clean', 'kunden-out.csv', '-o', 'kunden-again.csv', ...TODAY], dir);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'kunden-again.csv'), 'utf8')).toBe(readFileSync(join(dir, 'kunden-out.csv'), 'utf8'));
  });

  test('keeps the sep=; line first, so Excel in a comma locale still splits the columns', async () => {
    writeFileSync(join(dir, 'klienci.csv'), SEP_CSV);
    const result = await run(['clean', 'klienci.csv', '-o', 'klienci-out.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const lines = rowsOf(readFileSync(join(dir, 'klienci-out.csv'), 'utf8'));
    expect(lines[0]).toBe('sep=;');
    expect(lines[1]).toMatch(/^Name;Phone;Email;Company;Total Spend/);
    expect(lines[2]).toMatch(/^Jan Kowalski;\+48 601 234 567;jan@example\.pl;Kowalski Sp\. z o\.o\.;1234,5/);
  });

  test('a ,-separated file keeps the decimal point, and a phone that is a sum keeps its apostrophe', async () => {
    const text = [
      '姓名,手机,备注,消费金额',
      '张伟,13800138000,+49-30-1234567,"1,234.50"',
      '李娜,13900139000,无,0.5',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, '客户.csv'), text);
    const result = await run(['clean', '客户.csv', '-o', '客户-out.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const [, zhang, li] = rowsOf(readFileSync(join(dir, '客户-out.csv'), 'utf8'));
    expect(zhang).toMatch(/^张伟,13800138000,'\+49-30-1234567,1234\.5/);
    expect(li).toMatch(/^李娜,13900139000,无,0\.5/);
  });
});
