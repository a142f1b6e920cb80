/**
 * `custodian export` of a workbook whose cells show a label linking to the value (张伟邮箱 linking to
 * mailto:, 官网 linking to the company's site): the CSV (read by streaming the .xlsx) and the .xlsx
 * (read whole) both get the targets, and the summary says so in the sheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

async function writeLinked(path: string, rows: ExcelJS.CellValue[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('客户').addRows(rows);
  await book.xlsx.writeFile(path);
}

function csvRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: labels linking to the value', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await writeLinked(join(dir, '客户.xlsx'), [
      ['客户名称', '联系人', '手机', '邮箱', '网址'],
      [
        '华为技术有限公司',
        '张伟',
        '13911112222',
        { text: '张伟邮箱', hyperlink: 'mailto:zhangwei@huawei.com' },
        { text: '官网', hyperlink: 'https://www.huawei.com' },
      ],
      [
        '小米科技有限责任公司',
        '李娜',
        '13822223333',
        { text: 'lina@xiaomi.com', hyperlink: 'mailto:lina@xiaomi.com' },
        { text: 'https://www.mi.com', hyperlink: 'https://www.mi.com' },
      ],
    ]);
    await writeLinked(join(dir, 'contacts.xlsx'), [
      ['Name', 'Company', 'Email', 'Phone'],
      ['Ann Lee', 'Acme Ltd', { text: 'Email Ann', hyperlink: 'mailto:ann.lee@acme.co.uk' }, '+44 20 7946 0958'],
      ['Bob Ray', 'Globex', 'bob@globex.com', '+44 20 7946 0959'],
    ]);
  });

  test('to a CSV (the .xlsx streamed): the targets, said in Chinese', async () => {
    const result = await run(['export', '客户.xlsx', '--to', 'hubspot', '-o', 'hubspot.csv'], dir);
    expect(result.code).toBe(0);
    const [huawei, xiaomi] = csvRows(join(dir, 'hubspot.csv'));
    expect(huawei).toMatchObject({ Email: 'zhangwei@huawei.com', 网址: 'https://www.huawei.com' });
    expect(xiaomi).toMatchObject({ Email: 'lina@xiaomi.com', 网址: 'https://www.mi.com' });
    expect(result.stderr).toContain(
      '“邮箱”有 1 个单元格（第 2 行）显示的是链接文字（如“张伟邮箱”→ zhangwei@huawei.com）：导入文件不含链接，已写入链接指向的值；表格本身未改动',
    );
    expect(result.stderr).toContain(
      '“网址”有 1 个单元格（第 2 行）显示的是链接文字（如“官网”→ https://www.huawei.com）',
    );
    expect(result.stderr).not.toContain('仍有错误');
  });

  test('to an .xlsx (read whole): the same targets, said in English for an English sheet', async () => {
    const result = await run(['export', 'contacts.xlsx', '--to', 'zoho', '-o', 'zoho.xlsx'], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'zoho.xlsx'))).worksheets[0]!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const email = header.indexOf('Email') + 1;
    expect(sheet.getRow(2).getCell(email).value).toBe('ann.lee@acme.co.uk');
    expect(sheet.getRow(3).getCell(email).value).toBe('bob@globex.com');
    expect(result.stderr).toContain(
      '1 cell of "Email" (row 2) showed a label linking to the value (such as "Email Ann" → ann.lee@acme.co.uk): the link\'s target was written, as an import file holds no links; the sheet is unchanged',
    );
  });
});
