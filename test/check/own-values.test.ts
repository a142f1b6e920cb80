import { checkSheet } from '../../shared/check/check-sheet';
import { issueSchema } from '../../shared/check/issue';
import { planSetup } from '../../shared/operations/setup';
import { isListValidation } from '../../shared/plan/plan';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

/** 企业微信「客户联系」导出: 客户类型 says which kind of WeChat account added the team, not which kind of customer. */
function wecomExport(): CellValue[][] {
  return [
    ['客户名称', '客户类型', '添加人', '添加时间', '标签', '手机号', '描述'],
    ['Lily🌸', '微信用户', '苏晴', '2024-04-01 10:12', '高意向', '13812340000', '展会加的'],
    ['阿强', '微信用户', '苏晴', '2024-04-03 15:40', '价格敏感', '', ''],
    ['王总', '企业微信用户', '魏东', '2024-04-08 09:05', '决策人', '13905741234', '模具采购'],
    ['Kevin Zhang', '微信用户', '魏东', '2024-04-15 18:22', '', '15850001234', ''],
    ['刘晓明', '企业微信用户', '魏东', '2024-05-02 11:11', '高意向', '13588889999', ''],
  ];
}

/** An agent's buyer leads: Status is a lead rating. */
function realEstateLeads(): CellValue[][] {
  return [
    ['Lead Name', 'Mobile', 'Email', 'Source', 'Status', 'Agent'],
    ['Michael Brown', '0401 111 222', 'mbrown@example.com', 'realestate.com.au', 'Hot', 'Kate Lee'],
    ['Jessica Wang', '0402 222 333', 'jess.wang@example.com', 'Open home', 'Warm', 'Kate Lee'],
    ['Ahmed Hassan', '0403 333 444', '', 'Referral', 'Cold', 'Ben Ford'],
    ['Emily Clarke', '0404 444 555', 'emily.c@example.com', 'Domain', 'Hot', 'Ben Ford'],
  ];
}

describe('a choice column with values of its own', () => {
  test('a WeCom export’s 客户类型 gets one notice on its header, not an error on every row (zh-CN)', () => {
    const result = checkSheet(sheet(wecomExport()), { now: TODAY });
    const typeIssues = result.issues.filter((i) => i.column === '客户类型');
    expect(typeIssues).toHaveLength(1);
    const notice = typeIssues[0]!;
    expect(issueSchema.parse(notice)).toEqual(notice);
    expect(notice).toMatchObject({
      row: 1,
      code: 'choice.ownValues',
      severity: 'warning',
      value: '微信用户、企业微信用户',
    });
    expect(notice.message).toContain('“客户类型”里的值（微信用户、企业微信用户）都不在它的选项');
    expect(notice.message).toContain('按原样保留');
    expect(result.issues.some((i) => i.code === 'choice.notInList')).toBe(false);
  });

  test('a lead list’s Status of Hot / Warm / Cold is reported once, in English', () => {
    const result = checkSheet(sheet(realEstateLeads()), { now: TODAY });
    const status = result.issues.filter((i) => i.column === 'Status');
    expect(status.map((i) => `${i.row}:${i.code}`)).toEqual(['1:choice.ownValues']);
    expect(status[0]!.message).toMatch(
      /^None of the values in Status \(Hot, Warm, Cold\) is one of its options \(Active\//,
    );
    expect(status[0]!.message).toContain('kept as typed');
  });

  test('a column whose values are mostly options still reports each stray value on its row', () => {
    const values: CellValue[][] = [
      ['客户名称', '客户类型', '手机'],
      ['成都天府软件园服务有限公司', '老客户', '13981812345'],
      ['重庆渝新汽配有限公司', '潜在客户', '15923001188'],
      ['南昌弘光文化有限公司', '微信用户', '13879105566'],
    ];
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.issues.filter((i) => i.column === '客户类型').map((i) => `${i.row}:${i.code}`)).toEqual([
      '4:choice.notInList',
    ]);
  });

  test('two stray values say too little about the column: each stays an error on its row', () => {
    const values: CellValue[][] = [
      ['客户名称', '客户类型'],
      ['成都天府软件园服务有限公司', '大客户'],
      ['重庆渝新汽配有限公司', '小客户'],
    ];
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result.issues.filter((i) => i.column === '客户类型').map((i) => `${i.row}:${i.code}`)).toEqual([
      '2:choice.notInList',
      '3:choice.notInList',
    ]);
  });

  test('set up keeps the column as typed, with a dropdown of its own values; the other choice columns get the template’s', () => {
    const values: CellValue[][] = [
      ['客户名称', '客户类型', '客户等级', '手机号'],
      ['Lily', '微信用户', 'A', '13812340000'],
      ['阿强', '微信用户', 'B', '13905741234'],
      ['王总', '企业微信用户', 'A', '15850001234'],
    ];
    const { plan } = planSetup(sheet(values), { now: TODAY });
    const lists = new Map(plan.validations.filter(isListValidation).map((v) => [v.col, v]));
    expect(lists.get(2)).toMatchObject({ source: { values: ['微信用户', '企业微信用户'] }, strict: false });
    expect(lists.get(3)).toMatchObject({ source: { values: ['VIP', 'A', 'B', 'C'] }, strict: true });
    expect(plan.edits.filter((e) => e.row > 1 && e.col === 2)).toEqual([]);
  });
});
