/**
 * On a list that is not the template region's team's (`foreignList`), the region's numbers keep their
 * country code as every other number does; what each number is does not change.
 */
import { normalisePhone, phoneKey } from '../../shared/normalise/phone';

const onList = (value: string, rowRegion: string | null, foreignList: boolean) =>
  normalisePhone(value, {
    defaultRegion: 'CN',
    locale: 'en-US',
    rowRegion,
    ...(foreignList ? { foreignList: true } : {}),
  });

describe('normalisePhone on an international list', () => {
  test.each([
    // A trade show's badge scan, its row's country China (tradeshow_badge_scans.csv row 6).
    ['+86 755 8888 1234', 'CN', '+86 755 8888 1234', '0755-88881234'],
    ['+86 138 1234 5678', 'CN', '+86 138 1234 5678', '13812345678'],
    // No country on the row: the +86 says it.
    ['+86 10 6255 6677', null, '+86 10 6255 6677', '010-62556677'],
    // Typed nationally on a row that says China: the same number, with its code for a team abroad.
    ['13812345678', 'CN', '+86 138 1234 5678', '13812345678'],
    ['138-1234-5678', 'CN', '+86 138 1234 5678', '13812345678'],
    ['0755-88881234', 'CN', '+86 755 8888 1234', '0755-88881234'],
  ])('%s on a %s row is %s, and %s on a Chinese team’s list', (value, row, abroad, atHome) => {
    expect(onList(value, row, true)).toEqual({ status: 'valid', value: abroad });
    expect(onList(value, row, false)).toEqual({ status: 'valid', value: atHome });
  });

  test('other countries’ numbers are written as on any list', () => {
    expect(onList('+44 20 7123 4567', 'GB', true)).toEqual({ status: 'valid', value: '+44 20 7123 4567' });
    expect(onList('+49 (0)89 1234 5678', 'DE', true)).toEqual({ status: 'valid', value: '+49 89 12345678' });
    expect(onList('(415) 555-0134', 'US', true)).toEqual({ status: 'valid', value: '+1 415 555 0134' });
  });

  test('a 400 line and a service number, dialled only within China, are written as China writes them', () => {
    expect(onList('400-810-8888', 'CN', true)).toEqual({ status: 'valid', value: '400-810-8888' });
    expect(onList('95588', 'CN', true)).toEqual({ status: 'valid', value: '95588' });
  });

  test('an extension and a privacy number keep theirs, in the list’s language', () => {
    expect(onList('0755-83456789-8012', 'CN', true)).toEqual({ status: 'valid', value: '+86 755 8345 6789 ext. 8012' });
    expect(onList('17012345678-4821', 'CN', true)).toEqual({
      status: 'valid',
      value: '+86 170 1234 5678 ext. 4821',
      warning: { code: 'phone.privacy', readings: [] },
    });
    expect(
      normalisePhone('0755-83456789-8012', {
        defaultRegion: 'CN',
        rowRegion: 'CN',
        foreignList: true,
        locale: 'zh-CN',
      }),
    ).toEqual({ status: 'valid', value: '+86 755 8345 6789 分机 8012' });
  });

  test('the number’s key, which duplicates match on, is the same either way', () => {
    for (const foreignList of [true, false])
      expect(
        phoneKey('0755-88881234', {
          defaultRegion: 'CN',
          rowRegion: 'CN',
          ...(foreignList ? { foreignList: true } : {}),
        }),
      ).toBe('+8675588881234');
  });

  test('a number with two readings is still left as typed', () => {
    expect(normalisePhone('6612 3456', { defaultRegion: 'CN', sheetRegion: 'TW', foreignList: true })).toMatchObject({
      status: 'ambiguous',
    });
  });
});
