/**
 * A 合计 row under the list, proven with LibreOffice, which shows a formula's cached result unless it
 * has none: after merge, clean and a dedupe delete the totals show the rows that are left, not the
 * ones that were. Skipped (with a message) where soffice is not installed.
 */
import ExcelJS from 'exceljs';
import { tempDir, openWorkbook, saveWorkbook, utc } from '../cli-io/fixtures';
import { hasSoffice, resaveWithLibreOffice, resultNumber } from '../support/libreoffice';
import { run } from './run';

const soffice = hasSoffice();
if (!soffice)
  process.stderr.write('totals-after-row-changes-libreoffice: soffice is not installed; these tests are skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

type Row = [string, string, string, string, string, number, number | string, Date];

/** Rows 2-17 of a shop's list; rows 3, 7 and 14 repeat rows 2, 6 and 13. */
const ROWS: Row[] = [
  ['杭州源泉科技有限公司', '张伟', '13800138000', '杭州', 'A', 12, 1500, utc(2024, 12, 1)],
  ['杭州源泉科技', '张伟', '138-0013-8000', '杭州市', 'A', 3, 1200, utc(2025, 1, 5)],
  ['上海明德贸易有限公司', '李娜', '13912345678', '上海', 'B', 5, 800, utc(2024, 10, 20)],
  ['北京华信咨询有限公司', '王强', '13700001111', '北京', 'C', 1, 300, utc(2023, 5, 5)],
  ['广州小蜜蜂餐饮店', '陈芳', '13600002222', '广州', 'B', 8, 260, utc(2024, 11, 11)],
  ['广州市天河区小蜜蜂餐饮店', '陈芳', '+86 136 0000 2222', '广州', 'B', 2, 250, utc(2025, 1, 2)],
  ['深圳创新电子有限公司', '刘洋', '13500003333', '深圳', 'A', 20, 2000, utc(2024, 12, 20)],
  ['成都天府茶业', '赵敏', '13400004444', '成都', 'C', 1, 150, utc(2022, 8, 8)],
  ['南京金陵文化传媒有限公司', '孙丽', '13300005555', '南京', 'B', 4, 600, utc(2024, 9, 9)],
  ['武汉光谷软件有限公司', '周杰', '13200006666', '武汉', 'A', 9, 1800, utc(2024, 12, 12)],
  ['西安古城旅游', '吴刚', '13100007777', '西安', 'C', 2, 400, utc(2023, 12, 1)],
  ['苏州园林设计有限公司', '郑爽', '13000008888', '苏州', 'B', 6, 700, utc(2024, 11, 30)],
  ['苏州园林设计有限公司', '郑爽', '13000008888', '苏州', 'B', 6, 700, utc(2024, 11, 30)],
  ['天津港湾物流有限公司', '钱坤', '15900009999', '天津', 'A', 15, 1300, utc(2024, 12, 28)],
  ['重庆山城火锅', '冯涛', '15800001234', '重庆', 'C', 3, 200, utc(2024, 6, 6)],
  ['青岛海风啤酒有限公司', '褚明', '15700002345', '青岛', 'B', 7, 500, utc(2024, 10, 10)],
];

const HEADER = ['客户名称', '联系人', '手机', '城市', '客户等级', '订单数', '客单价', '累计消费金额', '最近购买日期'];

/** The list with 累计消费金额 = 订单数 × 客单价 per row and a 合计 row (row 18), saved with Excel's cached results. */
async function shopList(name: string, rows: readonly Row[] = ROWS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(HEADER);
  rows.forEach(([company, contact, phone, city, tier, orders, price, last], k) => {
    const r = k + 2;
    const spend = typeof price === 'number' ? orders * price : 0;
    sheet.addRow([company, contact, phone, city, tier, orders, price, { formula: `F${r}*G${r}`, result: spend }, last]);
  });
  const orders = rows.reduce((sum, row) => sum + row[5], 0);
  const prices = rows.reduce((sum, row) => sum + (typeof row[6] === 'number' ? row[6] : 0), 0);
  const spend = rows.reduce((sum, row) => sum + (typeof row[6] === 'number' ? row[5] * row[6] : 0), 0);
  sheet.addRow([
    '合计',
    '',
    '',
    '',
    '',
    { formula: 'SUM(F2:F17)', result: orders },
    { formula: 'SUM(G2:G17)', result: prices },
    { formula: 'SUM(H2:H17)', result: spend },
  ]);
  return saveWorkbook(workbook, tmp.file(name));
}

/** The 合计 row's totals (orders, prices, spend) as LibreOffice shows them after opening `file`. */
async function totalsInLibreOffice(file: string): Promise<number[]> {
  const resaved = resaveWithLibreOffice(file, tmp.file(`lo-${Date.now()}`), tmp.file('lo-profile'));
  const sheet = (await openWorkbook(resaved)).getWorksheet('客户')!;
  let total = 0;
  sheet.eachRow((row, r) => {
    if (row.getCell(1).value === '合计') total = r;
  });
  return [6, 7, 8].map((col) => resultNumber(sheet.getRow(total).getCell(col).value));
}

const sum = (rows: readonly Row[], of: (row: Row) => number) => rows.reduce((a, row) => a + of(row), 0);
const spendOf = (row: Row) => row[5] * (typeof row[6] === 'number' ? row[6] : 0);

withSoffice('totals under the list after rows change, as LibreOffice shows them', () => {
  jest.setTimeout(180_000);

  test('merge: the totals add up the rows left when merged-away rows are deleted', async () => {
    const input = await shopList('shop.xlsx');
    const merged = await run(['merge', input, '-o', tmp.file('shop-merged.xlsx'), '--today', '2025-01-15'], tmp.dir);
    expect(merged.code).toBe(0);
    // Rows 3, 7 and 14 are merged away; the survivors keep their order counts (the largest).
    const left = ROWS.filter((_, k) => ![1, 5, 12].includes(k));
    expect(await totalsInLibreOffice(tmp.file('shop-merged.xlsx'))).toEqual([
      sum(left, (r) => r[5]),
      sum(left, (r) => r[6] as number),
      sum(left, spendOf),
    ]);
  });

  test('dedupe --action delete: the totals add up the rows kept', async () => {
    const input = await shopList('shop-delete.xlsx');
    const out = tmp.file('shop-deleted.xlsx');
    const deleted = await run(['dedupe', input, '--action', 'delete', '-o', out, '--keep', 'first'], tmp.dir);
    expect(deleted.code).toBe(0);
    const left = ROWS.filter((_, k) => ![1, 5, 12].includes(k));
    expect(await totalsInLibreOffice(out)).toEqual([
      sum(left, (r) => r[5]),
      sum(left, (r) => r[6] as number),
      sum(left, spendOf),
    ]);
  });

  test('clean: an order count typed with its unit and cleaned to a number counts in its total', async () => {
    // 5次 is text, which Excel's total left out; cleaned, it is the number 5.
    const rows = ROWS.map((row, k): Row => (k === 2 ? ([...row.slice(0, 5), 0, ...row.slice(6)] as Row) : row));
    const input = await shopList('shop-clean.xlsx', rows);
    const workbook = await openWorkbook(input);
    workbook.getWorksheet('客户')!.getCell('F4').value = '5次';
    await saveWorkbook(workbook, input);
    const cleaned = await run(['clean', input, '-o', tmp.file('shop-cleaned.xlsx')], tmp.dir);
    expect(cleaned.code).toBe(0);
    const [orders] = await totalsInLibreOffice(tmp.file('shop-cleaned.xlsx'));
    expect(orders).toBe(sum(ROWS, (r) => r[5]));
  });
});
