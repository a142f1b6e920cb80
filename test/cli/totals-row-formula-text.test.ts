/**
 * A totals row whose sum is a formula typed into a text-formatted column: Excel keeps "=SUM(I4:I9)"
 * as the text it shows, not a formula. The row is still the list's 合计 / Grand Total: check, clean
 * and report pass over it as over any totals row, and clean writes it back as it was. A real formula
 * in such a row stays a formula.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { InsightsReport } from '../../shared/insights';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-07-01'];

/** A member list as a shop keeps it: a title, who made it, the header on row 3, six members, a blank row, 合计. */
async function writeMembers(file: string, total: ExcelJS.CellValue): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户名单');
  ws.addRow(['2024年华东区客户名单（内部资料）']);
  ws.mergeCells('A1:I1');
  ws.addRow(['制表人：李娜    导出时间：2024-06-30']);
  ws.addRow(['序号', '客户姓名', '性别', '手机号码', '身份证号', '生日', '首次下单', '最近下单', '消费总额']);
  ws.addRow([1, '王小明', '男', '13800138000', '', '1990-03-07', '2023-03-01', '2024-06-01', 12800]);
  ws.addRow([2, '李华', '女', '13900139000', '', '1985-12-12', '2023-03-05', '2024-05-20', 5600]);
  ws.addRow([3, '张三', '男', '15800158000', '', '1970-01-01', '2023-05-03', '2024-06-15', 999.5]);
  ws.addRow([4, '赵丽颖', '女', '18600186000', '', '1992-02-29', '2023-02-28', '2024-06-17', 15000]);
  ws.addRow([5, '孙悟空', '男', '17700177000', '', '1988-01-02', '2022-12-01', '', 0]);
  ws.addRow([6, '周杰', '男', '13800138001', '', '1991-07-18', '2024-03-01', '2024-06-01', 12800]);
  ws.addRow([]);
  ws.addRow(['合计', '', '', '', '', '', '', '', null]);
  ws.getColumn(9).numFmt = '@';
  ws.getCell('I11').value = total;
  await wb.xlsx.writeFile(file);
}

/** A Shopify-style customer list with its Grand Total typed into a text cell. */
async function writeCustomers(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Customers');
  ws.addRow(['First Name', 'Last Name', 'Email', 'Phone', 'City', 'Total Spent']);
  ws.addRow(['Oliver', 'Smith', 'oliver.smith@example.co.uk', '+44 20 7946 0958', 'London', 420.5]);
  ws.addRow(['Amelia', 'Jones', 'amelia.jones@example.co.uk', '+44 161 496 0000', 'Manchester', 89.99]);
  ws.addRow(['Harry', 'Brown', 'harry.brown@example.co.uk', '+44 117 496 0123', 'Bristol', 1250]);
  ws.addRow(['Grand Total', '', '', '', '', '=SUM(F2:F4)']);
  ws.getCell('F5').numFmt = '@';
  await wb.xlsx.writeFile(file);
}

async function cellAt(file: string, address: string): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!.getCell(address).value;
}

async function rowWith(file: string, label: string): Promise<ExcelJS.CellValue[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  for (let r = 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    if (values[1] === label) return values.slice(1);
  }
  throw new Error(`no row ${label} in ${file}`);
}

describe('a totals row whose sum is formula text', () => {
  const dir = tempDir();

  test('check names the 合计 row as a totals row and reports nothing on it', async () => {
    await writeMembers(join(dir, 'members.xlsx'), '=SUM(I4:I9)');
    const text = await run(['check', 'members.xlsx'], dir);
    expect(text.stdout).toContain('第 11 行是合计行，不是客户：保持原样，不检查。');
    expect(text.stdout).not.toContain('=SUM(I4:I9)');
    const json = JSON.parse((await run(['check', 'members.xlsx', '--json'], dir)).stdout) as {
      rows: number;
      issues: { row: number }[];
    };
    expect(json.rows).toBe(6);
    expect(json.issues.filter((i) => i.row === 11)).toEqual([]);
  });

  test('clean keeps the 合计 row as it was, with no customer ID', async () => {
    await writeMembers(join(dir, 'members.xlsx'), '=SUM(I4:I9)');
    expect((await run(['clean', 'members.xlsx', '-o', 'members.clean.xlsx'], dir)).code).toBe(0);
    const row = await rowWith(join(dir, 'members.clean.xlsx'), '合计');
    expect(row.filter((v) => v !== '' && v !== null && v !== undefined)).toEqual(['合计', '=SUM(I4:I9)']);
  });

  test('report counts the six members, not the 合计 row', async () => {
    await writeMembers(join(dir, 'members.xlsx'), '=SUM(I4:I9)');
    const report = JSON.parse(
      (await run(['report', 'members.xlsx', '--json', ...TODAY], dir)).stdout,
    ) as InsightsReport;
    expect(report.rows).toBe(6);
  });

  test('an English Grand Total row is passed over by check, clean and report', async () => {
    await writeCustomers(join(dir, 'customers.xlsx'));
    const check = await run(['check', 'customers.xlsx'], dir);
    expect(check.stdout).toContain('Row 5 totals the list: not a customer, left as it is.');
    expect(check.stdout).not.toContain('=SUM(F2:F4)');
    const report = JSON.parse(
      (await run(['report', 'customers.xlsx', '--json', ...TODAY], dir)).stdout,
    ) as InsightsReport;
    expect(report.rows).toBe(3);
    expect((await run(['clean', 'customers.xlsx', '-o', 'customers.clean.xlsx'], dir)).code).toBe(0);
    const row = await rowWith(join(dir, 'customers.clean.xlsx'), 'Grand Total');
    expect(row.filter((v) => v !== '' && v !== null && v !== undefined)).toEqual(['Grand Total', '=SUM(F2:F4)']);
  });

  test('a Total row of a CSV with =SUM text is a totals row too', async () => {
    writeFileSync(
      join(dir, 'leads.csv'),
      [
        'Name,Company,Email,Phone,Deal Value',
        'Ann Lee,Acme Ltd,ann@acme.com,+1 415 555 0134,1200',
        'Bob Tan,Widgets Inc,bob@widgets.com,+1 212 555 0199,800',
        'Total,,,,=SUM(E2:E3)',
      ].join('\n'),
    );
    const check = await run(['check', 'leads.csv'], dir);
    expect(check.stdout).toContain('Row 4 totals the list: not a customer, left as it is.');
    const report = JSON.parse((await run(['report', 'leads.csv', '--json', ...TODAY], dir)).stdout) as InsightsReport;
    expect(report.rows).toBe(2);
  });

  test('clean keeps a real formula in the 合计 row a formula, its range following the lifted title rows', async () => {
    await writeMembers(join(dir, 'formula.xlsx'), { formula: 'SUM(I4:I9)', result: 47199.5 });
    expect((await run(['check', 'formula.xlsx'], dir)).stdout).toContain('第 11 行是合计行');
    expect((await run(['clean', 'formula.xlsx', '-o', 'formula.clean.xlsx'], dir)).code).toBe(0);
    const row = await rowWith(join(dir, 'formula.clean.xlsx'), '合计');
    const total = row.find((v) => typeof v === 'object' && v !== null && 'formula' in v);
    expect(total).toMatchObject({ formula: 'SUM(I2:I7)' });
    expect(row).not.toContain('C000007');
    expect(await cellAt(join(dir, 'formula.clean.xlsx'), 'I2')).toBe(12800);
  });
});
