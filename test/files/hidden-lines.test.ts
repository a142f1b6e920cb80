/**
 * The rows and columns of a customer list its .xlsx hides, as every way of opening it reads them:
 * loaded whole, streamed into a snapshot (export to CSV, check) and streamed for clean of a large file.
 */
import ExcelJS from 'exceljs';
import { hiddenLinesOf } from '../../shared/files/hidden-lines';
import { openSpreadsheet, type OpenOptions } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits, type ReadLimits } from '../../shared/files/read-limits';
import { readCellStyles } from '../../cli/xlsx-styles';

const limits = defaultReadLimits(4 * 1024 ** 3);
/** Room for 400 fields read into memory, 20 cells in an exceljs workbook: clean streams it. */
const SMALL: ReadLimits = { ...limits, fields: 400, cells: 20 };

/** A list under a title row, a test row hidden in it, a hidden column of internal notes and a hidden blank column. */
async function teamList(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRows([
    ['2024 年客户名单'],
    ['姓名', '手机号', '公司', '内部备注'],
    ['张伟', '13800138000', '北京星辰科技有限公司', '回款慢'],
    ['测试', '13800000000', '测试公司', null],
    ['李娜', '13912345678', '上海海鲸贸易有限公司', null],
  ]);
  sheet.getRow(1).hidden = true; // the title: above the header, no customer
  sheet.getRow(4).hidden = true;
  sheet.getRow(9).hidden = true; // below the list, blank
  sheet.getColumn(4).hidden = true;
  sheet.getColumn(6).hidden = true; // beyond the list, blank
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('hidden-lines', () => {
  test.each<[string, Partial<OpenOptions>]>([
    ['loaded whole (export to .xlsx)', { listUnchanged: true, readOnly: true }],
    ['streamed into a snapshot (export to CSV, check)', { listUnchanged: true, snapshotOnly: true }],
    ['streamed for clean of a large file', { liftHeader: true, limits: SMALL, streamLargeXlsx: { readCellStyles } }],
  ])('reads the hidden test row and notes column under a title when %s', async (_how, options) => {
    const opened = await openSpreadsheet(await teamList(), '客户.xlsx', { limits, ...options });
    expect(opened.hidden).toEqual({ rows: [4], columns: [4] });
  });

  test('counts no hidden row or column that holds none of the list', () => {
    const values = [
      ['Name', 'Email', null],
      ['Ann Lee', 'ann@acme.com', null],
      [null, null, null],
    ];
    expect(hiddenLinesOf(values, [1, 3], [3], 1)).toBeUndefined();
    expect(hiddenLinesOf(values, [2], [2], 1)).toEqual({ rows: [2], columns: [2] });
  });
});
