/**
 * What `custodian export` says about the choices it made: a consumer's name filling the required
 * account name, a number kept in the notes, one account per company with the people in a contacts
 * file, private clients written as contacts, postcodes given their zero back, industries that are not
 * the CRM's own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('custodian export report', () => {
  const dir = tempDir();

  test('says whose name fills 客户名称 and where a number with no free column went', async () => {
    // b2c_customers.csv rows 2 and 10.
    writeUtf8Csv(
      join(dir, 'b2c.csv'),
      [
        ['客户姓名', '手机', '固定电话', '邮箱', '城市', '来源', '跟进人', '备注'],
        ['夏萍国', '+86 16626694428', '0551-6170577', '', '合肥市', '小红书', '何静', ''],
        ['钱多多', '400-800-8888', '010-12345678', '', '北京市', '电话开发', '林涛', '客服热线'],
      ],
      { bom: true },
    );
    const result = await run(['export', 'b2c.csv', '--to', 'fxiaoke', '-o', 'b2c-fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('2 行没有公司（个人客户），必填列“客户名称”填入了客户本人的姓名');
    // 手机 is free on that row, but 010-12345678 is a landline: it goes to the notes, and the report says why.
    expect(result.stderr).toContain(
      '“固定电话”有 1 个号码的电话列已被该行的其他号码占用；手机列空着，但无从判断它是手机号，已按原样写入“备注”',
    );
    expect(readRows(join(dir, 'b2c-fx.csv'))[1]).toMatchObject({
      电话: '400-800-8888',
      备注: '客服热线；固定电话：010-12345678',
    });
  });

  test('writes one 客户 per company and the contacts beside it, and says so', async () => {
    writeUtf8Csv(
      join(dir, 'contacts.csv'),
      [
        ['姓名', '客户名称', '手机', '职务', '负责人'],
        ['李志兰', '上海博创电子商务有限公司', '17308894157', '技术负责人', '林涛'],
        ['黎平海', '上海博创电子商务有限公司', '13123472991', '', '林涛'],
        ['张亮', '深圳中科智能科技有限公司', '16673423337', '技术负责人', '马超'],
      ],
      { bom: true },
    );
    const result = await run(['export', 'contacts.csv', '--to', 'fxiaoke', '-o', 'fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('每家公司只写一条客户：共 2 条客户');
    expect(readRows(join(dir, 'fx.csv')).map((r) => r['客户名称'])).toEqual([
      '上海博创电子商务有限公司',
      '深圳中科智能科技有限公司',
    ]);
    expect(existsSync(join(dir, 'fx-contacts.csv'))).toBe(true);
    expect(readRows(join(dir, 'fx-contacts.csv')).map((r) => r['姓名'])).toEqual(['李志兰', '黎平海', '张亮']);
  });

  test('names private clients written as contacts, postcodes given their zero and industries not the CRM’s', async () => {
    writeUtf8Csv(join(dir, 'clients.csv'), [
      ['Client', 'Contact', 'Mobile', 'Email', 'State', 'Postcode', 'Industry'],
      ['Chloe Morgan', '', '0421 555 678', 'chloe@gmail.com', 'NT', '800', 'Retail'],
      ['Jack Smith', '', '0412 345 679', 'jack@gmail.com', 'NSW', '2150', 'Financial Services'],
      ['Smith Family Trust', 'Gary Smith', '0433 111 222', 'gary@gmail.com', 'NSW', '2026', 'Financial Services'],
    ]);
    const result = await run(['export', 'clients.csv', '--to', 'salesforce', '-o', 'sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '2 customers with no contact whose "Client" is a person\'s name (Chloe Morgan, a couple) were written as contacts with no company',
    );
    expect(result.stderr).toContain('1 postcode in "Mailing Zip/Postal Code" got back the leading zero');
    const leads = await run(
      ['export', 'clients.csv', '--to', 'salesforce', '--object', 'leads', '-o', 'leads.csv', ...TODAY],
      dir,
    );
    expect(leads.stderr).toContain(
      '"Industry" values that are not among Salesforce\'s own values, written as typed (map them in the import, or add them to Salesforce\'s list): Financial Services',
    );
  });

  test('lists Home Phone among the columns with the sheet columns its home numbers come from', async () => {
    // An Outlook export's phone columns (outlook-contacts.csv) with a home number.
    writeUtf8Csv(join(dir, 'outlook.csv'), [
      ['Title', 'First Name', 'Last Name', 'Business Phone', 'Home Phone', 'Mobile Phone', 'E-mail Address'],
      ['Mr.', 'John', 'Anderson', '(614) 555-0123', '(614) 555-0177', '(614) 555-0198', 'john@andersonplumbing.com'],
    ]);
    const result = await run(['export', 'outlook.csv', '--to', 'salesforce', '-o', 'sf-home.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Home Phone ← .*Home Phone \(home numbers\)/);
    expect(readRows(join(dir, 'sf-home.csv'))[0]).toMatchObject({ 'Home Phone': '+16145550177' });
  });

  test('says which titles stayed in the notes because the Salutation picklist has no value of their meaning', async () => {
    writeUtf8Csv(join(dir, 'titles.csv'), [
      ['Title', 'First Name', 'Last Name', 'Company', 'E-mail Address'],
      ['Herr', 'Hans', 'Schmidt', 'Schmidt AG', 'h.schmidt@schmidt-ag.de'],
      ['Frau', 'Lisa', 'Müller', 'Bergmann GmbH', 'lisa.mueller@bergmann-gmbh.de'],
      ['Miss', 'Emma', 'Clarke', 'Clarke Partners', 'emma@clarkepartners.co.uk'],
    ]);
    const result = await run(['export', 'titles.csv', '--to', 'zoho', '-o', 'titles-zoho.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '1 title "Frau" means Mrs. or Ms.: not written to "Salutation", kept as typed in "Description"',
    );
    expect(result.stderr).toContain(
      '1 title "Miss" has no value of its meaning in Zoho CRM\'s Salutation list: kept as typed in "Description"',
    );
    expect(readRows(join(dir, 'titles-zoho.csv')).map((r) => r['Salutation'])).toEqual(['Mr.', '', '']);
  });
});
