import { addNotSame, NOT_SAME_META, rowMarkKeys } from '../../shared/dedupe';
import { combineLists } from '../../shared/operations/combine-lists';
import { resolveContext } from '../../shared/operations/options';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { findCombinedDuplicates } from '../../shared/operations/combined-duplicates';
import { compareLists } from '../../shared/operations/compare-lists';
import { EN_NAME_ROWS, EN_SPLIT_ROWS, snapshotOf, ZH_NAME_ROWS, ZH_SPLIT_ROWS } from './combine-fixtures';

const list = (name: string, rows: Parameters<typeof snapshotOf>[1]) => ({
  name,
  snapshot: snapshotOf(name, rows, true),
});
const nameReason = (reasons: readonly { field: string; column: string; level: string; message: string }[] = []) =>
  reasons.find((r) => r.field === 'name');

describe('compare-lists', () => {
  test('matches a First Name / Last Name row to a Name row when the name agrees and one contact detail is shared', () => {
    const comparison = compareLists(list('accounts.csv', EN_NAME_ROWS), list('crm-export.csv', EN_SPLIT_ROWS));
    const byRow = new Map(comparison.rows.map((r) => [r.row, r]));
    // Sarah / O'Connor (her e-mail only) is row 2 of the Name list, and the explanation says the names agree.
    expect(byRow.get(2)).toMatchObject({ status: 'existing', matches: [2] });
    expect(nameReason(byRow.get(2)!.reasons)).toMatchObject({ column: 'Name', level: 'exact' });
    expect(nameReason(byRow.get(2)!.reasons)!.message).toContain("Sarah O'Connor");
    // Wei Ming / Lee is Lee Wei Ming written surname first: the same words in another order, not another name.
    expect(byRow.get(3)).toMatchObject({ status: 'existing', matches: [4] });
    expect(nameReason(byRow.get(3)!.reasons)).toMatchObject({ column: 'Name', level: 'reordered' });
    expect(nameReason(byRow.get(3)!.reasons)!.message).toContain('Lee Wei Ming');
    // A colleague at the same company, on its shared inbox, is someone else.
    expect(byRow.get(4)).toMatchObject({ status: 'new', matches: [] });
    expect(byRow.get(5)).toMatchObject({ status: 'new', matches: [] });
  });

  test('matches a 姓 / 名 row to a 姓名 row when the name agrees and one contact detail is shared', () => {
    const comparison = compareLists(list('展会签到.csv', ZH_NAME_ROWS), list('crm导出.csv', ZH_SPLIT_ROWS));
    const byRow = new Map(comparison.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ status: 'existing', matches: [3] });
    expect(nameReason(byRow.get(2)!.reasons)).toMatchObject({ column: '姓名', level: 'exact' });
    expect(nameReason(byRow.get(2)!.reasons)!.message).toContain('王志刚');
    expect(byRow.get(3)).toMatchObject({ status: 'existing', matches: [4] });
    expect(nameReason(byRow.get(3)!.reasons)!.message).toContain('孙悦');
    expect(byRow.get(4)).toMatchObject({ status: 'new', matches: [] });
  });

  test('finds a customer of a 姓名 list among 姓 / 名 rows when the lists are compared the other way round', () => {
    const comparison = compareLists(list('crm导出.csv', ZH_SPLIT_ROWS), list('展会签到.csv', ZH_NAME_ROWS));
    expect(comparison.rows.map((r) => [r.row, r.status, r.matches])).toEqual([
      [2, 'new', []],
      [3, 'existing', [2]],
      [4, 'existing', [3]],
    ]);
    expect(nameReason(comparison.rows[1]!.reasons)).toMatchObject({ field: 'name', level: 'exact' });
  });

  test('finds a customer by name and company when a 姓 / 名 row gave no phone or e-mail', () => {
    // A trade-show badge scan: name, company and city only.
    const b = [ZH_SPLIT_ROWS[0]!, ['杭州西湖茶业有限公司', '王', '志刚', '', '', '杭州']];
    const comparison = compareLists(list('展会签到.csv', ZH_NAME_ROWS), list('展会扫码.csv', b));
    expect(comparison.rows[0]).toMatchObject({ row: 2, status: 'existing', matches: [3] });
    expect(nameReason(comparison.rows[0]!.reasons)).toMatchObject({ column: '姓名', level: 'exact' });
  });

  test('finds a customer by name and company when a First Name / Last Name row gave no phone or e-mail', () => {
    const b = [EN_SPLIT_ROWS[0]!, ['BrightPath Inc', 'Sarah', "O'Connor", '', '']];
    const comparison = compareLists(list('accounts.csv', EN_NAME_ROWS), list('badge-scans.csv', b));
    expect(comparison.rows[0]).toMatchObject({ row: 2, status: 'existing', matches: [2] });
  });

  test('calls a 姓 / 名 row only maybe in A, saying the names differ, when it shares a phone with another person', () => {
    // 陈晓东 left his manager's mobile: the number agrees, the person does not.
    const b = [ZH_SPLIT_ROWS[0]!, ['杭州西湖茶业有限公司', '陈', '晓东', '13800138000', '', '杭州']];
    const comparison = compareLists(list('展会签到.csv', ZH_NAME_ROWS), list('crm导出.csv', b));
    expect(comparison.rows[0]).toMatchObject({ row: 2, status: 'possible', matches: [3] });
    expect(nameReason(comparison.rows[0]!.reasons)).toMatchObject({ column: '姓名', level: 'different' });
    expect(nameReason(comparison.rows[0]!.reasons)!.message).toContain('陈晓东 ≠ 王志刚');
  });

  test('keeps apart a Name row and a First Name / Last Name row of two people when they share a company phone', () => {
    // The front desk's number on both rows: the names say they are two people.
    const a = [EN_NAME_ROWS[0]!, ['BrightPath Inc', "Sarah O'Connor", '', '(415) 555-0100']];
    const b = [EN_SPLIT_ROWS[0]!, ['BrightPath Inc', 'Tom', 'Reyes', '', '(415) 555-0100']];
    const comparison = compareLists(list('a.csv', a), list('b.csv', b));
    expect(comparison.rows.map((r) => r.status)).not.toContain('existing');
  });
});

