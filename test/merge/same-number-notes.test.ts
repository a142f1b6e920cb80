import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const pair = [{ rows: [2, 3], confidence: 0.99, reasons: ['same customer'] }];

function mergedNote(values: CellValue[][], locale: 'en-US' | 'zh-CN', notesHeader: string): CellValue {
  const snapshot = sheet('Customers', values);
  return mergeAndApply(snapshot, pair, optionsFor(snapshot, locale)).rowAt(2)[notesHeader] ?? null;
}

describe('merge notes keep only other values, not the same value typed another way', () => {
  const SHOPIFY = ['First Name', 'Last Name', 'Email', 'Phone', 'Default Address Country Code', 'Note'];

  test('an Australian mobile typed nationally on one row is the survivor’s +61 number', () => {
    const note = mergedNote(
      [
        SHOPIFY,
        ['Chloe', 'Martin', 'chloe.martin@bigpond.com', '+61412000111', 'AU', null],
        ['Chloe', 'Martin', 'Chloe.Martin@BigPond.com', '0412 000 111', 'AU', null],
      ],
      'en-US',
      'Note',
    );
    expect(note).toBeNull();
  });

  test('a number read in the sheet’s own region is the same number without a country column', () => {
    const note = mergedNote(
      [
        ['Name', 'Email', 'Phone', 'Notes'],
        ['Chloe Martin', 'chloe.martin@bigpond.com', '+61 412 000 111', 'Wholesale'],
        ['Chloe Martin', 'chloe@martinfloral.com.au', '0412 000 111', null],
        ['Liam Walker', 'liam@walker.com.au', '+61 433 222 111', null],
        ['Noah Smith', 'noah@smith.com.au', '(02) 9374 4000', null],
      ],
      'en-US',
      'Notes',
    );
    expect(note).toBe('Wholesale; Other email: chloe@martinfloral.com.au');
  });

  test('a different number is still kept in the notes', () => {
    const note = mergedNote(
      [
        SHOPIFY,
        ['Chloe', 'Martin', 'chloe.martin@bigpond.com', '+61412000111', 'AU', null],
        ['Chloe', 'Martin', 'chloe.martin@bigpond.com', '0412 000 222', 'AU', null],
      ],
      'en-US',
      'Note',
    );
    expect(note).toBe('Other phone: 0412 000 222');
  });

  test('a Hong Kong number with and without +852 is one number on a Chinese list, another one is noted', () => {
    const header = ['姓名', '电话', '国家/地区', '备注'];
    const same = mergedNote(
      [header, ['陈嘉欣', '+852 9123 4567', '香港', '老客户'], ['陈嘉欣', '9123 4567', '香港', null]],
      'zh-CN',
      '备注',
    );
    expect(same).toBe('老客户');
    const other = mergedNote(
      [header, ['陈嘉欣', '+852 9123 4567', '香港', '老客户'], ['陈嘉欣', '6123 4567', '香港', null]],
      'zh-CN',
      '备注',
    );
    expect(other).toBe('老客户; 其他手机：6123 4567');
  });
});

describe('joining phones keeps one of each number', () => {
  test('a number in another format is not joined again, a second number is', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Notes'],
      ['Chloe Martin', '+61 412 000 111', null],
      ['Chloe Martin', '+61412000111; 0412 000 222', null],
      ['Liam Walker', '+61 433 222 111', null],
    ];
    const snapshot = sheet('Customers', values);
    const { rowAt } = mergeAndApply(snapshot, pair, optionsFor(snapshot, 'en-US', { rules: { phone: 'combine' } }));
    expect(rowAt(2)['Phone']).toBe('+61 412 000 111; 0412 000 222');
  });
});
