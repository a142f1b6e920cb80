import ExcelJS from 'exceljs';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { checkSheet } from '../../shared/check/check-sheet';
import { headerLiftNote, planLiftHeader } from '../../shared/operations/lift-header';
import { headerRowBelow } from '../../shared/operations/customer-list';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const limits = defaultReadLimits(4 * 1024 ** 3);

/**
 * A hand-kept customer sheet laid out with a margin: row 1 and column A left empty, the table from
 * B2. Row 1 is blank, not a header, and the header is the row under it.
 */
async function marginSheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填写说明').addRows([['填写说明'], ['1. 每行一位客户，手机号填 11 位。']]);
  const sheet = workbook.addWorksheet('客户');
  const rows = [
    ['客户名称', '联系人', '手机', '地址', '备注'],
    ['杭州某某科技有限公司', '张伟', '13800138000', '杭州市西湖区文三路100号', ''],
    ['某某科技', '张 伟', '138-0013-8000', '杭州市西湖区文三路100号', '同上，简称'],
    ['宁波某某电器有限公司', '孙丽', '13912345678', '宁波市鄞州区', '欠款未结'],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 2, c + 2).value = value)));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const CSV =
  ',,,,\n客户名称,联系人,手机,地址,备注\n杭州某某科技有限公司,张伟,13800138000,杭州市西湖区,\n某某科技,张 伟,138-0013-8000,杭州市西湖区,简称\n';

describe('a list whose row 1 is blank', () => {
  test.each([
    ['an .xlsx table from B2', async () => ({ bytes: await marginSheet(), name: '客户.xlsx' })],
    ['a CSV with an empty first line of commas', async () => ({ bytes: Buffer.from(CSV, 'utf8'), name: '客户.csv' })],
  ])('%s is read from its header in row 2, rows keeping their numbers', async (_label, make) => {
    const { bytes, name } = await make();
    const opened = await openSpreadsheet(bytes, name, { limits, readOnly: true, listUnchanged: true });
    expect(opened.headerBelow).toMatchObject({ row: 2 });
    const { mapping, issues } = checkSheet(opened.snapshot);
    const fields = Object.fromEntries(mapping.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ 客户名称: 'company', 联系人: 'contact', 手机: 'phone' });
    // 138-0013-8000 is the customer on row 4, as the sheet numbers it.
    expect(issues.find((i) => i.value === '138-0013-8000')).toMatchObject({ row: 4 });
  });

  test.each([
    ['streamed from the zip (check, dedupe)', { snapshotOnly: true }],
    ['loaded whole (clean, export to .xlsx)', { snapshotOnly: false }],
  ])('%s: the B2 table is the customer list chosen over the instructions sheet', async (_label, read) => {
    const opened = await openSpreadsheet(await marginSheet(), '客户.xlsx', {
      limits,
      readOnly: true,
      listUnchanged: true,
      ...read,
    });
    expect(opened.sheetName).toBe('客户');
    expect(opened.sheetChoice).toMatchObject({ customerList: true });
  });

  test('a sheet of data with no header anywhere is still refused', async () => {
    const csv = '\n张伟,13800138000,杭州市\n李娜,13912345678,宁波市\n';
    await expect(
      openSpreadsheet(Buffer.from(csv, 'utf8'), 'list.csv', { limits, readOnly: true, listUnchanged: true }),
    ).rejects.toMatchObject({ code: 'sheet.noHeader' });
  });

  test('clean says the blank row above the header was taken out, with no empty title quoted', () => {
    const snapshot = {
      name: '客户',
      values: [[], [null, '客户名称', '联系人', '手机', '地址'], [null, '某某科技', '张伟', '13800138000', '杭州']],
    };
    const below = headerRowBelow(snapshot.values, DEFAULT_TEMPLATE)!;
    expect(below).toMatchObject({ row: 2 });
    const at = new Date('2024-07-01T08:00:00Z');
    expect(headerLiftNote('zh-CN', below, planLiftHeader(snapshot, below, { locale: 'zh-CN', at }))).toBe(
      '表头上方第 1 行是空行，已移出表格，表头现在第 1 行；原内容记在操作历史中，撤销即可放回。',
    );
    expect(headerLiftNote('en-US', below, planLiftHeader(snapshot, below, { locale: 'en-US', at }))).toBe(
      'Row 1 above the header is blank and taken out so the header is row 1; the history keeps it, and undo puts it back.',
    );
  });
});
