/**
 * A CRM's own lead statuses and deal stages, and the paid channels a Chinese list names by platform:
 * kept as typed without an error where no option means the same (HubSpot's Connected, 钉钉's 输单,
 * 百度推广), read as the option where one does (赢单 is 成交, a won deal's customer).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { isListValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from '../operations/apply';
import { sheet, TODAY } from '../operations/fixtures';

// A HubSpot contacts export: every default Lead Status, In Progress (twice) being the template's own option.
// prettier-ignore
const HUBSPOT: CellValue[][] = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Company Name', 'Lifecycle Stage', 'Lead Status', 'Original Source'],
  ['51201', 'Robert', 'Chen', 'robert.chen@acmecorp.com', 'Acme Corp', 'Customer', 'Connected', 'Offline Sources'],
  ['51202', 'Jennifer', 'Walsh', 'jwalsh@brightline.io', 'Brightline Logistics', 'Sales Qualified Lead', 'Open Deal', 'Direct Traffic'],
  ['80411', 'Michael', 'Turner', 'michael.turner@harborfreight.com', 'Harbor Freight Partners', 'Opportunity', 'In Progress', 'Paid Social'],
  ['51205', 'John', 'Smith', 'jsmith@northwindtraders.com', 'Northwind Traders', 'Lead', 'Unqualified', 'Referrals'],
  ['51209', 'James', 'Whitaker', 'jwhitaker.jr@gmail.com', '', 'Lead', 'New', 'Organic Search'],
  ['51212', 'Priya', 'Nair', 'priya@lumendental.com', 'Lumen Dental', 'Lead', 'Open', 'Organic Search'],
  ['51213', 'Tom', 'Becker', 'tbecker@verdantlabs.com', 'Verdant Labs', 'Marketing Qualified Lead', 'Attempted to Contact', 'Email Marketing'],
  ['51214', 'Ana', 'Lopez', 'ana.lopez@olsenplumbing.com', 'Olsen Plumbing', 'Lead', 'Bad Timing', 'Offline Sources'],
  ['51215', 'Greg', 'Olsen', 'greg@olsenplumbing.com', 'Olsen Plumbing', 'Customer', '', 'Offline Sources'],
  ['51216', 'Kate', "O'Neil", 'koneil@verdantlabs.com', 'Verdant Labs', 'Evangelist', '', 'Referrals'],
  ['51217', 'Sam', 'Ortiz', 'sam.ortiz@copperleaf.com', 'Copperleaf', 'Opportunity', 'In Progress', 'Paid Search'],
];
const LEAD_STATUS = 7;
const HUBSPOT_STATUSES = [
  'Connected',
  'Open Deal',
  'In Progress',
  'Unqualified',
  'New',
  'Open',
  'Attempted to Contact',
  'Bad Timing',
];

// A 钉钉 CRM 商机 list: 客户阶段 mostly the template's stages, with 钉钉's 赢单 and 输单; 客户来源 with
// the paid channels named by platform beside the template's sources.
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '联系人', '手机号', '客户阶段', '客户来源', '客户标签', '负责人'],
  ['杭州森源建材有限公司', '王建国', '13812345678', '赢单', '百度推广', '重点客户', '何静'],
  ['上海华通物流有限公司', '陈明', '13917778888', '商机', '展会', '高意向', '李娜'],
  ['南京鼎盛贸易有限公司', '王伟', '13951234567', '线索', '官网', '', '王磊'],
  ['苏州明德电子科技有限公司', '周杰', '18962345678', '成交', '360推广', '重点客户,决策人', '何静'],
  ['宁波天一文具店', '张阿姨', '13566667777', '输单', '抖音广告', '', '李娜'],
  ['无锡天成机械制造有限公司', '钱进', '13706171234', '销售认可线索', '转介绍', '', '何静'],
  ['绍兴宏远纺织品有限公司', '何总', '15857512345', '赢单', '百度推广', '大客户', '李娜'],
  ['温州瑞安小李服装店', '李小红', '13587771234', '线索', '微信', '', '何静'],
  ['常州金坛华盛电器有限公司', '刘强', '13915001234', '商机', '展会', '', '王磊'],
  ['嘉兴南湖新材料有限公司', '赵敏', '13857301234', '成交', '官网', '', '李娜'],
];
const STAGE = 4;
const SOURCE = 5;
const TAGS = 6;

const issuesIn = (values: CellValue[][], column: string, messageLocale?: 'zh-CN' | 'en-US') =>
  checkSheet(sheet(values, { textOnly: true }), {
    now: TODAY,
    ...(messageLocale ? { messageLocale } : {}),
  }).issues.filter((i) => i.column === column);

/** What `custodian clean` writes: set up first, then clean the sheet as set up left it. */
function cleaned(values: CellValue[][]) {
  const snapshot = sheet(values, { textOnly: true });
  const setUp = after(snapshot, planSetup(snapshot, { now: TODAY }).plan);
  const { plan, summary } = planClean(setUp, { now: TODAY });
  return { values: after(setUp, plan).values, summary };
}

const column = (values: readonly (readonly CellValue[])[], col: number) => values.slice(1).map((row) => row[col - 1]);

