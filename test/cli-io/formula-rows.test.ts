import { remapFormulaRows, remapRangeList, type RowMap } from '../../shared/sheet/formula-rows';

// Row 3 deleted: 1,2 stay; 4.. move up one.
const deleteRow3: RowMap = (r) => (r === 3 ? null : r < 3 ? r : r - 1);
// A row inserted at 3: 3.. move down one.
const insertAt3: RowMap = (r) => (r < 3 ? r : r + 1);
const on = (map: RowMap) => ({ sheet: 'Customers', map });

describe('remapFormulaRows', () => {
  test.each([
    ['=D4*2', '=D3*2'],
    ['=$D$4+D$5+$D6', '=$D$3+D$4+$D5'],
    ['=D3', '=#REF!'],
    ['=SUM(D2:D5)', '=SUM(D2:D4)'],
    ['=SUM(D3:D3)', '=SUM(#REF!)'],
    ['=SUM(D3:E4)', '=SUM(D3:E3)'],
    ['=SUM(4:6)', '=SUM(3:5)'],
    ['=SUM(A:A)+A1', '=SUM(A:A)+A1'],
    ['=LOG10(D4)', '=LOG10(D3)'],
    ['="D4 stays"&D4', '="D4 stays"&D3'],
    ["=Customers!D4+'Customers'!D5", "=Customers!D3+'Customers'!D4"],
    ['=Other!D4+D4', '=Other!D4+D3'],
    ['=Table1[[#This Row],[D4]]+D4', '=Table1[[#This Row],[D4]]+D3'],
    ['=[1]Customers!D4', '=[1]Customers!D4'],
    ['=MyName5+ABCD4', '=MyName5+ABCD4'],
    ['=1.5E+10+D10', '=1.5E+10+D9'],
    ['=IF(TRUE,D4,"")', '=IF(TRUE,D3,"")'],
  ])('deleting row 3: %s → %s', (formula, expected) => {
    expect(remapFormulaRows(formula, 'Customers', on(deleteRow3))).toBe(expected);
  });

  test('references from another sheet follow only when they name the sheet', () => {
    expect(remapFormulaRows('Customers!D4+D4', 'Summary', on(insertAt3))).toBe('Customers!D5+D4');
    expect(remapFormulaRows("'客户 表'!A3", 'Summary', { sheet: '客户 表', map: insertAt3 })).toBe("'客户 表'!A4");
    expect(remapFormulaRows('客户!A3', 'Summary', { sheet: '客户', map: insertAt3 })).toBe('客户!A4');
  });

  test('a range grows around an inserted row', () => {
    expect(remapFormulaRows('SUM($D$2:$D$5)', 'Customers', on(insertAt3))).toBe('SUM($D$2:$D$6)');
  });

  test('relative rows of a rule formula move with its range, absolute ones follow the map', () => {
    expect(remapFormulaRows('LEN(TRIM(A2))=0', 'Customers', on(insertAt3), 1)).toBe('LEN(TRIM(A3))=0');
    expect(remapFormulaRows('$A$4=A2', 'Customers', on(insertAt3), 0)).toBe('$A$5=A2');
  });
});

describe('remapRangeList', () => {
  test('moves, shrinks and drops ranges', () => {
    expect(remapRangeList('D2:D10 F3 G4', on(deleteRow3))).toBe('D2:D9 G3');
    expect(remapRangeList('F3', on(deleteRow3))).toBeNull();
  });
});
