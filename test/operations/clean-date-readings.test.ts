/**
 * What clean writes for a dump's Unix timestamps (their instant, in UTC, marked so) and for a Taiwan
 * list's 69年9月15日 (nothing: it has two readings). The value as typed stays in the edit's `before`,
 * which the preview shows and undo writes back.
 */
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { invertPlan } from '../../shared/plan/invert-plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

/** WeCom's external contacts as its API dumps them: 添加时间 in Unix seconds, numbers in an .xlsx. */
const WECOM_DUMP: CellValue[][] = [
  ['客户名称', '手机', '添加时间', '添加人'],
  ['张伟', '13800138000', 1700000000, '李强'],
  ['王芳', '13900139000', 1700003600, '李强'],
  ['刘洋', '13700137000', 1704067200, '何静'],
];

const TAIWAN_MEMBERS: CellValue[][] = [
  ['會員編號', '姓名', '手機', '生日', '地址'],
  ['M001', '陳志明', '0912-345-678', '69年9月15日', '臺北市大安區復興南路一段390號'],
  ['M002', '林美玲', '0933-123-456', '72年1月20日', '新北市板橋區文化路一段25號'],
  ['M003', '黃淑芬', '0920-555-111', '1975-03-02', '臺中市西屯區臺灣大道三段99號'],
];

const editsIn = (values: CellValue[][], col: number, extra = {}) =>
  planClean(sheet(values, extra), { now: TODAY })
    .plan.edits.filter((e) => e.col === col)
    .map((e) => [e.row, e.before, e.after, e.reason]);

describe('planClean of Unix timestamps', () => {
  test('writes each timestamp as its UTC day and time, keeping the value as typed in the edit', () => {
    expect(editsIn(WECOM_DUMP, 3)).toEqual([
      [2, 1700000000, '2023-11-14 22:13:20 UTC', 'date.nonCanonical'],
      [3, 1700003600, '2023-11-14 23:13:20 UTC', 'date.nonCanonical'],
      [4, 1704067200, '2024-01-01', 'date.nonCanonical'],
    ]);
  });

  test('gives the timestamps back on undo', () => {
    const snapshot = sheet(WECOM_DUMP);
    const { plan } = planClean(snapshot, { now: TODAY });
    const cleaned = after(snapshot, plan);
    expect(cleaned.values.map((row) => row[2])).toEqual([
      '添加时间',
      '2023-11-14 22:13:20 UTC',
      '2023-11-14 23:13:20 UTC',
      '2024-01-01',
    ]);
    expect(after(cleaned, invertPlan(plan)).values.map((row) => row[2])).toEqual(WECOM_DUMP.map((row) => row[2]));
  });

  test('finds nothing more to write on a second run, in a CSV or an .xlsx showing dates', () => {
    const csv = sheet(
      WECOM_DUMP.map((row) => row.map((v) => (v === null ? null : String(v)))),
      { textOnly: true },
    );
    const once = after(csv, planClean(csv, { now: TODAY }).plan);
    expect(planClean(once, { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
    const xlsx = sheet(WECOM_DUMP, { realDates: true, columnFormats: [null, null, 'yyyy-mm-dd', null] });
    const cleaned = after(xlsx, planClean(xlsx, { now: TODAY }).plan);
    expect(planClean(cleaned, { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  test('has set up lay no date format over the timestamps, which would show as ####', () => {
    const { plan } = planSetup(sheet(WECOM_DUMP), { now: TODAY });
    expect(plan.numberFormats.filter((f) => f.col === 3).map((f) => [f.firstRow, f.format])).toEqual([
      [5, 'yyyy-mm-dd'],
    ]);
  });

  test('leaves a lone ten-digit number among dates as it is (an error check reports)', () => {
    const values = WECOM_DUMP.map((row, r) => (r === 0 || r === 2 ? row : [...row.slice(0, 2), '2023/11/14', row[3]!]));
    const { plan, summary } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 3 && e.row === 3)).toEqual([]);
    expect(summary.unfixable).toBe(1);
  });
});

describe('planClean of a two-digit 年 year', () => {
  test('leaves a Taiwan list’s 69年9月15日 as typed and counts it among the values it cannot fix', () => {
    const { plan, summary } = planClean(sheet(TAIWAN_MEMBERS), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 4)).toEqual([]);
    expect(summary.unfixable).toBe(2);
  });

  test('writes a mainland list’s 69年9月15日 as 1969-09-15, as before', () => {
    const mainland: CellValue[][] = [
      ['会员编号', '姓名', '手机', '生日'],
      ['M001', '陈志明', '13812345678', '69年9月15日'],
      ['M002', '林美玲', '13912345678', '72年1月20日'],
      ['M003', '黄淑芬', '13712345678', '1975-03-02'],
    ];
    expect(editsIn(mainland, 4)).toEqual([
      [2, '69年9月15日', '1969-09-15', 'date.nonCanonical'],
      [3, '72年1月20日', '1972-01-20', 'date.nonCanonical'],
    ]);
  });
});
