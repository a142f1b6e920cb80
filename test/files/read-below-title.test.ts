import ExcelJS from 'exceljs';
import { FileInputError } from '../../shared/files/file-input-error';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { checkSheet } from '../../shared/check/check-sheet';
import { readBelowTitle, readBelowTitleNote } from '../../shared/operations/read-below-title';

const limits = defaultReadLimits(4 * 1024 ** 3);

/**
 * A store's member book as it is handed over: an instructions sheet first, then the list under a
 * merged title and a line naming the store, card numbers as text, birthdays and join dates as dates.
 */
async function memberBook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填写说明').addRows([['填写说明'], ['1. 每行一位会员，手机号填 11 位。']]);
  const sheet = workbook.addWorksheet('会员');
  sheet.addRow(['2024年徐汇店会员登记表']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['门店：徐汇店', null, '导出日期：2024-06-30']);
  sheet.addRow(['会员卡号', '姓名', '手机号', '生日', '入会日期']);
  const members = [
    ['0001023', '陈静', '13812345678', new Date(Date.UTC(1985, 10, 20)), new Date(Date.UTC(2023, 2, 5))],
    ['0001024', '陈静', '138 1234 5678', new Date(Date.UTC(1985, 10, 20)), new Date(Date.UTC(2023, 2, 5))],
    ['0001025', '李娜', '1398765432', new Date(Date.UTC(1990, 6, 1)), new Date(Date.UTC(2024, 0, 9))],
  ];
  for (const member of members) {
    const row = sheet.addRow(member);
    row.getCell(1).numFmt = '@';
    row.getCell(4).numFmt = 'yyyy-mm-dd';
    row.getCell(5).numFmt = 'yyyy/m/d';
  }
  sheet.getCell('F4').value = { formula: 'LEN(C4)', result: 11 };
  sheet.getCell('F1').value = { formula: 'COUNTA(B4:B6)', result: 3 };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('a list under a title, read where it stands', () => {
  test.each([
    ['streamed from the zip (check, dedupe)', { snapshotOnly: true }],
    ['loaded whole (export to .xlsx)', { snapshotOnly: false }],
  ])('%s: the header in row 1’s place, rows keep their numbers, formats are the data rows’', async (_, read) => {
    const opened = await openSpreadsheet(await memberBook(), '会员.xlsx', {
      limits,
      readOnly: true,
      listUnchanged: true,
      ...read,
    });
    expect(opened.sheetName).toBe('会员');
    expect(opened.headerBelow).toMatchObject({ row: 3 });
    const { values, columnFormats, formulas } = opened.snapshot;
    expect(values[0]!.slice(0, 5)).toEqual(['会员卡号', '姓名', '手机号', '生日', '入会日期']);
    expect(values[1]!.filter((v) => v !== null)).toEqual([]);
    expect(values[2]!.filter((v) => v !== null)).toEqual([]);
    expect(values[3]!.slice(0, 3)).toEqual(['0001023', '陈静', '13812345678']);
    expect(values).toHaveLength(6);
    // The title row's formats (none) are no column's: the members' rows say text, date, date.
    expect(columnFormats?.slice(0, 5)).toEqual(['@', null, null, 'yyyy-mm-dd', 'yyyy/m/d']);
    // A formula in the title's row counts members: it is none of theirs.
    expect(formulas?.map((f) => [f.row, f.col])).toEqual([[4, 6]]);

    const result = checkSheet(opened.snapshot, { now: new Date(Date.UTC(2024, 5, 30)) });
    expect(result.rows).toBe(3);
    expect(result.headerBelow).toBeUndefined();
    expect(result.issues.filter((i) => i.column === '手机号').map((i) => [i.row, i.code])).toEqual([
      [5, 'phone.nonCanonical'],
      [6, 'phone.invalid'],
    ]);
    // The card numbers are text in a text column: no issue says they lost or need zeros.
    expect(result.issues.filter((i) => i.column === '会员卡号')).toEqual([]);
  });

  test('a command that changes the sheet is refused, naming the header row', async () => {
    const bytes = await memberBook();
    await expect(openSpreadsheet(bytes, '会员.xlsx', { limits })).rejects.toThrow(FileInputError);
    await expect(openSpreadsheet(bytes, '会员.xlsx', { limits })).rejects.toMatchObject({
      code: 'sheet.headerBelow',
    });
  });

  test('a two-row header reads as one header: the group split below, the other columns from row 1', () => {
    const values = [
      ['客户名称', '联系方式', null, '地址'],
      [null, '手机', '邮箱', null],
      ['西子网络', '13588889999', 'a@xizi.com', '文三路478号'],
    ];
    const below = { row: 2, headers: ['手机', '邮箱'], group: '联系方式' };
    expect(readBelowTitle({ name: '客户', values }, below).values).toEqual([
      ['客户名称', '手机', '邮箱', '地址'],
      [],
      ['西子网络', '13588889999', 'a@xizi.com', '文三路478号'],
    ]);
    expect(readBelowTitleNote('en-US', below)).toBe(
      'Two-row header: "联系方式" in row 1 is split into 手机, 邮箱 in row 2; read as one header, customers from row 3.',
    );
  });

  test('a second wording of the header in row 2 (姓名 / Name) is neither header nor customer', () => {
    const values = [
      ['姓名', '手机', '邮箱'],
      ['Name', 'Mobile', 'Email'],
      ['张伟', '13800138000', 'zw@example.cn'],
    ];
    const below = { row: 2, headers: ['Name', 'Mobile', 'Email'], echo: true as const };
    const read = readBelowTitle({ name: 'Contacts', values, columnFormats: ['@', null, null] }, below);
    expect(read.values).toEqual([['姓名', '手机', '邮箱'], [], ['张伟', '13800138000', 'zw@example.cn']]);
    // Row 2's formats are the second header's: without the file's data-row formats there are none.
    expect(read.columnFormats).toBeUndefined();
    expect(readBelowTitleNote('zh-CN', below)).toBe(
      '第 2 行用另一种说法重复了表头（Name、Mobile、Email…），不算客户。',
    );
  });
});
