/**
 * Merging and acting on duplicates in lists as teams keep them: US dates typed month first, amounts
 * in 元 and 万, a summary sheet that refers to the list, formula totals, a copy of the duplicates
 * beside the list, runs dated with --today. Outputs are read back with exceljs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from '../cli/run';

/** The values of a sheet's rows below the header, as header -> value. */
async function sheetRows(path: string, sheet: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet(sheet)!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    if (values.length === 0) continue;
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  }
  return rows;
}

// A US CRM export: dates month first, 11/30/2024 says so, so 12/05/2024 is 5 December.
const US_DATES = [
  'First Name,Last Name,Email,Phone,Company,Owner,Last Activity Date,Total Spent,Notes',
  'Maria,Garcia,maria@contoso.com,(206) 555-0111,Contoso,Dana Lee,12/05/2024,"$1,200.00",first call',
  'Maria,Garcia,maria@contoso.com,206-555-0111,Contoso Ltd,Sara Kim,11/30/2024,$800.50,sent quote',
  'Li,Wei,li.wei@fabrikam.com,(425) 555-0122,Fabrikam,Mark Chan,"Mar 3, 2024",$50,',
  '',
].join('\r\n');

// A Chinese B2B list: the same company typed twice, 负责人 in conflict, amounts in 元 and 万.
const ZH_LIST = [
  '客户名称,联系人,手机,座机,邮箱,地址,客户等级,负责人,最近联系日期,累计消费金额,备注',
  '杭州西湖茶业有限公司,刘强,138 0013 8000,0571-87654321,liuqiang@xihutea.com,浙江省杭州市西湖区龙井路1号,A,王敏,2024/3/15,"¥12,000.50",老客户',
  '杭州西湖茶业有限责任公司,刘强,13800138000,,,,A,张伟,2024年4月2日,1.2万,展会认识',
  '深圳华南电子有限公司,黄磊,13712345678,0755-12345678,huanglei@hndz.com,广东省深圳市南山区科技园,C,李华,2023/11/1,800,',
  '',
].join('\r\n');

/** A CRM-style list with a summary sheet that refers to its rows, as teams build dashboards. */
async function writeCrmWithSummary(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Customers', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRows([
    ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Owner', 'Total Spent'],
    ['Robert', 'Smith', 'rsmith@acme.com', '(415) 555-0134', 'Acme Inc', 'Dana Lee', 300],
    ['Jane', 'Doe', 'jane.doe@globex.com', '212-555-0199', 'Globex', 'Mark Chan', 50],
    ['Bob', 'Smith', 'RSmith@acme.com', '415.555.0134', 'Acme, Inc.', 'Sara Kim', 151],
    ['Tom', 'Baker', 'tom@umbrella.com', '(303) 555-0188', 'Umbrella', 'Mark Chan', 0],
  ]);
  const summary = workbook.addWorksheet('Summary');
  summary.addRows([
    ['First customer', { formula: 'Customers!B2' }],
    ['Tom', { formula: 'Customers!A5' }],
    ['Total', { formula: 'SUM(Customers!G2:G5)' }],
  ]);
  await workbook.xlsx.writeFile(path);
}

