/**
 * clean's summary says what `custodian check` of its output will still call errors, counted by the
 * check's own reading: values it could not fix, required values left blank, customer IDs used twice.
 * It says every value is valid only when that check finds no error, in both languages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-30'];

/** 有赞 members: two 微信用户 rows with no real name, and one member's card number on two rows. */
const YOUZAN = [
  '会员昵称,真实姓名,手机号,性别,生日,会员等级,积分,累计消费金额(元),消费次数,最近消费时间,成为会员时间,归属门店,会员卡号',
  '小鱼儿,张伟,13800138000,男,1988-05-12,金卡会员,1200,3580.50,12,2024-03-01 19:22:10,2021-06-18 10:00:00,杭州湖滨店,YZ10001',
  '微信用户,,15012345678,未知,,普通会员,0,0,0,,2024-02-20 08:00:00,杭州湖滨店,',
  '微信用户,,15087654321,未知,,普通会员,0,0,0,,2024-02-20 08:30:00,杭州湖滨店,',
  '晴天,刘洋,13588889999,女,1995/7/7,金卡会员,2300,5600,20,2024/3/5 14:22,2020/1/1 9:00,杭州西溪店,YZ10009',
  '晴天☀,刘洋,135 8888 9999,女,1995-07-07,金卡会员,2300,5600,20,2024-03-05 14:22:00,2020-01-01 09:00:00,杭州西溪店,YZ10009',
  '周周,周敏,13666666666,女,1993-03-08,普通会员,0,0.00,0,,2024-03-01 10:00:00,杭州湖滨店,YZ10015',
].join('\r\n');

/** LinkedIn's Connections.csv: its notes above the header, and no phone column (set up adds a required one). */
const LINKEDIN = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Robert,Chen,https://www.linkedin.com/in/robertchen-acme,robert.chen@acmecorp.com,Acme Corp,VP Operations,12 Mar 2024',
  'Priya,Natarajan,https://www.linkedin.com/in/priyanatarajan,,Brightline Logistics,Procurement Manager,03 Jan 2024',
  'Marcus,Webb,https://www.linkedin.com/in/marcuswebb,marcus.webb@harborfreight.com,Harbor Freight Partners,Director of Sales,28 Nov 2023',
].join('\n');

/** A Google Contacts export: two numbers in one cell and an e-mail pair (left as typed), and a row with no name. */
const GOOGLE = [
  'Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name',
  'Robert Chen,Robert,Chen,robert.chen@acmecorp.com,+1 (415) 555-0132,Acme Corp',
  'Emily Foster,Emily,Foster,efoster@northshoreclinic.com ::: emily.foster@gmail.com,(847) 555-0117 ::: (847) 555-0166,Northshore Clinic',
  ',,,sales@brightline.io,(312) 555-0147,Brightline Logistics',
  'Jennifer Walsh,Jennifer,Walsh,jwalsh@brightline.io,312-555-0148,Brightline Logistics',
].join('\n');

/** A CRM export pasted in twice: each of its seven customer numbers on two rows. */
const CRM_TWICE = (() => {
  const rows = [
    '客户ID,客户名称,联系人,手机',
    ...Array.from(
      { length: 7 },
      (_, i) => `KH2024${String(i + 1).padStart(3, '0')},华信贸易${i + 1}部,陈${'一二三四五六七'[i]},1391234560${i}`,
    ),
  ];
  return [...rows, ...rows.slice(1)].join('\r\n');
})();

/** A tidy list: every required value present, phones only typed other ways. */
const TIDY_ZH = ['姓名,手机,城市', '张伟,138 0013 8000,上海', '李娜,+86 139-1234-5678,北京'].join('\r\n');
const TIDY_EN = [
  'Name,Phone,Email',
  'Mary Smith,(415) 555-0100,mary@example.com',
  'John Brown,415.555.0199,jb@example.com',
].join('\n');

