/**
 * Custodian's protection in files: setup written by the command line's exceljs writer, read back
 * from the saved .xlsx (sheet protection with its allowances, the header row and the ID column
 * locked, other cells unlocked), and kept by LibreOffice when it saves the file again (when installed).
 */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planSetup } from '../../shared/operations/setup';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import type { CellValue } from '../../shared/sheet/cell-value';
import { invertPlan } from '../../shared/plan/invert-plan';
import { openWorkbook, tempDir } from './fixtures';
import { sheetProtectionOf } from '../../shared/files/xlsx-protection';
import { hasSoffice, resaveWithLibreOffice } from '../support/libreoffice';

const NOW = new Date(Date.UTC(2025, 2, 3, 9, 0, 0));
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const ROWS: CellValue[][] = [
  ['客户名称', '手机号码', '客户编号', '城市'],
  ['张三', '13800138000', 'C000001', '北京'],
  ['李四', '010-12345678', null, '上海'],
];

async function governedFile(name: string): Promise<{ file: string; plan: ReturnType<typeof planSetup>['plan'] }> {
  const loaded = newWorkbook('客户');
  const sheet = loaded.workbook.getWorksheet('客户')!;
  ROWS.forEach((row) => sheet.addRow(row));
  const snapshot = { ...loaded.snapshot, values: ROWS };
  const plan = planSetup(snapshot, { now: NOW }).plan;
  applyPlanToWorkbook(loaded, plan);
  const file = tmp.file(name);
  await writeWorkbookFile(loaded, file);
  return { file, plan };
}

function locked(sheet: ExcelJS.Worksheet, address: string): boolean {
  // A cell without a protection style is locked, as in Excel.
  return sheet.getCell(address).protection?.locked !== false;
}

describe('protection in files', () => {
  test('saves the header row and the ID column locked, the rest unlocked, with sorting and filtering allowed', async () => {
    const { file } = await governedFile('governed.xlsx');
    const sheet = (await openWorkbook(file)).getWorksheet('客户')!;
    expect(sheetProtectionOf(sheet)).toMatchObject({
      sheet: true,
      formatCells: true,
      sort: true,
      autoFilter: true,
      insertRows: true,
    });
    expect(sheetProtectionOf(sheet)).not.toHaveProperty('hashValue');
    expect(['A1', 'D1', 'C2', 'C3'].map((a) => locked(sheet, a))).toEqual([true, true, true, true]);
    expect(['A2', 'B3', 'D3'].map((a) => locked(sheet, a))).toEqual([false, false, false]);
    // Rows typed later take the column's style: unlocked, except in the ID column.
    expect(sheet.getColumn(2).style.protection?.locked).toBe(false);
    expect(sheet.getColumn(3).style.protection?.locked).not.toBe(false);
  });

  test('leaves the formatted empty rows below the list unlocked, so new customers can be typed there', async () => {
    const { file } = await governedFile('new-rows.xlsx');
    const sheet = (await openWorkbook(file)).getWorksheet('客户')!;
    // The phone column is formatted as text (and dates as dates) for rows not typed yet: each such cell has a style.
    expect(sheet.getCell('B20').numFmt).toBe('@');
    expect(['B20', 'B900', 'D20'].map((a) => locked(sheet, a))).toEqual([false, false, false]);
    expect(['C20', 'C900'].map((a) => locked(sheet, a))).toEqual([true, true]);
  });

  test('undoing setup takes the protection off the file', async () => {
    const loaded = newWorkbook('Customers');
    const sheet = loaded.workbook.getWorksheet('Customers')!;
    const rows: CellValue[][] = [
      ['Customer ID', 'Name', 'Email'],
      ['C000001', 'Ada Lovelace', 'ada@example.com'],
    ];
    rows.forEach((row) => sheet.addRow(row));
    const plan = planSetup({ ...loaded.snapshot, values: rows }, { now: NOW }).plan;
    applyPlanToWorkbook(loaded, plan);
    expect(sheetProtectionOf(sheet)).toMatchObject({ sheet: true });
    applyPlanToWorkbook(loaded, invertPlan(plan));
    const file = tmp.file('undone.xlsx');
    await writeWorkbookFile(loaded, file);
    expect(sheetProtectionOf((await openWorkbook(file)).getWorksheet('Customers')!)).toBeNull();
  });

  (hasSoffice() ? test : test.skip)(
    'LibreOffice keeps the protection and the locked cells when it saves the governed file',
    async () => {
      const { file } = await governedFile('for-libreoffice.xlsx');
      const saved = resaveWithLibreOffice(file, tmp.file('lo'), tmp.file('lo-profile'));
      // LibreOffice writes flags as true/false, which exceljs reads wrongly: the XML is checked.
      const zip = await JSZip.loadAsync(readFileSync(saved));
      const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const stylesXml = await zip.file('xl/styles.xml')!.async('string');
      const attributes = /<sheetProtection ([^>]*)\/>/.exec(sheetXml)?.[1] ?? '';
      expect(attributes).toMatch(/sheet="(1|true)"/);
      // "false" is what OOXML says for an action the protection allows.
      for (const allowed of ['formatCells', 'sort', 'autoFilter', 'insertRows'])
        expect(attributes).toMatch(new RegExp(`${allowed}="(0|false)"`));
      const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(stylesXml)![1]!.split('</xf>');
      const lockedInXml = (address: string) => {
        const style = Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
        return !/locked="(0|false)"/.test(xfs[style] ?? '');
      };
      expect(['A1', 'C2', 'C3'].map(lockedInXml)).toEqual([true, true, true]);
      expect(['A2', 'B3', 'D3'].map(lockedInXml)).toEqual([false, false, false]);
    },
    180_000,
  );
});
