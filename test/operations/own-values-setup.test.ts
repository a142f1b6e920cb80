import { planSetup } from '../../shared/operations/setup';
import { isListValidation, type ListValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { OwnRule } from '../../shared/sheet/own-rules';
import { fxiaokeCustomers, hubspotContacts } from '../check/crm-export-fixtures';
import { sheet, TODAY } from './fixtures';

const listsBy = (values: CellValue[][], extra = {}) => {
  const { plan } = planSetup(sheet(values, extra), { now: TODAY });
  return new Map(plan.validations.filter(isListValidation).map((v): [number, ListValidation] => [v.col, v]));
};

describe('set up over a choice column with a list of its own', () => {
  test('HubSpot’s Original Source gets a dropdown of the export’s own values, not refusing others', () => {
    const values = hubspotContacts();
    const lists = listsBy(values);
    const source = lists.get(values[0]!.indexOf('Original Source') + 1);
    expect(source?.source.values).toEqual([
      'Offline Sources',
      'Direct Traffic',
      'Organic Search',
      'Email Marketing',
      'Referrals',
      'Paid Social',
      'Organic Social',
    ]);
    // The values a sample holds are the ones in use, not necessarily every one the team allows.
    expect(source?.strict).toBe(false);
    // Lifecycle Stage holds HubSpot's stages, each an option of the template: the template's dropdown.
    const stage = lists.get(values[0]!.indexOf('Lifecycle Stage') + 1);
    expect(stage?.source.values).toEqual([
      'Subscriber',
      'Lead',
      'Marketing Qualified Lead',
      'Sales Qualified Lead',
      'Opportunity',
      'Customer',
      'Evangelist',
      'Loyal',
      'At Risk',
      'Other',
    ]);
    expect(stage?.strict).toBe(true);
  });

  test('a 纷享销客 export’s 客户级别 and 跟进状态 get dropdowns of their own values', () => {
    const lists = listsBy(fxiaokeCustomers());
    expect(lists.get(2)?.source.values).toEqual(['重要客户', '普通客户', '一般客户']);
    expect(lists.get(3)?.source.values).toEqual(['跟进中', '未跟进', '已成交', '暂缓']);
    expect(lists.get(4)?.source.values).toContain('转介绍来源');
  });

  test('the team’s own dropdown over such a column stays: set up writes none over it', () => {
    const teamList: OwnRule = {
      col: 2,
      firstRow: 2,
      lastRow: 1000,
      type: 'list',
      formulas: [],
      values: ['重要客户', '普通客户', '一般客户', '战略客户'],
      allowBlank: true,
      alert: 'stop',
    };
    const { plan } = planSetup(sheet(fxiaokeCustomers(), { rules: [teamList] }), { now: TODAY });
    expect(plan.validations.filter((v) => v.col === 2)).toEqual([]);
    expect(plan.validations.filter(isListValidation).map((v) => v.col)).toContain(3);
  });

  test('a column of many different values of its own is no list: no dropdown over it', () => {
    const values: CellValue[][] = [['Name', 'Phone', 'Source']];
    for (let i = 0; i < 40; i++) values.push([`Customer ${i}`, `+1 415 555 ${String(1000 + i)}`, `Met at stand ${i}`]);
    values.push(['Customer 40', '+1 415 555 1040', 'Met at stand 3']);
    const lists = listsBy(values);
    expect(lists.has(3)).toBe(false);
  });
});
