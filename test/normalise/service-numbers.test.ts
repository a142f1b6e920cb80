/**
 * A business customer list holds China's service numbers: a bank's 95588, a carrier's 10086, a
 * company's 400 line. They are dialled as they are, so they stay as typed, without +86 or an area code.
 */
import { normalisePhone, phoneKey } from '../../shared/normalise/phone';
import { readPhone, type PhoneContext } from '../../shared/normalise/phone-reading';

const CN = { defaultRegion: 'CN', sheetRegion: 'CN', locale: 'zh-CN' as const };
const EN_LIST = { defaultRegion: 'CN', sheetRegion: 'US', locale: 'en-US' as const };

describe('Chinese service numbers', () => {
  test.each([
    ['95511', '95511'], // 平安
    ['95588', '95588'], // 工商银行
    ['95533', '95533'], // 建设银行
    ['955 88', '95588'],
    ['95105105', '95105105'], // eight-digit 95 number
    ['96777', '96777'], // a local service line
    ['10086', '10086'], // 中国移动
    ['10010', '10010'], // 中国联通
    ['10000', '10000'], // 中国电信
    ['12315', '12315'], // consumer complaints
    ['12306', '12306'], // railway
    ['+86 95511', '95511'],
    ['95588 转 2', '95588 分机 2'],
    ['400-800-1234', '400-800-1234'],
    ['4008001234', '400-800-1234'],
    ['800-810-8888', '800-810-8888'],
  ])('reads %j in a Chinese list as %j', (input, expected) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'valid', value: expected });
  });

  test('reads a service number typed into a number cell, written as text', () => {
    expect(normalisePhone(95588, CN)).toEqual({ status: 'valid', value: '95588' });
  });

  test('adds no +86 to a service number in an English list governed by the Chinese template', () => {
    // The sheet's numbers are North American, but a bare 95511 is no number there.
    expect(normalisePhone('+86 95511', EN_LIST)).toEqual({ status: 'valid', value: '95511' });
    expect(normalisePhone('400-800-1234', EN_LIST)).toEqual({ status: 'valid', value: '400-800-1234' });
  });

  test('keys a service number as Chinese, so two rows holding it match', () => {
    expect(phoneKey('95588', CN)).toBe('+8695588');
    expect(phoneKey('955-88', CN)).toBe(phoneKey('95588', CN));
  });

  test.each([
    ['12345'], // the citizen hotline, but far more often the digits typed for a number nobody had
    ['110'], // emergency numbers are no customer's
    ['955'],
    ['1008'],
    ['962'],
    ['951234567'], // nine digits: no 95 number is that long
    ['13579'],
  ])('still reports %j as invalid in a Chinese list', (input) => {
    expect(normalisePhone(input, CN)).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  test('writes a service number typed with 86 and no plus as the service number, which reads back as itself', () => {
    // A Hong Kong team's sheet of Chinese contacts: 8695510000 is 86 and 95510000, an insurer's line.
    const ctx: PhoneContext = { home: 'HK', sheet: 'CN', row: null, locale: 'zh-CN' };
    const first = readPhone('8695510000', ctx);
    expect(first).toEqual({ kind: 'valid', text: '95510000', key: '+8695510000', region: 'CN' });
    expect(readPhone('95510000', ctx)).toEqual(first);
    // After a trunk 0 the same digits are a local line in 0955's area, and keep their text.
    expect(readPhone('0955-10000', { home: 'CN', sheet: 'CN', locale: 'zh-CN' })).toMatchObject({ text: '0955-10000' });
  });

  test('does not read a bare five-digit number in an American row as a Chinese service number', () => {
    const usRow: PhoneContext = { home: 'CN', sheet: 'US', row: 'US', locale: 'en-US' };
    expect(readPhone('10086', usRow)).toEqual({ kind: 'invalid' });
    expect(readPhone('10086', { home: 'CN', sheet: 'CN', row: 'CN' })).toMatchObject({
      kind: 'valid',
      text: '10086',
    });
  });
});