/** The number of errors `custodian check` of a file reports, from its summary line in either language. */
async function checkErrors(file: string, dir: string): Promise<number> {
  const result = await run(['check', file, ...TODAY], dir);
  const count = /(\d+) (?:errors?|个错误)/.exec(result.stdout);
  if (!count) throw new Error(`no error count in check's output:\n${result.stdout}`);
  return Number(count[1]);
}

describe('clean says what check of its output will still call errors', () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(join(dir, 'youzan_members.csv'), `\ufeff${YOUZAN}`, 'utf8');
    writeFileSync(join(dir, 'Connections.csv'), LINKEDIN, 'utf8');
    writeFileSync(join(dir, 'contacts.csv'), GOOGLE, 'utf8');
    writeFileSync(join(dir, 'crm.csv'), CRM_TWICE, 'utf8');
    writeFileSync(join(dir, 'tidy-zh.csv'), TIDY_ZH, 'utf8');
    writeFileSync(join(dir, 'tidy-en.csv'), TIDY_EN, 'utf8');
  });

  test.each(['csv', 'xlsx'])(
    '有赞 members to .%s: blank required names and a card number on two rows are counted, never "all valid"',
    async (ext) => {
      const out = `youzan-clean.${ext}`;
      const result = await run(['clean', 'youzan_members.csv', '-o', out, ...TODAY], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('所有值都已有效');
      expect(result.stdout).toContain(
        '  检查输出文件将报告 3 个错误：2 个必填值为空（姓名），1 个客户编号重复（YZ10009）。\n',
      );
      expect(await checkErrors(out, dir)).toBe(3);
    },
  );

  test('LinkedIn connections: the required phone column set up added is counted, in English', async () => {
    const result = await run(['clean', 'Connections.csv', '-o', 'connections-clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Every remaining value is valid.');
    expect(result.stdout).toContain('  Check of the output will report 3 errors: 3 required values blank (Phone).\n');
    expect(await checkErrors('connections-clean.csv', dir)).toBe(3);
  });

  test('Google contacts: values left as typed and a nameless row add up to what check reports', async () => {
    const result = await run(['clean', 'contacts.csv', '-o', 'contacts-clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  2 values could not be fixed automatically and were left as they are');
    expect(result.stdout).toContain(
      '  Check of the output will report 3 errors: 2 invalid values, 1 required value blank (Name).\n',
    );
    expect(await checkErrors('contacts-clean.csv', dir)).toBe(3);
  });

  test('the same Google contacts in Chinese words when --locale zh-CN asks for them', async () => {
    const result = await run(['clean', 'contacts.csv', '-o', 'contacts-zh.csv', '--locale', 'zh-CN', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  检查输出文件将报告 3 个错误：2 个无效值，1 个必填值为空（');
    expect(result.stdout).not.toContain('所有值都已有效');
  });

  test('a CRM export pasted in twice: its repeated numbers are counted and the first five named', async () => {
    const result = await run(['clean', 'crm.csv', '-o', 'crm-clean.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  检查输出文件将报告 7 个错误：7 个客户编号重复（KH2024001、KH2024002、KH2024003、KH2024004、KH2024005、…）。\n',
    );
    expect(await checkErrors('crm-clean.csv', dir)).toBe(7);
    const english = await run(['clean', 'crm.csv', '-o', 'crm-en.csv', '--locale', 'en-US', ...TODAY], dir);
    expect(english.stdout).toContain(
      '  Check of the output will report 7 errors: 7 repeated customer IDs (KH2024001, KH2024002, KH2024003, KH2024004, KH2024005, …).\n',
    );
  });

  test.each([
    ['tidy-zh.csv', '  所有值都已有效。\n'],
    ['tidy-en.csv', '  Every remaining value is valid.\n'],
  ])('%s: says every value is valid, and check of the output agrees', async (file, valid) => {
    const out = file.replace('.csv', '-clean.csv');
    const result = await run(['clean', file, '-o', out, ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(valid);
    expect(result.stdout).not.toMatch(/检查输出文件将报告|Check of the output will report/);
    expect(await checkErrors(out, dir)).toBe(0);
  });
});
