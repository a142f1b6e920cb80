import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { formatRowList } from '../../cli/commands/report-command';
import { readXlsx, writeUtf8Csv, writeXlsx } from './fixtures';
import { EN_ROWS, ZH_ROWS } from '../insights/fixtures';

const TODAY = ['--today', '2024-06-30'];

describe('custodian report', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeXlsx(join(dir, 'zh.xlsx'), ZH_ROWS);
    writeUtf8Csv(join(dir, 'en.csv'), EN_ROWS);
  });

  test('prints exactly the documented JSON shape when --json is given', async () => {
    const result = await run(['report', 'zh.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['rows', 'quality', 'segments', 'stale', 'followUps', 'duplicates']);
    expect(Object.keys(report.quality)).toEqual(['score', 'fields']);
    expect(Object.keys(report.quality.fields[0])).toEqual(['field', 'column', 'filled', 'valid', 'canonical']);
    expect(Object.keys(report.segments[0])).toEqual(['field', 'column', 'values']);
    expect(Object.keys(report.segments[0].values[0])).toEqual(['value', 'count', 'share', 'totalSpend']);
    expect(report).toMatchObject({
      rows: 5,
      quality: { score: 95.6 },
      stale: { days: 180, count: 2, rows: [4, 3] },
      followUps: { overdue: 1, dueIn7Days: 1, rows: [2, 3] },
      duplicates: { clusters: 0, rows: 0 },
    });
    expect(report.segments[0].values[0]).toEqual({ value: '老客户', count: 3, share: 0.6, totalSpend: 32800 });
  });

  test('gives null spend when an English CSV has no spend column', async () => {
    const report = JSON.parse((await run(['report', 'en.csv', '--json', ...TODAY], dir)).stdout);
    expect(report.rows).toBe(5);
    expect(report.segments.map((s: { field: string }) => s.field)).toEqual(['status', 'lifecycleStage', 'region']);
    expect(report.segments[0].values).toContainEqual({ value: '', count: 2, share: 0.4, totalSpend: null });
  });

  test('prints a Chinese summary with text bars when the sheet is Chinese', async () => {
    const result = await run(['report', 'zh.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('zh.xlsx [客户]：5 位客户');
    expect(result.stdout).toContain('质量得分：95.6 / 100');
    expect(result.stdout).toContain('长期未联系的客户（超过 180 天未联系或购买）：2：第 4、3 行');
    expect(result.stdout).toContain('跟进：逾期 1，7 天内到期 1：第 2、3 行');
    // A long list names the first rows and how many there are, once: 第 2、3… 行等 25 行.
    const long = Array.from({ length: 25 }, (_, k) => k + 2);
    expect(formatRowList(long, 'zh-CN')).toBe(`：第 ${long.slice(0, 20).join('、')} 行等 25 行`);
    expect(result.stdout).toMatch(/ {2}老客户 {4}█{12}░{8} {7}3 {3}60\.0% {2}累计消费金额 32,800\.00/);
    expect(result.stdout).toContain('（空白）');
  });

  test('prints an English summary when the sheet is English', async () => {
    const result = await run(['report', 'en.csv', ...TODAY], dir);
    expect(result.stdout).toContain('en.csv [en]: 5 customers');
    expect(result.stdout).toContain('Quality score: 91.3 / 100');
    expect(result.stdout).toContain('Stale customers (no contact or purchase for over 180 days): 2: rows 3, 5');
    expect(result.stdout).toContain('Follow-up: 1 overdue, 1 due within 7 days: rows 2, 3');
    expect(result.stdout).toMatch(/\nStatus\n {2}Active {3}█{8}░{12} {7}2 {3}40\.0%\n/);
  });

  test('writes one self-contained page with inline SVG charts in the sheet language when -o names a .html file', async () => {
    for (const [input, lang, title] of [
      ['zh.xlsx', 'zh-CN', '客户分析'],
      ['en.csv', 'en-US', 'Customer Insights'],
    ]) {
      const result = await run(['report', input, '-o', `${lang}.html`, ...TODAY], dir);
      expect(result.code).toBe(0);
      const html = readFileSync(join(dir, `${lang}.html`), 'utf8');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toMatch(/<svg role="img"/);
      expect(html).toContain('@media print');
      expect(html).not.toMatch(/https?:|<script|<link|src=/i);
    }
    const zh = readFileSync(join(dir, 'zh-CN.html'), 'utf8');
    // A column headed with the field's own name is named once.
    expect(zh).toContain('<h3>客户类型</h3>');
    expect(zh).toContain('3 · 60% · 32,800.00');
  });

  test('writes the workbook with the analysis sheet of formulas when -o names a .xlsx file', async () => {
    const result = await run(['report', 'zh.xlsx', '-o', 'analysed.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    const workbook = await readXlsx(join(dir, 'analysed.xlsx'));
    expect(workbook.getWorksheet('客户')!.getCell('B2').value).toBe('张伟');
    const sheet = workbook.getWorksheet('客户分析')!;
    expect(sheet.getCell('A5').value).toBe('客户数');
    expect(sheet.getCell('B5').value).toMatchObject({
      formula: expect.stringMatching(/^MAX\(0,MAX\(COUNTA\('客户'!\$A:\$A\)/),
    });
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell(
        (cell) =>
          typeof cell.value === 'object' &&
          cell.value &&
          'formula' in cell.value &&
          formulas.push(String(cell.value.formula)),
      ),
    );
    expect(formulas).toContain(`COUNTIFS('客户'!$D:$D,"=老客户")`);
    expect(formulas).toContain(`SUMIFS('客户'!$K:$K,'客户'!$D:$D,"=老客户")`);
  });

  test('exits 2 with a message when the input or the output name is unusable', async () => {
    const missing = await run(['report', 'nope.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.xlsx/);
    const noFile = await run(['report'], dir);
    expect(noFile.code).toBe(2);
    const badOut = await run(['report', 'zh.xlsx', '-o', 'report.pdf'], dir);
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toContain('-o writes a .html page or a .xlsx workbook');
    await writeXlsx(join(dir, 'named.xlsx'), ZH_ROWS, { sheet: '客户分析' });
    const clash = await run(['report', 'named.xlsx', '-o', 'named-out.xlsx'], dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('the customer sheet is named "客户分析"');
    const badDay = await run(['report', 'zh.xlsx', '--today', '2024-02-30'], dir);
    expect(badDay.code).toBe(2);
    await writeXlsx(join(dir, 'notes.xlsx'), [['说明'], ['请在“客户”表中填写客户资料']], { sheet: '说明' });
    const notList = await run(['report', 'notes.xlsx'], dir);
    expect(notList.code).toBe(2);
    // Its only sheet is 说明: the message is in Chinese.
    expect(notList.stderr).toContain('notes.xlsx（工作表：说明） 中没有找到客户名单');
  });
});
