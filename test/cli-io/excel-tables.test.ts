/**
 * An Excel table (ListObject) kept valid as the file host changes the sheet around it: the filter a
 * plan sets, rows moved, header cells renamed (shared/files/exceljs-tables.ts, cli/io/move-rows.ts).
 */
import ExcelJS from 'exceljs';
import { deleteRows, openRows } from '../../cli/io/move-rows';
import { applyFilter } from '../../shared/files/xlsx-formatting';
import { fitTablesToSheet } from '../../shared/files/exceljs-tables';

interface Model {
  tableRef: string;
  autoFilterRef: string;
  columns: { name: string; filterButton?: boolean }[];
}

/** A sales team's list as a table A1:D5 (three customers), with a Total row when asked. */
function tableSheet(options: { totalsRow?: boolean; filterButton?: boolean } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  const filterButton = options.filterButton ?? true;
  sheet.addTable({
    name: '客户表',
    ref: 'A1',
    headerRow: true,
    totalsRow: options.totalsRow ?? false,
    columns: [
      { name: '客户名称', totalsRowLabel: '合计', filterButton },
      { name: '手机', filterButton },
      { name: '城市', filterButton },
      { name: '累计消费金额', totalsRowFunction: 'sum', filterButton },
    ],
    rows: [
      ['张伟', '13800138000', '上海', 1200],
      ['李娜', '13912345678', '杭州', 300],
      ['王芳', '13700137000', '上海', 560],
      ['赵强', '13600136000', '南京', 80],
    ],
  });
  const model = () => (sheet.getTable('客户表') as unknown as { model: Model }).model;
  return { workbook, sheet, model };
}

describe('exceljs-tables', () => {
  test('a filter over the table becomes the table’s own, grown over the columns added to its right', () => {
    const { sheet, model } = tableSheet();
    sheet.getCell('E1').value = '客户编号';
    sheet.getCell('F1').value = '负责人';
    applyFilter(sheet, { firstRow: 1, firstCol: 1, lastRow: 5, lastCol: 6 });
    expect(sheet.autoFilter).toBeUndefined();
    expect(model()).toMatchObject({ tableRef: 'A1:F5', autoFilterRef: 'A1:F5' });
    expect(model().columns.map((c) => [c.name, c.filterButton])).toEqual([
      ['客户名称', true],
      ['手机', true],
      ['城市', true],
      ['累计消费金额', true],
      ['客户编号', true],
      ['负责人', true],
    ]);
  });

  test('the table grows no further than a header that cannot name a column, and hides new buttons as it hides its own', () => {
    const { sheet, model } = tableSheet({ filterButton: false });
    sheet.getCell('E1').value = '客户编号';
    sheet.getCell('F1').value = '手机';
    sheet.getCell('G1').value = '备注';
    applyFilter(sheet, { firstRow: 1, firstCol: 1, lastRow: 5, lastCol: 7 });
    expect(sheet.autoFilter).toBeUndefined();
    expect(model().tableRef).toBe('A1:E5');
    expect(model().columns.at(-1)).toMatchObject({ name: '客户编号', filterButton: false });
  });

  test('a filter beside the table, not over it, is the sheet’s', () => {
    const { sheet, model } = tableSheet();
    applyFilter(sheet, { firstRow: 8, firstCol: 1, lastRow: 12, lastCol: 3 });
    expect(sheet.autoFilter).toBe('A8:C12');
    expect(model().tableRef).toBe('A1:D5');
  });

  test('rows deleted inside the table shrink it, and put back under it grow it again', () => {
    const { workbook, sheet, model } = tableSheet();
    deleteRows(workbook, sheet, [3, 5]);
    expect(model()).toMatchObject({ tableRef: 'A1:D3', autoFilterRef: 'A1:D3' });
    openRows(workbook, sheet, [3, 5]);
    expect(model()).toMatchObject({ tableRef: 'A1:D5', autoFilterRef: 'A1:D5' });
  });

  test('a Total row stays the table’s last and out of its filter; rows below it stay outside', () => {
    const { workbook, sheet, model } = tableSheet({ totalsRow: true });
    expect(model()).toMatchObject({ tableRef: 'A1:D6', autoFilterRef: 'A1:D5' });
    deleteRows(workbook, sheet, [5]);
    expect(model()).toMatchObject({ tableRef: 'A1:D5', autoFilterRef: 'A1:D4' });
    openRows(workbook, sheet, [6]);
    expect(model().tableRef).toBe('A1:D5');
    openRows(workbook, sheet, [5]);
    expect(model()).toMatchObject({ tableRef: 'A1:D6', autoFilterRef: 'A1:D5' });
  });

  test('written, the column names are the header cells’ text, and emptied columns at its end are let go', () => {
    const { workbook, sheet, model } = tableSheet();
    sheet.getCell('E1').value = '客户编号';
    applyFilter(sheet, { firstRow: 1, firstCol: 1, lastRow: 5, lastCol: 5 });
    sheet.getCell('B1').value = '联系电话';
    sheet.getCell('C1').value = '累计消费金额'; // the same as D1's: Excel wants distinct names
    fitTablesToSheet(workbook);
    expect(model().columns.map((c) => c.name)).toEqual(['客户名称', '联系电话', '城市', '累计消费金额', '客户编号']);

    sheet.getCell('E1').value = null; // set up's column undone
    fitTablesToSheet(workbook);
    expect(model()).toMatchObject({ tableRef: 'A1:D5', autoFilterRef: 'A1:D5' });
    expect(model().columns).toHaveLength(4);
  });
});
