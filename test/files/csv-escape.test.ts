import { formatCsv, neutraliseFormula, readFormulaEscape } from '../../shared/sheet/csv-text';
import { parseCsv } from '../../shared/files/parse-csv';

describe('write-csv formula escape', () => {
  test.each([
    ["'=1+1", '=1+1'],
    ["'@总部", '@总部'],
    ['\'=HYPERLINK("http://x")', '=HYPERLINK("http://x")'],
  ])('reads back its own escape %s as %s', (field, value) => {
    expect(readFormulaEscape(field)).toBe(value);
    expect(neutraliseFormula(value)).toBe(field);
  });

  test.each([
    ["'+1 415 555 2671", '+1 415 555 2671'],
    ["'+86 138 0013 8000", '+86 138 0013 8000'],
  ])(
    'reads an international phone written %s by an earlier version as %s, and writes it without the apostrophe',
    (field, value) => {
      // Digit groups after a + are no formula: the apostrophe would only show in other programs.
      expect(readFormulaEscape(field)).toBe(value);
      expect(neutraliseFormula(value)).toBe(value);
    },
  );

  test('keeps the apostrophe before a phone that a spreadsheet would compute (+49-30-1234567 is a sum)', () => {
    expect(neutraliseFormula('+49-30-1234567')).toBe("'+49-30-1234567");
    expect(neutraliseFormula('+49 30 1234567-0')).toBe("'+49 30 1234567-0");
    expect(readFormulaEscape("'+49-30-1234567")).toBe('+49-30-1234567');
  });

  test('writes a cell of dashes alone ("-", "--": no value) as it is, and reads an escaped one back as the dashes', () => {
    expect(neutraliseFormula('-')).toBe('-');
    expect(neutraliseFormula('--')).toBe('--');
    expect(neutraliseFormula('-x')).toBe("'-x");
    expect(readFormulaEscape("'-")).toBe('-');
    expect(
      formatCsv(
        [
          ['手机', '邮箱'],
          ['-', '无'],
        ],
        { delimiter: ',', lineEnding: '\r\n' },
      ),
    ).toBe('手机,邮箱\r\n-,无\r\n');
  });

  test.each([
    ["'-12", 'a plain negative number is never escaped, so the apostrophe is data'],
    ["'+8613800138000", 'a plain number with a sign is never escaped'],
    ["'abc", 'text without a formula character'],
    ["''=1+1", 'two apostrophes'],
    ["'", 'a lone apostrophe'],
    ["O'Brien", 'an apostrophe inside a name'],
    ['+1 415 555 2671', 'no apostrophe at all'],
  ])('keeps %s as typed when it is not what the writer produces (%s)', (field) => {
    expect(readFormulaEscape(field)).toBe(field);
  });

  test('a CSV with escaped fields reads back and writes out byte for byte the same when it was written by Custodian', () => {
    const rows = [
      ['姓名', '手机', '备注'],
      ['张伟', '+86 138 0013 8000', '=1+1'],
      ["O'Brien", '-12', "'-12"],
    ];
    const text = formatCsv(rows, { delimiter: ',', lineEnding: '\r\n' });
    expect(text).toBe("姓名,手机,备注\r\n张伟,+86 138 0013 8000,'=1+1\r\nO'Brien,-12,'-12\r\n");
    const parsed = parseCsv(Buffer.from(text), 'customers.csv');
    expect(parsed.rows.slice(0, 3)).toEqual(rows);
    expect(formatCsv(parsed.rows.slice(0, 3), { delimiter: ',', lineEnding: '\r\n' })).toBe(text);
  });
  test('reads a Taobao-style ="…" order or ID number as its digits, and writes it back the same way', () => {
    // As Taobao, JD and Kingdee export them: the text formula keeps Excel from rounding 19 digits.
    const text =
      '订单编号,买家会员名,身份证号,备注\r\n"=""2201938475610293847""",王小明1990,="320102199001011234","=""VIP"""\r\n';
    const parsed = parseCsv(Buffer.from(text), 'orders.csv');
    expect(parsed.rows[1]).toEqual(['2201938475610293847', '王小明1990', '320102199001011234', 'VIP']);
    // Written again, digits too long for a spreadsheet's numbers keep the guard; other text needs none.
    expect(formatCsv(parsed.rows.slice(0, 2), { delimiter: ',', lineEnding: '\r\n' })).toBe(
      '订单编号,买家会员名,身份证号,备注\r\n"=""2201938475610293847""",王小明1990,"=""320102199001011234""",VIP\r\n',
    );
    // A CRM's import file takes the digits as they are.
    expect(formatCsv([['2201938475610293847']], { delimiter: ',', lineEnding: '\n', formulaGuard: false })).toBe(
      '2201938475610293847\n',
    );
  });

  test.each([
    ['=SUM(A1:A3)', 'a formula that computes something is no text formula'],
    ['="a"&"b"', 'a formula joining texts'],
    ['=', 'an equals sign alone'],
  ])('keeps %s as typed (%s)', (field) => {
    expect(readFormulaEscape(field)).toBe(field);
  });
});
