import fc from 'fast-check';
import { cleanText, foldText, isPlainText, normaliseText, toHalfWidth } from '../../shared/normalise/text';
import { checkSheet } from '../../shared/check/check-sheet';

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
    // Brackets stay a pair, full-width when either side stands next to Chinese text.
    ['分机8009（另一人?）', '分机8009（另一人?）'],
    ['备注（VIP）', '备注（VIP）'],
    ['（VIP）客户', '（VIP）客户'],
    ['Acme（China）Ltd', 'Acme(China)Ltd'],
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

  test('text already normal in either language is returned as it is, exactly as the full folding would give it', () => {
    const word = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
        fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('张', '伟', '有', '限', '公', '司', 'A', '1', '-', '@'),
      ),
      minLength: 1,
      maxLength: 8,
    });
    const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, (s) => {
        expect(isPlainText(s)).toBe(true);
        // What cleanText does to text that is not plain: fold, collapse white space, trim.
        expect(cleanText(s)).toBe(foldText(s).replace(/\s+/g, ' ').trim());
        expect(s.normalize('NFKC')).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    [' 张三', '张三'],
    ['张三 ', '张三'],
    ['张  三', '张 三'],
    ['\uf900', '\u8c48'], // a compatibility ideograph: NFKC folds it to the unified one
    ['ＡＢＣ', 'ABC'],
    ['张三\u200b', '张三'],
    ['Ⅻ', 'XII'],
  ])('text that is not plain (%j) is folded: %j', (input, expected) => {
    expect(isPlainText(input)).toBe(false);
    expect(cleanText(input)).toBe(expected);
  });
});

describe('normaliseText on cells typed on several lines', () => {
  test('keeps the lines of a note or a street address, each cleaned, blank lines dropped', () => {
    expect(normaliseText('2024-03-05 电话沟通，有意向\n2024-03-12  已报价 ', true)).toEqual({
      status: 'valid',
      value: '2024-03-05 电话沟通，有意向\n2024-03-12 已报价',
    });
    expect(normaliseText('123 Main St\r\n\r\nSuite 400', true)).toEqual({
      status: 'valid',
      value: '123 Main St\nSuite 400',
    });
    expect(normaliseText('Line one\nLine two', true)).toEqual({ status: 'valid', value: 'Line one\nLine two' });
    expect(normaliseText(' \n \n ', true)).toEqual({ status: 'empty' });
  });

  test('check leaves the notes and address of a Salesforce export on their lines; a company on two lines is one', () => {
    const values = [
      ['Name', 'Phone', 'Company', 'Mailing Street', 'Notes'],
      ['Jane Doe', '+1 617 555 0123', 'Acme\nCorp', '1 Main St\nSuite 400', 'Met at expo\nFollow up in May'],
    ];
    const issues = checkSheet({ name: 'Contacts', values }, { locale: 'en-US' }).issues;
    expect(issues.map((i) => [i.column, i.suggestion])).toEqual([['Company', 'Acme Corp']]);
  });
});
