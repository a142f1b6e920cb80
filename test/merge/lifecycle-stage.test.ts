/**
 * A lifecycle stage never goes backwards in a merge: the most advanced stage of the group is kept, as
 * HubSpot keeps it, unless the user picked a rule. A rep's tier and owner that the survivor's replace
 * are noted, so a setting is not lost from view.
 */
import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('merging lifecycle stages, tiers and owners', () => {
  const english = () =>
    sheet('Contacts', [
      ['First Name', 'Last Name', 'Email', 'Lifecycle Stage', 'Owner', 'Notes'],
      ['Robert', 'Smith', 'rsmith@acme.com', 'Customer', 'Ann Park', ''],
      ['Bob', 'Smith', 'rsmith@acme.com', 'Opportunity', 'Ann Park', 'Met at Dreamforce'],
      ['Robert', 'Smith', 'rsmith@acme.com', 'At Risk', 'Tom Lee', ''],
    ]);

  test('keeps Customer over the survivor’s Opportunity', () => {
    const snapshot = english();
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US', { masters: { 0: 3 } }));
    expect(rowAt(2)['Lifecycle Stage']).toBe('Customer');
    expect(rowAt(2)['Notes']).toBe('Met at Dreamforce');
  });

  test('leaves a stage off the progression (At Risk) to the survivor, and notes the other owner', () => {
    const snapshot = english();
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [3, 4] }], optionsFor(snapshot, 'en-US', { masters: { 0: 4 } }));
    expect(rowAt(3)['Lifecycle Stage']).toBe('At Risk');
    expect(rowAt(3)['Owner']).toBe('Tom Lee');
    expect(rowAt(3)['Notes']).toBe('Met at Dreamforce; Other owner: Ann Park');
  });

  test('follows the rule the user picked for the stage', () => {
    const snapshot = english();
    const options = optionsFor(snapshot, 'en-US', { masters: { 0: 3 }, rules: { lifecycleStage: 'master' } });
    const { rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], options);
    expect(rowAt(2)['Lifecycle Stage']).toBe('Opportunity');
  });

  test('keeps 成交 over 商机 and notes the other 客户等级 and 负责人', () => {
    const snapshot = sheet('客户台账', [
      ['客户名称', '联系人', '客户等级', '负责人', '客户阶段', '备注'],
      ['厦门鹭岛贸易有限公司', '蔡文', 'A', '王磊', '成交', '老客户'],
      ['厦门鹭岛贸易有限公司', '蔡文', 'B', '李娜', '商机', '展会'],
      ['厦门鹭岛贸易有限公司', '蔡文', 'B级', '李娜', '线索', ''],
    ]);
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 3 } }),
    );
    expect(rowAt(2)['客户等级']).toBe('B');
    expect(rowAt(2)['负责人']).toBe('李娜');
    expect(rowAt(2)['客户阶段']).toBe('成交');
    expect(rowAt(2)['备注']).toBe('展会; 老客户; 其他客户等级：A; 其他负责人：王磊');
  });
});
