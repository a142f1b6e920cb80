import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';
import { fxiaokeCustomers, hubspotContacts, salesforceAccounts, salesforceLeads } from './crm-export-fixtures';

const issuesIn = (values: CellValue[][], column: string) =>
  checkSheet(sheet(values), { now: TODAY }).issues.filter((i) => i.column === column);
const codes = (values: CellValue[][], column: string) => issuesIn(values, column).map((i) => `${i.row}:${i.code}`);

describe('CRM exports: standard picklist values', () => {
  test('HubSpot’s lifecycle stages are options of their own: no error, nothing to clean', () => {
    const stage = issuesIn(hubspotContacts(), 'Lifecycle Stage');
    expect(stage).toEqual([]);
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
    // Marketing Qualified Lead stays itself: no Opportunity, which HubSpot would import as a later stage.
    expect(plan.edits.filter((e) => e.col === stageCol)).toEqual([]);
  });

  test('a Salesforce leads report’s Lead Sources are the template’s: no error, Web written Website', () => {
    const result = checkSheet(sheet(salesforceLeads()), { now: TODAY });
    const source = result.issues.filter((i) => i.column === 'Lead Source');
    expect(source.map((i) => `${i.row}:${String(i.value)}→${String(i.suggestion)}`)).toEqual([
      '2:Web→Website',
      '8:Web→Website',
      '11:Other→Other Source',
      '12:Web→Website',
    ]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { plan } = planClean(sheet(salesforceLeads()), { now: TODAY });
    const col = salesforceLeads()[0]!.indexOf('Lead Source') + 1;
    expect(plan.edits.filter((e) => e.col === col).map((e) => String(e.after))).not.toContain('Referral Source');
  });

  test('a Salesforce accounts report’s Type is its own list; its Industry values are the template’s', () => {
    expect(codes(salesforceAccounts(), 'Type')).toEqual(['1:choice.ownValues']);
    const industry = issuesIn(salesforceAccounts(), 'Industry');
    expect(industry.filter((i) => i.severity === 'error')).toEqual([]);
    // Banking is no Finance (Salesforce lists both), Transportation no Logistics: each its own option.
    expect(industry.find((i) => i.row === 5)).toBeUndefined();
    expect(industry.find((i) => i.row === 7)).toMatchObject({ code: 'choice.nonCanonical', suggestion: 'Internet/IT' });
  });

  test('a 纷享销客 export’s 客户级别 and 跟进状态 are its own lists: one notice each, in Chinese', () => {
    const values = fxiaokeCustomers();
    const result = checkSheet(sheet(values), { now: TODAY });
    for (const column of ['客户级别', '跟进状态']) {
      const issues = result.issues.filter((i) => i.column === column);
      expect(issues.map((i) => `${i.row}:${i.code}`)).toEqual(['1:choice.ownValues']);
      expect(issues[0]!.message).toContain(`“${column}”里的值`);
      expect(issues[0]!.message).toMatch(/至少一半不在它的选项|都不在它的选项/);
      expect(issues[0]!.message).toContain('按原样保留');
    }
    expect(result.issues.find((i) => i.column === '客户级别')!.value).toBe('重要客户、普通客户、一般客户');
    expect(result.issues.some((i) => i.code === 'choice.notInList' && i.column !== '客户来源')).toBe(false);
  });

  test('clean keeps a 纷享销客 list as typed: 重要客户 is not rewritten as VIP beside 普通客户', () => {
    const values = fxiaokeCustomers();
    const { plan, summary } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 2 || e.col === 3)).toEqual([]);
    // 百度推广 is advertising on one platform, which the cell names: left as typed (rows 6 and 11) with no
    // error, not written 广告投放.
    expect(new Set(plan.edits.filter((e) => e.col === 4).map((e) => `${String(e.before)}→${String(e.after)}`))).toEqual(
      new Set(['转介绍→转介绍来源']),
    );
    expect(summary.unfixable).toBe(0);
    const source = issuesIn(values, '客户来源');
    expect(source.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('an event sign-up form’s How did you hear about us? is the source, its answers the form’s own list', () => {
    // us_event_signups.csv: LinkedIn is an option; A colleague, Email and Twitter are the form's own.
    const answers = ['LinkedIn', 'A colleague', 'Email', 'Twitter', 'A colleague', 'Email', 'Twitter', 'LinkedIn'];
    const values: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'How did you hear about us?'],
      ...answers.map((answer, i) => [`Fiona${i}`, 'Ellis', `fiona${i}@granite.com`, answer]),
    ];
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.mapping.byField.source).toBe(4);
    expect(codes(values, 'How did you hear about us?')).toEqual(['1:choice.ownValues']);
    const { plan } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 4 && e.row > 1)).toEqual([]);
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
