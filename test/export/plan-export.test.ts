import type { CellValue } from '../../shared/sheet/cell-value';
import { crmLayout } from '../../shared/export/crm-layouts';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { EN_ROWS, NOW, ZH_ROWS, sheet, templateWithContact, usTemplate } from './fixtures';

/** The exported row that came from a sheet row, as header -> value. */
function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`sheet row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index][i] ?? null]));
}

const zh = () => sheet(ZH_ROWS);
const en = () => sheet(EN_ROWS, 'Customers');

describe('plan-export', () => {
  test('writes Zoho contacts with the auto-mapped headers first and the sheet-only columns after them when the list is Chinese', () => {
    const { files, report } = planExport(zh(), { crm: 'zoho', now: NOW });
    const contacts = files[0];
    expect(contacts.object).toBe('contacts');
    expect(contacts.header.slice(0, 7)).toEqual([
      'First Name',
      'Last Name',
      'Account Name',
      'Email',
      'Mobile',
      'Phone',
      'Title',
    ]);
    expect(contacts.header.slice(-5)).toEqual(['客户编号', '生命周期阶段', '价值等级', '同意联系', '内部代码']);
    expect(rowOf(contacts, 2)).toMatchObject({
      'First Name': '娜',
      'Last Name': '欧阳',
      'Account Name': '杭州云栖科技有限公司',
      Mobile: '+8613800138000',
      Phone: null,
      'Date of Birth': '03/05/1990',
      'Lead Source': 'Trade Show',
      'Contact Owner': '李强',
      客户编号: 'C000001',
      同意联系: '1',
      价值等级: 'VIP',
    });
    expect(rowOf(contacts, 3)).toMatchObject({
      'First Name': '伟',
      'Last Name': '张',
      Mobile: null,
      Phone: '+861062345678',
      'Date of Birth': '12/01/1985',
      同意联系: '0',
    });
    expect(report.columns.find((c) => c.crmColumn === 'Last Name')).toEqual({
      crmColumn: 'Last Name',
      source: 'name.last',
      sheetColumns: ['姓名'],
      required: true,
    });
    expect(report.extraColumns).toEqual(['客户编号', '生命周期阶段', '价值等级', '同意联系', '内部代码']);
  });

  test('writes Zoho contacts from an English list with middle names and particles kept right when names are written first name first', () => {
    const { files } = planExport(en(), { crm: 'zoho', template: usTemplate(), now: NOW });
    expect(rowOf(files[0], 2)).toMatchObject({
      'First Name': 'Mary Ann',
      'Last Name': 'Evans',
      'Account Name': 'Middlemarch Ltd',
      Phone: '+14155552671',
      'Date of Birth': '03/15/1985',
    });
    expect(rowOf(files[0], 3)).toMatchObject({
      'First Name': 'Ludwig',
      'Last Name': 'van Beethoven',
      'Date of Birth': '12/16/1970',
      'Opt-in': '0',
      Territory: 'East',
    });
  });

  // bench-output r_name_split.csv: titles, middle initials, a suffix and a capitalised particle.
  const TITLED: CellValue[][] = [
    ['Name', 'Email', 'Phone'],
    ['Susan B. Anthony', 'susan@suffrage.org', '(585) 555-0120'],
    ['Dr. Robert Smith', 'bob@acme.com', '(415) 555-0134'],
    ['Mary Ann Van der Berg', 'mary@vdb.com', '(415) 555-0170'],
    ['John F. Kennedy Jr.', 'jfk@example.com', '(617) 555-0101'],
    ['Ms. Elizabeth Warren', 'liz@beacon.com', '(617) 555-0177'],
  ];
  const names = (file: ExportFile, headers: string[]) =>
    file.rows.map((row) => headers.map((h) => (file.header.includes(h) ? row[file.header.indexOf(h)] : undefined)));

  test.each([
    ['salesforce', 'contacts'],
    ['salesforce', 'leads'],
    ['zoho', 'contacts'],
    ['zoho', 'leads'],
    ['hubspot', 'contacts'],
  ] as const)(
    'writes titles to Salutation, initials with the first name and suffixes with the last when exporting %s %s',
    (crm, object) => {
      const { files, report } = planExport(sheet(TITLED, 'Contacts'), {
        crm,
        object,
        template: usTemplate(),
        now: NOW,
      });
      expect(files[0].header.slice(0, 3)).toEqual(['Salutation', 'First Name', 'Last Name']);
      expect(names(files[0], ['Salutation', 'First Name', 'Last Name'])).toEqual([
        [null, 'Susan B.', 'Anthony'],
        ['Dr.', 'Robert', 'Smith'],
        [null, 'Mary Ann', 'Van der Berg'],
        [null, 'John F.', 'Kennedy Jr.'],
        ['Ms.', 'Elizabeth', 'Warren'],
      ]);
      expect(report.columns[0]).toEqual({
        crmColumn: 'Salutation',
        source: 'name.salutation',
        sheetColumns: ['Name'],
        required: false,
      });
    },
  );

  test('writes no Salutation column when no name has a title, in both languages', () => {
    expect(planExport(zh(), { crm: 'salesforce', now: NOW }).files[0].header).not.toContain('Salutation');
    const english = planExport(en(), { crm: 'salesforce', template: usTemplate(), now: NOW });
    expect(english.files[0].header).not.toContain('Salutation');
    expect(english.report.columns.map((c) => c.source)).not.toContain('name.salutation');
  });

  test('keeps the title as typed in First Name when the layout has no Salutation column', () => {
    const layout = crmLayout('salesforce', 'contacts')!;
    layout.columns = layout.columns.filter((c) => c.source !== 'name.salutation');
    const rows: CellValue[][] = [...TITLED, ['Mr Zhang Wei', 'zw@example.com', '(212) 555-0100']];
    const { files } = planExport(sheet(rows, 'Contacts'), {
      crm: 'salesforce',
      layout,
      template: usTemplate(),
      now: NOW,
    });
    expect(files[0].header).not.toContain('Salutation');
    expect(names(files[0], ['First Name', 'Last Name'])).toEqual([
      ['Susan B.', 'Anthony'],
      ['Dr. Robert', 'Smith'],
      ['Mary Ann', 'Van der Berg'],
      ['John F.', 'Kennedy Jr.'],
      ['Ms. Elizabeth', 'Warren'],
      // Zhang Wei reads both ways in an English list: kept whole, the title still before the first name.
      ['Mr', 'Zhang Wei'],
    ]);
  });

  test('keeps the whole name with its title in the full-name column of 纷享销客', () => {
    const { files } = planExport(sheet(TITLED, 'Contacts'), {
      crm: 'fxiaoke',
      object: 'contacts',
      template: usTemplate(),
      now: NOW,
    });
    expect(files[0].header).not.toContain('Salutation');
    expect(files[0].rows.map((row) => row[files[0].header.indexOf('姓名')])).toEqual(TITLED.slice(1).map((r) => r[0]));
  });

  test('reads pinyin names surname first when the list is Chinese and keeps them whole when it is English', () => {
    expect(rowOf(planExport(zh(), { crm: 'salesforce', now: NOW }).files[0], 4)).toMatchObject({
      'First Name': 'Wei',
      'Last Name': 'Zhang',
    });
    const english = planExport(en(), { crm: 'salesforce', template: usTemplate(), now: NOW });
    expect(english.report.chineseList).toBe(false);
    // Zhang Wei on a row from China (+86) still reads both ways: Wei is a surname (魏) too.
    expect(rowOf(english.files[0], 5)).toMatchObject({ 'First Name': null, 'Last Name': 'Zhang Wei' });
  });

  test('sends a company-only row to an accounts file when exporting contacts, in both languages', () => {
    const chinese = planExport(zh(), { crm: 'zoho', now: NOW });
    expect(chinese.files.map((f) => f.object)).toEqual(['contacts', 'accounts']);
    expect(chinese.files[0].sourceRows).toEqual([2, 3, 4, 6]);
    expect(rowOf(chinese.files[1], 5)).toMatchObject({
      'Account Name': '北京字节跳动科技有限公司',
      Phone: '+864008008888',
      'Account Owner': '王芳',
    });
    expect(chinese.report.accountRows).toBe(1);

    const english = planExport(en(), { crm: 'salesforce', template: usTemplate(), now: NOW });
    expect(rowOf(english.files[1], 4)).toMatchObject({
      'Account Name': 'Acme Pty Ltd',
      Phone: '+16465550199',
      'Account Description': 'Key account',
    });
  });

  test('fills the required Company of a Salesforce lead with the person when the customer is a person', () => {
    const { files, report } = planExport(zh(), { crm: 'salesforce', object: 'leads', now: NOW });
    expect(files[0].header.slice(0, 3)).toEqual(['First Name', 'Last Name', 'Company']);
    expect(rowOf(files[0], 2)).toMatchObject({ Company: '杭州云栖科技有限公司', 'Lead Source': 'Trade Show' });
    expect(rowOf(files[0], 3)).toMatchObject({ Company: '张伟', 'Lead Source': 'Web' });
    expect(report.filled).toEqual({ Company: 3 });
    for (const row of files[0].rows) for (const col of [1, 2]) expect(row[col]).toBeTruthy();
  });

  test('maps lifecycle stages to HubSpot labels and keeps a stage HubSpot lacks as its label when exporting contacts', () => {
    const { files, report } = planExport(en(), { crm: 'hubspot', template: usTemplate(), now: NOW });
    expect(files[0].header.slice(0, 6)).toEqual([
      'First Name',
      'Last Name',
      'Email',
      'Mobile Phone Number',
      'Phone Number',
      'Company Name',
    ]);
    expect(rowOf(files[0], 2)).toMatchObject({
      'Lifecycle Stage': 'Customer',
      'Date of Birth': '1985-03-15',
      'Opt-in': 'Yes',
      'Lead Source': 'Website',
    });
    expect(rowOf(files[0], 3)).toMatchObject({ 'Lifecycle Stage': 'Lead', 'Date of Birth': '1970-12-16' });
    expect(rowOf(files[0], 5)).toMatchObject({
      'Lifecycle Stage': 'Evangelist',
      'Mobile Phone Number': '+8613800138000',
    });
    const chinese = planExport(zh(), { crm: 'hubspot', now: NOW });
    expect(rowOf(chinese.files[0], 2)['Lifecycle Stage']).toBe('Opportunity');
    expect(rowOf(chinese.files[0], 4)['Lifecycle Stage']).toBe('At Risk');
    expect(chinese.report.offPicklist).toEqual({ 'Lifecycle Stage': ['At Risk'] });
    expect(report.offPicklist).toEqual({});
  });

  test('writes 纷享销客 customers with Chinese headers, national phones and Chinese labels when the list is Chinese', () => {
    const { files, layout } = planExport(zh(), { crm: 'fxiaoke', now: NOW });
    expect(layout.bom).toBe(true);
    expect(files).toHaveLength(1);
    expect(files[0].header.slice(0, 9)).toEqual([
      '客户名称',
      '联系人',
      '手机',
      '电话',
      '邮箱',
      '客户级别',
      '客户来源',
      '负责人',
      '备注',
    ]);
    expect(rowOf(files[0], 2)).toMatchObject({
      客户名称: '杭州云栖科技有限公司',
      联系人: '欧阳娜',
      手机: '13800138000',
      客户级别: 'VIP',
      客户来源: '展会',
      生日: '1990-03-05',
      同意联系: '是',
    });
    expect(rowOf(files[0], 5)).toMatchObject({
      客户名称: '北京字节跳动科技有限公司',
      联系人: null,
      电话: '400-800-8888',
      负责人: '王芳',
    });
  });

  test('writes 纷享销客 customers with Chinese labels and national phones when the list is English', () => {
    const { files } = planExport(en(), { crm: 'fxiaoke', template: usTemplate(), now: NOW });
    expect(rowOf(files[0], 2)).toMatchObject({
      客户名称: 'Middlemarch Ltd',
      联系人: 'Mary Ann Evans',
      电话: '(415) 555-2671',
      客户来源: '官网',
      'Lifecycle Stage': 'Customer',
      'Opt-in': '是',
    });
    expect(rowOf(files[0], 4)).toMatchObject({ 客户名称: 'Acme Pty Ltd', 联系人: null, 备注: 'Key account' });
  });

  test('fills HubSpot company names with the person when exporting accounts of a consumer list', () => {
    const { files, report } = planExport(zh(), { crm: 'hubspot', object: 'accounts', now: NOW });
    expect(files).toHaveLength(1);
    expect(files[0].header[0]).toBe('Company Name');
    expect(rowOf(files[0], 2)['Company Name']).toBe('杭州云栖科技有限公司');
    expect(rowOf(files[0], 3)['Company Name']).toBe('张伟');
    expect(rowOf(files[0], 3)['姓名']).toBe('张伟');
    expect(report.filled).toEqual({ 'Company Name': 3 });
  });

  test("reads each phone with the row's country when the list has a country column", () => {
    const rows: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Olivia Smith', '020 7946 0958', 'United Kingdom'],
      ['Liam Brown', '(415) 555-2671', 'United States'],
      ['Chloé Martin', '01 42 68 53 00', 'France'],
    ];
    const { files, report } = planExport(sheet(rows, 'Contacts'), { crm: 'hubspot', template: usTemplate(), now: NOW });
    expect(files[0].rows.map((row) => row[files[0].header.indexOf('Phone Number')])).toEqual([
      '+442079460958',
      '+14155552671',
      '+33142685300',
    ]);
    expect(files[0].rows.map((row) => row[files[0].header.indexOf('Country/Region')])).toEqual([
      'United Kingdom',
      'United States',
      'France',
    ]);
    expect(report.valuesAsTyped).toEqual({});
  });

  test('takes the account from the name column and the person from the contact column when the list is of companies', () => {
    const rows: CellValue[][] = [
      ['客户名称', '联系人', '手机', '地址', '客户级别'],
      ['杭州云栖科技有限公司', '欧阳娜', '13800138000', '杭州市西湖区文三路 90 号', 'A级'],
      ['上海和平饭店', '司马相如', '021-63216888', '上海市南京东路 20 号', 'VIP'],
      ['深圳前海微众银行', null, '95384', null, null],
    ];
    const template = templateWithContact();
    const fx = planExport(sheet(rows), { crm: 'fxiaoke', template, now: NOW });
    expect(rowOf(fx.files[0], 2)).toMatchObject({
      客户名称: '杭州云栖科技有限公司',
      联系人: '欧阳娜',
      地址: '杭州市西湖区文三路 90 号',
      客户级别: 'A',
    });
    const zoho = planExport(sheet(rows), { crm: 'zoho', template, now: NOW });
    expect(rowOf(zoho.files[0], 3)).toMatchObject({
      'First Name': '相如',
      'Last Name': '司马',
      'Account Name': '上海和平饭店',
      Phone: '+862163216888',
    });
    expect(zoho.files[1].object).toBe('accounts');
    expect(rowOf(zoho.files[1], 4)['Account Name']).toBe('深圳前海微众银行');

    const english: CellValue[][] = [
      ['Company', 'Primary Contact', 'Email'],
      ['Globex Corporation', 'Hank Scorpio', 'hank@globex.example'],
    ];
    const sf = planExport(sheet(english, 'Accounts'), {
      crm: 'salesforce',
      template: templateWithContact('US'),
      now: NOW,
    });
    expect(rowOf(sf.files[0], 2)).toMatchObject({
      'First Name': 'Hank',
      'Last Name': 'Scorpio',
      'Account Name': 'Globex Corporation',
      Email: 'hank@globex.example',
    });
  });

  test('exports values it cannot read as typed and counts them and the rows with errors when the list still has problems', () => {
    const { files, report } = planExport(zh(), { crm: 'zoho', now: NOW });
    // 不详 is a placeholder to check (value.placeholder): no date of birth, counted as such.
    expect(rowOf(files[0], 6)).toMatchObject({
      Email: 'wang@',
      'Date of Birth': null,
      'Last Name': '王老师',
      'First Name': null,
    });
    expect(report.valuesAsTyped).toEqual({ Email: 1 });
    expect(report.placeholders).toEqual({ 'Date of Birth': 1 });
    expect(report.namesKeptWhole).toBe(1);
    expect(report.errorRows).toBe(1);
    expect(report.errorRowNumbers).toEqual([6]);
  });

  test('counts birthdays without a year and years of birth with a month, left out of the CRM date column', () => {
    // A Mailchimp audience keeps birthdays as MM/DD; a member book's 出生年月 keeps a year and month.
    const audience: CellValue[][] = [
      ['Email Address', 'First Name', 'Last Name', 'Birthday'],
      ['ann@example.com', 'Ann', 'Smith', '04/15'],
      ['bob@example.com', 'Bob', 'Jones', '0/0/00'],
      ['cai@example.com', 'Cai', 'Lin', '1990-03-05'],
    ];
    const { files, report } = planExport(sheet(audience, 'Audience'), { crm: 'hubspot', now: NOW });
    expect(files[0].rows.map((row) => row[files[0].header.indexOf('Date of Birth')])).toEqual([
      null,
      null,
      '1990-03-05',
    ]);
    // Outlook's 0/0/00 means no date at all; 04/15 is a date the CRM cannot take.
    expect(report.partialDates).toEqual({ 'Date of Birth': 1 });
    expect(report.valuesAsTyped).toEqual({});
  });

  test('counts romanised Chinese names read surname first in an English list', () => {
    const rows: CellValue[][] = [
      ['Name', 'Email'],
      ['Lim Wei Ming', 'lim@example.sg'],
      ['Chan Tai Man', 'chan@example.hk'],
      ['Kelly Tan', 'kelly@example.sg'],
    ];
    const { files, report } = planExport(sheet(rows, 'Contacts'), { crm: 'salesforce', now: NOW });
    expect(rowOf(files[0], 2)).toMatchObject({ 'First Name': 'Wei Ming', 'Last Name': 'Lim' });
    expect(rowOf(files[0], 4)).toMatchObject({ 'First Name': 'Kelly', 'Last Name': 'Tan' });
    expect([report.chineseList, report.surnameFirst]).toEqual([false, 2]);
  });

  test('spreads a second phone column over the CRM phone columns when the list keeps 手机 and 座机 apart', () => {
    const rows: CellValue[][] = [
      ['姓名', '手机', '座机'],
      ['欧阳娜', '13800138000', '0571-88886666'],
      ['张伟', null, '010-62345678'],
    ];
    const { files, report } = planExport(sheet(rows), { crm: 'zoho', now: NOW });
    expect(files[0].header).toEqual(['First Name', 'Last Name', 'Mobile', 'Phone']);
    expect(files[0].rows).toEqual([
      ['娜', '欧阳', '+8613800138000', '+8657188886666'],
      ['伟', '张', null, '+861062345678'],
    ]);
    expect(report.columns.find((c) => c.crmColumn === 'Phone')?.sheetColumns).toEqual(['手机', '座机']);
    expect(report.extraColumns).toEqual([]);
  });

  test('spreads Mobile and Phone columns by their headers when the numbers are not Chinese', () => {
    const rows: CellValue[][] = [
      ['Name', 'Phone', 'Mobile'],
      ['Ann Lee', '(212) 555-0100', '(415) 555-2671'],
    ];
    const { files, report } = planExport(sheet(rows, 'People'), {
      crm: 'salesforce',
      template: usTemplate(),
      now: NOW,
    });
    expect(files[0].header).toEqual(['First Name', 'Last Name', 'Mobile Phone', 'Business Phone']);
    expect(files[0].rows[0]).toEqual(['Ann', 'Lee', '+14155552671', '+12125550100']);
    expect(report.extraColumns).toEqual([]);
  });

  test('puts a second mobile in the free phone column rather than keeping the column aside', () => {
    // Two mobiles in one row: the first to 手机, the second to 电话, which is free.
    const rows: CellValue[][] = [
      ['姓名', '手机', '电话'],
      ['欧阳娜', '13800138000', '13912345678'],
      ['张伟', '13700137000', '010-62345678'],
    ];
    const { files, report } = planExport(sheet(rows), { crm: 'fxiaoke', now: NOW });
    expect(files[0].header).toEqual(['客户名称', '联系人', '手机', '电话']);
    expect(files[0].rows[0]).toEqual(['欧阳娜', '欧阳娜', '13800138000', '13912345678']);
    expect(files[0].rows[1]).toEqual(['张伟', '张伟', '13700137000', '010-62345678']);
    expect(report.extraColumns).toEqual([]);
  });

  test('keeps the second landline of a row in 备注 when the CRM has one landline column', () => {
    // Two landlines in every row: the CRM has one landline column, so each row's second goes to the notes, as typed.
    const rows: CellValue[][] = [
      ['姓名', '手机', '电话'],
      ['欧阳娜', '010-62345678', '021-55556666'],
      ['张伟', '0571-88886666', '0755-12345678'],
    ];
    const { files, report } = planExport(sheet(rows), { crm: 'fxiaoke', now: NOW });
    expect(files[0].header).toEqual(['客户名称', '联系人', '手机', '电话', '备注']);
    expect(files[0].rows[1]).toEqual(['张伟', '张伟', null, '0571-88886666', '电话：0755-12345678']);
    expect(report.extraColumns).toEqual([]);
    expect(report.sparePhones).toEqual({ 电话: 2 });
  });

  test('reports progress that only moves forward and ends at the total when a caller listens', () => {
    const rows: CellValue[][] = [['姓名', '手机']];
    for (let i = 0; i < 45_000; i++) rows.push([`李${i % 2 ? '娜' : '强'}`, `137${String(i).padStart(8, '0')}`]);
    const seen: Array<{ done: number; total: number }> = [];
    planExport(sheet(rows), { crm: 'zoho', now: NOW, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(seen[seen.length - 1]).toEqual({ done: 90_000, total: 90_000 });
  });

  test('splits at the row cap with the header in every part when a smaller cap is given', () => {
    const rows: CellValue[][] = [
      ZH_ROWS[0],
      ...Array.from({ length: 5 }, (_, i) => ['C' + i, `张${i}伟`, `1380013800${i}`]),
    ];
    const layout = { ...crmLayout('salesforce', 'contacts')!, rowCap: 2 };
    const { files } = planExport(sheet(rows), { crm: 'salesforce', layout, now: NOW });
    expect(files.map((f) => [f.part, f.parts, f.rows.length])).toEqual([
      [1, 3, 2],
      [2, 3, 2],
      [3, 3, 1],
    ]);
    expect(files.map((f) => f.sourceRows)).toEqual([[2, 3], [4, 5], [6]]);
    expect(new Set(files.map((f) => f.header.join('|'))).size).toBe(1);
  });

  test('splits a Salesforce import of 50,001 contacts into 50,000 and 1 when the list is that long', () => {
    const rows: CellValue[][] = [['姓名', '手机']];
    for (let i = 0; i < 50_001; i++) rows.push([`王${i % 2 ? '芳' : '伟'}`, `139${String(i).padStart(8, '0')}`]);
    const { files } = planExport(sheet(rows), { crm: 'salesforce', now: NOW });
    expect(files.map((f) => f.rows.length)).toEqual([50_000, 1]);
    expect(files[1].sourceRows).toEqual([50_002]);
    expect(files[1].rows[0].slice(0, 2)).toEqual(['伟', '王']);
  });

  test('traces every exported value back to its source row when read back (round trip, both languages)', () => {
    for (const [values, template, crm] of [
      [ZH_ROWS, undefined, 'zoho'],
      [EN_ROWS, usTemplate(), 'salesforce'],
    ] as const) {
      const plan = planExport(sheet(values as CellValue[][]), { crm, template, now: NOW });
      let checked = 0;
      for (const file of plan.files) {
        file.sourceRows.forEach((sheetRow, i) => {
          const source = values[sheetRow - 1];
          const exported = file.rows[i];
          const emailAt = file.header.indexOf('Email');
          const emailCol = (values[0] as CellValue[]).findIndex((h) => h === '邮箱' || h === 'Email');
          if (emailAt >= 0) expect(exported[emailAt] ?? null).toBe(source[emailCol] ?? null);
          const idAt = file.header.findIndex((h) => h === '客户编号' || h === 'Customer ID');
          expect(exported[idAt]).toBe(source[0]);
          checked++;
        });
      }
      expect(checked).toBe(values.length - 1);
    }
  });
});
