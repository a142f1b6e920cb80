/**
 * A B2B 客户名单 where a rep typed an old customer in again: the new row has a newer 客户编号 and the
 * company's short name (森源建材), the old one the registered name (杭州森源建材有限公司). Equally complete,
 * the group keeps the customer's original record and its ID, and the company's full name whichever row
 * survives; a name that only looks alike (another city's 星辰科技) is never put in its place.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { chooseSurvivor, readRecords } from '../../shared/merge/choose-survivor';
import { sheetColumns } from '../../shared/merge/columns';
import { formulasByRow } from '../../shared/merge/plan-merge';
import type { SurvivorChoice } from '../../shared/merge/types';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

const B2B = ['客户编号', '公司名称', '联系人', '手机', '所在城市', '客户等级', '备注'];

function mergeB2B(rows: CellValue[][], extra: Parameters<typeof optionsFor>[2] = {}) {
  const snapshot = sheet('客户名单', [B2B, ...rows]);
  return mergeAndApply(snapshot, [{ rows: rows.map((_, i) => i + 2) }], optionsFor(snapshot, 'zh-CN', extra));
}

describe('the survivor of equally complete rows', () => {
  test('is the row with the oldest customer ID, which keeps its ID and the registered company name', () => {
    const { result, rowAt } = mergeB2B([
      ['C-000812', '森源建材', '王建国', '13857112345', '杭州', 'B', '展会新加'],
      ['C-000017', '杭州森源建材有限公司', '王建国', '138 5711 2345', '杭州', 'A', '老客户'],
    ]);
    expect(result.merges[0]).toMatchObject({ survivorRow: 3, survivorId: 'C-000017', aliases: ['C-000812'] });
    expect(rowAt(2)).toMatchObject({ 客户编号: 'C-000017', 公司名称: '杭州森源建材有限公司', 客户等级: 'A' });
  });

  test('is the row created first when the list has a created date', () => {
    const headers = ['客户编号', '公司名称', '联系人', '手机', '创建日期'];
    const snapshot = sheet('客户名单', [
      headers,
      ['KH2024-0131', '森源建材', '王建国', '13857112345', '2024-03-18'],
      ['KH2019-0007', '杭州森源建材有限公司', '王建国', '13857112345', '2019-06-03'],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.merges[0]).toMatchObject({ survivorRow: 3, survivorId: 'KH2019-0007' });
    expect(rowAt(2)).toMatchObject({ 公司名称: '杭州森源建材有限公司', 创建日期: '2019-06-03' });
  });

  test('is the customer with the oldest Account ID on an English account list', () => {
    const snapshot = sheet('Accounts', [
      ['Account ID', 'Company', 'Contact', 'Phone', 'Email'],
      ['ACC-1042', 'Acme', 'Dana Lee', '(415) 555-0142', 'dana@acme.com'],
      ['ACC-0007', 'Acme Corporation Ltd', 'Dana Lee', '415-555-0142', 'dana.lee@acme.com'],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US'));
    expect(result.merges[0]).toMatchObject({ survivorRow: 3, survivorId: 'ACC-0007', aliases: ['ACC-1042'] });
    expect(rowAt(2)).toMatchObject({ Company: 'Acme Corporation Ltd', Email: 'dana.lee@acme.com' });
  });

  test('is still the most complete row, then the most recently updated one, before the oldest ID', () => {
    const { result } = mergeB2B([
      ['C-000812', '森源建材', '王建国', '13857112345', '杭州', 'B', '展会新加'],
      ['C-000017', '杭州森源建材有限公司', '王建国', '138 5711 2345', '', 'A', ''],
    ]);
    expect(result.merges[0]).toMatchObject({ survivorRow: 2, survivorId: 'C-000812' });

    const dated = sheet('客户名单', [
      ['客户编号', '公司名称', '联系人', '手机', '更新日期'],
      ['C-000812', '森源建材', '王建国', '13857112345', '2024-05-20'],
      ['C-000017', '杭州森源建材有限公司', '王建国', '13857112345', '2023-01-09'],
    ]);
    const recent = mergeAndApply(dated, [{ rows: [2, 3] }], optionsFor(dated, 'zh-CN'));
    expect(recent.result.merges[0]).toMatchObject({ survivorRow: 2, survivorId: 'C-000812' });
  });

  test('is the lowest row when the IDs are of different kinds and say nothing about which is older', () => {
    const { result } = mergeB2B([
      ['VIP-88', '森源建材', '王建国', '13857112345', '杭州', 'B', ''],
      ['C-000017', '杭州森源建材有限公司', '王建国', '13857112345', '杭州', 'A', ''],
    ]);
    expect(result.merges[0]).toMatchObject({ survivorRow: 2, survivorId: 'VIP-88' });
  });

  test.each<[SurvivorChoice | undefined, number]>([
    [undefined, 3],
    ['mostComplete', 3],
    ['first', 2],
    ['last', 3],
  ])('is chosen the same way by keep %s, which dedupe actions share', (keep, row) => {
    const snapshot = sheet('客户名单', [
      B2B,
      ['C-000812', '森源建材', '王建国', '13857112345', '杭州', 'B', ''],
      ['C-000017', '杭州森源建材有限公司', '王建国', '13857112345', '杭州', 'A', ''],
    ]);
    const columns = sheetColumns(snapshot, optionsFor(snapshot, 'zh-CN'));
    const records = readRecords(snapshot, formulasByRow(snapshot), [2, 3], columns);
    expect(chooseSurvivor(records, keep).row).toBe(row);
  });
});

describe('the full form of a shortened value', () => {
  test('replaces the survivor’s short company name, and the log says so', () => {
    // The user keeps the newer row (it has the 备注 they want): its 森源建材 is the same company written short.
    const { result, rowAt } = mergeB2B(
      [
        ['C-000812', '森源建材', '王建国', '13857112345', '杭州', 'B', '展会新加'],
        ['C-000017', '杭州森源建材有限公司', '王建国', '13857112345', '杭州', 'A', '老客户'],
      ],
      { masters: { 0: 2 } },
    );
    expect(rowAt(2)).toMatchObject({ 客户编号: 'C-000812', 公司名称: '杭州森源建材有限公司' });
    expect(result.merges[0]!.changes).toContainEqual(
      expect.objectContaining({ header: '公司名称', before: '森源建材', after: '杭州森源建材有限公司' }),
    );
  });

  test.each([
    ['Acme', 'Acme Corporation Ltd', 'Acme Corporation Ltd'],
    ['ACME', 'Acme Inc.', 'Acme Inc.'],
    // Another line of business is maybe another company: not the same one written in full.
    ['Acme', 'Acme Logistics Inc.', 'Acme'],
    // Neither is the other written short: the survivor's stays.
    ['Acme Inc.', 'Acme Corp', 'Acme Inc.'],
  ])('keeps %j or %j as %j on an English list', (kept, other, expected) => {
    const snapshot = sheet('Accounts', [
      ['Company', 'Contact', 'Phone', 'Notes'],
      [kept, 'Dana Lee', '(415) 555-0142', 'renewal in May'],
      [other, 'Dana Lee', '415-555-0142', ''],
    ]);
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US'));
    expect(rowAt(2)).toMatchObject({ Company: expected, Notes: 'renewal in May' });
  });

  test('never takes another city’s company of the same brand, nor a branch, for the full name', () => {
    for (const [kept, other] of [
      ['北京星辰科技有限公司', '上海星辰科技有限公司'],
      ['星辰科技', '星辰科技（滨江站）'],
    ]) {
      const { rowAt } = mergeB2B(
        [
          ['C-000017', kept, '张伟', '13800138000', '杭州', 'A', ''],
          ['C-000812', other, '张伟', '13800138000', '杭州', 'A', ''],
        ],
        { masters: { 0: 2 } },
      );
      expect(rowAt(2)['公司名称']).toBe(kept);
    }
  });

  test('takes the fullest of several forms, in either order', () => {
    for (const names of [
      ['森源建材', '森源建材有限公司', '杭州森源建材有限公司'],
      ['森源建材', '杭州森源建材有限公司', '森源建材有限公司'],
    ]) {
      const { rowAt } = mergeB2B(
        names.map((name, i) => [`C-00081${i}`, name, '王建国', '13857112345', '杭州', 'B', '']),
        { masters: { 0: 2 } },
      );
      expect(rowAt(2)['公司名称']).toBe('杭州森源建材有限公司');
    }
  });
});