describe('combined-duplicates', () => {
  test('compares a whole name with First Name and Last Name without changing the combined sheet when lists lay names out differently', () => {
    const combined = combineLists([list('accounts.csv', EN_NAME_ROWS), list('crm-export.csv', EN_SPLIT_ROWS)]);
    const before = combined.snapshot.values.map((row) => [...row]);
    const result = findCombinedDuplicates(combined);
    const sarah = result.clusters.find((c) => c.rows.includes(2));
    expect(sarah?.rows).toEqual([2, 5]);
    expect(nameReason(sarah!.reasons)).toMatchObject({ level: 'exact' });
    // The combined sheet keeps each list's values in its own columns.
    expect(combined.snapshot.values).toEqual(before);
    expect(combined.snapshot.values[4]!.slice(0, 3)).toEqual([null, "O'Connor", 'Sarah']);
  });

  test('keeps apart 姓 / 名 rows a list marked as different customers when another list has the name whole', () => {
    // Two colleagues called 王伟 behind one switchboard, marked not the same in the CRM export.
    const rows = [
      ['客户名称', '姓', '名', '电话', '邮箱'],
      ['杭州西湖茶业有限公司', '王', '伟', '0571-88886666', 'wangwei@xihutea.com'],
      ['杭州西湖茶业有限公司', '王', '伟', '0571-88886666', 'wang.wei@xihutea.com'],
    ];
    const own = snapshotOf('crm导出', rows);
    const keys = rowMarkKeys(own, resolveContext(own).mapping, DEFAULT_TEMPLATE);
    const marked = { ...own, meta: { [NOT_SAME_META]: addNotSame(undefined, [keys[2]!, keys[3]!]) } };
    const whole = list('展会签到.csv', [
      ['客户名称', '姓名', '手机', '邮箱'],
      ['杭州西湖茶业有限公司', '王伟', '0571-88886666', 'wangwei@xihutea.com'],
    ]);
    const combined = combineLists([{ name: 'crm导出.xlsx', snapshot: marked }, whole]);
    expect(findCombinedDuplicates(combined).clusters.map((c) => c.rows)).toEqual([[2, 4]]);
    // Unmarked, the three rows are one customer.
    const unmarked = combineLists([{ name: 'crm导出.xlsx', snapshot: own }, whole]);
    expect(findCombinedDuplicates(unmarked).clusters.map((c) => c.rows)).toEqual([[2, 3, 4]]);
  });

  test('groups exactly on Name a whole name and the same name in parts when Name is the key column', () => {
    const combined = combineLists([list('accounts.csv', EN_NAME_ROWS), list('crm-export.csv', EN_SPLIT_ROWS)]);
    const result = findCombinedDuplicates(combined, { exact: true, columns: ['Name'] });
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 5]]);
  });

  test('leaves First Name and Last Name as they are when they are the key columns', () => {
    const again = [EN_SPLIT_ROWS[0]!, ['BrightPath Inc.', 'Sarah', "O'Connor", '', '']];
    const combined = combineLists([
      list('crm-export.csv', EN_SPLIT_ROWS),
      list('accounts.csv', EN_NAME_ROWS),
      list('badge-scans.csv', again),
    ]);
    const result = findCombinedDuplicates(combined, { exact: true, columns: ['First Name', 'Last Name'] });
    // The two rows that split the name, not the Name list's row.
    expect(result.clusters.map((c) => c.rows)).toEqual([[2, 9]]);
  });
});
