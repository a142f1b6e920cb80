import { cellText, type CellValue } from '../../shared/sheet/cell-value';
import { reasonText } from '../../shared/merge/audit-log';
import { mergeLabels } from '../../shared/merge/labels';
import { compareLists, type ComparedRow } from '../../shared/operations/compare-lists';
import { snapshotOf } from './combine-fixtures';

// A DingTalk CRM customer export (list A): one row per contact, the company's customer number on each.
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '客户编号', '负责人', '协同人', '客户状态', '客户来源', '客户级别', '所属行业', '最近跟进时间', '下次跟进时间', '联系人姓名', '联系人手机', '联系人职务', '地址', '创建时间', '创建人'],
  ['杭州森源建材有限公司', 'KH20230001', '何静', '王磊,李娜', '成交客户', '展会', 'A类', '建材', '2024/3/5 14:22', '2024/3/12 10:00', '王建国', '13812345678', '总经理', '杭州市西湖区文三路478号', '2023/1/5 9:00', '何静'],
  ['森源建材(杭州)', 'KH20230057', '王磊', '', '跟进中', '电话营销', 'B类', '建材', '2024/2/20 16:00', '2024/3/1 10:00', '王总', '13812345678', '', '杭州市西湖区文三路478号', '2023/6/1 9:00', '王磊'],
  ['杭州森源建材有限公司', 'KH20230001', '何静', '', '成交客户', '展会', 'A类', '建材', '2024/3/5 14:22', '', '刘会计', '0571-88886667', '财务', '', '2023/1/5 9:00', '何静'],
  ['杭州森源建材有限公司萧山分公司', 'KH20230088', '李娜', '', '意向客户', '客户介绍', 'C类', '建材', '2024/1/10 11:00', '', '李强', '13900001111', '店长', '杭州市萧山区市心北路100号', '2023/8/8 9:00', '李娜'],
  ['南京鼎盛贸易有限公司', 'KH20230101', '何静', '', '成交客户', '官网', 'A类', '贸易', '2024/3/1 9:00', '2024/3/15 9:00', '王伟', '13951234567', '采购经理', '南京市鼓楼区中山北路200号', '2023/9/9 9:00', '何静'],
  ['合肥鼎盛贸易有限公司', 'KH20230102', '王磊', '', '跟进中', '官网', 'B类', '贸易', '2024/2/1 9:00', '2024/4/1 9:00', '王伟', '13855512345', '总经理', '合肥市蜀山区长江西路66号', '2023/9/10 9:00', '王磊'],
  ['上海华通物流有限公司', 'KH20230150', '李娜', '何静', '成交客户', '老客户转介绍', 'A类', '物流', '2024年3月1日', '2024年3月20日', '陈明', '13917778888', '总经理', '上海市浦东新区张江路100号', '2022/12/12 9:00', '李娜'],
  ['上海华通物流有限公司', 'KH20230151', '李娜', '', '成交客户', '老客户转介绍', 'A类', '物流', '2024年2月1日', '', '陈明', '139 1777 8888', '', '上海市浦东新区张江路100号', '2023/12/12 9:00', '李娜'],
  ['苏州明德电子科技有限公司', 'KH20230200', '王磊', '', '流失客户', '展会', 'C类', '电子', '2023/5/5 9:00', '', '周杰', '18962345678', '董事长', '苏州市虎丘区狮山路22号', '2022/5/5 9:00', '王磊'],
  ['苏州明德电子', 'KH20230201', '何静', '', '跟进中', '展会', 'B类', '电子', '2024/3/2 9:00', '2024/3/9 9:00', '周工', '0512-65432100转8012', '技术总监', '苏州市虎丘区狮山路22号', '2024/1/1 9:00', '何静'],
  ['无锡天成机械制造有限公司', 'KH20230250', '何静', '', '意向客户', '百度推广', 'B类', '机械', '2024/3/4 15:30', '2024/3/6 9:00', '钱进', '13706171234', '总经理', '无锡市滨湖区蠡湖大道1号', '2023/3/3 9:00', '何静'],
  ['无锡天成机械制造有限公司', 'KH20230251', '王磊', '', '意向客户', '百度推广', 'B类', '机械', '2024/3/4 15:30', '', '钱进', '13706171234', '', '', '2023/3/4 9:00', '王磊'],
  ['绍兴柯桥宏远纺织品有限公司', 'KH20230300', '李娜', '', '成交客户', '阿里巴巴', 'A类', '纺织', '2024/2/28 10:00', '2024/3/28 10:00', '何总', '15857512345', '', '绍兴市柯桥区柯桥街道', '2023/4/4 9:00', '李娜'],
  ['宁波海曙恒达五金厂', 'KH20230350', '王磊', '', '无效客户', '其他', 'D类', '五金', '2022/1/1 9:00', '', '孙立', '0574-87654321', '厂长', '宁波市海曙区中山西路9号', '2021/1/1 9:00', '王磊'],
  ['温州瑞安市小李服装店', 'KH20230400', '李娜', '', '意向客户', '抖音', 'C类', '服装', '2024/3/3 9:00', '2024/3/10 9:00', '李小红', '13587771234', '老板', '温州市瑞安市安阳街道', '2024/2/2 9:00', '李娜'],
  ['小李服装店(瑞安)', 'KH20230401', '何静', '', '意向客户', '抖音', 'C类', '服装', '2024/3/3 9:30', '', '李小红', '135-8777-1234', '', '瑞安市安阳街道', '2024/2/3 9:00', '何静'],
];

