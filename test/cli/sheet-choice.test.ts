import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/sheet/cell-value';
import { FileInputError } from '../../shared/files/file-input-error';
import { readWorkbookFile, requireCustomerList } from '../../cli/io/read-workbook';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

/** A workbook of named sheets, in order, as teams hand them over. */
async function writeSheets(path: string, sheets: Record<string, CellValue[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets))
    workbook.addWorksheet(name).addRows(rows.map((r) => r.map((v) => (v === null ? undefined : v))));
  await workbook.xlsx.writeFile(path);
  return path;
}

// A Chinese workbook: filling-in instructions first, then the list, then the dropdown lookups.
const ZH_INSTRUCTIONS = [['填写说明'], ['1. 每行一位客户，手机号填 11 位。'], ['2. 性别、客户类型请从下拉列表选择。']];
const ZH_LIST = [
  ['客户编号', '姓名', '性别', '手机号', '邮箱', '客户类型'],
  ['C000001', '张三', '男', '13800138000', 'zhang@example.cn', '老客户'],
  ['C000002', '李四', '女', '13900139000', 'li@', '新客户'],
];
const ZH_LOOKUPS = [
  ['性别', '客户类型', '来源'],
  ['男', '潜在客户', '展会'],
  ['女', '新客户', '转介绍'],
];
// A Western workbook: a read-me sheet, the contacts, and a price list.
const EN_README = [['How to use this workbook'], ['Add one customer per row on the Contacts sheet.']];
const EN_LIST = [
  ['Customer ID', 'Full Name', 'Email', 'Phone'],
  ['C000001', 'Ann Smith', 'ann@example', '+1 415 555 2671'],
];
const EN_PRICES = [
  ['Product', 'Unit Price', 'Currency'],
  ['Widget', 12.5, 'USD'],
];

