import { applyPlan, snapshotOf as memorySnapshot, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { combineLists, originOf, originText } from '../../shared/operations/combine-lists';
import {
  combinedColumns,
  findCombinedDuplicates,
  listsOf,
  UnknownColumnError,
} from '../../shared/operations/combined-duplicates';
import { planCombinedWorkbook } from '../../shared/operations/combine-plans';
import { resolveContext } from '../../shared/operations/options';
import { addNotSame, findDuplicates, NOT_SAME_META, rowMarkKeys } from '../../shared/dedupe';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mappingToJson } from '../../shared/template/header-mapping';
import {
  COMBINED_HEADERS,
  FIELD_HEADERS,
  CRM_NAME,
  CRM_ROWS,
  SALES_NAME,
  SALES_ROWS,
  snapshotOf,
  threeLists,
  WECOM_NAME,
} from './combine-fixtures';

const header = (list: ReturnType<typeof combineLists>) => list.snapshot.values[0];
const column = (list: ReturnType<typeof combineLists>, name: string) =>
  list.snapshot.values.slice(1).map((row) => row[(header(list) ?? []).indexOf(name)]);

describe('combine-lists', () => {
  test('stacks the lists under the template columns in template order when each list heads them differently', () => {
    const list = combineLists(threeLists());
    expect(header(list)).toEqual(COMBINED_HEADERS);
    expect(column(list, '姓名')).toEqual([
      '张伟',
      '李娜',
      '赵敏',
      '孙悦',
      '周杰',
      '李 娜',
      '张伟',
      '陈静',
      'Emily Carter',
      'Wei Zhang',
      'Jing Chen',
      'Robert Miller',
    ]);
    // 手机号, 联系电话 and Mobile are one column; values as each list typed them.
    expect(column(list, '手机').slice(0, 2)).toEqual(['138 0013 8000', '13900139000']);
    expect(column(list, '手机')[5]).toBe('+86 139-0013-9000');
    expect(list.lists.map((l) => [l.name, l.rows])).toEqual([
      [WECOM_NAME, 4],
      [SALES_NAME, 4],
      [CRM_NAME, 4],
    ]);
  });

  test('names each row by its list and row there when a list has a blank row', () => {
    const list = combineLists(threeLists());
    expect(column(list, '出处').slice(0, 5)).toEqual([
      '企微客户导出.csv 第 2 行',
      '企微客户导出.csv 第 3 行',
      '企微客户导出.csv 第 4 行',
      '企微客户导出.csv 第 6 行',
      '销售A.xlsx!客户 第 2 行',
    ]);
    expect(originOf(list, 5)).toEqual({ list: 0, row: 6 });
    expect(originOf(list, 13)).toEqual({ list: 2, row: 5 });
    expect(originText(list, 13)).toBe('partner-crm.csv 第 5 行');
  });

  test('keeps columns no field takes, with real dates as dates, when one list has them', () => {
    const list = combineLists(threeLists());
    const contacted = column(list, '上次拜访');
    expect(contacted[4]).toEqual(new Date(Date.UTC(2024, 1, 2)));
    expect(contacted[7]).toBeNull();
    expect(contacted.filter((v) => v !== null)).toHaveLength(3);
    // Text stays text: the WeCom export's times are not read into dates here.
    expect(column(list, '创建日期')[0]).toBe('2024-03-05 10:21');
  });

  test('heads the list in English when the first list is English', () => {
    const [wecom, sales, crm] = threeLists();
    const list = combineLists([crm!, wecom!, sales!]);
    expect(header(list)).toEqual([
      'Name',
      'Phone',
      'Email',
      'Company',
      'Region',
      'Tags',
      'Owner',
      'Notes',
      'Created',
      '上次拜访',
      'Imported from',
    ]);
    expect(column(list, 'Imported from')[0]).toBe('partner-crm.csv row 2');
  });

  test('merges kept columns by header and keeps a second column with a taken header under its list name when they clash', () => {
    const a = snapshotOf('A', [
      ['姓名', '手机', '内部代码'],
      ['王芳', '13800000001', 'K-1'],
    ]);
    const b = snapshotOf('B', [
      ['Name', 'Phone', '手机', '内部代码 '],
      ['Fang Wang', '+86 138 0000 0001', '13800000002', 'K-2'],
    ]);
    const list = combineLists([
      { name: 'a.xlsx!A', snapshot: a },
      { name: 'b.csv', snapshot: b },
    ]);
    expect(header(list)).toEqual(['姓名', '手机', '内部代码', '手机（b.csv）', '出处']);
    expect(list.snapshot.values.slice(1)).toEqual([
      ['王芳', '13800000001', 'K-1', null, 'a.xlsx!A 第 2 行'],
      ['Fang Wang', '+86 138 0000 0001', 'K-2', '13800000002', 'b.csv 第 2 行'],
    ]);
    expect(list.mapping.byField).toEqual({ name: 1, phone: 2 });
  });

  test('keeps a column without a header under its letter when it holds values', () => {
    const a = snapshotOf('A', [
      ['Name', 'Email', ''],
      ['Ann Lee', 'ann@lee.com', 'VIP since 2019'],
    ]);
    const list = combineLists([{ name: 'a.csv', snapshot: a }]);
    expect(header(list)).toEqual(['Name', 'Email', 'Column C (a.csv)', 'Imported from']);
  });

  test('reads a list with its own corrections when overrides are given', () => {
    const [wecom, sales, crm] = threeLists();
    const list = combineLists([wecom!, { ...sales!, overrides: { 上次拜访: 'lastContact' } }, crm!]);
    expect(header(list)).toContain('最近联系日期');
    expect(header(list)).not.toContain('上次拜访');
  });

  test('splits names into family and given columns next to the name when a list has them', () => {
    const a = snapshotOf('A', [
      ['Last Name', 'First Name', 'Email'],
      ['Lee', 'Ann', 'ann@lee.com'],
    ]);
    const b = snapshotOf('B', [
      ['Name', 'Email'],
      ['Tom Hart', 'tom@hart.com'],
    ]);
    const list = combineLists([
      { name: 'a.csv', snapshot: a },
      { name: 'b.csv', snapshot: b },
    ]);
    expect(header(list)).toEqual(['Name', 'Last Name', 'First Name', 'Email', 'Imported from']);
    expect(list.snapshot.values[1]).toEqual([null, 'Lee', 'Ann', 'ann@lee.com', 'a.csv row 2']);
  });

  test('finds customers in several lists when each list writes them differently', () => {
    const list = combineLists(threeLists());
    const result = findCombinedDuplicates(list);
    const groups = result.clusters.map((c) => c.rows);
    expect(groups).toEqual([
      [2, 8, 11],
      [3, 7],
      [9, 12],
    ]);
    expect(result.clusters.map((c) => listsOf(list, c))).toEqual([
      [0, 1, 2],
      [0, 1],
      [1, 2],
    ]);
    // The source column never counts as a reason.
    for (const cluster of result.clusters) expect(cluster.reasons.map((r) => r.column)).not.toContain('出处');
  });

  test('keeps apart rows a list marked as different customers when they meet rows of other lists', () => {
    // Two colleagues called 王伟 behind one switchboard, marked not the same in a salesperson's list.
    const rows = [
      ['姓名', '电话', '邮箱'],
      ['王伟', '0571-88886666', 'wangwei@xihutea.com'],
      ['王伟', '0571-88886666', 'wang.wei@xihutea.com'],
    ];
    const own = snapshotOf('客户', rows);
    const keys = rowMarkKeys(own, resolveContext(own).mapping, DEFAULT_TEMPLATE);
    const marked = { ...own, meta: { [NOT_SAME_META]: addNotSame(undefined, [keys[2]!, keys[3]!]) } };
    const other = snapshotOf('crm', [
      ['Name', 'Mobile', 'Email'],
      ['Wei Wang', '+86 571 8888 6666', 'wangwei@xihutea.com'],
    ]);
    const sources = [
      { name: 'a.xlsx!客户', snapshot: marked },
      { name: 'crm.csv', snapshot: other },
    ];
    const list = combineLists(sources);
    const groups = findCombinedDuplicates(list).clusters.map((c) => c.rows);
    expect(groups).toEqual([[2, 4]]);
    // Unmarked, the three rows are one customer.
    const unmarked = combineLists([{ ...sources[0]!, snapshot: own }, sources[1]!]);
    expect(findCombinedDuplicates(unmarked).clusters.map((c) => c.rows)).toEqual([[2, 3, 4]]);
    // The mark goes into the written workbook, naming the rows as the combined sheet does.
    const plan = planCombinedWorkbook(list, []);
    const combinedKeys = rowMarkKeys(list.snapshot, list.mapping, list.template);
    expect(JSON.parse(plan.meta[NOT_SAME_META]!)).toEqual([[combinedKeys[2], combinedKeys[3]].sort()]);
  });

  test('groups exactly on a key column named as one list heads it', () => {
    const list = combineLists(threeLists());
    expect(combinedColumns(list, ['Mobile'])).toEqual(['手机']);
    expect(combinedColumns(list, ['联系电话', '手机号'])).toEqual(['手机']);
    const result = findCombinedDuplicates(list, { exact: true, columns: ['手机号'] });
    expect(result.clusters.map((c) => c.rows)).toEqual([
      [2, 8, 11],
      [3, 7],
      [9, 12],
    ]);
  });

  test('names the unknown key columns when no list has them', () => {
    const list = combineLists(threeLists());
    expect(() => combinedColumns(list, ['手机', '微信号'])).toThrow(UnknownColumnError);
    expect(() => combinedColumns(list, ['微信号'])).toThrow('No list has the column "微信号"');
  });
});

