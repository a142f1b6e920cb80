/**
 * A placeholder check calls no value (微盟's 生日 "--", 问卷星's "(跳过)" for a skipped question, 无 for
 * a company) is no value in the CRM export either: the CRM field is left empty, and the report
 * counts it with the other placeholders, not with the values it could not read.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planExport } from '../../shared/export/plan-export';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// weimeng-huiyuan.xlsx: 微盟's member list, a birthday nobody gave written "--".
const WEIMENG: CellValue[][] = [
  ['会员卡号', '客户姓名', '手机号', '性别', '生日', '会员等级', '注册门店'],
  ['WM8800012345', '黄蓉', '13800001111', '女', '1990-05-20', '金卡会员', '杭州西湖店'],
  ['WM8800012346', '郭靖', '13800002222', '男', '--', '普通会员', '杭州西湖店'],
  ['WM8800012400', '欧阳锋', '+8613900003333', '男', '1975/12/01', '钻石会员', '上海南京路店'],
];

// wjx-baoming.xlsx: 问卷星's answers, a skipped question written "(跳过)", 无 typed for the employer.
const WJX: CellValue[][] = [
  [
    '序号',
    '提交答卷时间',
    '1、您的姓名：',
    '2、您的手机号码：',
    '4、您的工作单位：',
    '5、您的职务：',
    '6、电子邮箱：',
    '7、您所在的城市：',
  ],
  [1, '2024/4/10 9:15:22', '钱晓东', '13770001234', '南京大学', '教师', 'qianxd@nju.edu.cn', '南京'],
  [2, '2024/4/10 10:02:11', '郑雅', '15867001234', '阿里巴巴', '产品经理', 'zhengya@alibaba-inc.com', '(跳过)'],
  [3, '2024/4/12 8:00:05', '周敏', '13951234567', '无', '无', 'zhoumin@cjwl.com', '（跳过）'],
];

// An English form tool's export: a skipped answer written "(skipped)", "N/A" for no company.
const FORM: CellValue[][] = [
  ['Name', 'Email', 'Phone', 'Company', 'City'],
  ['Ann Lee', 'ann@northwind.com', '+1 617 555 0123', 'Northwind Traders', 'Boston'],
  ['Tom Reed', 'tom@reed.org', '+1 617 555 0199', 'N/A', '(skipped)'],
];

// outlook-contacts.csv: Outlook writes 0/0/00 for a birthday or anniversary nobody set.
const OUTLOOK: CellValue[][] = [
  ['First Name', 'Last Name', 'E-mail Address', 'Business Phone', 'Company', 'Birthday', 'Anniversary', 'Notes'],
  [
    'Robert',
    'Williams',
    'rwilliams@contoso.com',
    '(212) 555-0147',
    'Contoso Ltd',
    '12/25/1978',
    '0/0/00',
    'Prefers email',
  ],
  ['Hans', 'Müller', 'h.mueller@beispiel.de', '+49 30 1234567', 'Müller GmbH', '0/0/00', '0/0/00', ''],
  ['', '', 'accounts@northwind.com', '(425) 555-0100', 'Northwind Traders', '0/0/00', '0/0/00', 'Main switchboard'],
];

function column(values: CellValue[][], crmHeader: RegExp, file = 0): CellValue[] {
  const { files } = planExport(sheet(values), { crm: 'hubspot', now: TODAY });
  const out = files[file]!;
  const col = out.header.findIndex((h) => crmHeader.test(h));
  expect(col).toBeGreaterThanOrEqual(0);
  return out.rows.map((row) => row[col] ?? null);
}

describe('placeholders in the CRM export', () => {
  test('check calls 微盟\'s "--" birthday a placeholder, and the export leaves Date of Birth empty', () => {
    const { issues } = checkSheet(sheet(WEIMENG), { now: TODAY });
    expect(issues).toContainEqual(expect.objectContaining({ row: 3, column: '生日', code: 'value.placeholder' }));
    expect(column(WEIMENG, /^Date of Birth$/)).toEqual(['1990-05-20', null, '1975-12-01']);
    const { report } = planExport(sheet(WEIMENG), { crm: 'hubspot', now: TODAY });
    expect(report.placeholders).toEqual({ 'Date of Birth': 1 });
    expect(report.valuesAsTyped['Date of Birth']).toBeUndefined();
  });

  test("check calls 问卷星's (跳过) a placeholder, and the export writes no City for it", () => {
    const { issues } = checkSheet(sheet(WJX), { now: TODAY });
    const placeholders = issues.filter((i) => i.code === 'value.placeholder').map((i) => [i.row, i.value]);
    expect(placeholders).toEqual(
      expect.arrayContaining([
        [3, '(跳过)'],
        [4, '（跳过）'],
        [4, '无'],
      ]),
    );
    expect(column(WJX, /^City$/)).toEqual(['南京', null, null]);
    expect(column(WJX, /^Company Name$/)).toEqual(['南京大学', '阿里巴巴', null]);
    const { report } = planExport(sheet(WJX), { crm: 'hubspot', now: TODAY });
    expect(report.placeholders).toEqual({ City: 2, '4、您的工作单位：': 1, 'Job Title': 1 });
  });

  test("an English form's (skipped) and N/A are placeholders too", () => {
    const { issues } = checkSheet(sheet(FORM), { now: TODAY });
    expect(issues).toContainEqual(expect.objectContaining({ row: 3, column: 'City', code: 'value.placeholder' }));
    expect(column(FORM, /^City$/)).toEqual(['Boston', null]);
    expect(column(FORM, /^Company Name$/)).toEqual(['Northwind Traders', null]);
  });

  test("Outlook's 0/0/00 is no date in the contacts file nor in the accounts file", () => {
    const { files } = planExport(sheet(OUTLOOK), { crm: 'hubspot', now: TODAY });
    for (const file of files) for (const row of file.rows) expect(row).not.toContain('0/0/00');
    const accounts = files[1]!;
    const cell = (header: string) => accounts.rows[0]![accounts.header.indexOf(header)];
    expect(cell('Company Name')).toBe('Northwind Traders');
    expect(cell('E-mail Address')).toBe('accounts@northwind.com');
  });

  test('a value that only looks like none is kept: 待定 as a status, 0 as an amount, a real city', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '城市', '累计消费'],
      ['王芳', '13912345678', '跳过镇', 0],
      ['李雷', '13912345679', '杭州', 1200],
    ];
    expect(column(list, /^City$/)).toEqual(['跳过镇', '杭州']);
  });
});