// A Feishu Bitable export of the same team's accounts (list B): no customer number, an e-mail column.
// prettier-ignore
const FEISHU: CellValue[][] = [
  ['客户名称', '客户标签', '客户阶段', '负责人', '联系人', '手机号', '邮箱', '城市', '最近联系日期', '预计成交金额', '创建时间'],
  ['杭州森源建材有限公司', '重点客户,老客户', '赢单', '何静(hejing@corp.cn)', '王建国', '13812345678', 'senyuan@163.com', '杭州', '2024/03/05', '50000', '2023/01/05 09:00'],
  ['杭州森源建材', '老客户', '赢单', '何静(hejing@corp.cn),王磊(wanglei@corp.cn)', '王总', '+8613812345678', 'SenYuan@163.com', '杭州', '2024/03/01', '', '2023/06/01 09:00'],
  ['上海华通物流有限公司', '重点客户', '谈判', '李娜(lina@corp.cn)', '陈明', '13917778888', 'htwl@huatong.com', '上海', '2024/02/28', '120000', '2022/12/12 09:00'],
  ['南京鼎盛贸易有限公司', '新客户', '初步接触', '王磊(wanglei@corp.cn)', '王伟', '13951234567', 'wangwei@dingsheng.com', '南京', '2024/03/01', '8000', '2023/09/09 09:00'],
  ['合肥鼎盛贸易有限公司', '新客户', '初步接触', '王磊(wanglei@corp.cn)', '王伟', '13855512345', 'wangwei@dingsheng.com.cn', '合肥', '2024/02/01', '6000', '2023/09/10 09:00'],
  ['苏州明德电子科技有限公司', '重点客户,战略合作', '赢单', '何静(hejing@corp.cn)', '周杰', '18962345678', 'mingde@mdtech.cn', '苏州', '2024/03/02', '300000', '2022/05/05 09:00'],
  ['苏州明德电子科技有限公司', '重点客户', '赢单', '何静(hejing@corp.cn)', '周工', '0512-65432100', 'zhougong@mdtech.cn', '苏州', '2024/03/02', '', '2024/01/01 09:00'],
  ['无锡天成机械制造有限公司', '潜在客户', '需求确认', '', '钱进', '13706171234', 'tc@tcjx.com', '无锡', '2024/03/04', '20000', '2023/03/03 09:00'],
  ['绍兴柯桥宏远纺织品有限公司', '老客户,流失风险', '赢单', '李娜(lina@corp.cn)', '何总', '15857512345', 'hy@hongyuan-tex.com', '绍兴', '2023/08/01', '', '2023/04/04 09:00'],
  ['宁波天一文具店', '散客', '输单', '', '张阿姨', '13566667777', '', '宁波', '2023/01/01', '', '2021/01/01 09:00'],
];