describe('merge workflow', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'us-dates.csv'), US_DATES);
  writeFileSync(join(dir, '客户.csv'), ZH_LIST);

  test('sums amounts typed in 元 and 万, and names a column it cannot sum by its header', async () => {
    const result = await run(
      ['merge', '客户.csv', '-o', '合并.xlsx', '--rule', '累计消费金额=sum', '--rule', '负责人=sum'],
      dir,
    );
    expect(result.code).toBe(0);
    // An owner is no amount: the survivor's is kept as typed, and the other row's goes to the notes.
    expect(result.stdout).toContain('警告：第 1 组：保留行的“负责人”是“王敏”');
    expect(result.stdout).not.toContain('owner');
    const [kept] = await sheetRows(join(dir, '合并.xlsx'), '客户');
    expect(kept).toMatchObject({ 负责人: '王敏', 累计消费金额: 24000.5, 备注: '老客户; 展会认识; 其他负责人：张伟' });
  });

  test('keeps the newest row when its date is read in the order the column writes dates', async () => {
    const result = await run(['merge', 'us-dates.csv', '-o', 'newest.xlsx', '--keep', 'newest'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('row 3 → row 2');
    const [maria] = await sheetRows(join(dir, 'newest.xlsx'), 'us-dates');
    expect(maria).toMatchObject({
      Owner: 'Dana Lee',
      'Last Activity Date': '12/05/2024',
      // The other row's owner is noted: a rep's account is not lost from view.
      Notes: 'first call; sent quote; Other owner: Sara Kim',
    });
  });

  test('takes the latest date when a month-first date is ambiguous on its own', async () => {
    const result = await run(['merge', 'us-dates.csv', '-o', 'last.xlsx', '--keep', 'last'], dir);
    expect(result.code).toBe(0);
    const [maria] = await sheetRows(join(dir, 'last.xlsx'), 'us-dates');
    // The survivor (row 3) had 11/30/2024; 5 December is later, written as that day.
    expect(maria!['Owner']).toBe('Sara Kim');
    expect(maria!['Last Activity Date']).toBe('12/05/2024');
  });

  test.each([
    ['merge', ['merge', 'us-dates.csv', '-o', 'dated-merge.xlsx'], 'dated-merge.xlsx'],
    [
      'dedupe --action delete',
      ['dedupe', 'us-dates.csv', '--action', 'delete', '-o', 'dated-delete.xlsx'],
      'dated-delete.xlsx',
    ],
  ])('records the time of %s as --today midnight when it is given', async (_name, args, out) => {
    expect((await run([...args, '--today', '2024-06-30'], dir)).code).toBe(0);
    const history = await run(['history', out, '--json'], dir);
    const operations = (JSON.parse(history.stdout) as { operations: { at: string; mergeIds: string[] }[] }).operations;
    expect(operations.map((o) => o.at)).toEqual(['2024-06-30T00:00:00.000Z']);
    for (const id of operations[0]!.mergeIds) expect(id).toMatch(/^M-20240630-\d+$/);
    const log = await sheetRows(join(dir, out), 'Custodian Log');
    expect(log.map((row) => row['Time'])).toEqual(['2024-06-30T00:00:00.000Z']);
  });

  test.each([
    ['merge', ['merge', 'crm.xlsx', '-o', 'crm-merged.xlsx', '--keep', 'last']],
    [
      'dedupe --action delete',
      ['dedupe', 'crm.xlsx', '--action', 'delete', '--keep', 'last', '-o', 'crm-deleted.xlsx'],
    ],
  ])('%s names the formulas on other sheets that lose their row to #REF!', async (_name, args) => {
    await writeCrmWithSummary(join(dir, 'crm.xlsx'));
    const result = await run(args, dir);
    expect(result.code).toBe(0);
    // Row 2 goes (row 4 is kept): Summary!B1 loses its row; B2 and the SUM only move.
    expect(result.stdout).toMatch(/warning: .*Summary!B1.*#REF!/);
    expect(result.stdout).not.toMatch(/Summary!B[23]/);
    // As the warning says, undo puts the reference back.
    const out = args[args.indexOf('-o') + 1]!;
    expect((await run(['undo', out, '-o', `back-${out}`, '--all'], dir)).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(join(dir, `back-${out}`));
    expect(back.getWorksheet('Summary')!.getCell('B1').formula).toBe('Customers!B2');
  });

  test('says when a rule the user asked for meets a formula cell of the survivor, which it leaves alone', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Customers');
    ws.addRows([
      ['First Name', 'Last Name', 'Email', 'Phone', 'Orders', 'Avg Order', 'Total Spent'],
      ['Robert', 'Smith', 'rsmith@acme.com', '(415) 555-0134', 3, 100, { formula: 'E2*F2', result: 300 }],
      ['Jane', 'Doe', 'jane.doe@globex.com', '212-555-0199', 1, 50, { formula: 'E3*F3', result: 50 }],
      ['Bob', 'Smith', 'RSmith@acme.com', '415.555.0134', 2, 75.5, { formula: 'E4*F4', result: 151 }],
    ]);
    await workbook.xlsx.writeFile(join(dir, 'formula-totals.xlsx'));
    const result = await run(
      ['merge', 'formula-totals.xlsx', '-o', 'formula-merged.xlsx', '--keep', 'first', '--rule', 'Total Spent=sum'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /warning: Group 1: "Total Spent" on row 2 is a formula.*the sum rule was not applied/,
    );
  });

  test('finds and merges the customer list, not the sheet a copy of its duplicates went to', async () => {
    expect((await run(['dedupe', 'us-dates.csv', '--action', 'copy', '-o', 'copied.xlsx'], dir)).code).toBe(0);
    const found = await run(['dedupe', 'copied.xlsx'], dir);
    expect(found.stdout).toMatch(/^copied\.xlsx \[us-dates\]: 3 rows, 1 group of duplicates \(2 rows\)/);
    const merged = await run(['merge', 'copied.xlsx', '-o', 'copied-merged.xlsx'], dir);
    expect(merged.stdout).toContain('1 group, 1 row merged away');
    expect(await sheetRows(join(dir, 'copied-merged.xlsx'), 'us-dates')).toHaveLength(2);
    expect(await sheetRows(join(dir, 'copied-merged.xlsx'), 'Duplicates')).toHaveLength(2);
  });

  test.each([
    ['copy', 'en-US', ': No groups of duplicates: nothing copied'],
    ['move', 'en-US', ': No groups of duplicates: nothing moved; 3 customers remain'],
    ['copy', 'zh-CN', '：没有重复的组，未复制任何行'],
    ['move', 'zh-CN', '：没有重复的组，未移动任何行，剩余 3 位客户'],
  ])(
    'says that %s found nothing to act on (%s) instead of naming a sheet it did not make',
    async (action, locale, said) => {
      const unique =
        'Name,Email,Phone\r\nAnn Lee,ann@x.com,(415) 555-0100\r\nBo Chan,bo@y.com,(415) 555-0199\r\nCy Dorn,cy@z.com,(212) 555-0142\r\n';
      writeFileSync(join(dir, 'unique.csv'), unique);
      const result = await run(
        ['dedupe', 'unique.csv', '--action', action, '-o', `unique-${action}.xlsx`, '--locale', locale],
        dir,
      );
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toMatch(new RegExp(`${said}$`));
    },
  );
});
