/**
 * A Chinese sales team's list for the duplicate highlight tests of every host: two salespeople's
 * rows of one customer (phone typed differently) and a customer entered twice, with spend, and the
 * plan of a duplicate action on it as the sidebar and the CLI make it.
 */
import { planDuplicateAction, type DuplicateAction } from '../../shared/operations/duplicate-actions';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeCluster } from '../../shared/merge/types';
import type { Plan } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';

export const TEAM_LIST: CellValue[][] = [
  ['客户编号', '姓名', '手机', '消费金额', '公司'],
  ['C000001', '张伟', '+86 138 0013 8000', 1200, '北京星辰科技有限公司'],
  ['C000002', '李娜', '13912345678', 300, '上海海鲸贸易有限公司'],
  ['C000003', '张 伟', '138-0013-8000', 80, '星辰科技'],
  ['C000004', '王芳', '13700137000', 2500, '杭州西湖茶业'],
  ['C000005', '李娜', '139 1234 5678', 40, ''],
];

/** The two groups (same phone): 张伟 on rows 2 and 4, 李娜 on rows 3 and 6. */
export const TEAM_GROUPS: MergeCluster[] = [{ rows: [2, 4] }, { rows: [3, 6] }];

export function duplicateActionPlan(
  snapshot: SheetSnapshot,
  action: DuplicateAction,
  clusters: readonly MergeCluster[] = TEAM_GROUPS,
  locale: Locale = 'zh-CN',
): Plan {
  return planDuplicateAction(snapshot, {
    action,
    clusters,
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE),
    locale,
    now: new Date('2024-06-01T08:00:00Z'),
  }).plan;
}

/** A Chinese sales team's list: the same customer typed by two people, a total with a formula (F = D * E). */
export function subtotalList(): SheetSnapshot {
  const values: CellValue[][] = [
    ['客户编号', '姓名', '手机', '单价', '数量', '小计', '公司'],
    ['C000001', '张伟', '13800138000', 120, 3, 360, '北京星辰科技有限公司'],
    ['C000002', '李娜', '13912345678', 80, 1, 80, '上海海鲸贸易有限公司'],
    ['C000003', '张 伟', '138-0013-8000', 120, 2, 240, '星辰科技'],
    ['C000004', '王芳', '13700137000', 50, 4, 200, '杭州西湖茶业'],
    ['C000005', '李娜', '139 1234 5678', 80, 5, 400, ''],
    ['C000006', '张伟', '+86 138 0013 8000', 120, 1, 120, '北京星辰科技有限公司'],
  ];
  const formulas: FormulaCell[] = [2, 3, 4, 5, 6, 7].map((row) => ({ row, col: 6, formula: `=D${row}*E${row}` }));
  return { name: '客户', values, formulas, meta: {} };
}