describe('HubSpot’s lead statuses (en-US list)', () => {
  // The template's status is where a customer stands in the team's follow-up (跟进状态, In Progress):
  // a lead's status is that, in HubSpot's words, and no pipeline stage (Lifecycle Stage is that one).
  test('Lead Status is the status field, Lifecycle Stage the stage', () => {
    const { mapping } = checkSheet(sheet(HUBSPOT, { textOnly: true }), { now: TODAY });
    expect(mapping.columns.find((c) => c.header === 'Lead Status')?.field).toBe('status');
    expect(mapping.columns.find((c) => c.header === 'Lifecycle Stage')?.field).toBe('lifecycleStage');
  });

  test('each default Lead Status is read without an error on its row', () => {
    expect(issuesIn(HUBSPOT, 'Lead Status')).toEqual([]);
  });

  test('clean keeps every lead status as HubSpot wrote it, with nothing left unfixable', () => {
    const { values, summary } = cleaned(HUBSPOT);
    expect(column(values, LEAD_STATUS)).toEqual([...HUBSPOT_STATUSES, '', '', 'In Progress']);
    expect(summary.unfixable).toBe(0);
  });

  test('set up offers the lead statuses the column holds in its dropdown beside the template’s statuses', () => {
    const { plan } = planSetup(sheet(HUBSPOT, { textOnly: true }), { now: TODAY });
    const values = plan.validations.filter(isListValidation).find((v) => v.col === LEAD_STATUS)?.source.values ?? [];
    expect(values.slice(0, 4)).toEqual(['Active', 'In Progress', 'Dormant', 'Closed']);
    expect(values).toEqual(
      expect.arrayContaining(['Connected', 'Open Deal', 'Unqualified', 'New', 'Open', 'Bad Timing']),
    );
    expect(new Set(values).size).toBe(values.length);
  });

  test('a status no CRM ships is still reported, in either language', () => {
    const values = HUBSPOT.map((row) => [...row]);
    values[2]![LEAD_STATUS - 1] = 'Call back Tuesday';
    expect(issuesIn(values, 'Lead Status', 'en-US').map((i) => `${i.row}:${i.code}`)).toEqual(['3:choice.notInList']);
    expect(issuesIn(values, 'Lead Status', 'en-US')[0]!.message).toContain(
      '"Call back Tuesday" is not one of the options',
    );
    expect(issuesIn(values, 'Lead Status', 'zh-CN')[0]!.message).toContain('Call back Tuesday');
  });
});

describe('钉钉 and 飞书 stages and the paid channels (zh-CN list)', () => {
  test('赢单 is 成交: a warning naming the option in either language, no error', () => {
    const zh = issuesIn(DINGTALK, '客户阶段', 'zh-CN');
    expect(zh.map((i) => `${i.row}:${String(i.value)}→${String(i.suggestion)}:${i.severity}`)).toEqual([
      '2:赢单→成交:warning',
      '8:赢单→成交:warning',
    ]);
    expect(zh[0]!.message).toContain('“赢单”即“成交”');
    const en = issuesIn(DINGTALK, '客户阶段', 'en-US');
    expect(en[0]!.message).toBe('"赢单" means "成交": cleaning writes the standard option.');
  });

  test('输单 (a lost deal) is no stage of the template’s, nor a churned customer: kept as typed, no error', () => {
    expect(issuesIn(DINGTALK, '客户阶段').filter((i) => i.value === '输单')).toEqual([]);
  });

  test('百度推广, 360推广 and 抖音广告 are left as typed with no error: the platform is what the cell says', () => {
    // 转介绍 is the option 转介绍来源 written short: the one value clean rewrites.
    expect(issuesIn(DINGTALK, '客户来源').map((i) => `${i.row}:${String(i.value)}:${i.code}`)).toEqual([
      '7:转介绍:choice.nonCanonical',
    ]);
  });

  test('clean writes 成交 for 赢单, keeps 输单 and the paid channels as typed, and keeps 重点客户 a key account', () => {
    const { values, summary } = cleaned(DINGTALK);
    expect(column(values, STAGE)).toEqual([
      '成交',
      '商机',
      '线索',
      '成交',
      '输单',
      '销售认可线索',
      '成交',
      '线索',
      '商机',
      '成交',
    ]);
    expect(column(values, SOURCE)).toEqual([
      '百度推广',
      '展会',
      '官网',
      '360推广',
      '抖音广告',
      '转介绍来源',
      '百度推广',
      '微信',
      '展会',
      '官网',
    ]);
    // 重点客户 and 大客户 are both a key account: one tag.
    expect(column(values, TAGS).slice(0, 4)).toEqual(['大客户', '高意向', '', '大客户, 决策人']);
    expect(summary.unfixable).toBe(0);
  });

  test('Google Ads in an English list’s Lead Source is kept as typed without an error', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Company', 'Email', 'Lead Source'],
      ['Acme Corp', 'ops@acmecorp.com', 'Google Ads'],
      ['Brightline', 'hello@brightline.io', 'Website'],
      ['Northwind', 'buy@northwind.com', 'Trade Show'],
      ['Lumen Dental', 'info@lumendental.com', 'Website'],
      ['Verdant Labs', 'lab@verdantlabs.com', 'Cold Call'],
    ];
    expect(issuesIn(values, 'Lead Source')).toEqual([]);
    expect(column(cleaned(values).values, 3)).toEqual(['Google Ads', 'Website', 'Trade Show', 'Website', 'Cold Call']);
  });
});
