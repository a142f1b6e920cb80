import { buildInsights } from '../../shared/insights';
import { EN_ROWS, TODAY, ZH_ROWS } from './fixtures';

const zh = () => buildInsights({ name: '客户', values: ZH_ROWS }, { now: TODAY });
const en = () => buildInsights({ name: 'Customers', values: EN_ROWS, textOnly: true }, { now: TODAY });

describe('buildInsights', () => {
  test('counts segments with share and spend per value when a Chinese list has spend and owner columns', () => {
    const report = zh();
    expect(report.rows).toBe(5);
    expect(report.segments.map((s) => s.field)).toEqual(['customerType', 'valueTier', 'region', 'owner']);
    expect(report.segments[0]).toEqual({
      field: 'customerType',
      column: '客户类型',
      values: [
        { value: '老客户', count: 3, share: 0.6, totalSpend: 32800 },
        { value: '新客户', count: 1, share: 0.2, totalSpend: 3500 },
        { value: '潜在客户', count: 1, share: 0.2, totalSpend: 0 },
      ],
    });
    expect(report.segments[1].values).toEqual([
      { value: 'VIP', count: 2, share: 0.4, totalSpend: 32000 },
      { value: 'A', count: 1, share: 0.2, totalSpend: 3500 },
      { value: 'B', count: 1, share: 0.2, totalSpend: 0 },
      { value: '', count: 1, share: 0.2, totalSpend: 800 },
    ]);
    expect(report.segments[3].values.map((v) => [v.value, v.count, v.totalSpend])).toEqual([
      ['刘洋', 2, 20800],
      ['王敏', 2, 15500],
      ['', 1, 0],
    ]);
  });

  test('lists stale customers oldest first by their latest contact or purchase when some dates are older than 180 days', () => {
    const report = zh();
    // Row 6 was contacted in 2022 but bought in March 2024: not stale.
    expect(report.stale).toEqual({ days: 180, count: 2, rows: [4, 3] });
    expect(buildInsights({ name: '客户', values: ZH_ROWS }, { now: TODAY, staleDays: 30 }).stale.rows).toEqual([
      4, 3, 6,
    ]);
  });

  test('counts follow-ups overdue and due within 7 days when next follow-up dates surround today', () => {
    expect(zh().followUps).toEqual({ overdue: 1, dueIn7Days: 1, rows: [2, 3] });
    // 2024-07-07 is exactly 7 days ahead and due; 2024-07-08 is not.
    expect(en().followUps).toEqual({ overdue: 1, dueIn7Days: 1, rows: [2, 3] });
  });

  test('scores quality as the share of filled and required cells that are valid when a phone is invalid and a name missing', () => {
    const report = zh();
    const phone = report.quality.fields.find((f) => f.field === 'phone');
    expect(phone).toMatchObject({ column: '手机', filled: 5, valid: 4 });
    expect(report.quality.fields.find((f) => f.field === 'name')).toMatchObject({ filled: 4, valid: 4, canonical: 4 });
    expect(report.quality.fields.find((f) => f.field === 'customerType')).toEqual({
      field: 'customerType',
      column: '客户类型',
      filled: 5,
      valid: 5,
      canonical: 5,
    });
    // 44 filled cells and 1 missing required name; 43 of them valid.
    expect(report.quality.score).toBe(95.6);
  });

  test('reports null spend and no owner segment when an English list has neither column', () => {
    const report = en();
    expect(report.rows).toBe(5);
    expect(report.segments.map((s) => [s.field, s.column])).toEqual([
      ['status', 'Status'],
      ['lifecycleStage', 'Lifecycle Stage'],
      ['region', 'City'],
    ]);
    expect(report.segments[0].values).toEqual([
      { value: 'Active', count: 2, share: 0.4, totalSpend: null },
      { value: 'Dormant', count: 1, share: 0.2, totalSpend: null },
      { value: '', count: 2, share: 0.4, totalSpend: null },
    ]);
    expect(report.stale).toEqual({ days: 180, count: 2, rows: [3, 5] });
    expect(report.quality.fields.find((f) => f.field === 'email')).toEqual({
      field: 'email',
      column: 'Email',
      filled: 3,
      valid: 2,
      canonical: 2,
    });
    // 22 filled cells plus the missing name of the spare-only row; 21 valid.
    expect(report.quality.score).toBe(91.3);
    expect(report.duplicates).toEqual({ clusters: 0, rows: 0 });
  });

  test('counts every segment blank when rows hold values only in columns no field governs', () => {
    const report = buildInsights(
      {
        name: 'Leads',
        values: [
          ['Email', 'Status', 'Spare'],
          ['a@example.com', 'Active', ''],
          ['', '', 'note only'],
          ['', '', 'another note'],
        ],
      },
      { now: TODAY },
    );
    expect(report.rows).toBe(3);
    expect(report.segments[0].values).toEqual([
      { value: 'Active', count: 1, share: 0.3333, totalSpend: null },
      { value: '', count: 2, share: 0.6667, totalSpend: null },
    ]);
  });

  test('counts the rows of merge-band duplicate clusters when two rows hold the same customer', () => {
    const rows = [
      ...ZH_ROWS,
      [
        'C006',
        '张伟',
        '13800138000',
        '老客户',
        'VIP',
        '上海',
        '王敏',
        new Date(Date.UTC(2024, 5, 1)),
        null,
        null,
        12000,
      ],
    ];
    expect(buildInsights({ name: '客户', values: rows }, { now: TODAY }).duplicates).toEqual({ clusters: 1, rows: 2 });
  });
});
