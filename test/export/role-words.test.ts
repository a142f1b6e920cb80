/**
 * Words where a name or a company should be: 客服 in 钉钉's 联系人 (a service line, no person), 个人 in
 * an expo list's 客户名称 (a private visitor), WeCom's 个体 in 企业名称 and remarks marking a personal
 * contact (付超-个人). None of them is a name or a company: the field is left blank and the report says
 * so; 付超-个人 is the person 付超.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// dingtalk_crm_gbk.csv: rows 2, 3 and 52 (客服 as the contact of a logistics company).
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '联系人', '联系人电话', '办公电话', '客户标签', '客户来源', '负责人', '地址'],
  ['合肥福源家具经营部', '苏海思', '15113250732', '0551-26385629', 'B类', '电话开发', '马超', '安徽省合肥市蜀山区新华路663号B座1363'],
  ['深圳福源建材有限公司', '谭敏', '15084210246', '0755-57862225', '', '地推', '何静', '广东省深圳市南山区南京西路184号B座517'],
  ['深圳顺达物流有限公司', '客服', '400-800-8888', '95338', 'B类', '官网', '马超', '广东省深圳市南山区科技园路1号'],
];

// expo_leads.xlsx (登记名单): rows 2, 3 and 56 (个人 | 周先生).
// prettier-ignore
const EXPO: CellValue[][] = [
  ['客户名称', '联系人', '职位', '手机', '座机', '邮箱', '所在省份', '意向产品', '客户来源', '负责销售'],
  ['合肥卓越实业有限公司', '苏海思', '总经理', '13534955409', '0551-63585886', '95497@163.com', '安徽省', '智能门锁', '2024深圳安博会', '马超'],
  ['苏州华东贸易有限公司', '陈总', '工程师', '18880054140', '0512-7421497', '', '江苏省', '扫码枪', '2024深圳安博会', '马超'],
  ['个人', '周先生', '', '13588889999', '', '', '浙江省', '智能门锁', '2024深圳安博会', '林涛'],
];

// wecom_customers.csv: rows 2, 4, 5, 7, 8, 9, 43, 49, 68 and 95 (sheet rows 2–11 here).
// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '备注名', '客户类型', '性别', '添加人', '添加时间', '添加渠道', '标签', '描述', '备注手机号', '企业名称', '所在部门'],
  ['A-阳光', '苏海思-个人', '企业微信用户', '男', '赵敏', '2024-08-19 12:07:20', '名片分享', '', '', '18117057776', '', '销售部'],
  ['Lily', '许敏', '企业微信用户', '男', '林涛', '2023-01-22 15:00:02', '名片分享', '意向客户,重点跟进', '', '18004444825', '', '销售部'],
  ['晴天', '朱敏晓', '企业微信用户', '未知', '赵敏', '2023-01-15 19:47:58', '扫描渠道二维码', '意向客户', '', '15053555536', '宁波恒通贸易有限公司', '销售部'],
  ['kk', '夏俊嘉', '企业微信用户', '女', '何静', '2024-01-06 15:58:54', '名片分享', '意向客户,重点跟进', '展会认识', '19927692520', '', '销售部'],
  ['kk', '石芳', '企业微信用户', '未知', '林涛', '2023-06-10 09:18:47', '群聊', '意向客户', '', '', '', '销售部'],
  ['🌸花开半夏', '王娜波-宏达', '企业微信用户', '未知', '马超', '2023-06-20 08:36:13', '扫描渠道二维码', '', '', '13032489701', '个体', '销售部'],
  ['Cathy~', '李娜 采购', '企业微信用户', '女', '赵敏', '2023-06-01 11:11:11', '搜索手机号', '待回访', '', '139 1234 5678', '南京瑞丰信息技术有限公司', '销售部'],
  ['晴天', '夏萍斌-个人', '企业微信用户', '女', '赵敏', '2024-01-25 21:28:12', '扫描渠道二维码', '待回访', '', '', '个体', '销售部'],
  ['Cathy~', '付超-个人', '微信用户', '未知', '何静', '2024-06-10 16:12:27', '扫描渠道二维码', '待回访', '', '18712238776', '', '销售部'],
  ['kk', '莫涛娟-个人', '微信用户', '女', '马超', '2023-12-27 13:11:36', '搜索手机号', '待回访', '', '15096783077', '宁波恒通贸易有限公司', '销售部'],
];

describe('role words and 个人 in name and company cells', () => {
  test('客服 as the contact is no person: the row is its company’s, and the report names it', () => {
    const { files, report } = planExport(sheet(DINGTALK), { crm: 'salesforce', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(contacts.sourceRows).toEqual([2, 3]);
    expect(rowOf(accounts, 4)).toMatchObject({ 'Account Name': '深圳顺达物流有限公司' });
    expect(accounts.header).not.toContain('Last Name');
    expect(report.rolesAsNames).toEqual({ 客服: 1 });
  });

  test('个人 as the customer name is no company: the visitor is a contact with no account', () => {
    const { files, report } = planExport(sheet(EXPO, '登记名单'), { crm: 'zoho', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(files.some((f) => f.object === 'accounts')).toBe(false);
    expect(rowOf(contacts, 4)).toMatchObject({ 'Last Name': '周先生', 'Account Name': null });
    expect(report.noCompanyWords).toEqual({ 个人: 1 });
    // A lead needs a company: the visitor's own name fills it, and the report says so.
    const leads = planExport(sheet(EXPO, '登记名单'), { crm: 'salesforce', object: 'leads', now: NOW });
    expect(rowOf(leads.files[0]!, 4)).toMatchObject({ Company: '周先生' });
    expect(leads.report.filled).toEqual({ Company: 1 });
  });

  test('付超-个人 is the person 付超; 个体 in 企业名称 is no company; a role after a name keeps the name whole', () => {
    const { files, report } = planExport(sheet(WECOM, '客户列表'), { crm: 'salesforce', now: NOW });
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(contacts.sourceRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rowOf(contacts, 2)).toMatchObject({ 'First Name': '海思', 'Last Name': '苏', 'Account Name': null });
    expect(rowOf(contacts, 10)).toMatchObject({ 'First Name': '超', 'Last Name': '付', 'Account Name': null });
    expect(rowOf(contacts, 7)).toMatchObject({ 'Account Name': null });
    expect(rowOf(contacts, 9)).toMatchObject({ 'First Name': '萍斌', 'Last Name': '夏', 'Account Name': null });
    // The company column, when filled, still names the company.
    expect(rowOf(contacts, 11)).toMatchObject({ 'Last Name': '莫', 'Account Name': '宁波恒通贸易有限公司' });
    // 李娜 采购: a name and a role, two readings: kept whole as typed, not 李 / 娜采购.
    expect(rowOf(contacts, 8)).toMatchObject({ 'First Name': null, 'Last Name': '李娜 采购' });
    expect(report.personalRemarks).toBe(4);
    expect(report.noCompanyWords).toEqual({ 个体: 2 });
  });
});
