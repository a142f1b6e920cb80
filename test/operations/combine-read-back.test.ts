import { applyPlan, snapshotOf as memorySnapshot, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { combineLists, matchMapping } from '../../shared/operations/combine-lists';
import { findCombinedDuplicates } from '../../shared/operations/combined-duplicates';
import { planCombinedWorkbook } from '../../shared/operations/combine-plans';
import { resolveContext } from '../../shared/operations/options';
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { eastChinaLists } from './combine-east-china-lists';

// A HubSpot contacts export and a salesperson's Outlook contacts, whose Other Phone holds every other
// number the contact gave, several to a cell.
const HUBSPOT_ROWS: CellValue[][] = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Lifecycle Stage'],
  ['7002', 'Jane', 'Doe', 'jane@blueharbor.com', '212-555-0188', 'Blue Harbor Realty', 'Lead'],
  ['7003', 'Tom', 'Reed', 'tom@reedco.com', '415-555-0101', 'Reed Co', 'Customer'],
  ['7004', 'Emily', 'Carter', 'emily.carter@brightpath.io', '(415) 555-0132', 'BrightPath Inc', 'Lead'],
  ['7005', 'Robert', 'Miller', 'rmiller@hudsonfreight.com', '(212) 555-0187', 'Hudson Freight', 'Customer'],
];
const OUTLOOK_ROWS: CellValue[][] = [
  [
    'First Name',
    'Last Name',
    'Company',
    'Job Title',
    'E-mail Address',
    'E-mail 2 Address',
    'Mobile Phone',
    'Other Phone',
  ],
  [
    'Jane',
    'Doe',
    'Blue Harbor',
    'Broker',
    'jdoe@gmail.com',
    'jane@blueharbor.com',
    '917-555-0123',
    '(212) 555-0188;212-555-0100',
  ],
  ['Thomas', 'Reed', '', '', 'treed@gmail.com', '', '', '415 555 0101;415-555-0100'],
  ['Bob', 'Miller', 'Hudson Freight LLC', 'Dispatcher', 'bob.miller@gmail.com', '', '646-555-0199', '212.555.0187'],
  ['Grace', 'Lin', 'Lin Studio', 'Owner', 'grace@linstudio.com', '', '718-555-0142', ''],
];
const contactLists = () => [
  { name: 'hubspot.csv', snapshot: { name: 'hubspot', values: HUBSPOT_ROWS, textOnly: true } },
  { name: 'outlook.csv', snapshot: { name: 'outlook', values: OUTLOOK_ROWS, textOnly: true } },
];

// Combined rows: 钉钉 2-17, 飞书 18-27, the ledger 28-43, 企查查 44-59 (header = 1).
const groups = (clusters: readonly Cluster[]) =>
  clusters
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows)
    .sort((a, b) => a[0]! - b[0]!);

/** The combined workbook as `custodian combine` writes it, then read as `custodian dedupe` and `merge` read it. */
function writtenAndReadBack(sources = eastChinaLists()) {
  const list = combineLists(sources);
  const found = findCombinedDuplicates(list);
  const plan = planCombinedWorkbook(
    list,
    found.clusters.filter((c) => c.band === 'merge'),
  );
  const workbook = applyPlan(workbookFromSnapshot({ name: list.snapshot.name, values: [] }), plan);
  const combined = { ...memorySnapshot(workbook, list.snapshot.name), meta: workbook.meta };
  return { list, found, workbook, combined, ctx: resolveContext(combined) };
}

describe('combine-lists read back', () => {
  test('lists the same duplicate groups as dedupe finds on the combined workbook when a registry list brings a second phone column', () => {
    const { found, combined, ctx } = writtenAndReadBack();
    const again = findDuplicates(combined, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale });
    expect(groups(found.clusters)).toEqual(groups(again.clusters));
  });

  test('groups one company across the CRM, the deal table and the registry when its mobile is also in 更多电话', () => {
    const { found } = writtenAndReadBack();
    const merged = groups(found.clusters);
    const groupOf = (row: number) => merged.find((rows) => rows.includes(row)) ?? [row];
    // 杭州森源建材: 王建国 and 王总 share 13812345678 in the CRM (rows 2, 3) and the deal table (rows 18, 19).
    expect(groupOf(2)).toEqual(expect.arrayContaining([2, 3, 18, 19]));
    // 上海华通物流: the CRM's two rows, the deal table's, the ledger's and the registry's current licence.
    expect(groupOf(8)).toEqual(expect.arrayContaining([8, 9, 20, 31, 48]));
    // 无锡天成机械: the CRM's two rows, the same person and mobile under two 客户编号.
    expect(groupOf(12)).toEqual(expect.arrayContaining([12, 13]));
  });

  test('matches with the mapping the combined sheet is read back with, 更多电话 as a second phone', () => {
    const { list, ctx } = writtenAndReadBack();
    const more = (columns: ReadonlyArray<{ header: string; secondOf?: string }>) =>
      columns.find((c) => c.header === '更多电话')?.secondOf;
    expect(more(ctx.mapping.columns)).toBe('phone');
    expect(more(matchMapping(list).columns)).toBe('phone');
    // The source column says where a row came from, never who it is.
    expect(matchMapping(list).columns.map((c) => c.header)).not.toContain('出处');
  });

  test('writes every such group on the duplicates sheet with where each row came from', () => {
    const { workbook } = writtenAndReadBack();
    const sheet = memorySnapshot(workbook, '重复客户').values;
    const header = sheet[0]!;
    const rowCol = header.indexOf('合并后行号');
    const sourceCol = header.indexOf('出处');
    const groupCol = header.indexOf('组');
    const groupOfRow = (row: number) => sheet.find((r) => r[rowCol] === row)?.[groupCol];
    const senyuan = groupOfRow(2);
    expect(senyuan).toBeDefined();
    expect([3, 18, 19].map(groupOfRow)).toEqual([senyuan, senyuan, senyuan]);
    expect(groupOfRow(13)).toBe(groupOfRow(12));
    expect(sheet.find((r) => r[rowCol] === 19)?.[sourceCol]).toBe('feishu_bitable.csv 第 3 行');
  });

  test('groups a HubSpot contact with the Outlook contact whose Other Phone holds the same number among others', () => {
    const { found, workbook, combined, ctx } = writtenAndReadBack(contactLists());
    const again = findDuplicates(combined, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale });
    expect(groups(found.clusters)).toEqual(groups(again.clusters));
    // Tom Reed (HubSpot row 2) is Thomas Reed (Outlook row 2), Robert Miller is Bob Miller.
    expect(groups(found.clusters)).toEqual([
      [2, 6],
      [3, 7],
      [5, 8],
    ]);
    const sheet = memorySnapshot(workbook, 'Duplicates').values;
    const header = sheet[0]!;
    const reed = sheet.filter((r) => r[header.indexOf('Row')] === 3 || r[header.indexOf('Row')] === 7);
    expect(reed.map((r) => r[header.indexOf('Imported from')])).toEqual(['hubspot.csv row 3', 'outlook.csv row 3']);
    expect(String(reed[0]![header.indexOf('Reasons')])).toContain('Other Phone');
  });
});
