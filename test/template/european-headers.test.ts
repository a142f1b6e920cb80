/**
 * German, Swiss, French, Spanish, Mexican and Brazilian teams keep their lists in their own words:
 * Vorname/Nachname, Firma, PLZ, Ort; Nombre/Apellidos, Empresa, Ciudad, Celular; Nome/Sobrenome;
 * Prénom/Nom, Société. A first-name header is the given name, never the whole name (the export would
 * put a given name into a surname field); Spanish Nombre and French Nom alone are the whole name.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { withSalutation } from '../support/salutation-template';
import { labelWouldChange } from '../../shared/template/header-keeps';

// A German and Swiss customer list from a small shop's ERP, ;-separated.
// prettier-ignore
const DE: CellValue[][] = [
  ['Kundennr.', 'Firma', 'Anrede', 'Vorname', 'Nachname', 'Straße', 'PLZ', 'Ort', 'Land', 'Telefon', 'Mobil', 'E-Mail', 'Geburtsdatum', 'Bemerkung'],
  ['10001', 'Bäckerei Müller GmbH', 'Herr', 'Jürgen', 'Müller', 'Königstraße 12', '70173', 'Stuttgart', 'Deutschland', '0711 123456', '0171 2345678', 'j.mueller@baeckerei-mueller.de', '03.04.1965', 'Stammkunde'],
  ['10003', 'Schmidt AG', 'Herr', 'Karl', 'Schmidt', 'Bahnhofstrasse 1', '8001', 'Zürich', 'Schweiz', '044 123 45 67', '', 'k.schmidt@schmidt.ch', '12.08.1970', ''],
  ['10004', 'Weiß & Söhne KG', 'Frau', 'Grete', 'Weiß', 'Prager Str. 3', '01069', 'Dresden', 'Deutschland', '0351 987654', '0160 1112223', 'grete.weiss@weiss-soehne.de', '', 'zahlt per Rechnung'],
];

// prettier-ignore
const DE_FIRST_NAME_ONLY: CellValue[][] = [
  ['Firma', 'Anrede', 'Vorname', 'Telefon', 'E-Mail'],
  ['Schmidt AG', 'Herr', 'Karl', '044 123 45 67', 'k.schmidt@schmidt.ch'],
  ['Weiß & Söhne KG', 'Frau', 'Grete', '0351 987654', 'grete.weiss@weiss-soehne.de'],
  ['Bäckerei Müller GmbH', 'Herr', 'Jürgen', '0711 123456', 'j.mueller@baeckerei-mueller.de'],
];

// A Mexican and Brazilian distributor's list, Spanish headers.
// prettier-ignore
const LATAM: CellValue[][] = [
  ['Nombre', 'Apellidos', 'Empresa', 'País', 'Ciudad', 'Dirección', 'Teléfono', 'Celular', 'Correo electrónico', 'Fecha de alta', 'Notas'],
  ['Lucas', 'Oliveira', '', 'Brasil', 'São Paulo', 'Av. Paulista 1000', '(11) 3456-7890', '(11) 91234-5678', 'lucas.oliveira@uol.com.br', '15/03/2026', 'cliente antiguo'],
  ['José', 'Hernández López', 'Abarrotes La Esperanza SA de CV', 'México', 'Ciudad de México', 'Calle Reforma 22', '55 1234 5678', '55 8765 4321', 'jose.hl@gmail.com', '02/04/2026', ''],
  ['Ana', 'Pereira', 'Pereira Comércio ME', 'Brasil', 'Rio de Janeiro', 'Rua do Ouvidor 50', '(21) 2222-3333', '(21) 99999-8888', 'ana@pereiracomercio.com.br', '20/05/2026', 'paga a 30 días'],
];

// prettier-ignore
const ES_WHOLE_NAME: CellValue[][] = [
  ['Nombre', 'Teléfono', 'Correo'],
  ['María José Hernández', '55 1234 5678', 'mjhernandez@gmail.com'],
  ['José Hernández López', '55 1234 5678', 'jose.hl@gmail.com'],
  ['Ana Pereira', '55 2222 3333', 'ana@pereira.mx'],
];

// prettier-ignore
const PT: CellValue[][] = [
  ['Nome', 'Sobrenome', 'Empresa', 'Cidade', 'Telefone', 'Celular', 'E-mail'],
  ['Lucas', 'Oliveira', 'Oliveira Transportes Ltda', 'São Paulo', '(11) 3456-7890', '(11) 91234-5678', 'lucas@oliveiratransportes.com.br'],
  ['Ana', 'Pereira', 'Pereira Comércio ME', 'Rio de Janeiro', '(21) 2222-3333', '(21) 99999-8888', 'ana@pereiracomercio.com.br'],
  ['Carlos', 'Souza', '', 'Belo Horizonte', '(31) 3333-4444', '(31) 98888-7777', 'carlos.souza@gmail.com'],
];

// prettier-ignore
const FR: CellValue[][] = [
  ['Civilité', 'Prénom', 'Nom', 'Société', 'Adresse', 'Code postal', 'Ville', 'Pays', 'Téléphone', 'Portable', 'Courriel'],
  ['M.', 'Jean', 'Dupont', 'Dupont SARL', '12 rue de la Paix', '75002', 'Paris', 'France', '01 42 00 00 00', '06 12 34 56 78', 'jean.dupont@orange.fr'],
  ['Mme', 'Claire', 'Martin', 'Boulangerie Martin', '3 place Bellecour', '69002', 'Lyon', 'France', '04 78 00 00 00', '', 'claire.martin@free.fr'],
  ['M.', 'Luc', 'Bernard', '', '8 avenue Louise', '1050', 'Bruxelles', 'Belgique', '', '0475 12 34 56', 'luc.bernard@skynet.be'],
];

// prettier-ignore
const FR_WHOLE_NAME: CellValue[][] = [
  ['Nom', 'Entreprise', 'Téléphone', 'Courriel'],
  ['Jean Dupont', 'Dupont SARL', '01 42 00 00 00', 'jean.dupont@orange.fr'],
  ['Claire Martin', 'Boulangerie Martin', '04 78 00 00 00', 'claire.martin@free.fr'],
  ['Luc Bernard', '', '0475 12 34 56', 'luc.bernard@skynet.be'],
];

const mapping = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const map = (values: CellValue[][]) => mappingToJson(mapping(values));
const secondOf = (values: CellValue[][]) =>
  Object.fromEntries(mapping(values).columns.map((c) => [c.header, c.secondOf ?? null]));

describe('mapHeaders with German, Spanish, Portuguese and French headers', () => {
  test('a German list: Vorname and Nachname are name parts, Firma, PLZ, Ort, Land, Telefon, E-Mail map', () => {
    expect(map(DE)).toMatchObject({
      'Kundennr.': 'customerId',
      Firma: 'company',
      Vorname: 'name.given',
      Nachname: 'name.family',
      Straße: 'address',
      PLZ: 'postcode',
      Ort: 'region',
      Land: 'country',
      Telefon: 'phone',
      'E-Mail': 'email',
      Geburtsdatum: 'birthDate',
      Bemerkung: 'notes',
      // The default template has no salutation field.
      Anrede: null,
    });
    expect(secondOf(DE)).toMatchObject({ Mobil: 'phone' });
  });

  test('Vorname alone is the given name, never the whole name', () => {
    const result = mapping(DE_FIRST_NAME_ONLY);
    expect(mappingToJson(result)).toMatchObject({ Vorname: 'name.given', Firma: 'company', Telefon: 'phone' });
    expect(result.byField['name']).toBeUndefined();
  });

  test('a Spanish list: Nombre beside Apellidos is the given name', () => {
    expect(map(LATAM)).toMatchObject({
      Nombre: 'name.given',
      Apellidos: 'name.family',
      Empresa: 'company',
      País: 'country',
      Ciudad: 'region',
      Dirección: 'address',
      Teléfono: 'phone',
      'Correo electrónico': 'email',
      'Fecha de alta': 'createdAt',
      Notas: 'notes',
    });
    expect(secondOf(LATAM)).toMatchObject({ Celular: 'phone' });
  });

  test('Nombre alone is the whole name', () => {
    expect(map(ES_WHOLE_NAME)).toEqual({ Nombre: 'name', Teléfono: 'phone', Correo: 'email' });
  });

  test('a Brazilian list: Nome beside Sobrenome is the given name', () => {
    expect(map(PT)).toMatchObject({
      Nome: 'name.given',
      Sobrenome: 'name.family',
      Empresa: 'company',
      Cidade: 'region',
      Telefone: 'phone',
      'E-mail': 'email',
    });
  });

  test('a French list: Nom beside Prénom is the family name', () => {
    expect(map(FR)).toMatchObject({
      Prénom: 'name.given',
      Nom: 'name.family',
      Société: 'company',
      Adresse: 'address',
      'Code postal': 'postcode',
      Ville: 'region',
      Pays: 'country',
      Téléphone: 'phone',
      Courriel: 'email',
    });
    expect(secondOf(FR)).toMatchObject({ Portable: 'phone' });
  });

  test('Nom alone is the whole name', () => {
    expect(map(FR_WHOLE_NAME)).toMatchObject({ Nom: 'name', Entreprise: 'company', Téléphone: 'phone' });
  });

  test('Anrede and Civilité go to a salutation field the template has', () => {
    const de = mapHeaders(DE[0]!, withSalutation(), {}, DE.slice(1));
    expect(mappingToJson(de)).toMatchObject({ Anrede: 'salutation', Vorname: 'name.given' });
    const fr = mapHeaders(FR[0]!, withSalutation(), {}, FR.slice(1));
    expect(mappingToJson(fr)).toMatchObject({ Civilité: 'salutation', Nom: 'name.family' });
  });

  test('German Name beside Vorname is the surname; English Name beside First Name stays the whole name', () => {
    // prettier-ignore
    const de: CellValue[][] = [
      ['Name', 'Vorname', 'Telefon', 'E-Mail'],
      ['Müller', 'Jürgen', '0711 123456', 'j.mueller@baeckerei-mueller.de'],
      ['Weiß', 'Grete', '0351 987654', 'grete.weiss@weiss-soehne.de'],
      ['Schmidt', 'Karl', '044 123 45 67', 'k.schmidt@schmidt.ch'],
    ];
    expect(map(de)).toMatchObject({ Name: 'name.family', Vorname: 'name.given' });
    // prettier-ignore
    const en: CellValue[][] = [
      ['Name', 'First Name', 'Phone'],
      ['Jane Smith', 'Jane', '(415) 555-0101'],
      ['Bob Lee', 'Bob', '(415) 555-0102'],
      ['Ana Ruiz', 'Ana', '(415) 555-0103'],
    ];
    expect(map(en)).toMatchObject({ Name: 'name', 'First Name': 'name.given' });
  });

  test('Italian Nome beside Cognome and Dutch Voornaam beside Achternaam are name parts', () => {
    // prettier-ignore
    const it: CellValue[][] = [
      ['Nome', 'Cognome', 'Telefono', 'Email'],
      ['Marco', 'Rossi', '02 1234 5678', 'marco.rossi@libero.it'],
      ['Giulia', 'Bianchi', '06 8765 4321', 'giulia.bianchi@gmail.com'],
      ['Luca', 'Ferrari', '011 555 0101', 'luca@ferrari-srl.it'],
    ];
    expect(map(it)).toMatchObject({ Nome: 'name.given', Cognome: 'name.family' });
    // prettier-ignore
    const nl: CellValue[][] = [
      ['Voornaam', 'Achternaam', 'E-mail'],
      ['Jan', 'de Vries', 'jan.devries@ziggo.nl'],
      ['Sanne', 'Jansen', 'sanne@jansen-bv.nl'],
      ['Pieter', 'Bakker', 'p.bakker@kpnmail.nl'],
    ];
    expect(map(nl)).toMatchObject({ Voornaam: 'name.given', Achternaam: 'name.family', 'E-mail': 'email' });
  });

  test.each<[string, string, string, boolean]>([
    // A city is one level of place: setup keeps Ort, Ciudad, Ville rather than write Region.
    ['region', 'Ort', 'Region', true],
    ['region', 'Ciudad', '地区', true],
    ['region', 'Ville', 'Region', true],
    // A mobile's header names a mobile as 手机 does, not as Phone does.
    ['phone', 'Mobil', '手机', false],
    ['phone', 'Celular', 'Phone', true],
    ['phone', 'Portable', 'Phone', true],
  ])('setup renaming %s header %s to %s would change what it says: %s', (field, header, label, expected) => {
    expect(labelWouldChange(field, header, label)).toBe(expected);
  });
});
