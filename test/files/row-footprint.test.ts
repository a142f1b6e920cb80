import ExcelJS from 'exceljs';
import { footprintOfDeletion, giveFootprintBack } from '../../shared/files/row-footprint';
import { openRows, removeRows } from '../../cli/io/move-rows';

/** 客户 with a total under it and 统计 reading its first customer, as a team keeps them. */
function teamList(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRows([
    ['姓名', '消费'],
    ['张伟', 100],
    ['李娜', 200],
    ['王芳', 300],
  ]);
  sheet.getCell('B6').value = { formula: 'SUM(B2:B4)' };
  sheet.getCell('B7').value = { formula: 'AVERAGE(B2:B4)' };
  workbook.addWorksheet('统计').getCell('A1').value = { formula: '客户!A2' };
  return workbook;
}

describe('row-footprint', () => {
  test('gives back the ranges and references a delete at the list edges took, once the rows are back', () => {
    const workbook = teamList();
    const sheet = workbook.getWorksheet('客户')!;
    const footprint = removeRows(workbook, sheet, [2, 4]);
    expect(sheet.getCell('B4').formula).toBe('SUM(B2:B2)');
    expect(workbook.getWorksheet('统计')!.getCell('A1').formula).toBe('客户!#REF!');
    openRows(workbook, sheet, [2, 4]);
    giveFootprintBack(workbook, footprint);
    expect(sheet.getCell('B6').formula).toBe('SUM(B2:B4)');
    expect(workbook.getWorksheet('统计')!.getCell('A1').formula).toBe('客户!A2');
  });

  test('leaves alone what was changed after the delete', () => {
    const workbook = teamList();
    const sheet = workbook.getWorksheet('客户')!;
    const footprint = removeRows(workbook, sheet, [4]);
    sheet.getCell('B5').value = { formula: 'SUM(B2:B3)*2' }; // the total, edited since
    openRows(workbook, sheet, [4]);
    giveFootprintBack(workbook, footprint);
    expect(sheet.getCell('B6').formula).toBe('SUM(B2:B3)*2');
    expect(sheet.getCell('B7').formula).toBe('AVERAGE(B2:B4)');
  });

  test('keeps nothing for a delete that re-inserting gives back whole', () => {
    const workbook = teamList();
    const footprint = footprintOfDeletion(workbook, workbook.getWorksheet('客户')!, [3]);
    expect(footprint.formulas).toEqual([]);
    expect(footprint.names).toEqual([]);
  });

  test('merges a title merged across the list again once its row is back, and a merge that spanned a deleted row', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRows([
      ['2024年华东区客户名单'],
      ['客户名称', '手机'],
      ['西子网络', '13588889999'],
      ['东海贸易', '13912345678'],
    ]);
    sheet.mergeCells('A1:B1');
    sheet.getCell('C3').value = '华东';
    sheet.mergeCells('C3:C4');
    const footprint = removeRows(workbook, sheet, [1, 4]);
    expect(sheet.getCell('A1').value).toBe('客户名称');
    expect(sheet.getCell('B1').isMerged).toBe(false);
    openRows(workbook, sheet, [1, 4]);
    sheet.getCell('A1').value = '2024年华东区客户名单';
    giveFootprintBack(workbook, footprint);
    expect(sheet.getCell('B1').isMerged).toBe(true);
    expect(sheet.getCell('B1').master.address).toBe('A1');
    expect(sheet.getCell('C4').master.address).toBe('C3');
  });
});