// A HubSpot contacts export (list A) and a LinkedIn Connections export (list B, e-mails mostly hidden).
// prettier-ignore
const HUBSPOT: CellValue[][] = [
  ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Job Title', 'Lifecycle Stage', 'City', 'State/Region', 'Country/Region', 'Postal Code'],
  ['51201', 'Robert', 'Chen', 'robert.chen@acmecorp.com', '+1 (415) 555-0132', '', 'Acme Corp', 'VP Operations', 'Customer', 'San Francisco', 'California', 'United States', '94105'],
  ['73340', 'Bob', 'Chen', 'bob.chen78@gmail.com', '', '4155550132', '', '', 'Subscriber', '', '', '', ''],
  ['51202', 'Jennifer', 'Walsh', 'jwalsh@brightline.io', '312-555-0147', '', 'Brightline Logistics', 'Procurement Manager', 'Sales Qualified Lead', 'Chicago', 'Illinois', 'United States', '60606'],
  ['51203', 'Michael', 'Turner', 'mturner@brightline.io', '', '+1 617 555 0199', 'Brightline Logistics', 'Account Executive', 'Customer', 'Boston', 'Massachusetts', 'United States', '02110'],
  ['80411', 'Michael', 'Turner', 'michael.turner@harborfreightpartners.com', '', '617-555-0199', 'Harbor Freight Partners', 'Director of Sales', 'Opportunity', 'Boston', 'Massachusetts', 'United States', '2210'],
  ['51204', 'John', 'Smith', 'john.smith@acmecorp.com', '(415) 555-0170', '', 'Acme Corp', 'Controller', 'Customer', 'San Francisco', 'California', 'United States', '94105'],
  ['51205', 'John', 'Smith', 'jsmith@northwindtraders.com', '(206) 555-0163', '', 'Northwind Traders', 'Buyer', 'Lead', 'Seattle', 'Washington', 'United States', '98104'],
  ['51206', 'Sarah', 'Patel', 'sarah@lumendental.com', '(650) 555-0100', '', 'Lumen Dental', 'Practice Manager', 'Customer', 'Palo Alto', 'California', 'United States', '94301'],
  ['51207', 'David', 'Kim', 'david.kim@lumendental.com', '(650) 555-0100', '', 'Lumen Dental', 'Dentist', 'Customer', 'Palo Alto', 'California', 'United States', '94301'],
  ['51213', 'Priya', 'Nair', 'priya.nair@kestrelai.com', '', '+44 7700 900123', 'Kestrel AI', 'CTO', 'Customer', 'London', '', 'United Kingdom', 'EC2A 4NE'],
  ['51216', 'Chris', 'Taylor', 'chris@taylorfitness.com', '(303) 555-0112', '', 'Taylor Fitness', 'Owner', 'Customer', 'Denver', 'Colorado', 'United States', '80202'],
];

// prettier-ignore
const LINKEDIN: CellValue[][] = [
  ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
  ['Robert', 'Chen', 'https://www.linkedin.com/in/robertchen-acme', 'robert.chen@acmecorp.com', 'Acme Corp', 'VP Operations', '12 Mar 2024'],
  ['Bob', 'Chen', 'https://www.linkedin.com/in/robertchen-acme', '', 'Acme Corporation', 'VP, Operations', '12 Mar 2024'],
  ['Michael', 'Turner', 'https://www.linkedin.com/in/michaelturner-sales', '', 'Harbor Freight Partners', 'Director of Sales', '03 Feb 2021'],
  ['Michael', 'Turner', 'https://www.linkedin.com/in/mturner-cpa', '', 'Turner & Lowe CPAs', 'Partner', '19 Aug 2019'],
  ['John', 'Smith', 'https://www.linkedin.com/in/johnsmith123', '', 'Acme Corp', 'Controller', '01 Jan 2020'],
  ['Priya', 'Nair', 'https://www.linkedin.com/in/priyanair', '', 'Kestrel AI', 'CTO', '07 Sep 2023'],
  ['Sarah', 'Patel', 'https://www.linkedin.com/in/sarah-patel-dds', '', 'Lumen Dental', 'Practice Manager', '22 Apr 2022'],
  ['Jennifer', 'Walsh', 'https://www.linkedin.com/in/jenniferwalsh', 'jwalsh@brightline.io', 'Brightline Logistics', 'Procurement Manager', '11 Dec 2019'],
];

const dingtalk = { name: 'dingtalk_crm.xlsx', snapshot: snapshotOf('客户', DINGTALK) };
const feishu = { name: 'feishu_bitable.csv', snapshot: snapshotOf('feishu_bitable', FEISHU, true) };
const hubspot = { name: 'hubspot-contacts.csv', snapshot: snapshotOf('hubspot-contacts', HUBSPOT, true) };
const linkedin = { name: 'linkedin-Connections.csv', snapshot: snapshotOf('Connections', LINKEDIN, true) };

/** The values a reason quotes: what its last brackets hold, split at its signs and separators. */
function quoted(message: string): string[] {
  if (!message.endsWith(')')) return [];
  let depth = 0;
  let open = -1;
  for (let k = message.length - 1; k >= 0 && open < 0; k--) {
    if (message[k] === ')') depth++;
    else if (message[k] === '(' && --depth === 0) open = k;
  }
  return message
    .slice(open + 1, -1)
    .split(/; | = | ≈ | ≠ /)
    .map((v) => v.replace(/…$/, '').trim())
    .filter((v) => v !== '' && v !== '…');
}

/** Every value the row's reasons quote is a cell of that row of B or of one of its rows of A. */
function quotesOnlyItsOwnRows(row: ComparedRow, b: CellValue[][], a: CellValue[][]): string[] {
  const rows = [b[row.row - 1]!, ...row.matches.map((m) => a[m - 1]!)].map((r) => r.map((c) => cellText(c)));
  // A name in parts is quoted whole (Robert + Chen as Robert Chen).
  const cells = [...rows.flat(), ...rows.map((r) => r.join(' '))];
  return (row.reasons ?? [])
    .flatMap((r) => quoted(r.message))
    .filter((value) => !cells.some((cell) => cell.includes(value)));
}

