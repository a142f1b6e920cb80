/**
 * Cleaning an .xlsx rewrites the workbook through exceljs, which holds about 1.9 KB of heap a cell
 * at its peak. A workbook too large for that is streamed instead: its sheets are read into memory
 * as values and cell styles, cleaned there and streamed out, so it is cleaned under a heap that
 * could not load it, with the same values as the full path and each cell's look kept; the summary
 * names what such a file lacks (here its link and note). Past the streamed read's own budget the
 * file is refused (test/files/xlsx-memory-workbook.test.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { generateChineseCustomers } from '../../bench/dedupe/generate-chinese-customers';
import { bundleCli, tempDir } from './run';
import { hasSoffice, resaveWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(180_000);

const dir = tempDir();
const cli = join(dir, 'custodian.cjs');
const file = join(dir, '客户名单.xlsx');

beforeAll(async () => {
  await bundleCli(cli);
  // 12,000 customers of nine columns: about 110,000 cells, more than a 256 MB heap's 100,000.
  const list = generateChineseCustomers({ people: 11_430, duplicateShare: 0.05, seed: 3, withIds: true });
  const workbook = new ExcelJS.Workbook();
  const help = workbook.addWorksheet('填写说明');
  help.getCell('A1').value = '填写说明';
  help.getCell('A1').font = { bold: true, size: 14 };
  help.mergeCells('A1:C1');
  help.getCell('A2').value = { text: '模板下载', hyperlink: 'https://example.com/template' };
  help.getCell('A3').value = 3;
  help.getCell('B3').value = { formula: 'A3*2', result: 6 };
  const sheet = workbook.addWorksheet('客户列表');
  sheet.addRows(list.values);
  sheet.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  sheet.getRow(1).getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  sheet.getColumn(2).width = 18;
  sheet.getColumn(6).width = 36;
  sheet.getCell('B3').note = '老客户，勿重复联系';
  // A customer's company named by a link to its site: the link is kept on the streamed path too.
  sheet.getCell('F4').value = {
    text: String(sheet.getCell('F4').value ?? '官网'),
    hyperlink: 'https://www.example.cn/',
  };
  sheet.getCell('C5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
});

async function runCli(args: string[], heap?: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const flags = heap ? [`--max-old-space-size=${heap}`] : [];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...flags, cli, ...args], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    return {
      code: failed.signal ? 128 : (failed.code ?? 128),
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

async function load(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, name));
  return workbook;
}

function shown(value: ExcelJS.CellValue): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'formula' in value) return `=${value.formula}`;
  if (value && typeof value === 'object' && 'text' in value) return value.text;
  // LibreOffice writes text of mixed scripts as runs of its fonts.
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return value ?? null;
}

describe('custodian clean on an .xlsx too large for the heap to load whole', () => {
  let streamed: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    streamed = await runCli(['clean', '客户名单.xlsx', '-o', 'streamed.xlsx'], 256);
  });

  test('cleans it streamed under that heap and says what the output lacks, in the sheet language', () => {
    expect(streamed.stderr).not.toMatch(/heap|memory/i);
    expect(streamed.code).toBe(0);
    expect(streamed.stdout).toMatch(/已清理 客户名单\.xlsx → .*streamed\.xlsx/);
    expect(streamed.stdout).toMatch(
      /工作簿太大，无法整体载入，已边读边清理：值、公式、单元格样式、列宽和合并单元格都已保留，但未保留其中的超链接、批注（输入文件中仍有）。/,
    );
  });

  test('gives the same values as the full path, keeps every sheet, formula, style, width and merge', async () => {
    const full = await runCli(['clean', '客户名单.xlsx', '-o', 'full.xlsx']);
    expect(full.code).toBe(0);
    expect(full.stdout).not.toMatch(/边读边清理/);
    const [a, b] = [await load('streamed.xlsx'), await load('full.xlsx')];
    const [sa, sb] = [a.getWorksheet('客户列表')!, b.getWorksheet('客户列表')!];
    expect(sa.rowCount).toBeGreaterThan(12_000);
    let compared = 0;
    sb.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        expect([r, c, shown(sa.getCell(r, c).value)]).toEqual([r, c, shown(cell.value)]);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(100_000);
    // The phones were cleaned, as on the full path.
    expect(streamed.stdout).toMatch(/电话号码统一/);

    // The team's look is kept: the header's font and fill, a highlighted cell, column widths.
    expect(sa.getCell('A1').font?.bold).toBe(true);
    expect(sa.getCell('A1').font?.color?.argb).toBe('FF1F4E79');
    // A required column's header gets clean's mark on both paths.
    expect(sa.getCell('B1').fill).toEqual(sb.getCell('B1').fill);
    expect(sa.getCell('C5').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(sa.getColumn(2).width).toBe(18);
    expect(sa.getColumn(6).width).toBe(36);
    // What clean sets is there too: the header frozen, dropdowns, the customer-ID column as text.
    expect(sa.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sa.getCell('A2').numFmt).toBe(sb.getCell('A2').numFmt);
    expect(sa.getCell('F4').hyperlink).toBe('https://www.example.cn/');
    expect(sb.getCell('F4').hyperlink).toBe('https://www.example.cn/');

    // The other sheet: its value, formula, merge and title font; its link's text stays as text.
    const help = a.getWorksheet('填写说明')!;
    expect(help.getCell('A1').value).toBe('填写说明');
    expect(help.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(help.getCell('C1').isMerged).toBe(true);
    expect(shown(help.getCell('B3').value)).toBe('=A3*2');
    expect(shown(help.getCell('A2').value)).toBe('模板下载');
    expect(a.worksheets.map((s) => s.name)).toEqual(b.worksheets.map((s) => s.name));
  });

  (hasSoffice() ? test : test.skip)('the streamed file opens in LibreOffice with the same cells', async () => {
    const resaved = resaveWithLibreOffice(join(dir, 'streamed.xlsx'), join(dir, 'lo'), join(dir, 'lo-profile'));
    const [a, b] = [await load('streamed.xlsx'), new ExcelJS.Workbook()];
    await b.xlsx.readFile(resaved);
    const [sa, sb] = [a.getWorksheet('客户列表')!, b.getWorksheet('客户列表')!];
    for (const r of [1, 2, 500, 12_000])
      for (let c = 1; c <= 9; c++)
        expect([r, c, shown(sb.getCell(r, c).value)]).toEqual([r, c, shown(sa.getCell(r, c).value)]);
    expect(sb.getCell('C5').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(b.getWorksheet('填写说明')?.getCell('A1').value).toBe('填写说明');
  });

  test('leaves the input file as it was', async () => {
    const before = readFileSync(file);
    await runCli(['clean', '客户名单.xlsx', '-o', 'again.xlsx'], 256);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('checks the same file under the 256 MB heap: check streams it too', async () => {
    const result = await runCli(['check', '客户名单.xlsx'], 256);
    expect(result.stderr).not.toMatch(/heap|memory/i);
    expect(result.code).toBe(1); // the generated list has invalid values on purpose
    expect(result.stdout).toMatch(/\[客户列表\]：检查了 12,\d{3} 行/);
  });
});