describe('combine-plans', () => {
  test('writes the combined sheet, its duplicate groups and its mapping when applied to an empty workbook', () => {
    const list = combineLists(threeLists());
    const clusters = findCombinedDuplicates(list).clusters;
    const plan = planCombinedWorkbook(list, clusters);
    const workbook = applyPlan(workbookFromSnapshot({ name: list.snapshot.name, values: [] }), plan, { verify: true });
    const combined = memorySnapshot(workbook, list.snapshot.name);
    expect(combined.values).toEqual(list.snapshot.values);
    // 上次拜访 holds real dates: each shown as a date (its list gave it no format of its own).
    const dated = combined.values.flatMap((row, i) => (row[9] instanceof Date ? [i + 1] : []));
    expect(dated).toHaveLength(3);
    const formats = new Map(combined.extras?.filter((e) => e.col === 10).map((e) => [e.row, e.format]));
    expect(dated.map((row) => formats.get(row))).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd']);
    const duplicates = memorySnapshot(workbook, '重复客户').values;
    expect(duplicates[0]).toEqual(['组', '合并后行号', '置信度', '涉及名单数', ...FIELD_HEADERS, '出处', '原因']);
    expect(duplicates.slice(1).map((r) => [r[0], r[1], r[3], r[13]])).toEqual([
      [1, 2, 3, '企微客户导出.csv 第 2 行'],
      [1, 8, 3, '销售A.xlsx!客户 第 4 行'],
      [1, 11, 3, 'partner-crm.csv 第 3 行'],
      [2, 3, 2, '企微客户导出.csv 第 3 行'],
      [2, 7, 2, '销售A.xlsx!客户 第 3 行'],
      [3, 9, 2, '销售A.xlsx!客户 第 5 行'],
      [3, 12, 2, 'partner-crm.csv 第 4 行'],
    ]);
    expect(String(duplicates[1]![14])).toContain('手机：相同');
    // Read back, the sheet maps as combine built it: the source column is no field.
    const reread = resolveContext({ ...combined, meta: workbook.meta });
    expect(mappingToJson(reread.mapping)).toEqual(mappingToJson(list.mapping));
    expect(mappingToJson(reread.mapping)['出处']).toBeNull();
    expect(reread.locale).toBe('zh-CN');
  });

  test('saves the corrections a reread needs when a list left a template-named column alone', () => {
    const own = snapshotOf('客户', [
      ['姓名', '手机', '备注'],
      ['刘强', '13811112222', '内部：勿外传'],
    ]);
    const list = combineLists([{ name: 'a.xlsx!客户', snapshot: own, overrides: { 备注: null } }]);
    expect(list.overrides).toEqual({ 备注: null });
    const plan = planCombinedWorkbook(list, []);
    const workbook = applyPlan(workbookFromSnapshot({ name: list.snapshot.name, values: [] }), plan);
    const reread = resolveContext({ ...memorySnapshot(workbook, list.snapshot.name), meta: workbook.meta });
    expect(mappingToJson(reread.mapping)).toEqual({ 姓名: 'name', 手机: 'phone', 备注: null, 出处: null });
  });

  test('finds the same groups when the combined sheet is searched again as a plain list, its source column left out', () => {
    const list = combineLists(threeLists());
    const combined = findCombinedDuplicates(list);
    // What `custodian dedupe all.xlsx` or the sidebar sees: the written sheet, 出处 column included.
    const ctx = resolveContext(list.snapshot);
    const again = findDuplicates(list.snapshot, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale });
    expect(again.clusters.map((c) => c.rows)).toEqual(combined.clusters.map((c) => c.rows));
    expect(again.clusters.map((c) => c.confidence)).toEqual(combined.clusters.map((c) => c.confidence));
    for (const cluster of again.clusters) expect(cluster.reasons.map((r) => r.column)).not.toContain('出处');
  });

  test('writes no duplicates sheet when no customer repeats', () => {
    const list = combineLists([
      { name: SALES_NAME, snapshot: snapshotOf('客户', SALES_ROWS.slice(0, 2)) },
      { name: CRM_NAME, snapshot: snapshotOf('crm', CRM_ROWS.slice(0, 2), true) },
    ]);
    const plan = planCombinedWorkbook(list, []);
    expect(plan.sheets.map((s) => s.name)).toEqual(['客户']);
  });
});