const rowOf = (rows: readonly ComparedRow[], row: number) => rows.find((r) => r.row === row)!;

describe('compare-lists', () => {
  test('explains each row of a Feishu list by its own cells and the DingTalk rows it matches', () => {
    const comparison = compareLists(dingtalk, feishu);
    for (const row of comparison.rows)
      expect([row.row, quotesOnlyItsOwnRows(row, FEISHU, DINGTALK)]).toEqual([row.row, []]);
    // Row 2 has senyuan@ in lower case; the DingTalk list has no e-mail column at all.
    const senyuan = rowOf(comparison.rows, 2);
    expect(senyuan).toMatchObject({ status: 'existing' });
    expect(senyuan.matches).toContain(2);
    expect(senyuan.reasons?.map((r) => r.column)).not.toContain('邮箱');
    expect(senyuan.reasons?.map((r) => r.message).join('\n')).not.toContain('SenYuan@163.com');
  });

  test('never quotes two DingTalk customer numbers against each other when the Feishu list has none', () => {
    const comparison = compareLists(dingtalk, feishu);
    const mingde = rowOf(comparison.rows, 7);
    expect(mingde).toMatchObject({ status: 'existing' });
    expect(mingde.matches).toContain(10);
    expect(mingde.reasons?.map((r) => r.message).join('\n')).not.toMatch(/KH2023/);
    const zh = (mingde.reasons ?? []).map((r) => reasonText(r, mergeLabels('zh-CN').reason));
    expect(zh.join('\n')).not.toMatch(/客户编号/);
  });

  test('words one reason per column from the weakest of its pairs when a row matches two DingTalk rows', () => {
    const rows = compareLists(dingtalk, feishu).rows;
    const senyuan = rowOf(rows, 3);
    expect(senyuan.matches).toEqual([2, 3]);
    const columns = (senyuan.reasons ?? []).map((r) => r.column);
    expect(new Set(columns).size).toBe(columns.length);
    // Row 2 has the company's full name, row 3 its short name: the reason says what holds for both.
    const company = senyuan.reasons?.find((r) => r.column === '公司');
    expect(company?.message).toContain('杭州森源建材 = 森源建材(杭州)');
    expect(company?.level).not.toBe('exact');
    // 周杰 is not 周工, whose switchboard number with his extension is Feishu row 8's number.
    expect(rowOf(rows, 7).matches).toEqual([10]);
    expect(rowOf(rows, 8).matches).toEqual([11]);
  });

  test('finds a contact already in DingTalk when another Feishu row of the same company matched first', () => {
    const comparison = compareLists(dingtalk, feishu);
    // 周工 of 苏州明德电子科技有限公司 at the switchboard number; DingTalk has the company (row 10) and 周工 at
    // that number with his extension (row 11).
    const zhou = rowOf(comparison.rows, 8);
    expect(zhou.status).not.toBe('new');
    expect(zhou.matches.some((m) => m === 10 || m === 11)).toBe(true);
    expect(zhou.reasons?.length).toBeGreaterThan(0);
    expect(quotesOnlyItsOwnRows(zhou, FEISHU, DINGTALK)).toEqual([]);
    const zh = (zhou.reasons ?? []).map((r) => reasonText(r, mergeLabels('zh-CN').reason)).join('\n');
    expect(zh).toMatch(/苏州明德电子科技有限公司/);
    expect(zh).toMatch(/周工/);
    expect(comparison.counts.new).toBe(1);
  });

  test('explains a LinkedIn connection by its own cells, not by another connection of the group', () => {
    const comparison = compareLists(hubspot, linkedin);
    for (const row of comparison.rows)
      expect([row.row, quotesOnlyItsOwnRows(row, LINKEDIN, HUBSPOT)]).toEqual([row.row, []]);
    // Bob Chen's LinkedIn row shows no e-mail; the Harbor Freight Michael Turner no phone or city.
    const bob = rowOf(comparison.rows, 3);
    expect(bob.reasons?.map((r) => r.column) ?? []).not.toContain('Email');
    const turner = rowOf(comparison.rows, 4);
    const columns = (turner.reasons ?? []).map((r) => r.column).join('\n');
    expect(columns).not.toMatch(/Phone|City|Region/);
    const en = (turner.reasons ?? []).map((r) => reasonText(r, mergeLabels('en-US').reason)).join('\n');
    expect(en).not.toMatch(/555-0199|Boston/);
  });
});
