/**
 * A given name held by the other only as its later word (José in María José, Ann in Mary Ann) is no
 * dropped middle name: María José is a woman's compound given name and José a man's, siblings who
 * share the family shop's line. Unless something one person keeps agrees (a mobile, an e-mail, a
 * birth date, an ID), such rows are reviewed, never merged, and the reason says so in both
 * languages. A dropped middle name (Mary Ann, Mary) and a first initial before the name a person
 * goes by (J. Robert Smith, Robert Smith) are still one person with a shared mobile or e-mail.
 */
import { findDuplicates } from '../../shared/dedupe';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Cluster } from '../../shared/dedupe/types';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: 'Clientes', values }).clusters;
const reason = (cluster: Cluster | undefined, column: string) => cluster?.reasons.find((r) => r.column === column);

const SHOP = 'Abarrotes La Esperanza SA de CV';

describe('a given name held by the other only as its later word', () => {
  test('María José and José Hernández López on the family shop’s line, each with a mailbox, are reviewed', () => {
    const [found, ...rest] = clustersOf([
      ['First Name', 'Last Name', 'Company', 'Phone', 'Email'],
      ['María José', 'Hernández López', SHOP, '55 1234 5678', 'mjhernandez@gmail.com'],
      ['José', 'Hernández López', SHOP, '55 1234 5678', 'jose.hl@gmail.com'],
    ]);
    expect(rest).toEqual([]);
    expect(found?.band).toBe('review');
    const given = reason(found, 'First Name');
    expect(given?.level).toBe('later-word');
    expect(given?.message).toBe(
      'First Name: one name holds the other only as its later word, perhaps another given name (María José ≈ José)',
    );
    expect(ZH_LEVEL_WORDS['later-word']).toBe('一方姓名只是另一方的后一个词，可能是另一个名字');
    expect(found?.reasons.some((r) => r.level === 'held-apart' && r.column === 'Email')).toBe(true);
  });

  test('the same rows under Spanish headers are reviewed too', () => {
    const found = clustersOf([
      ['Nombre', 'Apellidos', 'Empresa', 'Teléfono', 'Correo'],
      ['María José', 'Hernández López', SHOP, '55 1234 5678', 'mjhernandez@gmail.com'],
      ['José', 'Hernández López', SHOP, '55 1234 5678', 'jose.hl@gmail.com'],
    ]);
    expect(found.map((c) => c.band)).toEqual(['review']);
  });

  test('a single Nombre column of the given names alone is reviewed', () => {
    const found = clustersOf([
      ['Nombre', 'Teléfono', 'Correo'],
      ['María José', '55 1234 5678', 'mjhernandez@gmail.com'],
      ['José', '55 1234 5678', 'jose.hl@gmail.com'],
    ]);
    expect(found.filter((c) => c.band === 'merge')).toEqual([]);
  });

  test('Mary Ann and Ann Smith on one home line with two mailboxes are reviewed, not merged', () => {
    const found = clustersOf([
      ['Name', 'Phone', 'Email', 'Address'],
      ['Mary Ann Smith', '(503) 555-0100', 'maryann.smith@gmail.com', '14 Alder St'],
      ['Ann Smith', '(503) 555-0100', 'annsmith62@yahoo.com', '14 Alder St'],
    ]);
    expect(found.filter((c) => c.band === 'merge')).toEqual([]);
  });

  test('with no mailboxes at all, José on the shop’s line is still no dropped middle name of María José', () => {
    const found = clustersOf([
      ['First Name', 'Last Name', 'Company', 'Phone'],
      ['María José', 'Hernández López', SHOP, '55 1234 5678'],
      ['José', 'Hernández López', SHOP, '55 1234 5678'],
    ]);
    expect(found.filter((c) => c.band === 'merge')).toEqual([]);
  });
});

describe('a dropped middle name or a first initial is still one person', () => {
  test('Mary Ann Smith and Mary Smith on one mobile are merged', () => {
    const found = clustersOf([
      ['Name', 'Mobile', 'Email'],
      ['Mary Ann Smith', '(503) 555-0142', 'maryann.smith@gmail.com'],
      ['Mary Smith', '503-555-0142', ''],
    ]);
    expect(found.map((c) => c.band)).toEqual(['merge']);
  });

  test('Mary Ann Smith and Mary Smith under one e-mail are merged', () => {
    const found = clustersOf([
      ['Name', 'Phone', 'Email'],
      ['Mary Ann Smith', '(503) 555-0100', 'maryann.smith@gmail.com'],
      ['Mary Smith', '', 'maryann.smith@gmail.com'],
    ]);
    expect(found.map((c) => c.band)).toEqual(['merge']);
  });

  test('J. Robert Smith and Robert Smith under one e-mail are merged', () => {
    const found = clustersOf([
      ['Name', 'Phone', 'Email'],
      ['J. Robert Smith', '(503) 555-0100', 'rsmith@smithhvac.com'],
      ['Robert Smith', '(503) 555-0100', 'rsmith@smithhvac.com'],
    ]);
    expect(found.map((c) => c.band)).toEqual(['merge']);
  });

  test('a title before the name (Lic., Ing.) is no given name: Lic. José Hernández is José Hernández', () => {
    const found = clustersOf([
      ['Nombre', 'Teléfono', 'Correo'],
      ['Lic. José Hernández', '55 1234 5678', 'jose.hl@gmail.com'],
      ['José Hernández', '55 1234 5678', ''],
      ['Ing. Juan Pérez', '55 9876 5432', ''],
      ['Juan Pérez', '55 9876 5432', 'juanp@hotmail.com'],
    ]);
    expect(found.map((c) => c.band)).toEqual(['merge', 'merge']);
    for (const c of found) expect(reason(c, 'Nombre')?.level).toBe('name-within');
  });

  test('Ann and Mary Ann Smith under one e-mail and one mobile are one person', () => {
    const found = clustersOf([
      ['Name', 'Mobile', 'Email'],
      ['Mary Ann Smith', '(503) 555-0142', 'maryann.smith@gmail.com'],
      ['Ann Smith', '(503) 555-0142', 'maryann.smith@gmail.com'],
    ]);
    expect(found.map((c) => c.band)).toEqual(['merge']);
  });
});
