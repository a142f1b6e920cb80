/**
 * An .xlsx over the cell budget, opened for clean (streamLargeXlsx): every sheet is streamed into
 * the in-memory workbook plans change, each cell's style kept beside its row, and what the written
 * file will lack is named. Past the field budget it is refused like any file too large.
 */
import ExcelJS from 'exceljs';
import { FileInputError } from '../../shared/files/file-input-error';
import { openSpreadsheet } from '../../shared/files/open-spreadsheet';
import { defaultReadLimits, type ReadLimits } from '../../shared/files/read-limits';
import { applyPlan } from '../../shared/plan/apply-plan';
import { emptyPlan } from '../../shared/plan/plan';
import { readCellStyles } from '../../cli/xlsx-styles';

/** The CLI's clean streams with exceljs's styles reader. */
const STREAM = { readCellStyles };

/** Room for 200 fields read into memory, 20 cells in an exceljs workbook. */
const SMALL: ReadLimits = { ...defaultReadLimits(4 * 1024 ** 3), fields: 200, cells: 20 };

async function teamWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('说明');
  notes.getCell('A1').value = '客户名单填写说明';
  notes.mergeCells('A1:D1');
  notes.getCell('A2').value = { formula: 'COUNTA(客户!A:A)-1', result: 3 };
  const sheet = workbook.addWorksheet('客户');
  sheet.addRows([
    ['姓名', '手机号', '城市', '签约日期'],
    ['张伟', '13800138000', '上海', new Date(Date.UTC(2024, 2, 1))],
    ['李娜', '139 1234 5678', '杭州', new Date(Date.UTC(2024, 5, 12))],
    ['王芳', '13712345678', '北京', null],
  ]);
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
  for (let r = 2; r <= 3; r++) sheet.getCell(r, 4).numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  sheet.getCell('A2').note = '大客户';
  sheet.getColumn(1).width = 14;
  sheet.getRow(3).height = 30;
  sheet.getRow(4).hidden = true;
  sheet.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"上海,杭州,北京"'] };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('an .xlsx too large for exceljs, streamed for clean', () => {
  test('holds every sheet in memory with its values, formulas, styles, widths, heights and merges', async () => {
    const opened = await openSpreadsheet(await teamWorkbook(), '客户.xlsx', { limits: SMALL, streamLargeXlsx: STREAM });
    expect(opened.sheetName).toBe('客户');
    const streamed = opened.streamed!;
    expect(streamed.workbook.sheets.map((s) => s.name)).toEqual(['说明', '客户']);
    const customers = streamed.workbook.sheets[1]!;
    // The governed sheet is the snapshot's rows themselves: held once.
    expect(customers.values).toBe(opened.snapshot.values);
    expect(customers.values[2]).toEqual(['李娜', '139 1234 5678', '杭州', new Date(Date.UTC(2024, 5, 12))]);
    const notes = streamed.workbook.sheets[0]!;
    expect(notes.formulas).toEqual({ A2: '=COUNTA(客户!A:A)-1' });

    const { styles, sheets } = streamed.looks;
    const look = sheets.get('客户')!;
    const styleOf = (row: number, col: number) =>
      styles[look.cellStyles.get(customers.values[row - 1]!)?.[col - 1] ?? 0];
    expect(styleOf(1, 1)?.font?.bold).toBe(true);
    expect(styleOf(2, 4)?.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(styleOf(3, 2)?.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(look.columns.get(1)?.width).toBe(14);
    expect(look.heights.get(3)).toBe(30);
    expect([...look.hidden]).toEqual([4]);
    expect(sheets.get('说明')!.merges).toEqual(['A1:D1']);

    // The note and the team's own dropdown cannot be carried: named, in a fixed order.
    expect(streamed.leftOut).toEqual(['notes', 'rules']);
    // Reading the workbook model of such a file is a programming error, said plainly.
    expect(() => opened.workbook).toThrow(/snapshot only/);
  });

  test("a row's style follows it when a plan moves rows", async () => {
    const opened = await openSpreadsheet(await teamWorkbook(), '客户.xlsx', { limits: SMALL, streamLargeXlsx: STREAM });
    const { workbook, looks } = opened.streamed!;
    const look = looks.sheets.get('客户')!;
    const highlighted = workbook.sheets[1]!.values[2]!; // 李娜's row, B3 filled
    const moved = applyPlan(
      workbook,
      {
        ...emptyPlan('客户'),
        deleteRows: [{ row: 2, values: ['张伟', '13800138000', '上海', new Date(Date.UTC(2024, 2, 1))] }],
      },
      { inPlace: true },
    );
    const now = moved.sheets[1]!.values[1]!;
    expect(now[0]).toBe('李娜');
    expect(now).toBe(highlighted);
    expect(looks.styles[look.cellStyles.get(now)![1]!]?.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  test('streams a large workbook exceljs could hold only when the streamed write lacks nothing of it', async () => {
    // Over streamCells, within the cell budget.
    const limits: ReadLimits = { ...SMALL, cells: 1000, fields: 1000, streamCells: 10 };
    const team = await openSpreadsheet(await teamWorkbook(), '客户.xlsx', { limits, streamLargeXlsx: STREAM });
    expect(team.streamed).toBeUndefined();
    expect(team.workbook.getWorksheet('客户')?.getCell('A2').note).toBe('大客户');

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('客户').addRows([
      ['姓名', '手机号', '城市'],
      ['张伟', '13800138000', '上海'],
      ['李娜', '13912345678', '杭州'],
      ['王芳', '13712345678', '北京'],
    ]);
    const bytes = new Uint8Array(await plain.xlsx.writeBuffer());
    expect((await openSpreadsheet(bytes, '客户.xlsx', { limits, streamLargeXlsx: STREAM })).streamed?.leftOut).toEqual(
      [],
    );
    // Under streamCells, or for a command that does not ask, it is loaded whole.
    expect(
      (await openSpreadsheet(bytes, '客户.xlsx', { limits: { ...limits, streamCells: 100 }, streamLargeXlsx: STREAM }))
        .streamed,
    ).toBeUndefined();
    expect((await openSpreadsheet(bytes, '客户.xlsx', { limits })).streamed).toBeUndefined();
  });

  test('is refused past the field budget, and without streamLargeXlsx past the cell budget', async () => {
    const bytes = await teamWorkbook();
    for (const options of [{ limits: { ...SMALL, fields: 10 }, streamLargeXlsx: STREAM }, { limits: SMALL }]) {
      const error = await openSpreadsheet(bytes, '客户.xlsx', options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FileInputError);
      expect((error as FileInputError).code).toBe('file.tooLarge');
      expect((error as FileInputError).message).toMatch(/客户\.xlsx holds more than (10|20) (cells|shared texts)/);
    }
  });
});
