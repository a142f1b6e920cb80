/**
 * `custodian combine` of a workbook with one sheet per region (汇总, 华东, 华北): each sheet named as an
 * input (FILE#SHEET) is read; a workbook named alone says which other lists it holds were not read.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

async function writeRegions(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总');
  summary.addRow(['区域', '客户数', '消费合计', '第一位客户']);
  summary.addRow(['华东', { formula: 'COUNTA(华东!A:A)-1', result: 3 }, 3300, { formula: '华东!A2', result: '周杰' }]);
  summary.addRow(['华北', { formula: 'COUNTA(华北!A:A)-1', result: 2 }, 1600, { formula: '华北!A2', result: '冯刚' }]);
  const header = ['客户名称', '手机', '公司', '累计消费金额'];
  const east = workbook.addWorksheet('华东');
  for (const row of [
    header,
    ['周杰', '13855550001', '华东一厂', 1000],
    ['吴敏', '13855550002', '华东二厂', 2000],
    ['郑爽', '13855550003', '华东三厂', 300],
  ])
    east.addRow(row);
  const north = workbook.addWorksheet('华北');
  for (const row of [header, ['冯刚', '13966660001', '华北一厂', 700], ['褚琳', '13966660002', '华北二厂', 900]])
    north.addRow(row);
  await workbook.xlsx.writeFile(path);
}

describe('combine of a workbook with a sheet per region', () => {
  const dir = tempDir();
  beforeAll(async () => {
    await writeRegions(join(dir, '销售.xlsx'));
    writeUtf8Csv(join(dir, '企微.csv'), [
      ['客户名称', '手机'],
      ['王建国', '13811112222'],
    ]);
  });

  test('reads each sheet named as FILE#SHEET', async () => {
    const result = await run(['combine', '企微.csv', '销售.xlsx#华东', '销售.xlsx#华北', '-o', 'all.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已合并 3 份名单，共 6 行');
    expect(result.stdout).toContain('销售.xlsx!华东：3 行');
    expect(result.stdout).toContain('销售.xlsx!华北：2 行');
    expect(result.stdout).not.toContain('未读取');
  });

  test('says which sheet a workbook named alone left out, and how to name it', async () => {
    const result = await run(['combine', '企微.csv', '销售.xlsx', '-o', 'one.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '销售.xlsx 还有「华北」工作表看起来也是客户名单，未读取；要一并合并，请逐个写出工作表：销售.xlsx#华东 销售.xlsx#华北',
    );
    const json = await run(['combine', '企微.csv', '销售.xlsx', '-o', 'one.xlsx', '--json', '--locale', 'en-US'], dir);
    expect(JSON.parse(json.stdout).sheetsLeftOut).toEqual([{ file: '销售.xlsx', read: ['华东'], sheets: ['华北'] }]);
  });

  test('in English, and a sheet named twice is refused', async () => {
    const result = await run(['combine', '销售.xlsx', '企微.csv', '-o', 'en.xlsx', '--locale', 'en-US'], dir);
    expect(result.stdout).toContain(
      '销售.xlsx also has a sheet that looks like a customer list, not read: "华北"; to combine them too, name each sheet: 销售.xlsx#华东 销售.xlsx#华北',
    );
    const twice = await run(['combine', '销售.xlsx#华北', '销售.xlsx!华北', '-o', 'x.xlsx'], dir);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('销售.xlsx is named twice');
  });
});
