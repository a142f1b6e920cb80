import { normaliseText } from '../../shared/normalise/text';

describe('normaliseText on a cell typed over several lines', () => {
  test.each([
    // Lines ended CRLF, as a CSV written on Windows holds them: the same lines, nothing to change.
    ['第一行\r\n第二行', '第一行\r\n第二行'],
    ['call after 5pm\r\nasks for Jo', 'call after 5pm\r\nasks for Jo'],
    // Spaces to clean: each line cleaned, joined with the line feed Excel writes.
    ['第一行  \r\n  第二行', '第一行\n第二行'],
    ['Line one\r\n\r\nline  two', 'Line one\nline two'],
  ])('keeps the lines of %j as %j', (raw, value) => {
    expect(normaliseText(raw, true)).toEqual({ status: 'valid', value });
  });

  test('a field written on one line still has its line breaks made spaces', () => {
    expect(normaliseText('上海市\r\n浦东新区')).toEqual({ status: 'valid', value: '上海市 浦东新区' });
  });
});
