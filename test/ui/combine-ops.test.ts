import { planCombineSheets, planCompareSheets } from '../../shared/ui/tasks/combine-ops';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { addNotSame, findDuplicates, NOT_SAME_META, readNotSame, rowMarkKeys } from '../../shared/dedupe';
import { resolveContext } from '../../shared/operations/options';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const NOW = new Date(Date.UTC(2026, 0, 5, 9, 30));

const SALES: SheetSnapshot = {
  name: '销售A',
  values: [
    ['客户名称', '手机', '邮箱'],
    ['张伟', '13800138000', 'zhangwei@example.com'],
    ['李娜', '13912345678', 'lina@example.com'],
  ],
};
const SHOW: SheetSnapshot = {
  name: '展会名单',
  values: [
    ['姓名', '手机号码', '电子邮件'],
    ['张伟', '138 0013 8000', 'ZHANGWEI@example.com'],
    ['赵磊', '13600136000', 'zhaolei@example.com'],
  ],
};

describe('combine-ops', () => {
  test('creates the combined and duplicates sheets under free names when the workbook already has them', () => {
    const result = planCombineSheets(SALES, {
      others: [SHOW],
      sheetNames: ['销售A', '展会名单', '合并名单', '重复客户'],
      now: NOW,
    });
    expect(result.sheet).toBe('合并名单 (2)');
    expect(result.duplicatesSheet).toBe('重复客户 (2)');
    expect(result.plan.sheets.map((s) => [s.name, s.mode, s.hidden])).toEqual([
      ['合并名单 (2)', 'create', false],
      ['重复客户 (2)', 'create', false],
    ]);
    // The lists share the workbook's meta: combining leaves it alone.
    expect(result.plan.meta).toEqual({});
    expect(result.plan.sheet).toBe('销售A');
    expect({ lists: result.lists, rows: result.rows, groups: result.groups, across: result.across }).toEqual({
      lists: 2,
      rows: 4,
      groups: 1,
      across: 1,
    });
    const combined = result.plan.sheets[0]!.rows;
    expect(combined.map((r) => r.at(-1))).toEqual([
      '出处',
      '销售A 第 2 行',
      '销售A 第 3 行',
      '展会名单 第 2 行',
      '展会名单 第 3 行',
    ]);
  });

  test('writes no duplicates sheet when the lists share no customer', () => {
    const other: SheetSnapshot = {
      name: 'Trade show',
      values: [
        ['Name', 'Mobile'],
        ['Zhao Lei', '+86 136 0013 6000'],
      ],
    };
    const result = planCombineSheets(SALES, { others: [other], sheetNames: ['销售A', 'Trade show'], now: NOW });
    expect(result.duplicatesSheet).toBeUndefined();
    expect(result.plan.sheets.map((s) => s.name)).toEqual(['合并名单']);
  });

  test('marks list B against list A in B’s language when B is compared with A', () => {
    const result = planCompareSheets(SHOW, { a: SALES });
    expect(result.counts).toEqual({ existing: 1, possible: 0, new: 1 });
    expect(result.plan.sheet).toBe('展会名单');
    expect(result.plan.edits.map((e) => [e.row, e.col, e.after])).toEqual([
      [1, 4, '对比结果'],
      [2, 4, '已存在（销售A 第 2 行）'],
      [3, 4, '新客户'],
    ]);
  });

  test('carries a list’s "not the same customer" marks to the combined sheet, and undo gives the old marks back', () => {
    // Two colleagues called 王伟 behind one switchboard, marked not the same in the salesperson's list.
    const own: SheetSnapshot = {
      name: '客户',
      values: [
        ['姓名', '电话', '邮箱'],
        ['王伟', '0571-88886666', 'wangwei@xihutea.com'],
        ['王伟', '0571-88886666', 'wang.wei@xihutea.com'],
      ],
    };
    const keys = rowMarkKeys(own, resolveContext(own).mapping, DEFAULT_TEMPLATE);
    const stored = addNotSame(undefined, [keys[2]!, keys[3]!]);
    // The workbook's meta is shared by every sheet in it.
    const meta = { [NOT_SAME_META]: stored };
    const crm: SheetSnapshot = {
      name: 'CRM',
      values: [
        ['Name', 'Mobile', 'Email'],
        ['Wei Wang', '+86 571 8888 6666', 'wangwei@xihutea.com'],
      ],
      meta,
    };
    const result = planCombineSheets({ ...own, meta }, { others: [crm], sheetNames: ['客户', 'CRM'], now: NOW });
    const marks = readNotSame(result.plan.meta);
    // The list's own mark stays, and the combined sheet's rows 2 and 3 are marked as the combined sheet names them.
    expect(marks).toContainEqual(readNotSame(meta)[0]);
    const combined: SheetSnapshot = {
      name: result.sheet,
      values: result.plan.sheets[0]!.rows,
      meta: result.plan.meta,
    };
    const combinedKeys = rowMarkKeys(combined, resolveContext(combined).mapping, DEFAULT_TEMPLATE);
    expect(marks).toContainEqual([combinedKeys[2], combinedKeys[3]].sort());
    // Find duplicates on the new sheet keeps the two 王伟 apart.
    const groups = findDuplicates(combined).clusters.map((c) => c.rows);
    expect(groups.some((rows) => rows.includes(2) && rows.includes(3))).toBe(false);
    // Undo puts the workbook's marks back as they were.
    expect(result.undo.meta[NOT_SAME_META]).toBe(stored);
  });

  test('writes no marks when no list holds one', () => {
    const result = planCombineSheets(SALES, { others: [SHOW], sheetNames: ['销售A', '展会名单'], now: NOW });
    expect(result.plan.meta[NOT_SAME_META]).toBeUndefined();
  });
});
