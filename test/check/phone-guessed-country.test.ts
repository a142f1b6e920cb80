/**
 * A list of numbers written nationally gets a country only on evidence: a country column on the row
 * (Land, País, even unmapped), or most of its numbers valid in that country alone. German, Swiss and
 * Mexican numbers are not rewritten as South African or North American ones because one candidate
 * country happens to read all of their digits.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const phoneIssues = (values: CellValue[][]) =>
  checkSheet(sheet(values), { now: TODAY, locale: 'en-US' })
    .issues.filter((i) => i.code.startsWith('phone.'))
    .map((i) => [i.row, i.code, i.suggestion ?? null]);

const phoneEdits = (values: CellValue[][], col: number) =>
  planClean(sheet(values), { now: TODAY, locale: 'en-US' })
    .plan.edits.filter((e) => e.col === col)
    .map((e) => [e.row, e.after]);

/** A German bakery supplier's contacts, numbers as each country writes them, no country anywhere. */
const GERMAN_NO_COUNTRY: CellValue[][] = [
  ['Name', 'Phone'],
  ['Jürgen Müller', '0711 123456'],
  ['Grete Weiß', '0351 987654'],
  ['Karl Schmidt', '044 123 45 67'],
];

/** The same contacts as a German team exports them, with the row's country in an unmapped Land column. */
const GERMAN_WITH_LAND: CellValue[][] = [
  ['Vorname', 'Nachname', 'Land', 'Telefon', 'E-Mail'],
  ['Jürgen', 'Müller', 'Deutschland', '0711 123456', 'j.mueller@baeckerei-mueller.de'],
  ['Grete', 'Weiß', 'Deutschland', '0351 987654', 'grete.weiss@weiss-soehne.de'],
  ['Karl', 'Schmidt', 'Schweiz', '044 123 45 67', 'k.schmidt@schmidt.ch'],
];

/** A Latin American distributor's list: Brazil and Mexico, País on each row. */
const LATAM_WITH_PAIS: CellValue[][] = [
  ['Nombre', 'Apellidos', 'Empresa', 'País', 'Teléfono', 'Correo'],
  ['Lucas', 'Oliveira', '', 'Brasil', '(11) 91234-5678', 'lucas.oliveira@uol.com.br'],
  ['Ana', 'Pereira', 'Pereira Comércio ME', 'Brasil', '(21) 99999-8888', 'ana@pereiracomercio.com.br'],
  ['José', 'Hernández López', 'Abarrotes La Esperanza SA de CV', 'México', '55 1234 5678', 'jose.hl@gmail.com'],
];

const LATAM_NO_COUNTRY: CellValue[][] = [
  ['Name', 'Phone'],
  ['Lucas Oliveira', '(11) 91234-5678'],
  ['Ana Pereira', '(21) 99999-8888'],
  ['José Hernández', '55 1234 5678'],
];

describe('check and clean: the country of a list of national numbers', () => {
  test('German and Swiss numbers with no country anywhere are not made South African', () => {
    const issues = phoneIssues(GERMAN_NO_COUNTRY);
    expect(issues).toHaveLength(3);
    for (const [, , suggestion] of issues) expect(String(suggestion)).not.toMatch(/^\+27/);
    expect(phoneEdits(GERMAN_NO_COUNTRY, 2)).toEqual([]);
  });

  test('a German Land column gives each row its country: Swiss stays Swiss', () => {
    expect(phoneEdits(GERMAN_WITH_LAND, 4)).toEqual([
      [2, '+49 711 123456'],
      [3, '+49 351 987654'],
      [4, '+41 44 123 45 67'],
    ]);
  });

  test('a País column makes the Mexican number Mexican and the Brazilian ones Brazilian', () => {
    expect(phoneEdits(LATAM_WITH_PAIS, 5)).toEqual([
      [2, '+55 11 91234 5678'],
      [3, '+55 21 99999 8888'],
      [4, '+52 55 1234 5678'],
    ]);
  });

  test('ten digits grouped as Mexico groups them are not taken for a North American number', () => {
    expect(phoneIssues(LATAM_NO_COUNTRY).find(([row]) => row === 4)).toEqual([4, 'phone.ambiguous', null]);
    expect(phoneEdits(LATAM_NO_COUNTRY, 2)).toEqual([]);
  });
});

describe('check: national numbers typed as bare digits', () => {
  test('German numbers typed without spaces are not made South African either', () => {
    const values = GERMAN_NO_COUNTRY.map((row, r) => (r === 0 ? row : [row[0]!, String(row[1]).replace(/ /g, '')]));
    for (const [, , suggestion] of phoneIssues(values)) expect(String(suggestion)).not.toMatch(/^\+27/);
    expect(phoneEdits(values, 2)).toEqual([]);
  });
});
