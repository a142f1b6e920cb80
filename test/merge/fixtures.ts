import type { CellValue } from '../../shared/sheet/cell-value';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeCluster, MergeOptions } from '../../shared/merge/types';
import { planMerge } from '../../shared/merge/plan-merge';
import { applyPlan, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';

export const NOW = new Date('2024-06-01T08:30:00.000Z');

export function sheet(name: string, values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, values, meta: {}, ...extra };
}

export function optionsFor(snapshot: SheetSnapshot, locale: Locale, extra: Partial<MergeOptions> = {}): MergeOptions {
  return {
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(snapshot.values[0] ?? [], DEFAULT_TEMPLATE),
    now: NOW,
    locale,
    ...extra,
  };
}

export const ZH_HEADERS = [
  '客户编号',
  '姓名',
  '手机',
  '邮箱',
  '公司',
  '标签',
  '最近购买日期',
  '购买次数',
  '累计消费金额',
  '最近联系日期',
  '备注',
  '创建日期',
  '更新日期',
  '微信号',
  '同意联系',
];

/** Three entries of one customer, typed at different times, plus an unrelated customer. */
export function chineseSheet(): SheetSnapshot {
  return sheet('客户', [
    ZH_HEADERS,
    [
      'C000001',
      '张伟',
      '13800138000',
      'zhangwei@163.com',
      '北京星辰科技有限公司',
      '高意向',
      '2024-01-10',
      3,
      1200,
      '2024-02-01',
      '老客户',
      '2022-05-01',
      '2024-02-01',
      '',
      '是',
    ],
    [
      '',
      '张伟',
      '+86 139 0013 9000',
      '',
      '星辰科技',
      '决策人、High Intent',
      '2024-03-15',
      5,
      '¥2,500',
      '2024-03-20',
      '喜欢绿茶',
      '2023-01-10',
      '2024-03-20',
      'zw_wechat',
      '否',
    ],
    [
      'C000009',
      '李娜',
      '13700137000',
      'lina@qq.com',
      '上海云帆贸易有限公司',
      '价格敏感',
      '2024-02-02',
      1,
      300,
      '2024-02-02',
      '',
      '2024-01-01',
      '2024-02-02',
      '',
      '是',
    ],
    [
      'C000007',
      '张 伟',
      '138-0013-8000',
      'ZhangWei@163.com',
      '',
      '',
      '',
      '',
      '',
      '2023-12-01',
      '老客户',
      '2021-09-09',
      '',
      '',
      '',
    ],
  ]);
}

export const EN_HEADERS = [
  'Customer ID',
  'First Name',
  'Last Name',
  'Phone',
  'Email',
  'Company',
  'Tags',
  'Last Purchase Date',
  'Purchase Count',
  'Total Spend',
  'Last Contact',
  'Notes',
  'Created',
  'Updated',
  'Score',
];

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** English rows with real Date cells and a formula column (Score = Purchase Count * 10). */
export function englishSheet(): SheetSnapshot {
  const formulas: FormulaCell[] = [2, 3, 4, 5].map((row) => ({ row, col: 15, formula: `=I${row}*10` }));
  return sheet(
    'Customers',
    [
      EN_HEADERS,
      [
        'C000101',
        'Mary',
        'Smith',
        '(415) 555-0100',
        'mary.smith@example.com',
        'Acme Inc.',
        'Decision Maker',
        d('2023-11-02'),
        2,
        450.5,
        d('2024-01-15'),
        'Met at trade show',
        d('2020-03-04'),
        d('2024-01-15'),
        20,
      ],
      [
        'C000102',
        'John',
        'Brown',
        '415 555 0199',
        'jb@example.org',
        'Globex',
        '',
        d('2024-02-01'),
        1,
        99,
        d('2024-02-01'),
        '',
        d('2024-01-01'),
        d('2024-02-01'),
        10,
      ],
      [
        'C000140',
        'Mary',
        'Smith',
        '+1 415 555 0177',
        'MARY.SMITH@example.com ',
        'ACME',
        'Bulk Buyer, decision maker',
        d('2024-04-20'),
        4,
        1300,
        d('2024-05-02'),
        'Prefers email; asked for quote',
        d('2021-06-30'),
        d('2024-05-02'),
        40,
      ],
      ['', 'Mary', 'Smyth', '', 'msmith@acme.com', '', 'Referral', '', '', '', '', 'Referred by John', '', '', null],
    ],
    { formulas },
  );
}

/** Plans the merge, applies it to an in-memory workbook (checking every before-value) and reads rows by header. */
export function mergeAndApply(snapshot: SheetSnapshot, clusters: MergeCluster[], options: MergeOptions) {
  const result = planMerge(snapshot, clusters, options);
  const workbook = applyPlan(workbookFromSnapshot(snapshot), result.plan, { verify: true });
  const after = snapshotOf(workbook, snapshot.name);
  const headers = (snapshot.values[0] ?? []).map((h) => String(h));
  const rowAt = (row: number): Record<string, CellValue> =>
    Object.fromEntries(headers.map((h, i) => [h, after.values[row - 1]?.[i] ?? null]));
  const helper = (name: string) => workbook.sheets.find((s) => s.name === name)?.values ?? [];
  return { result, workbook, after, rowAt, helper };
}
