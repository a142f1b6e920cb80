import { checkSheet } from '../../shared/check/check-sheet';
import { planExport } from '../../shared/export/plan-export';
import { buildInsights } from '../../shared/insights/build-insights';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { isExportFooterLine } from '../../shared/sheet/export-footer';
import { reportFooterStart } from '../../shared/sheet/report-footer';
import { sheet, TODAY } from '../operations/fixtures';

const EBAY_HEADER = [
  'Sales Record Number',
  'Order Number',
  'Buyer Username',
  'Buyer Name',
  'Buyer Email',
  'Buyer City',
  'Buyer Zip',
  'Ship To Phone',
  'Total Price',
  'Customer ID',
];
const blank = (): CellValue[] => EBAY_HEADER.map(() => null);
const lone = (...cells: CellValue[]): CellValue[] => [...cells, ...EBAY_HEADER.slice(cells.length).map(() => null)];
/**
 * eBay's order report as downloaded: a blank line under the header, the orders, then a blank line,
 * the count ("3" in column A, "record(s) downloaded" in B) and the seller, alone in column B.
 */
const EBAY: CellValue[][] = [
  EBAY_HEADER,
  blank(),
  [
    1001,
    '12-11111-22222',
    'bargainhunter99',
    'James Anderson',
    'ab12cd34ef@members.ebay.com',
    'Columbus',
    '43215',
    '+1 614-555-0123',
    '$98.49',
    null,
  ],
  [
    1002,
    '12-11111-33333',
    'bargainhunter99',
    'James Anderson',
    'ab12cd34ef@members.ebay.com',
    'Columbus',
    '43215',
    '6145550123',
    '$15.00',
    null,
  ],
  [
    1003,
    '23-22222-44444',
    'camera_fan',
    'Mary Brown',
    'mb77@members.ebay.com',
    'Denver',
    '80202',
    '+1 303-555-0188',
    '$175.00',
    null,
  ],
  blank(),
  lone(3, 'record(s) downloaded'),
  lone(null, 'Seller ID : camera_world_store'),
];

const QCC_HEADER = ['序号', '企业名称', '登记状态', '法定代表人', '电话', '邮箱', '所属行业'];
/** 企查查's company list: its last line says where the data came from and that it is for reference. */
const QCC: CellValue[][] = [
  QCC_HEADER,
  [1, '深圳市腾飞科技有限公司', '存续', '李腾飞', '0755-26001234', 'service@tengfei.com', '软件和信息技术服务业'],
  [2, '上海浦江实业有限公司', '在业', '王浦江', '021-58881234', '-', '批发业'],
  [3, '杭州西子湖畔餐饮管理有限公司', '注销', '赵西子', '13588889999', 'xizi@163.com', '餐饮业'],
  ['数据来源：企查查 qcc.com，仅供参考', null, null, null, null, null, null],
];

describe('export footer lines', () => {
  test.each<[CellValue[], boolean]>([
    [[3, 'record(s) downloaded', null], true],
    [['3 record(s) downloaded', null], true],
    [['1,250 records exported', null], true],
    [['Showing 1-25 of 25 records', null], true],
    [['共导出 4 条数据', null], true],
    [['已导出4条记录', null], true],
    [['查询到 4 家企业', null], true],
    [[null, 'Seller ID : camera_world_store', null], true],
    [['Exported by: Jane Admin', null], true],
    [['Downloaded on: 03/20/2024', null], true],
    [['Data source: Crunchbase', null], true],
    [['Store: Acme Outdoor Gear', null], true],
    [['导出人：王敏', null], true],
    [['导出账号：admin@tengfei.com', null], true],
    [['店铺名称：丽人坊旗舰店', null], true],
    [['数据来源：企查查 qcc.com，仅供参考', null], true],
    [['以上数据仅供参考', null], true],
    [['For reference only.', null], true],
    [['Powered by Shopify', null], true],
    [['Exported from Wix on May 1, 2024', null], true],
    [['本数据由天眼查提供', null], true],
    // Customers: a name alone, names that merely contain these words, rows with more cells filled.
    [['Acme Ltd', null], false],
    [['3 Records Ltd', null], false],
    [['Seller Brothers Ltd', null], false],
    [['Source One Distribution', null], false],
    [['仅供参考文化传媒有限公司', null], false],
    [['数据来源科技有限公司', null], false],
    [[3, 'Seller Brothers Ltd', null], false],
    [['Store: Acme Outdoor Gear', 'Ann', 'ann@acme.com'], false],
    [[null, null, 'Seller ID : camera_world_store'], false],
  ])('%j is an export footer line: %s', (row, expected) => {
    expect(isExportFooterLine(row)).toBe(expected);
  });

  test('the footer starts at the count line under the last order', () => {
    expect(reportFooterStart(EBAY)).toBe(6);
    expect(reportFooterStart(QCC)).toBe(4);
  });

  test('a last customer with only its first column filled is a customer, above a footer or without one', () => {
    const company = lone('Northwind Traders');
    expect(reportFooterStart([...EBAY.slice(0, 5), company])).toBe(6);
    const above = [...EBAY.slice(0, 5), company, ...EBAY.slice(5)];
    expect(reportFooterStart(above)).toBe(7);
    expect(reportFooterStart([...QCC.slice(0, 4), [null, '杭州云帆科技', null, null, null, null, null]])).toBe(5);
  });

  test("a seller line in column B with no count line beside it may be a customer's cell", () => {
    const rows = [...EBAY.slice(0, 5), lone(null, 'Seller ID : camera_world_store')];
    expect(reportFooterStart(rows)).toBe(rows.length);
  });

  test('a count line among the orders, not under them, leaves the list as it is', () => {
    const middle = [EBAY[0]!, EBAY[2]!, lone(3, 'record(s) downloaded'), EBAY[3]!, EBAY[4]!];
    expect(reportFooterStart(middle)).toBe(middle.length);
  });

  test('check reads the three orders, and the footer raises no error', () => {
    const result = checkSheet(sheet(EBAY), { now: TODAY });
    expect(result.rows).toBe(3);
    expect(result.notesRows).toEqual([7, 8]);
    expect(result.issues.filter((i) => i.row >= 6)).toEqual([]);
  });

  test('check reads the three companies of 企查查 and not its source line', () => {
    const result = checkSheet(sheet(QCC), { now: TODAY });
    expect(result.rows).toBe(3);
    expect(result.notesRows).toEqual([5]);
    expect(result.issues.filter((i) => i.row === 5)).toEqual([]);
  });

  test('clean numbers only the orders', () => {
    const { plan } = planClean(sheet(EBAY), { now: TODAY });
    expect(plan.edits.filter((e) => e.reason === 'id.missing').map((e) => e.row)).toEqual([3, 4, 5]);
    expect(plan.edits.filter((e) => e.row >= 6)).toEqual([]);
  });

  test('insights count the customers only', () => {
    expect(buildInsights(sheet(EBAY), { now: TODAY }).rows).toBe(3);
    expect(buildInsights(sheet(QCC), { now: TODAY }).rows).toBe(3);
  });

  test('export writes no contact for the footer lines', () => {
    for (const [values, footer] of [
      [EBAY, [7, 8]],
      [QCC, [5]],
    ] as const) {
      const { files } = planExport(sheet(values as CellValue[][]), { crm: 'hubspot', now: TODAY });
      const rows = files.flatMap((f) => f.sourceRows);
      for (const row of footer) expect(rows).not.toContain(row);
      expect(files.reduce((n, f) => n + f.sourceRows.length, 0)).toBe(3);
    }
  });
});
