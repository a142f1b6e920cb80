/**
 * Dedupe reads each row's dates in its region's calendar, as check does: in a mainland ledger with
 * two Taiwan customers (113/08/01), a 杭州 customer's 24/9/8 is one day, 2024-09-08, not 2024 or 民國 24.
 */
import { findDuplicates } from '../../shared/dedupe';
import { buildRecords } from '../../shared/dedupe/records';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mixedLedger } from '../normalise/mixed-region-ledger';

describe('findDuplicates of a mainland ledger with Taiwan rows', () => {
  // Follow-up dates are no evidence unless the user matches on them.
  test('says a 杭州 customer typed twice has the same follow-up date, 24/9/8', () => {
    const cluster = findDuplicates(
      { name: '客户台账', values: mixedLedger() },
      { columns: ['客户名称', '手机', '下次跟进日期'] },
    ).clusters.find((c) => c.rows.includes(2));
    expect(cluster?.rows).toEqual([2, 7]);
    expect(cluster?.reasons.find((r) => r.column === '下次跟进日期')).toMatchObject({ level: 'exact' });
  });

  test('keys each row’s dates in its own calendar: the mainland rows’ as written, the Taiwan rows’ as 民國', () => {
    const values = mixedLedger();
    const records = buildRecords(
      { name: '客户台账', values },
      { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE), columns: ['最近联系日期'] },
    );
    const lastContact = records.fields.find((f) => f.column === '最近联系日期')!;
    const keys = Array.from(lastContact.ids, (id) => (id < 0 ? null : lastContact.keys[id]));
    expect(keys).toEqual(['2024-03-05', '2024-01-08', '2024-03-05', '2023-10-20', '2024-08-01', '2024-04-09']);
  });
});
