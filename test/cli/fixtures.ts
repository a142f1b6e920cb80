import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import type { CellValue } from '../../shared/sheet/cell-value';

export const MESSY_ROWS: CellValue[][] = [
  ['客户编号', '姓名', '性别', '手机号', '邮箱', '客户等级', '最近联系时间', '累计消费', '内部代码'],
  ['C000001', '张 伟', '男', '+86 138 0013 8000', 'Zhang.Wei@Example.com ', 'VIP', '2024/6/1', '¥1,234.50', 'x-1'],
  ['C000002', '李娜', 'F', '１３９００１３９０００', 'li.na@example.cn', 'A级', '2024年6月5日', '1200', 'x-2'],
  ['', '王芳', '女', '010-62345678', 'wang@', 'Z', '2023-01-02', 'abc', 'x-3'],
];

/** Two salespeople's rows of one customer (phone typed differently), and a customer entered twice. */
export const DUPLICATE_CUSTOMERS_ZH: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司'],
  ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@xingchen.com', '北京星辰科技有限公司'],
  ['C000002', '李娜', '13912345678', 'lina@haijing.cn', '上海海鲸贸易有限公司'],
  ['C000003', '张 伟', '138-0013-8000', '', '星辰科技'],
  ['C000004', '王芳', '13700137000', 'wangfang@xihutea.cn', '杭州西湖茶业'],
  ['C000005', '李娜', '139 1234 5678', 'lina@haijing.cn', ''],
];

export async function writeXlsx(
  path: string,
  rows: CellValue[][],
  options: { sheet?: string; formula?: { address: string; formula: string; result: number } } = {},
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet ?? '客户');
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  if (options.formula)
    sheet.getCell(options.formula.address).value = { formula: options.formula.formula, result: options.formula.result };
  await workbook.xlsx.writeFile(path);
}

export function csvText(rows: CellValue[][], delimiter = ','): string {
  return rows
    .map((r) =>
      r
        .map((v) => (v === null ? '' : /[",\n;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)))
        .join(delimiter),
    )
    .join('\r\n');
}

export function writeGbkCsv(path: string, rows: CellValue[][]): void {
  writeFileSync(path, iconv.encode(csvText(rows), 'gbk'));
}

export function writeUtf8Csv(
  path: string,
  rows: CellValue[][],
  options: { bom?: boolean; delimiter?: string } = {},
): void {
  writeFileSync(path, `${options.bom ? '\ufeff' : ''}${csvText(rows, options.delimiter)}`, 'utf8');
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** One customer typed twice, and a card scan of them with the name typed another way: an also-review row. */
export const ALSO_REVIEW_ZH: CellValue[][] = [
  ['姓名', '手机', '邮箱', '公司', '城市'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张伟', '13812345678', 'zhangwei@huawei.com', '华为技术有限公司', '深圳'],
  ['张玮', '13812345678', 'zw1985@163.com', null, null],
  ['李娜', '13900000001', 'lina@qq.com', '上海海鲸贸易有限公司', '上海'],
  ['王芳', '13700000002', 'wf@163.com', '北京鼎盛科技有限公司', '北京'],
  ['刘强', '13600000003', 'lq@126.com', '广州白云电器有限公司', '广州'],
];

export const ALSO_REVIEW_EN: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Company', 'City'],
  ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
  ['John Smith', '+1 415 555 0134', 'john.smith@acme.com', 'Acme Corp', 'San Francisco'],
  ['J. Smith', '+1 415 555 0134', 'jsmith.home@gmail.com', null, null],
  ['Maria Garcia', '+1 212 555 0188', 'mgarcia@globex.com', 'Globex', 'New York'],
  ['Wei Chen', '+1 206 555 0101', 'wchen@initech.com', 'Initech', 'Seattle'],
  ['Priya Patel', '+1 312 555 0177', 'ppatel@umbrella.com', 'Umbrella Inc', 'Chicago'],
];
