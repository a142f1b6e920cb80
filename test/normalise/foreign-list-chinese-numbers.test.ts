/**
 * On an American list (a Salesforce report of US accounts with one Beijing customer), a Chinese number
 * keeps its +86 when cleaned: written nationally (010-65528899) it would read as no country's to the
 * team using the list. On a Chinese list it is written as China writes it.
 */
import { normalisePhone } from '../../shared/normalise';

const EN_LIST = { defaultRegion: 'CN', sheetRegion: 'US', locale: 'en-US' as const };
const CN_LIST = { defaultRegion: 'CN', sheetRegion: 'CN', locale: 'zh-CN' as const };

describe('a Chinese number on another country’s list', () => {
  test('keeps +86 on an American list: a Beijing line and a mobile', () => {
    expect(normalisePhone('+86 10 6552 8899', EN_LIST)).toEqual({ status: 'valid', value: '+86 10 6552 8899' });
    expect(normalisePhone('+86 139 1001 2233', EN_LIST)).toEqual({ status: 'valid', value: '+86 139 1001 2233' });
  });

  test('is written as China writes it on a Chinese list', () => {
    expect(normalisePhone('+86 10 6552 8899', CN_LIST)).toEqual({ status: 'valid', value: '010-65528899' });
    expect(normalisePhone('+86 139 1001 2233', CN_LIST)).toEqual({ status: 'valid', value: '13910012233' });
  });

  test('a 400 line, dialled only within China, is written without +86 anywhere', () => {
    expect(normalisePhone('400-800-1234', EN_LIST)).toEqual({ status: 'valid', value: '400-800-1234' });
  });
});
