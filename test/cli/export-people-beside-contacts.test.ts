/**
 * `custodian export` of lists where a row names more than its contact: a school's student beside the
 * parent (no account made of the student), a trade-show card's second contact (联系人2 / 电话2 never
 * the first contact's; a contact of its own in a contacts file), and an inquiry list's Arabic and
 * pinyin names. The report says what was done in the sheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export: people beside their contacts', () => {
  const dir = tempDir();

  test('keeps 学生姓名 out of Company Name and says so in Chinese', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'school.csv'), [
      ['学生姓名', '班级', '家长姓名', '关系', '家长手机'],
      ['王小明', '三年级2班', '王建军', '父亲', '13911112222'],
      ['张一一', '五年级3班', '张伟', '父亲', '15000001111'],
    ]);
    const result = await run(['export', 'school.csv', '--to', 'hubspot', '-o', 'school-hub.csv'], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'school-hub.csv'));
    expect(rows.map((r) => [r['Last Name'], r['First Name'], r['Company Name'], r['学生姓名']])).toEqual([
      ['王', '建军', undefined, '王小明'],
      ['张', '伟', undefined, '张一一'],
    ]);
    expect(result.stderr).toContain(
      '“学生姓名”是人名而不是公司名，表中另有联系人列“家长姓名”：2 行（第 2、3 行）以“家长姓名”为联系人，“学生姓名”没有写入“Company Name”，而是作为额外列沿用原表头保留',
    );
  });

  test('keeps Client Name out of Account Name and says so in English', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'clients.csv'), [
      ['Client Name', 'Contact Person', 'Relationship', 'Phone', 'Email'],
      ['Margaret Hughes', 'David Hughes', 'Son', '(503) 555-0142', 'david.hughes@gmail.com'],
      ['Robert Chen', 'Linda Chen', 'Daughter', '(503) 555-0177', 'linda.chen@yahoo.com'],
    ]);
    const result = await run(['export', 'clients.csv', '--to', 'salesforce', '-o', 'clients-sf.csv'], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'clients-sf.csv'));
    expect(rows.map((r) => [r['Last Name'], r['Account Name'], r['Client Name']])).toEqual([
      ['Hughes', undefined, 'Margaret Hughes'],
      ['Chen', undefined, 'Robert Chen'],
    ]);
    expect(result.stderr).toContain(
      `"Client Name" holds people's names, not companies', beside the contact column "Contact Person": in 2 rows (rows 2, 3) "Contact Person" is the contact and "Client Name" was not written to "Account Name" but kept as an extra column under its own header`,
    );
  });
});

describe('custodian export: a second contact on the row', () => {
  const dir = tempDir();

  test('writes 李敏’s mobile under 电话2, not as 陈志强’s phone, and says so in Chinese', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'cards.csv'), [
      ['展会', '公司名称', '联系人1', '职位1', '电话1', '邮箱1', '联系人2', '职位2', '电话2', '邮箱2', '地址'],
      ['2026广交会', '佛山市南海宏达五金有限公司', '陈志强', '总经理', '13922223333', 'chen@hongda-hw.com', '李敏', '采购', '13922224444', 'limin@hongda-hw.com', '广东省佛山市南海区桂城街道'],
      ['2026广交会', '宁波海天塑料制品厂', '周海', '厂长', '0574-88886666', '', '', '', '', '', '浙江省宁波市北仑区'],
    ]);
    const result = await run(['export', 'cards.csv', '--to', 'fxiaoke', '-o', 'cards-fx.csv'], dir);
    expect(result.code).toBe(0);
    const [first] = readRows(join(dir, 'cards-fx.csv'));
    expect(first).toMatchObject({ 联系人: '陈志强', 手机: '13922223333', 电话: '', 电话2: '13922224444' });
    expect(result.stderr).toContain(
      '“联系人2”、“职位2”、“电话2”、“邮箱2”是该行另一位联系人的信息：作为额外列沿用原表头保留，没有写入该行联系人的电话、邮箱或职位',
    );
  });

  test('writes Mary Jones as a HubSpot contact of her own, and says so in English', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'cards-en.csv'), [
      ['Company', 'Contact 1', 'Phone 1', 'Email 1', 'Contact 2', 'Phone 2', 'Email 2'],
      ['Acme Hardware Ltd', 'John Smith', '(503) 555-0100', 'john@acme.com', 'Mary Jones', '(503) 555-0188', 'mary@acme.com'],
      ['Beta Plastics', 'Tom Lee', '(503) 555-0111', '', '', '', ''],
    ]);
    const result = await run(['export', 'cards-en.csv', '--to', 'hubspot', '-o', 'cards-hub.csv'], dir);
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'cards-hub.csv'));
    expect(rows.map((r) => [r['First Name'], r['Phone Number'], r.Email, r['Company Name'], r['Phone 2']])).toEqual([
      ['John', '+15035550100', 'john@acme.com', 'Acme Hardware Ltd', undefined],
      ['Mary', '+15035550188', 'mary@acme.com', 'Acme Hardware Ltd', undefined],
      ['Tom', '+15035550111', '', 'Beta Plastics', undefined],
    ]);
    expect(result.stderr).toContain(
      `1 contact row written for the other contact in "Contact 2", "Phone 2", "Email 2": each a person of its own`,
    );
  });
});

describe('custodian export: Arabic and pinyin names of an inquiry list', () => {
  const dir = tempDir();

  test('writes Al Mansouri and Wang as last names, and keeps Li Na whole with the two-readings note', async () => {
    // prettier-ignore
    writeUtf8Csv(join(dir, 'inquiries.csv'), [
      ['Inquiry Date', 'Buyer Name', 'Company', 'Country/Region', 'Email', 'Phone'],
      ['03/11/2026', 'Ahmed Al Mansouri', 'Gulf Trading LLC', 'United Arab Emirates', 'ahmed@gulftrading.ae', '+971 50 123 4567'],
      ['12/11/2026', 'Wang Xiaoming', 'Shenzhen Bright Co.', 'China', 'wangxm@brightled.cn', '+86 138 2222 3333'],
      ['15/11/2026', 'Li Na', 'Yiwu Sunshine Trading Co., Ltd.', 'China', 'lina@sunshine-yiwu.com', '+86 579 8555 1234'],
    ]);
    const result = await run(
      ['export', 'inquiries.csv', '--to', 'hubspot', '-o', 'inquiries-hub.csv', '--today', '2026-11-29'],
      dir,
    );
    expect(result.code).toBe(0);
    const rows = readRows(join(dir, 'inquiries-hub.csv'));
    expect(rows.map((r) => [r['First Name'], r['Last Name']])).toEqual([
      ['Ahmed', 'Al Mansouri'],
      ['Xiaoming', 'Wang'],
      ['', 'Li Na'],
    ]);
    expect(result.stderr).toContain(
      '1 name kept whole in the last name (a name with a title such as 张总 or 陈大文先生, a name in mixed scripts, or one that reads either way such as Lee Ho Tan, Li Na, or Wang Xiaoming on a row that does not say China)',
    );
  });
});
