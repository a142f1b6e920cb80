/**
 * Export reads each row's dates in its region's calendar, as check does: in a mainland ledger with
 * two Taiwan customers (113/03/05), a 杭州 customer's 24/3/5 goes to the CRM as 2024-03-05, not as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { LEDGER_TODAY, mixedLedger } from '../normalise/mixed-region-ledger';

function columnOf(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  if (at < 0) throw new Error(`no ${header} column in ${file.header.join(', ')}`);
  return file.rows.map((row) => row[at] ?? null);
}

describe('export of a mainland ledger with Taiwan rows', () => {
  const { files, report } = planExport(
    { name: '客户台账', values: mixedLedger() },
    { crm: 'fxiaoke', now: LEDGER_TODAY },
  );

  const contacts = files.find((f) => f.header.includes('姓名'))!;

  test('writes every row’s last contact and follow-up as ISO dates, the mainland rows’ short years as written', () => {
    expect(columnOf(contacts, '最近联系日期')).toEqual([
      '2024-03-05',
      '2024-01-08',
      '2024-03-05',
      '2023-10-20',
      '2024-08-01',
      '2024-04-09',
    ]);
    expect(columnOf(contacts, '下次跟进日期')).toEqual([
      '2024-09-08',
      '2024-07-15',
      '2024-08-01',
      '2024-07-10',
      '2024-09-06',
      '2024-09-08',
    ]);
    expect(report.valuesAsTyped).toEqual({});
  });

  test('reads a date column the template has no field for (签约日期) in each row’s calendar too', () => {
    expect(columnOf(contacts, '签约日期')).toEqual([
      '2023-11-02',
      '2022-05-06',
      '2023-01-15',
      '2022-06-30',
      '2021-03-09',
      '2023-11-02',
    ]);
  });
});
