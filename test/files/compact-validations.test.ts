import ExcelJS from 'exceljs';
import { compactValidations } from '../../shared/files/compact-validations';
import { dataValidationsOf } from '../../shared/files/exceljs-gaps';
import { removeRows } from '../../cli/io/move-rows';

/** A governed sheet saved and opened again: exceljs reads each rule back as one entry per cell. */
async function reopened(): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('客户');
  sheet.addRow(['姓名', '手机', '客户等级']);
  for (let i = 0; i < 6; i++) sheet.addRow([`客户${i}`, `1380013800${i}`, 'A']);
  const phoneRule = 'AND(LEN(B2)>=7,LEN(B2)<=20)';
  dataValidationsOf(sheet).add('B2:B200', { type: 'custom', allowBlank: true, formulae: [phoneRule] });
  dataValidationsOf(sheet).add('C2:C200', { type: 'list', allowBlank: true, formulae: ['"A,B,C"'] });
  dataValidationsOf(sheet).add('C250', { type: 'list', allowBlank: true, formulae: ['"X"'] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await book.xlsx.writeBuffer());
  return { workbook, sheet: workbook.getWorksheet('客户')! };
}

describe('compactValidations', () => {
  test('gives back one range per rule and column where exceljs read a rule per cell', async () => {
    const { sheet } = await reopened();
    expect(Object.keys(dataValidationsOf(sheet).model)).toHaveLength(199 + 199 + 1);
    compactValidations(sheet);
    const model = dataValidationsOf(sheet).model;
    expect(Object.keys(model).sort()).toEqual(['B2:B200', 'C2:C200', 'C250'].sort());
    expect(model['B2:B200']).toMatchObject({ type: 'custom', formulae: ['AND(LEN(B2)>=7,LEN(B2)<=20)'] });
    expect(model['C250']).toMatchObject({ formulae: ['"X"'] });
  });

  test('keeps a rule formula on its own top cell when a merge deletes a row of the list', async () => {
    const { workbook, sheet } = await reopened();
    compactValidations(sheet);
    removeRows(workbook, sheet, [3]);
    const model = dataValidationsOf(sheet).model;
    // One row fewer, the same top cell: every cell of the column is checked against itself, not the cell above.
    expect(model['B2:B199']).toMatchObject({ formulae: ['AND(LEN(B2)>=7,LEN(B2)<=20)'] });
    expect(model['C249']).toMatchObject({ formulae: ['"X"'] });
  });

  test('splits a column where a rule has gaps, and leaves ranges it finds as they are', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    const rule = { type: 'list' as const, allowBlank: true, formulae: ['"a,b"'] };
    const model = dataValidationsOf(sheet).model;
    for (const address of ['A2', 'A3', 'A5', 'B2']) model[address] = rule;
    model['D2:D9'] = { ...rule };
    compactValidations(sheet);
    expect(Object.keys(dataValidationsOf(sheet).model).sort()).toEqual(['A2:A3', 'A5', 'B2', 'D2:D9'].sort());
  });
});
