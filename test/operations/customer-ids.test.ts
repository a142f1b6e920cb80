import { planCustomerIds } from '../../shared/operations/customer-ids';
import { defaultTemplate } from '../../shared/template/default-template';
import { sheet } from './fixtures';

describe('planCustomerIds', () => {
  test('continues after the highest existing number', () => {
    const plan = planCustomerIds(
      sheet([
        ['客户编号', '姓名'],
        ['C000007', '甲'],
        [null, '乙'],
        ['c000012 ', '丙'],
        ['', '丁'],
      ]),
    );
    expect(plan.edits.map((e) => [e.row, e.after])).toEqual([
      [3, 'C000013'],
      [5, 'C000014'],
    ]);
  });

  test('never reuses a number assigned before, even if that row was deleted', () => {
    const plan = planCustomerIds(
      sheet(
        [
          ['客户编号', '姓名'],
          ['C000002', '甲'],
          [null, '乙'],
        ],
        { meta: { 'customerId.last.C': '40' } },
      ),
    );
    expect(plan.edits.map((e) => e.after)).toEqual(['C000041']);
    expect(plan.meta['customerId.last.C']).toBe('41');
  });

  test("uses the template's prefix and width, ignoring IDs of another scheme", () => {
    const template = { ...defaultTemplate(), idPrefix: 'KH-', idDigits: 4 };
    const plan = planCustomerIds(
      sheet([
        ['Customer ID', 'Name'],
        ['KH-0009', 'A'],
        ['LEGACY-99', 'B'],
        [null, 'C'],
      ]),
      { template },
    );
    expect(plan.edits.map((e) => e.after)).toEqual(['KH-0010']);
  });

  test('skips blank rows and sheets without an ID column', () => {
    expect(
      planCustomerIds(
        sheet([
          ['客户编号', '姓名'],
          [null, null],
          [null, '乙'],
        ]),
      ).edits.map((e) => e.row),
    ).toEqual([3]);
    expect(planCustomerIds(sheet([['姓名'], ['乙']])).edits).toEqual([]);
  });
});
