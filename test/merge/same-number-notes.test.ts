import type { CellValue } from '../../shared/sheet/cell-value';
import { HK_TW_MEMBERS } from '../support/region-column-lists';
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
    expect(other).toBe('老客户; 其他电话：6123 4567');
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

  test('a number read in the region its row’s 地区 names is not joined again', () => {
    const values: CellValue[][] = [
      ['姓名', '地区', '手机'],
      ['陈大文', '香港', '+852 9123 4567'],
      ['陈大文', '香港', '9123 4567; 6123 4567'],
      ['张伟', '广东', '13800138000'],
      ['李娜', '浙江', '13912345678'],
      ['王芳', '上海市', '13611112222'],
    ];
    const snapshot = sheet('客户', values);
    const { rowAt } = mergeAndApply(snapshot, pair, optionsFor(snapshot, 'zh-CN', { rules: { phone: 'combine' } }));
    expect(rowAt(2)['手机']).toBe('+852 9123 4567; 6123 4567');
  });
});

describe('merge notes compare phones as read, in the region each row names', () => {
  const cluster = (rows: number[]) => [{ rows, confidence: 1, reasons: ['same customer'] }];

  function merged(values: CellValue[][], rows: number[], locale: 'en-US' | 'zh-CN', keep?: 'first') {
    const snapshot = sheet('會員', values);
    const options = optionsFor(snapshot, locale, keep ? { keep } : {});
    return mergeAndApply(snapshot, cluster(rows), options).rowAt(rows[0]!);
  }

  test.each([
    ['zh-CN', '其他手机'],
    ['en-US', 'Other phone'],
  ] as const)('notes no other phone for a 香港 row’s 9123 4567 beside +852 91234567 (%s)', (locale, label) => {
    const row = merged(HK_TW_MEMBERS, [7, 8], locale);
    expect(String(row['備註'])).not.toContain(label);
    expect(row['備註']).toBe('內地分店登記');
  });

  test('notes no other phone for typed digits no reading takes that are the survivor’s number without +852', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '备注'],
      ['陈大文', '+852 91234567', 'chantaiman@netvigator.com', '老客户'],
      ['陈大文', '9123 4567', 'chantaiman@netvigator.com', null],
      ['张伟', '13800138000', 'zw@163.com', null],
      ['李娜', '13912345678', 'ln@163.com', null],
    ];
    expect(merged(values, [2, 3], 'zh-CN', 'first')['备注']).toBe('老客户');
    const english: CellValue[][] = [
      ['Name', 'Phone', 'Email', 'Notes'],
      ['Chan Tai Man', '9123 4567', 'chantaiman@netvigator.com', 'Wholesale'],
      ['Chan Tai Man', '+852 9123 4567', 'chantaiman@netvigator.com', null],
      ['John Smith', '(415) 555-0134', 'john@acme.com', null],
      ['Mary Jones', '(212) 555-0199', 'mary@jones.com', null],
    ];
    expect(merged(english, [2, 3], 'en-US', 'first')['Notes']).toBe('Wholesale');
  });

  test('still notes another region’s number whose digits differ, and the same digits read in another region', () => {
    const values: CellValue[][] = [
      ['姓名', '地區', '手機', '備註'],
      ['黃曉彤', '香港', '+852 6368 7353', '會員'],
      ['黃曉彤', '臺灣', '63687353', null],
      ['林雅婷', '臺灣', '0912-345-678', null],
    ];
    expect(merged(values, [2, 3], 'zh-CN', 'first')['備註']).toBe('會員; 其他手機：63687353');
    const unread: CellValue[][] = [
      ['Name', 'Phone', 'Email', 'Notes'],
      ['Lin Ya-ting', '+886 912 345 678', 'yating@yahoo.com.tw', null],
      ['Lin Ya-ting', '9123 4567', 'yating@yahoo.com.tw', null],
      ['John Smith', '(415) 555-0134', 'john@acme.com', null],
      ['Mary Jones', '(212) 555-0199', 'mary@jones.com', null],
    ];
    expect(merged(unread, [2, 3], 'en-US', 'first')['Notes']).toBe('Other phone: 9123 4567');
  });
});
