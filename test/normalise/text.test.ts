import { cleanText, normaliseText, toHalfWidth } from '../../shared/normalise/text';

describe('text', () => {
  test.each([
    ['  张三  ', '张三'],
    ['上海\u3000浦东', '上海 浦东'],
    ['ＡＢＣ　１２３', 'ABC 123'],
    ['Acme\tCorp\n\nLtd', 'Acme Corp Ltd'],
    ['Acme\u00a0\u00a0Corp', 'Acme Corp'],
    ['北京\u200b科技\ufeff有限公司', '北京科技有限公司'],
    ['备注：客户（重要），尽快联系', '备注：客户（重要），尽快联系'],
    ['老客户，年底续约　', '老客户，年底续约'],
    ['\ue001，客户', '\ue001,客户'],
    ['ＡＢＣ，ＤＥＦ（１）', 'ABC,DEF(1)'],
    ['北京ＡＢＣ有限公司（上海）', '北京ABC有限公司（上海）'],
    ['Plain ASCII', 'Plain ASCII'],
    ['\u202a+86 138 0013 8000\u202c', '+86 138 0013 8000'],
    ['C000123', 'C000123'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseText(input)).toEqual({ status: 'valid', value: expected });
  });

  test.each([[''], ['   '], ['\u3000\t\n'], ['\u200b'], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normaliseText(input)).toEqual({ status: 'empty' });
  });

  test.each([
    [12, '12'],
    [3.5, '3.5'],
    [13800138000, '13800138000'],
    [true, 'true'],
    [false, 'false'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
  ])('writes the non-string %j as %j', (input, expected) => {
    expect(normaliseText(input)).toEqual({ status: 'valid', value: expected });
  });

  test('treats an invalid Date as empty', () => {
    expect(normaliseText(new Date(Number.NaN))).toEqual({ status: 'empty' });
  });

  test('keeps Chinese characters and the ideographic full stop', () => {
    expect(cleanText('已联系。下周回访')).toBe('已联系。下周回访');
  });

  test('toHalfWidth changes only full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('１３８　ＡＢ＠ｃ．ｃｏｍ，张三')).toBe('138 AB@c.com,张三');
    expect(toHalfWidth('①')).toBe('①');
  });
});
