/**
 * Clean never turns one CRM value into another that means something else: HubSpot's lifecycle stages
 * and Salesforce's lead sources stay themselves (an export back to the CRM finds them as they were),
 * and a Chinese list keeps its 抖音, 小红书, 有效 and 重要客户.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from './fixtures';

function cleaned(values: CellValue[][], header: string) {
  const col = values[0]!.indexOf(header) + 1;
  const { plan } = planClean(sheet(values), { now: TODAY });
  const edits = plan.edits.filter((e) => e.row > 1 && e.col === col);
  const errors = checkSheet(sheet(values), { now: TODAY }).issues.filter(
    (i) => i.column === header && i.severity === 'error',
  );
  return { edits: edits.map((e) => `${String(e.before)}→${String(e.after)}`), errors };
}

describe('clean keeps what a CRM’s value means', () => {
  test('HubSpot contacts: every lifecycle stage stays as HubSpot wrote it, none is an error', () => {
    // hubspot_contacts.csv: its stages as the export writes them.
    const stages = [
      'Subscriber',
      'Lead',
      'Marketing Qualified Lead',
      'Sales Qualified Lead',
      'Opportunity',
      'Customer',
      'Evangelist',
      'Other',
    ];
    const values: CellValue[][] = [
      ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Lifecycle Stage'],
      ...stages.map((stage, i) => [
        String(8205900 + i),
        ['Elena', 'Oliver', 'Lauren', 'John', 'Mia', 'Noah', 'Ava', 'Liam'][i]!,
        ['Nelson', 'Harrison', 'Reed', 'Myers', 'Clarke', 'Ward', 'Hill', 'Cole'][i]!,
        `c${i}@redwood.com`,
        `(404) 216-66${10 + i}`,
        stage,
      ]),
    ];
    expect(cleaned(values, 'Lifecycle Stage')).toEqual({ edits: [], errors: [] });
  });

  test('a Salesforce report: Partner Referral, Phone Inquiry and Purchased List stay; Web is the Website', () => {
    const sources = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other', 'Trade Show'];
    const values: CellValue[][] = [
      ['Contact Owner', 'First Name', 'Last Name', 'Account Name', 'Phone', 'Email', 'Lead Source'],
      ...sources.map((source, i) => [
        'Marcus Lee',
        ['Claire', 'Dana', 'Evan', 'Fay', 'Gus', 'Hana'][i]!,
        'Campbell',
        'Keystone Dental Corp.',
        `(312) 490-68${10 + i}`,
        `c${i}@keystone.com`,
        source,
      ]),
    ];
    expect(cleaned(values, 'Lead Source')).toEqual({ edits: ['Web→Website', 'Other→Other Source'], errors: [] });
  });

  test('a Chinese list: 抖音, 小红书, 微信 and 视频号 stay apart, 朋友介绍 is the referral it says', () => {
    const sources = ['抖音', '小红书', '微信', '视频号', '朋友介绍', '门店'];
    const values: CellValue[][] = [
      ['客户姓名', '手机', '来源'],
      ...sources.map((source, i) => [['夏萍国', '王芳', '李娜', '张伟', '刘洋', '陈静'][i]!, `1380013800${i}`, source]),
    ];
    expect(cleaned(values, '来源')).toEqual({ edits: ['朋友介绍→转介绍来源'], errors: [] });
  });

  test('a Chinese list: 有效 is no 活跃 and 重要客户 no VIP; they stay as typed', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '客户状态', '客户级别'],
      ['合肥金桥数字电子商务有限公司', '13800138000', '有效', 'VIP客户'],
      ['杭州云帆科技有限公司', '13957112345', '活跃', '重要客户'],
      ['苏州恒达精密机械有限公司', '13862201234', '休眠', 'VIP'],
      ['宁波海曙贸易有限公司', '13805741122', '活跃', 'A类'],
      ['无锡华清环保设备有限公司', '13921509900', '跟进', 'B类'],
    ];
    expect(cleaned(values, '客户状态').edits).toEqual(['跟进→跟进中']);
    expect(cleaned(values, '客户级别').edits).toEqual(['VIP客户→VIP', 'A类→A', 'B类→B']);
    // The one value of its own among the options is named on its row, as typed.
    expect(cleaned(values, '客户状态').errors.map((i) => `${i.row}:${String(i.value)}`)).toEqual(['2:有效']);
    expect(cleaned(values, '客户级别').errors.map((i) => `${i.row}:${String(i.value)}`)).toEqual(['3:重要客户']);
  });
});
