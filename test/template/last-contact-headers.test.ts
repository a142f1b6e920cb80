/**
 * 最后联系 and 最近联系 head a sales team's last-contact dates as often as 上次联系 does. Unread, merge kept
 * the older of two dates, report judged no one stale and clean added an empty 最近联系日期 beside them.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { buildInsights } from '../../shared/insights';
import { sheet } from '../operations/fixtures';

// prettier-ignore
const LEDGER: CellValue[][] = [
  ['姓名', '手机', '公司', '最后联系', '备注'],
  ['张伟', '13800138000', '星辰科技', '2025-01-02', '老客户'],
  ['李娜', '13912345678', '华信贸易', '2026-11-02', '报价已发'],
  ['王芳', '13700001111', '东方物流', '2024-06-30', ''],
];

describe('a last-contact column headed 最后联系 or 最近联系', () => {
  test.each(['最后联系', '最近联系', '最后一次联系'])('%s maps to the last-contact date', (header) => {
    const headers = ['姓名', '手机', header];
    expect(
      mapHeaders(
        headers,
        DEFAULT_TEMPLATE,
        {},
        LEDGER.slice(1).map((r) => [r[0]!, r[1]!, r[3]!]),
      ).byField.lastContact,
    ).toBe(3);
  });

  test('makes the report judge who was not contacted for long', () => {
    const report = buildInsights(sheet(LEDGER.map((r) => [...r])), { now: new Date(Date.UTC(2026, 10, 29)) });
    // 张伟 (2025-01-02) and 王芳 (2024-06-30) were last contacted long ago; 李娜 this month.
    expect(report.stale.judged).toBeUndefined();
    expect(report.stale.count).toBe(2);
  });
});
