/**
 * A list whose home is not established: its bare numbers are read among the regions it points to,
 * the template region's reading only one of them; a row's e-mail domain picks among them there only.
 */
import { phoneRowKeys } from '../../shared/dedupe/compare/phone';
import { mailPlace, readPhone } from '../../shared/normalise/phone-reading';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import { rowPlaceReader, rowPlaceReaderWhereNamed } from '../../shared/normalise/phone-row-place';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

const unsettled = { home: 'CN', sheet: 'CN', row: null, foreignList: true, others: ['PL', 'US'] } as const;

describe('phone-reading on a list whose home is not established', () => {
  test('a number typed with a trunk 0 is not given the template region’s code', () => {
    expect(readPhone('090-1234-5678', unsettled)).toEqual({
      kind: 'ambiguous',
      readings: ['+86 901 234 5678', '+81 90 1234 5678'],
    });
    expect(readPhone('03-1234-5678', unsettled)).toMatchObject({ kind: 'ambiguous' });
    expect(readPhone('(555) 010-2030', unsettled)).toEqual({ kind: 'ambiguous', readings: ['+86 555 010 2030'] });
  });

  test('a shape only one country writes is read there, as on any list', () => {
    expect(readPhone('13812345678', unsettled)).toMatchObject({ kind: 'valid', key: '+8613812345678' });
    expect(readPhone('(646) 555-0102', unsettled)).toMatchObject({ kind: 'valid', text: '+1 646 555 0102' });
    expect(readPhone('+48 601 234 567', unsettled)).toMatchObject({ kind: 'valid', text: '+48 601 234 567' });
  });

  test('the row’s e-mail domain picks its country’s reading', () => {
    expect(readPhone('090-1234-5678', { ...unsettled, place: mailPlace('JP') })).toMatchObject({
      kind: 'valid',
      text: '+81 90 1234 5678',
    });
    expect(readPhone('020 7946 0958', { ...unsettled, others: ['IN', 'GB'], place: mailPlace('GB') })).toMatchObject({
      kind: 'valid',
      text: '+44 20 7946 0958',
    });
  });

  test('on a list of one country the e-mail domain changes nothing', () => {
    // A British list's mobile beside an Indian address is still British: the list says so.
    expect(readPhone('07911 123456', { home: 'CN', sheet: 'GB', row: null, place: mailPlace('IN') })).toMatchObject({
      kind: 'valid',
      text: '+44 7911 123456',
    });
    expect(readPhone('13812345678', { home: 'CN', sheet: 'CN', row: null, place: mailPlace('GB') })).toMatchObject({
      kind: 'valid',
      text: '13812345678',
    });
  });
});

describe('phone-region and row place on such a list', () => {
  const values: CellValue[][] = [
    ['Name', 'Email', 'Phone'],
    ['Sarah Johnson', 'sarah@acme.com', '+1 415-555-0132'],
    ['Priya Sharma', 'priya@sharmatextiles.in', '+91 98765 43210'],
    ['Tom Baker', 'tom.baker@bakerandsons.co.uk', '020 7946 0958'],
    ['Jean Martin', 'jl.martin@orange.fr', '+33 1 42 68 53 00'],
    ['Tom Baker', 'tbaker@gmail.com', '+44 20 7946 0958'],
  ];
  const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE);
  const sheet = readPhoneSheet(values, mapping, DEFAULT_TEMPLATE);

  test('the regions the list points to are its numbers’ candidates', () => {
    expect(sheet).toMatchObject({ home: 'CN', sheet: 'CN', foreignList: true });
    expect(sheet.also).toEqual(expect.arrayContaining(['US', 'IN', 'FR', 'GB']));
  });

  test('a row’s place is its e-mail’s country only where nothing else names one', () => {
    const place = rowPlaceReader(mapping, DEFAULT_TEMPLATE);
    expect(place(values[3])).toBe(mailPlace('GB'));
    expect(place(values[1])).toBeNull(); // no bare number to read
  });

  test('duplicate matching keys the London number as check reads it', () => {
    const rows = Int32Array.from([2, 3, 4, 5, 6]);
    const reader = rowPlaceReaderWhereNamed(values, rows, mapping, DEFAULT_TEMPLATE, sheet.sheet);
    expect(reader).not.toBeNull();
    const keyOf = phoneRowKeys('CN', sheet, reader!)!;
    expect(keyOf(values[3]![2]!, values[3])).toBe(keyOf(values[5]![2]!, values[5]));
  });
});
