import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { noteText } from '../../shared/files/read-worksheet';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

/**
 * A CRM export as teams keep it: a website column of hyperlinks, an amount in the team's currency
 * format, a date column in the team's date format, a commission formula, and a note on one customer.
 * Row 3 is the same customer as row 2 (same phone) with less filled in, so the merge deletes it; it
 * was pasted from another system, so its date shows in that system's format.
 */
const PASTED_DATE = 'yyyy-mm-dd';
interface Crm {
  file: string;
  sheet: string;
  archive: string;
  headers: string[];
  rows: [string, string, string, string, string, number, Date][];
  money: string;
  date: string;
  note: string;
}

const CRMS: Crm[] = [
  {
    file: 'crm-en.xlsx',
    sheet: 'Customers',
    archive: 'Custodian Archive',
    headers: ['Company', 'Contact', 'Phone', 'Email', 'Website', 'Deal Amount', 'Last Contact', 'Commission'],
    rows: [
      ['Acme Inc.', 'Mary Smith', '(415) 555-0100', 'mary@acme.com', 'acme.com', 1200, new Date(Date.UTC(2024, 0, 15))],
      ['ACME', 'Mary Smith', '(415) 555-0100', '', 'www.acme.com', 300, new Date(Date.UTC(2024, 4, 5))],
      ['Globex', 'John Brown', '(212) 555-0199', 'jb@globex.com', 'globex.com', 99.5, new Date(Date.UTC(2024, 1, 1))],
    ],
    money: '"$"#,##0.00',
    date: 'mm/dd/yyyy',
    note: 'Asked for a call back after the trade show',
  },
  {
    file: 'crm-zh.xlsx',
    sheet: '客户',
    archive: '合并归档',
    headers: ['公司名称', '联系人', '手机', '邮箱', '官网', '成交金额', '最近联系', '提成'],
    rows: [
      [
        '北京云图科技有限公司',
        '张伟',
        '13800138000',
        'zhangwei@yuntu.cn',
        'yuntu.cn',
        12000,
        new Date(Date.UTC(2024, 5, 1)),
      ],
      ['云图科技', '张伟', '13800138000', '', 'www.yuntu.cn', 3000, new Date(Date.UTC(2024, 5, 5))],
      ['上海星河贸易', '李娜', '13900139000', 'lina@xinghe.cn', 'xinghe.cn', 800, new Date(Date.UTC(2024, 1, 1))],
    ],
    money: '"¥"#,##0.00',
    date: 'yyyy"年"m"月"d"日"',
    note: '展会后要求回电',
  },
];

async function writeCrm(dir: string, crm: Crm): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(crm.sheet);
  sheet.addRow(crm.headers);
  crm.rows.forEach(([company, contact, phone, email, site, amount, date], i) => {
    const r = i + 2;
    const row = sheet.getRow(r);
    row.values = [company, contact, phone, email || undefined, undefined, amount, date];
    row.getCell(5).value = { text: site, hyperlink: `https://${site}/` };
    row.getCell(6).numFmt = crm.money;
    row.getCell(7).numFmt = r === 3 ? PASTED_DATE : crm.date;
    row.getCell(8).value = { formula: `F${r}*0.1`, result: amount * 0.1 };
    row.getCell(8).numFmt = crm.money;
  });
  sheet.getCell('A3').note = crm.note;
  await workbook.xlsx.writeFile(join(dir, crm.file));
}

/** Every cell of a sheet as a person would check it: value (formula results left out), formula, link, note, format. */
function cellsOf(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cell.value as { hyperlink?: string; text?: string; formula?: string } | null;
      const shown =
        cell.formula !== undefined
          ? `=${cell.formula}`
          : value instanceof Date
            ? value.toISOString()
            : typeof value === 'object' && value !== null
              ? `${value.text} <${value.hyperlink}>`
              : String(value);
      const format = cell.numFmt && cell.numFmt !== 'General' ? ` [${cell.numFmt}]` : '';
      const note = noteText(cell.note) ? ` {${noteText(cell.note)}}` : '';
      if (shown !== 'null' || note) out.push(`${r}:${c} ${shown}${format}${note}`);
    }),
  );
  return out;
}

describe('custodian merge and undo', () => {
  const dir = tempDir();
  beforeAll(async () => {
    for (const crm of CRMS) await writeCrm(dir, crm);
  });

  test.each(CRMS.map((crm) => [crm.file, crm] as const))(
    'archives the link, note, formula value and formats of a merged-away row when %s is merged',
    async (file, crm) => {
      const merged = await run(['merge', file, '-o', `merged-${file}`, '--exact', '--columns', crm.headers[2]!], dir);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      const workbook = await readXlsx(join(dir, `merged-${file}`));
      const sheet = workbook.getWorksheet(crm.sheet)!;
      expect(sheet.getCell('A3').value).toBe(crm.rows[2]![0]);
      const archive = workbook.getWorksheet(crm.archive)!;
      const row = archive.getRow(3); // header, the kept row, then the merged-away row
      expect(row.getCell(5).value).toBe(3);
      const first = 8; // after the seven archive columns
      expect(row.getCell(first).value).toBe(crm.rows[1]![0]);
      expect(noteText(row.getCell(first).note)).toBe(crm.note);
      expect(row.getCell(first + 4).value).toEqual({ text: crm.rows[1]![4], hyperlink: `https://${crm.rows[1]![4]}/` });
      expect(row.getCell(first + 5).value).toBe(crm.rows[1]![5]);
      expect(row.getCell(first + 5).numFmt).toBe(crm.money);
      expect(row.getCell(first + 6).value).toEqual(crm.rows[1]![6]);
      expect(row.getCell(first + 6).numFmt).toBe(PASTED_DATE);
      expect(archive.getRow(2).getCell(first + 6).numFmt).toBe(crm.date);
      // The formula's value stays in the cell (it would recompute against the archive's own cells); the formula is noted.
      expect(row.getCell(first + 7).value).toBe(crm.rows[1]![5] * 0.1);
      expect(noteText(row.getCell(first + 7).note)).toBe('=F3*0.1');
      expect(row.getCell(first + 7).numFmt).toBe(crm.money);
    },
  );

  test.each(CRMS.map((crm) => [crm.file, crm] as const))(
    'gives back the merged-away row of %s with its link, note, formula and formats when --last undoes the merge',
    async (file, crm) => {
      await run(['merge', file, '-o', `m-${file}`, '--exact', '--columns', crm.headers[2]!], dir);
      const undone = await run(['undo', `m-${file}`, '-o', `u-${file}`, '--last'], dir);
      expect(undone.stderr).toBe('');
      expect(undone.code).toBe(0);
      const before = (await readXlsx(join(dir, file))).getWorksheet(crm.sheet)!;
      const after = (await readXlsx(join(dir, `u-${file}`))).getWorksheet(crm.sheet)!;
      expect(cellsOf(after)).toEqual(cellsOf(before));
    },
  );
});
