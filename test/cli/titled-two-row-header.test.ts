import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataValidationsOf } from '../../shared/files/exceljs-gaps';
import type { CellValue } from '../../shared/sheet/cell-value';
import { run, tempDir } from './run';

const TODAY = ['--today', '2025-01-15'];

/**
 * A training school's 学员名单 as its staff keep it: a title merged across A1:K1, groups in row 2
 * over the names in row 3, and 报名课程 to 跟进老师 written in row 2 and merged down over row 3.
 */
const STUDENTS: CellValue[][] = [
  ['启航教育 2024秋季学员名单（海淀校区）'],
  ['学员信息', null, null, '家长信息', null, '就读学校', null, '报名课程', '报名日期', '课时余额', '跟进老师'],
  ['学员姓名', '性别', '出生日期', '家长姓名', '家长手机', '所在学校', '年级'],
  [
    '张子涵',
    '男',
    '2015-04-12',
    '张伟',
    '13801234567',
    '中关村一小',
    '三年级',
    '奥数提高班',
    '2024-09-01',
    24,
    '李老师',
  ],
  [
    '张子萱',
    '女',
    '2017-07-03',
    '张伟',
    '138 0123 4567',
    '中关村一小',
    '一年级',
    '英语启蒙',
    '2024-09-01',
    32,
    '王老师',
  ],
  ['王一诺', '女', '2014-11-20', '王芳', '139-1122-3344', '人大附小', '四年级', '书法', '2024-09-03', 12, '刘老师'],
];
/** Row 1 as clean writes it: the student is the customer (姓名); the parent's name and number say whose they are. */
const CLEANED = [
  // A student's name beside the parent's keeps saying whose it is (header-keeps.ts).
  '学员姓名',
  '性别',
  '生日',
  '家长姓名',
  '家长手机',
  '所在学校',
  '年级',
  '报名课程',
  '报名日期',
  '课时余额',
  '跟进老师',
];
const MERGES = ['A1:K1', 'A2:C2', 'D2:E2', 'F2:G2', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3'];
const NAMES = [
  '学员姓名',
  '性别',
  '出生日期',
  '家长姓名',
  '家长手机',
  '所在学校',
  '年级',
  '报名课程',
  '报名日期',
  '课时余额',
  '跟进老师',
];

async function writeStudents(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('学员名单');
  for (const row of STUDENTS) sheet.addRow(row);
  for (const range of MERGES) sheet.mergeCells(range);
  await book.xlsx.writeFile(file);
}

async function rowsOf(file: string, sheetName: string): Promise<CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(sheetName)!;
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: 11 }, (_, c) => {
      const cell = row.getCell(c + 1);
      // A merged cell reads as its top-left cell's value in exceljs: the file holds it there only.
      return cell.isMerged && cell.master !== cell ? null : (cell.value as CellValue);
    });
  });
  return rows;
}

describe('a title above a two-row header', () => {
  const dir = tempDir();

  test('clean and merge give every column of the 学员名单 its name in row 1; undo gives the values back', async () => {
    await writeStudents(join(dir, 'students.xlsx'));
    const clean = await run(['clean', 'students.xlsx', '-o', 'clean.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('两行表头已合为一行');
    const cleaned = await rowsOf(join(dir, 'clean.xlsx'), '学员名单');
    expect(cleaned[0]!.slice(0, 11)).toEqual(CLEANED);
    // 报名日期 is the student's createdAt: cleaned into a date like every date column.
    expect(cleaned[1]!.slice(7, 11)).toEqual(['奥数提高班', new Date(Date.UTC(2024, 8, 1)), 24, '李老师']);
    const check = await run(['check', 'clean.xlsx', ...TODAY], dir);
    expect(check.stdout).toContain('保持原样：所在学校，年级，报名课程，课时余额，跟进老师');

    const undone = await run(['undo', 'clean.xlsx', '-o', 'back.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    const back = await rowsOf(join(dir, 'back.xlsx'), '学员名单');
    const text = (rows: CellValue[][]) =>
      rows.map((row) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));
    expect(text(back).slice(0, 3)).toEqual(text(STUDENTS.slice(0, 3).map((r) => NAMES.map((_, c) => r[c] ?? null))));

    const merged = await run(['merge', 'students.xlsx', '-o', 'merged.xlsx'], dir);
    expect(merged.code).toBe(0);
    expect((await rowsOf(join(dir, 'merged.xlsx'), '学员名单'))[0]).toEqual(NAMES);
  });

  test('a CSV of the same list reads and cleans with a name over every column', async () => {
    const csv = STUDENTS.map((row) => NAMES.map((_, c) => row[c] ?? '').join(',')).join('\r\n');
    writeFileSync(join(dir, 'students.csv'), `${csv}\r\n`);
    const check = await run(['check', 'students.csv', ...TODAY], dir);
    expect(check.stdout).toContain('保持原样：所在学校，年级，报名课程，课时余额，跟进老师');
    const clean = await run(['clean', 'students.csv', '-o', 'clean.csv', ...TODAY], dir);
    expect(clean.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const header = readFileSync(join(dir, 'clean.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!;
    expect(header.split(',').slice(0, 11)).toEqual(CLEANED);
  });

  test('clean keeps a team’s 客户等级 dropdown of A, B, C rather than widening it to the template’s', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRow(['客户名称', '联系人', '手机', '城市', '客户等级']);
    sheet.addRow(['杭州源泉科技有限公司', '张伟', '13800138000', '杭州', 'A']);
    sheet.addRow(['上海明德贸易有限公司', '李娜', '13912345678', '上海', 'B']);
    sheet.addRow(['北京华信咨询有限公司', '王强', '13700001111', '北京', 'C']);
    for (let r = 2; r <= 17; r++)
      sheet.getCell(`E${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B,C"'] };
    await book.xlsx.writeFile(join(dir, 'grades.xlsx'));
    expect((await run(['clean', 'grades.xlsx', '-o', 'grades-clean.xlsx', ...TODAY], dir)).code).toBe(0);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(join(dir, 'grades-clean.xlsx'));
    const model = dataValidationsOf(read.getWorksheet('客户')!).model;
    expect([model.E2?.formulae, model.E30?.formulae]).toEqual([['"A,B,C"'], ['"A,B,C"']]);
  });
});
