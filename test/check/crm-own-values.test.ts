import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { fxiaokeCustomers, hubspotContacts, salesforceAccounts, salesforceLeads } from './crm-export-fixtures';

const issuesIn = (values: CellValue[][], column: string) =>
  checkSheet(sheet(values), { now: TODAY }).issues.filter((i) => i.column === column);
const codes = (values: CellValue[][], column: string) => issuesIn(values, column).map((i) => `${i.row}:${i.code}`);

describe('CRM exports: standard picklist values', () => {
  test('HubSpot’s MQL, SQL and Evangelist are the options they mean; Subscriber has none and stays an error', () => {
    const stage = issuesIn(hubspotContacts(), 'Lifecycle Stage');
    expect(stage.filter((i) => i.severity === 'error').map((i) => `${i.row}:${String(i.value)}`)).toEqual([
      '7:Subscriber',
      '13:Subscriber',
    ]);
    const mql = stage.find((i) => i.row === 4)!;
    expect(mql).toMatchObject({ code: 'choice.nonCanonical', suggestion: 'Opportunity' });
    expect(stage.find((i) => i.row === 9)).toMatchObject({ code: 'choice.nonCanonical', suggestion: 'Loyal' });
  });

  test('HubSpot’s Original Source is the export’s own list: one notice, no error on each row (en-US)', () => {
    const source = issuesIn(hubspotContacts(), 'Original Source');
    expect(source.map((i) => `${i.row}:${i.code}`)).toEqual(['1:choice.ownValues']);
    expect(source[0]!.message).toMatch(
      /^Half or more of the values in Original Source \(Offline Sources, Direct Traffic, Organic Search, Email Marketing, Referrals, …\) are not its options \(Website\//,
    );
    expect(source[0]!.message).toContain('kept as typed');
  });

  test('clean leaves HubSpot’s Original Source as typed (Referrals is a linking website there, not a person’s referral)', () => {
    const values = hubspotContacts();
    const { plan } = planClean(sheet(values), { now: TODAY });
    const sourceCol = values[0]!.indexOf('Original Source') + 1;
    const stageCol = values[0]!.indexOf('Lifecycle Stage') + 1;
    expect(plan.edits.filter((e) => e.col === sourceCol)).toEqual([]);
    expect(plan.edits.filter((e) => e.col === stageCol).map((e) => `${String(e.before)}→${String(e.after)}`)).toEqual([
      'Marketing Qualified Lead→Opportunity',
      'Sales Qualified Lead→Opportunity',
      'Evangelist→Loyal',
      'Marketing Qualified Lead→Opportunity',
    ]);
  });

  test('a Salesforce leads report’s Lead Source is its own list: one notice and no error anywhere', () => {
    const result = checkSheet(sheet(salesforceLeads()), { now: TODAY });
    expect(result.issues.filter((i) => i.column === 'Lead Source').map((i) => `${i.row}:${i.code}`)).toEqual([
      '1:choice.ownValues',
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a Salesforce accounts report’s Type is its own list; its Industry values are the template’s', () => {
    expect(codes(salesforceAccounts(), 'Type')).toEqual(['1:choice.ownValues']);
    const industry = issuesIn(salesforceAccounts(), 'Industry');
    expect(industry.filter((i) => i.severity === 'error')).toEqual([]);
    expect(industry.find((i) => i.row === 5)).toMatchObject({ code: 'choice.nonCanonical', suggestion: 'Finance' });
  });

  test('a 纷享销客 export’s 客户级别 and 跟进状态 are its own lists: one notice each, in Chinese', () => {
    const values = fxiaokeCustomers();
    const result = checkSheet(sheet(values), { now: TODAY });
    for (const column of ['客户级别', '跟进状态']) {
      const issues = result.issues.filter((i) => i.column === column);
      expect(issues.map((i) => `${i.row}:${i.code}`)).toEqual(['1:choice.ownValues']);
      expect(issues[0]!.message).toContain(`“${column}”里的值`);
      expect(issues[0]!.message).toContain('至少一半不在它的选项');
      expect(issues[0]!.message).toContain('按原样保留');
    }
    expect(result.issues.find((i) => i.column === '客户级别')!.value).toBe('重要客户、普通客户、一般客户');
    expect(result.issues.some((i) => i.code === 'choice.notInList')).toBe(false);
  });

  test('clean keeps a 纷享销客 list as typed: 重要客户 is not rewritten as VIP beside 普通客户', () => {
    const values = fxiaokeCustomers();
    const { plan, summary } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 2 || e.col === 3)).toEqual([]);
    expect(summary.unfixable).toBe(0);
  });

  test('values of its own that do not recur say too little: each stays an error on its row', () => {
    const values: CellValue[][] = [
      ['客户名称', '客户类型'],
      ['成都天府软件园服务有限公司', '老客户'],
      ['重庆渝新汽配有限公司', '潜在客户'],
      ['南昌弘光文化有限公司', '大客户'],
      ['贵阳筑城建材有限公司', '小客户'],
      ['昆明滇池旅游有限公司', '散客'],
    ];
    expect(codes(values, '客户类型')).toEqual(['4:choice.notInList', '5:choice.notInList', '6:choice.notInList']);
  });
});
