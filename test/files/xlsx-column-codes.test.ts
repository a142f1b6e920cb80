import ExcelJS from 'exceljs';
import { columnCodesOf, ColumnCoder } from '../../shared/sheet/column-codes';
import type { CellValue } from '../../shared/sheet/cell-value';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits } from '../../shared/files/read-limits';
import { buildRecords } from '../../shared/dedupe/records';
import { findDuplicates } from '../../shared/dedupe';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const limits = defaultReadLimits(4 * 1024 ** 3);
const joined = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * A store chain's member list as its staff keep it: phones typed as numbers in some rows and as text
 * in others, join dates as real dates, 门店 repeated (罗湖店 merged down over its two members), a
 * blank phone, a blank date, an emptied note, and 王芳 entered twice.
 */
async function memberList(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('会员');
  sheet.addRow(['会员编号', '姓名', '手机', '门店', '入会日期', '跟进人', '备注']);
  const members: CellValue[][] = [
    ['M001', '张伟', 13800138000, '南山店', joined(2023, 3, 5), '李娜', null],
    ['M002', '王芳', '13912345678', '福田店', joined(2023, 4, 18), '李娜', '老客户'],
    ['M003', '张伟', '138 0013 8000', '南山店', joined(2024, 1, 9), '陈静', ''],
    ['M004', '刘洋', null, '南山店', joined(2024, 2, 1), null, '  '],
    ['M005', '王芳', 13912345678, '福田店', joined(2024, 5, 20), '李娜', '老客户'],
    ['M006', '赵敏', '13700001111', '罗湖店', null, '陈静', null],
    ['M007', '孙丽', 13655552222, null, joined(2024, 6, 30), '陈静', '转介绍'],
  ];
  for (const member of members) {
    const row = sheet.addRow(member);
    row.getCell(5).numFmt = 'yyyy-mm-dd';
  }
  sheet.mergeCells('D7:D8');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Read as check and dedupe read it: streamed from the zip into the snapshot. */
async function streamed(bytes: Uint8Array): Promise<SheetSnapshot> {
  const opened = await openSpreadsheet(bytes, '会员.xlsx', {
    limits,
    template: DEFAULT_TEMPLATE,
    readOnly: true,
    snapshotOnly: true,
  });
  return opened.snapshot;
}

/** A copy of a snapshot's values: the same cells, read cell by cell (no codes go with a copy). */
function uncoded(snapshot: SheetSnapshot): SheetSnapshot {
  return { ...snapshot, values: snapshot.values.map((row) => [...row]) };
}

describe('a streamed .xlsx read codes its text columns', () => {
  test('every coded cell is its column’s distinct value of its code, empty cells -1', async () => {
    const { values } = await streamed(await memberList());
    const codes = columnCodesOf(values)!;
    expect(codes).toBeDefined();
    expect(values).toHaveLength(8);
    for (const c of [0, 1, 3, 5, 6]) {
      const column = codes.codes[c]!;
      expect(column).toHaveLength(values.length);
      values.forEach((row, r) => {
        const code = column[r]!;
        if (row[c] === null) expect(code).toBe(-1);
        else expect(codes.distinct[c]![code]).toBe(row[c]);
      });
    }
    // The merged 罗湖店 is read in both its rows, and so coded.
    expect(values[7]![3]).toBe('罗湖店');
    expect(codes.distinct[3]).toEqual(['门店', '南山店', '福田店', '罗湖店']);
    expect(Array.from(codes.codes[3]!)).toEqual([0, 1, 2, 1, 1, 2, 3, 3]);
    // The emptied note reads as empty; the spaces are a value as typed.
    expect(values[3]![6]).toBeNull();
    expect(codes.codes[6]![3]).toBe(-1);
    expect(codes.distinct[6]![codes.codes[6]![4]!]).toBe('  ');
  });

  test('a column holding numbers or dates is left uncoded', async () => {
    const { values } = await streamed(await memberList());
    const codes = columnCodesOf(values)!;
    expect(values.slice(1, 4).map((row) => row[2])).toEqual([13800138000, '13912345678', '138 0013 8000']);
    expect(values[1]![4]).toEqual(joined(2023, 3, 5));
    expect(codes.codes[2]).toBeUndefined(); // 手机: numbers and text
    expect(codes.codes[4]).toBeUndefined(); // 入会日期: dates
  });

  test('the coder lets a column go at its first value that is not text, and reads null as empty', () => {
    const coder = new ColumnCoder();
    const rows: CellValue[][] = [
      ['姓名', '积分', '会员'],
      ['张伟', '120', true],
      ['王芳', 80, null],
      ['张伟', '95', ''],
    ];
    for (const row of rows) coder.addCells(row);
    const { codes, distinct } = coder.finish();
    expect(Array.from(codes[0]!)).toEqual([0, 1, 2, 1]);
    expect(distinct[0]).toEqual(['姓名', '张伟', '王芳']);
    expect(codes[1]).toBeUndefined();
    expect(codes[2]).toBeUndefined();
    expect(Object.is(rows[1]![0], rows[3]![0])).toBe(true);
  });
});

describe('matching reads a streamed .xlsx’s coded columns as it reads cells', () => {
  test('the records and groups are those of the same cells read one by one', async () => {
    const snapshot = await streamed(await memberList());
    const mapping = mapHeaders(snapshot.values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(snapshot.values));
    const options = { template: DEFAULT_TEMPLATE, mapping };
    const coded = buildRecords(snapshot, options);
    const plain = buildRecords(uncoded(snapshot), options);
    expect(coded.fields.map((f) => [f.column, f.role, f.keys, Array.from(f.ids), Array.from(f.counts)])).toEqual(
      plain.fields.map((f) => [f.column, f.role, f.keys, Array.from(f.ids), Array.from(f.counts)]),
    );
    const groups = findDuplicates(snapshot).clusters.map((c) => c.rows);
    expect(groups).toEqual(findDuplicates(uncoded(snapshot)).clusters.map((c) => c.rows));
    // 张伟's number typed as a number and as spaced text; 王芳 entered twice, her phone once a number.
    expect(groups).toEqual([
      [2, 4],
      [3, 6],
    ]);
  });
});
