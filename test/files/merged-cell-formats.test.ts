/**
 * A cell merged down a column over a company's contact rows reads, in each row, as the merge shows it:
 * its value and its own number format (a 客户编号 126 under 000000 is 000126 in all three rows), not the
 * column's ("C"000000). The streamed read (large files, commands that only read) and the full read agree.
 */
import ExcelJS from 'exceljs';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { checkSheet } from '../../shared/check/check-sheet';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const limits = defaultReadLimits(4 * 1024 ** 3);
const TODAY = new Date(Date.UTC(2024, 5, 30));

/** A company list: one row per contact, 客户编号 and 客户名称 merged over a company's contacts. */
async function companyList(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['客户编号', '客户名称', '联系人', '手机']);
  sheet.addRow([1, '深圳前海微众科技有限公司', '张伟', '13800138000']);
  sheet.addRow([126, '杭州云栖科技有限公司', '李娜', '13800138001']);
  sheet.addRow([null, null, '王芳', '13800138002']);
  sheet.addRow([null, null, '刘强', '13800138003']);
  sheet.addRow([127, '北京字节跳动科技有限公司', '陈静', '13800138004']);
  sheet.addRow([128, '上海寻梦信息技术有限公司', '赵敏', '13800138005']);
  sheet.addRow([null, null, '孙丽', '13800138006']);
  sheet.getCell('A2').numFmt = '"C"000000';
  sheet.getCell('A3').numFmt = '000000';
  sheet.getCell('A6').numFmt = '"C"000000';
  sheet.getCell('A7').numFmt = '"C"000000';
  sheet.mergeCells('A3:A5');
  sheet.mergeCells('B3:B5');
  sheet.mergeCells('A7:A8');
  sheet.mergeCells('B7:B8');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function read(bytes: Uint8Array, snapshotOnly: boolean): Promise<SheetSnapshot> {
  const opened = await openSpreadsheet(bytes, '客户.xlsx', {
    limits,
    readOnly: true,
    snapshotOnly,
    listUnchanged: true,
  });
  return opened.snapshot;
}

/** The own formats of column A's cells below row 2 (whose format is the column's), by row. */
function codeFormats(snapshot: SheetSnapshot): [number, string | undefined][] {
  return (snapshot.extras ?? [])
    .filter((e) => e.col === 1 && e.row > 2 && e.format !== undefined)
    .map((e) => [e.row, e.format] as [number, string | undefined])
    .sort((a, b) => a[0] - b[0]);
}

describe('cells merged down a column keep the merge’s own number format', () => {
  test('a streamed read gives each row of a merged 客户编号 its value and its format', async () => {
    const snapshot = await read(await companyList(), true);
    expect(snapshot.columnFormats?.[0]).toBe('"C"000000');
    expect(snapshot.values.slice(1).map((row) => row[0])).toEqual([1, 126, 126, 126, 127, 128, 128]);
    expect(snapshot.values[4]![1]).toBe('杭州云栖科技有限公司');
    expect(codeFormats(snapshot)).toEqual([
      [3, '000000'],
      [4, '000000'],
      [5, '000000'],
    ]);
  });

  test('check reads every contact row of the merge as the code the merged cell shows', async () => {
    const snapshot = await read(await companyList(), true);
    const { issues } = checkSheet(snapshot, { now: TODAY, locale: 'zh-CN' });
    const codes = issues.filter((i) => i.column === '客户编号' && i.code === 'text.zeroPadded');
    expect(codes.map((i) => [i.row, i.suggestion])).toEqual([
      [2, 'C000001'],
      [3, '000126'],
      [4, '000126'],
      [5, '000126'],
      [6, 'C000127'],
      [7, 'C000128'],
      [8, 'C000128'],
    ]);
  });

  test('the full read fills the merge with the same formats as the streamed read', async () => {
    const bytes = await companyList();
    const [full, streamed] = [await read(bytes, false), await read(bytes, true)];
    expect(full.values).toEqual(streamed.values);
    expect(codeFormats(full)).toEqual(codeFormats(streamed));
  });
});
