/**
 * An e-mail cell showing a label that links to the address (an address book's 张伟邮箱 linking to
 * mailto:zhangwei@huawei.com): check says the cell holds a label and clean writes the address, its
 * link kept; a cell whose text is an address of its own, or a label with no mailto: link, is not read so.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

async function write(path: string, rows: ExcelJS.CellValue[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('客户').addRows(rows);
  await book.xlsx.writeFile(path);
}

describe('an e-mail label linking to its address', () => {
  const dir = tempDir();

  beforeAll(async () => {
    await write(join(dir, '客户.xlsx'), [
      ['客户名称', '联系人', '手机', '邮箱'],
      ['华为技术有限公司', '张伟', '13911112222', { text: '张伟邮箱', hyperlink: 'mailto:zhangwei@huawei.com' }],
      ['小米科技有限责任公司', '李娜', '13822223333', { text: 'lina@xiaomi.com', hyperlink: 'mailto:lina@xiaomi.com' }],
      ['京东集团', '王芳', '13733334444', { text: '王芳邮箱', hyperlink: 'https://www.jd.com' }],
    ]);
    await write(join(dir, 'contacts.xlsx'), [
      ['Name', 'Company', 'Email'],
      ['Ann Lee', 'Acme Ltd', { text: 'Email Ann', hyperlink: 'mailto:Ann.Lee@acme.co.uk' }],
      ['Bob Ray', 'Globex', 'bob@globex.com'],
    ]);
  });

  test('check says so in Chinese, and a label linking elsewhere is still no address', async () => {
    const result = await run(['check', '客户.xlsx'], dir);
    expect(result.stdout).toMatch(
      /2 +邮箱 +警告 +张伟邮箱 +邮箱含链接文字而非地址（地址在单元格的链接里）：将改为 zhangwei@huawei\.com。/,
    );
    expect(result.stdout).toMatch(/4 +邮箱 +错误 +王芳邮箱 +“王芳邮箱”不是有效的邮箱地址。/);
    expect(result.stdout).not.toMatch(/\n3 +邮箱/);
  });

  test('clean writes the address and keeps the link', async () => {
    const result = await run(['clean', '客户.xlsx', '-o', 'clean.xlsx'], dir);
    expect(result.code).toBe(0);
    const sheet = (await readXlsx(join(dir, 'clean.xlsx'))).worksheets[0]!;
    expect(sheet.getCell('D2').value).toEqual({ text: 'zhangwei@huawei.com', hyperlink: 'mailto:zhangwei@huawei.com' });
    expect(sheet.getCell('D4').value).toEqual({ text: '王芳邮箱', hyperlink: 'https://www.jd.com' });
  });

  test('in English, the address written as the standard form', async () => {
    const json = JSON.parse((await run(['check', 'contacts.xlsx', '--json'], dir)).stdout);
    expect(json.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Email',
        code: 'email.nonCanonical',
        value: 'Email Ann',
        suggestion: 'ann.lee@acme.co.uk',
        message: 'Email with a label in place of its address (the cell links to it): will become ann.lee@acme.co.uk.',
      }),
    ]);
  });
});