describe('sheet choice', () => {
  const dir = tempDir();

  test('checks the sheet that looks like a customer list when an instructions sheet comes first (zh-CN)', async () => {
    await writeSheets(join(dir, '客户资料.xlsx'), { 说明: ZH_INSTRUCTIONS, 客户列表: ZH_LIST, 字典: ZH_LOOKUPS });
    const result = await run(['check', '客户资料.xlsx', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^检查了工作表 客户列表（共 3 个：说明，客户列表，字典）；用 --sheet 指定其他工作表。\n客户资料\.xlsx \[客户列表\]：检查了 2 行，1 个错误/,
    );
    expect(result.stdout).toContain('li@');
  });

  test('checks the sheet that looks like a customer list when a read-me sheet comes first (en-US)', async () => {
    await writeSheets(join(dir, 'contacts.xlsx'), { 'Read me': EN_README, Contacts: EN_LIST, Prices: EN_PRICES });
    const result = await run(['check', 'contacts.xlsx', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Checked sheet Contacts \(of 3: Read me, Contacts, Prices\)/);
    expect(result.stdout).toContain('"ann@example" is not a valid email address.');
  });

  test('exits 2 naming the sheets when no sheet looks like a customer list', async () => {
    await writeSheets(join(dir, '产品.xlsx'), {
      说明: ZH_INSTRUCTIONS,
      价格表: [
        ['产品', '单价'],
        ['钢笔', 12],
      ],
    });
    const zh = await run(['check', '产品.xlsx', ...TODAY], dir);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toBe(
      'custodian: 产品.xlsx（工作表：说明、价格表） 中没有找到客户名单：没有哪一列的标题像客户编号、姓名、电话、邮箱或公司。请用 --sheet 指定要使用的工作表。\n',
    );
    await writeSheets(join(dir, 'catalogue.xlsx'), { 'Read me': EN_README, Prices: EN_PRICES });
    const en = await run(['clean', 'catalogue.xlsx', '-o', 'out.xlsx', ...TODAY], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^custodian: No customer list found in catalogue\.xlsx \(sheets: Read me, Prices\)/);
  });

  test('reads a list under a title where it stands, numbering rows as the sheet does; clean and merge move its header up, undo puts the title back', async () => {
    const titled: CellValue[][] = [
      ['2024年华东区客户名单'],
      ['制表人：何静'],
      ['客户名称', '联系人', '手机', '城市', '客户等级'],
      ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '杭州', 'A类客户'],
      ['杭州西子网络科技有限公司', '刘晓明', '135 8888 9999', '杭州', 'A类客户'],
      ['宁波东海贸易有限公司', '王芳', '1391234567', '宁波', 'B类'],
    ];
    await writeSheets(join(dir, '华东区.xlsx'), { 客户: titled });
    // check streams the .xlsx: the title is no customer and no header, and rows keep the sheet's numbers.
    const check = await run(['check', '华东区.xlsx', ...TODAY], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /^表头在第 3 行，上方的第 1–2 行是标题，不算客户；行号与工作表一致。\n华东区\.xlsx \[客户\]：检查了 3 行，1 个错误/,
    );
    expect(check.stdout).toContain('客户名称 → company');
    const json = await run(['check', '华东区.xlsx', '--json', ...TODAY], dir);
    const issues = JSON.parse(json.stdout).issues as { row: number; column: string; code: string }[];
    expect(issues.filter((i) => i.column === '手机').map((i) => [i.row, i.code])).toEqual([
      [5, 'phone.nonCanonical'],
      [6, 'phone.invalid'],
    ]);
    const dedupe = await run(['dedupe', '华东区.xlsx', '--json'], dir);
    expect(JSON.parse(dedupe.stdout)).toMatchObject({ clusters: [{ rows: [4, 5] }], rows: 3 });
    const english = await run(['dedupe', '华东区.xlsx', '--locale', 'en-US'], dir);
    expect(english.stdout).toMatch(/^The header is row 3; rows 1–2 above it are a title, not customers\./);
    // clean moves the header up to row 1 first, as an operation of its own that undo takes back.
    const clean = await run(['clean', '华东区.xlsx', '-o', 'out.xlsx', ...TODAY], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout.split('\n')[1]).toBe(
      '  表头上方第 1–2 行的标题（2024年华东区客户名单；制表人：何静）已移出表格，表头现在第 1 行；原内容记在操作历史中，撤销即可放回。',
    );
    const cleaned = new ExcelJS.Workbook();
    await cleaned.xlsx.readFile(join(dir, 'out.xlsx'));
    const list = cleaned.getWorksheet('客户')!;
    // 城市 keeps its header: the template's 地区 would say less of what the column holds.
    expect(list.getRow(1).values).toEqual(expect.arrayContaining(['公司', '联系人', '手机', '城市', '价值等级']));
    expect([list.getCell('A2').value, list.getCell('A4').value]).toEqual([
      '杭州西子网络科技有限公司',
      '宁波东海贸易有限公司',
    ]);
    const history = await run(['history', 'out.xlsx', '--json'], dir);
    const ops = JSON.parse(history.stdout).operations as { operation: string; rowsRemoved: number }[];
    expect(ops.map((o) => o.operation)).toEqual(['clean', 'setup', 'headerLift']);
    const undone = await run(['undo', 'out.xlsx', '-o', 'back.xlsx', '--all'], dir);
    expect(undone.code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, 'back.xlsx'));
    const restored = back.getWorksheet('客户')!;
    expect(titled.map((_, r) => (restored.getRow(r + 1).values as CellValue[]).slice(1))).toEqual(titled);
    // merge reads the same list the same way and, as dedupe, numbers its rows as the input sheet does.
    const merged = await run(['merge', '华东区.xlsx', '-o', 'merged.xlsx'], dir);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/^已合并 .*\n {2}表头上方第 1–2 行的标题/);
    expect(merged.stdout).toContain('下列行号与原工作表一致。');
    expect(merged.stdout).toContain('第 5 行 → 第 4 行');
    const { existsSync, writeFileSync } = await import('node:fs');
    expect(existsSync(join(dir, 'merged.xlsx'))).toBe(true);
    writeFileSync(
      join(dir, 'titled.csv'),
      'Customer List Q2 2024\r\n\r\nFull Name,Email,Phone\r\nAnn Smith,ann@example.com,+1 415 555 2671\r\nAnn Smith,ANN@example.com,+1 (415) 555-2671\r\n',
    );
    const csv = await run(['dedupe', 'titled.csv', '--json'], dir);
    expect([csv.code, JSON.parse(csv.stdout).clusters.map((c: { rows: number[] }) => c.rows)]).toEqual([0, [[4, 5]]]);
    const exported = await run(['export', 'titled.csv', '--to', 'hubspot', '-o', 'hubspot.csv'], dir);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^The header is row 3; rows 1–2 above it are a title, not customers\./);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'hubspot.csv'), 'utf8').trim().split(/\r?\n/)).toHaveLength(3);
  });

  test('reads a two-row header as one: grouped columns by their names in row 2, the others by row 1; clean writes it as one row', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'grouped.csv'),
      '客户名称,联系方式,,地址\r\n,手机,邮箱,\r\n西子网络,13588889999,a@xizi,文三路478号\r\n',
    );
    const grouped = await run(['check', 'grouped.csv', '--json', ...TODAY], dir);
    const result = JSON.parse(grouped.stdout) as { issues: { row: number; column: string }[]; rows: number };
    expect(result.rows).toBe(1);
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[3, '邮箱']]);
    const text = await run(['check', 'grouped.csv', ...TODAY], dir);
    expect(text.stdout).toMatch(
      /^两行表头：第 1 行的“联系方式”在第 2 行分为 手机、邮箱，按一行表头读取，客户从第 3 行起。\n/,
    );
    const clean = await run(['clean', 'grouped.csv', '-o', 'grouped-clean.csv', ...TODAY], dir);
    expect(clean.code).toBe(0);
    // A CSV keeps no history: the rows taken out live on in the input file.
    expect(clean.stdout).toContain(
      '  两行表头已合为一行（“联系方式”分为 手机、邮箱），表头现在第 1 行；原文件中仍保留这些行。\n',
    );
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(join(dir, 'grouped-clean.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['公司', '手机', '邮箱', '地址']);
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['西子网络', '13588889999', 'a@xizi', '文三路478号']);
  });

  test('exits 2 for a CSV whose header names no customer', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'prices.csv'), 'Product,Unit Price\r\nWidget,12.5\r\n');
    const result = await run(['check', 'prices.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian: No customer list found in prices.csv: no column is headed like a customer ID, name, phone, email or company. Check the header row.\n',
    );
  });

  test('says so in Chinese for a Chinese sheet, whatever the file is called', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'prices-zh.csv'), '产品,单价\r\n钢笔,12.5\r\n');
    const result = await run(['check', 'prices-zh.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'custodian: prices-zh.csv 中没有找到客户名单：没有哪一列的标题像客户编号、姓名、电话、邮箱或公司。请检查标题行。\n',
    );
  });

  test('--sheet always wins, even for a sheet that is not a customer list', async () => {
    const result = await run(['check', '客户资料.xlsx', '--sheet', '说明', '--json', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).mapping)).toEqual(['填写说明']);
  });

  test('chooses the list over an empty first sheet, and records the choice', async () => {
    const file = await writeSheets(join(dir, 'first-empty.xlsx'), {
      Sheet1: [],
      Data: [
        ['Name', 'Phone'],
        ['Ann Smith', '+1 415 555 2671'],
      ],
    });
    const loaded = await readWorkbookFile(file);
    expect(loaded.sheetName).toBe('Data');
    expect(loaded.sheetChoice).toEqual({ sheets: ['Sheet1', 'Data'], by: 'headers', customerList: true });
    expect(() => requireCustomerList(loaded)).not.toThrow();
  });

  test('keeps the first sheet when two sheets look equally like customer lists', async () => {
    const file = await writeSheets(join(dir, 'two-lists.xlsx'), { '2023': ZH_LIST, '2024': ZH_LIST });
    const loaded = await readWorkbookFile(file);
    expect(loaded.sheetName).toBe('2023');
    const products = await readWorkbookFile(join(dir, '产品.xlsx'));
    expect(products.sheetName).toBe('说明');
    expect(() => requireCustomerList(products)).toThrow(FileInputError);
  });

  test('of a CRM export’s customers, contacts and follow-ups, checks the sheet named as the customers', async () => {
    // 纷享销客 exports 客户 beside 联系人, whose names, mobiles and e-mails score higher as a list.
    await writeSheets(join(dir, '纷享销客导出.xlsx'), {
      客户: [
        ['客户名称', '客户级别', '负责人', '电话', '地址'],
        ['杭州云帆科技有限公司', '重要客户', '王磊', '0571-88886666', '杭州'],
        ['深圳市德润贸易有限公司', '普通客户', '李娜', '0755-26661234', '深圳'],
      ],
      联系人: [
        ['姓名', '所属客户', '手机', '职务', '邮箱'],
        ['陈总', '杭州云帆科技有限公司', '13957112345', '总经理', 'chen@yunfan.cn'],
        ['刘经理', '深圳市德润贸易有限公司', '18688881234', '采购经理', 'liu@derun.com.cn'],
      ],
      跟进记录: [
        ['客户名称', '跟进时间', '跟进内容'],
        ['杭州云帆科技有限公司', '2024-05-28', '电话沟通续约'],
      ],
    });
    const zh = await run(['check', '纷享销客导出.xlsx', ...TODAY], dir);
    expect(zh.stdout).toMatch(/^检查了工作表 客户（共 3 个：客户，联系人，跟进记录）/);
    await writeSheets(join(dir, 'crm.xlsx'), { Contacts: EN_LIST, Customers: EN_LIST.map((r) => r.slice(0, 2)) });
    expect((await readWorkbookFile(join(dir, 'crm.xlsx'))).sheetName).toBe('Customers');
    // Without a sheet so named, the list that looks most like one, as before.
    const contacts = await run(['check', 'contacts.xlsx', ...TODAY], dir);
    expect(contacts.stdout).toMatch(/^Checked sheet Contacts/);
  });
});
