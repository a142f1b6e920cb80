import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { run, tempDir } from './run';

/**
 * A list exported with clickable e-mails (mailto: the address as typed, spaces and capitals and all)
 * and one e-mail cell that links to the customer's CRM record instead. clean tidies the addresses:
 * a mailto: link to the old address follows the new text, the CRM link stays, and undo gives both
 * cells their text and link back.
 */
const LANGS = [
  {
    file: 'zh.xlsx',
    sheet: '客户',
    header: ['姓名', '手机', '邮箱'],
    rows: [
      ['张伟', '13800138000', ' ZhangWei@QQ.com ', 'mailto:ZhangWei@QQ.com'],
      ['李娜', '13900139000', 'LiNa@MingDe.CN', 'https://crm.example.cn/contacts/88'],
    ],
    cleaned: ['zhangwei@qq.com', 'lina@mingde.cn'],
  },
  {
    file: 'en.xlsx',
    sheet: 'Customers',
    header: ['Name', 'Phone', 'Email'],
    rows: [
      ['Mary Smith', '(415) 555-0100', ' Mary.Smith@Acme.COM ', 'mailto:Mary.Smith@Acme.COM'],
      ['John Brown', '(415) 555-0199', 'JB@Globex.com', 'https://crm.example.com/contacts/88'],
    ],
    cleaned: ['mary.smith@acme.com', 'jb@globex.com'],
  },
];

type Lang = (typeof LANGS)[number];

async function writeList(path: string, lang: Lang): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang.sheet);
  sheet.addRow(lang.header);
  for (const [name, phone, text, hyperlink] of lang.rows) sheet.addRow([name, phone, { text, hyperlink }]);
  await book.xlsx.writeFile(path);
}

/** The e-mail cells as text and link. */
async function links(path: string, sheetName: string): Promise<{ text: unknown; hyperlink: unknown }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  return [2, 3].map((r) => {
    const value = sheet.getCell(`C${r}`).value as { text?: unknown; hyperlink?: unknown };
    return { text: value?.text, hyperlink: value?.hyperlink };
  });
}

describe('custodian clean, and the links of the e-mail cells it rewrites', () => {
  const dir = tempDir();

  test.each(LANGS.map((lang) => [lang.file, lang] as const))(
    'in %s moves a mailto: link to the cleaned address, leaves a CRM link, and undo gives both back',
    async (file, lang) => {
      await writeList(join(dir, file), lang);
      const cleaned = await run(['clean', file, '-o', `clean-${file}`, '--today', '2026-11-29'], dir);
      expect(cleaned.code).toBe(0);
      expect(await links(join(dir, `clean-${file}`), lang.sheet)).toEqual([
        { text: lang.cleaned[0], hyperlink: `mailto:${lang.cleaned[0]}` },
        { text: lang.cleaned[1], hyperlink: lang.rows[1]![3] },
      ]);

      const undone = await run(['undo', `clean-${file}`, '--all', '-o', `undone-${file}`], dir);
      expect(undone.code).toBe(0);
      expect(await links(join(dir, `undone-${file}`), lang.sheet)).toEqual(
        lang.rows.map((row) => ({ text: row[2], hyperlink: row[3] })),
      );
    },
  );
});
