import { findDuplicates, type Cluster, type Reason } from '../../shared/dedupe';
import { reasonText } from '../../shared/merge/audit-log';
import { mergeLabels } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { translator } from '../../shared/ui/i18n';
import { levelKey } from '../../shared/ui/i18n/level-strings';

const search = (values: CellValue[][], name = 'Contacts') => findDuplicates({ name, values }, { reviewThreshold: 0.5 });

/** The cluster holding exactly these rows, if any. */
const clusterOf = (clusters: Cluster[], rows: number[]) =>
  clusters.find((c) => c.rows.length === rows.length && rows.every((r) => c.rows.includes(r)));

const grouped = (clusters: Cluster[], a: number, b: number) =>
  clusters.some((c) => c.rows.includes(a) && c.rows.includes(b));

/** The chip the sidebar shows for a reason, in its language. */
const chip = (reason: Reason, locale: 'zh-CN' | 'en-US') => {
  const t = translator(locale);
  return t('dupes.reason', { column: reason.column, level: t(levelKey(reason.level)) });
};

describe('a phone or e-mail in another column of its kind', () => {
  test('a HubSpot Phone Number meets another record’s Mobile Phone Number, and the reason names both columns', () => {
    // HubSpot contacts export: the rep typed Robert's desk number, the form gave Bob's mobile field.
    const hubspot: CellValue[][] = [
      ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name'],
      ['51201', 'Robert', 'Chen', 'robert.chen@acmecorp.com', '+1 (415) 555-0132', '', 'Acme Corp'],
      ['73340', 'Bob', 'Chen', 'bob.chen78@gmail.com', '', '4155550132', ''],
      ['51202', 'Jennifer', 'Walsh', 'jwalsh@brightline.io', '312-555-0147', '', 'Brightline Logistics'],
      ['51203', 'Michael', 'Turner', 'mturner@brightline.io', '', '+1 617 555 0199', 'Brightline Logistics'],
      ['51204', 'John', 'Smith', 'john.smith@acmecorp.com', '(415) 555-0170', '', 'Acme Corp'],
      ['51206', 'Sarah', 'Patel', 'sarah@lumendental.com', '(650) 555-0100', '', 'Lumen Dental'],
    ];
    const pair = clusterOf(search(hubspot).clusters, [2, 3]);
    expect(pair?.band).toBe('merge');
    const phone = pair!.reasons.find((r) => r.field === 'phone')!;
    expect(phone).toMatchObject({ column: 'Phone Number = Mobile Phone Number', level: 'exact' });
    expect(phone.message).toBe('Phone Number = Mobile Phone Number: same number (+1 (415) 555-0132 = 4155550132)');
    expect(chip(phone, 'en-US')).toBe('Phone Number = Mobile Phone Number: same');
    expect(chip(phone, 'zh-CN')).toBe('Phone Number = Mobile Phone Number：相同');
  });

  test('the same pair scores as it does with both numbers in one column', () => {
    const rows = (phone: string, mobile: string): CellValue[][] => [
      ['First Name', 'Last Name', 'Phone Number', 'Mobile Phone Number', 'Email'],
      ['Robert', 'Chen', '+1 (415) 555-0132', '', 'robert.chen@acmecorp.com'],
      ['Robert', 'Chen', phone, mobile, 'bob.chen78@gmail.com'],
      ['Alice', 'Wong', '(212) 555-0111', '', 'alice@x.com'],
    ];
    const across = clusterOf(search(rows('', '4155550132')).clusters, [2, 3]);
    const same = clusterOf(search(rows('(415) 555-0132', '')).clusters, [2, 3]);
    expect(same?.band).toBe('merge');
    expect(across).toMatchObject({ band: 'merge', confidence: same!.confidence });
  });

  test('Outlook’s Business Phone of one contact meets the Mobile Phone of another', () => {
    const outlook: CellValue[][] = [
      [
        'First Name',
        'Last Name',
        'Company',
        'Business Phone',
        'Home Phone',
        'Mobile Phone',
        'Birthday',
        'E-mail Address',
      ],
      ['Robert', 'Chen', 'Acme Corp', '+1 (415) 555-0132', '', '', '0/0/00', 'robert.chen@acmecorp.com'],
      ['Bob', 'Chen', '', '', '', '415.555.0132', '6/2/1978', 'bob.chen78@gmail.com'],
      ['Renée', 'Lefèvre', 'Café Étoile LLC', '(415) 555-0185', '', '(415) 555-0186', '0/0/00', 'renee@cafeetoile.com'],
      ['John', 'Smith', 'Acme Corp', '(415) 555-0170', '', '', '0/0/00', 'john.smith@acmecorp.com'],
      ['Patricia', 'Lee', '', '', '(201) 555-0115', '(201) 555-0119', '11/4/1971', 'pat.lee@verizon.net'],
      ['Greg', 'Olsen', 'Olsen Plumbing', '(612) 555-0159', '', '', '0/0/00', 'greg@olsenplumbing.com'],
    ];
    const pair = clusterOf(search(outlook).clusters, [2, 3]);
    expect(pair?.band).toBe('merge');
    expect(pair!.reasons.find((r) => r.field === 'phone')!.message).toBe(
      'Business Phone = Mobile Phone: same number (+1 (415) 555-0132 = 415.555.0132)',
    );
  });

  test('Apple Contacts’ Phone (mobile) and Phone (iPhone) of one person are listed together', () => {
    const apple: CellValue[][] = [
      [
        'First name',
        'Last name',
        'Company',
        'Email (home)',
        'Email (work)',
        'Phone (mobile)',
        'Phone (iPhone)',
        'Phone (work)',
      ],
      ['Zoë', 'Fischer', '', 'zoe.fischer@icloud.com', '', '+49 151 23456789', '', ''],
      ['Zoe', 'Fischer', 'Fischer Design GmbH', '', 'zoe@fischer-design.de', '', '+49 151 2345 6789', '+49 30 1234567'],
      [
        'Emily',
        'Foster',
        'Northshore Clinic',
        'emily.foster@gmail.com',
        'efoster@northshoreclinic.com',
        '(847) 555-0166',
        '',
        '(847) 555-0117',
      ],
      ['Alice', 'Wong', '', 'alice@x.com', '', '+1 212 555 0111', '', ''],
      ['Tom', 'Becker', 'Becker GmbH', '', 'tom@becker.de', '+49 160 9876543', '', ''],
    ];
    const pair = clusterOf(search(apple).clusters, [2, 3]);
    expect(pair).toBeDefined();
    expect(pair!.reasons.find((r) => r.field === 'phone')).toMatchObject({
      column: 'Phone (mobile) = Phone (iPhone)',
      level: 'exact',
    });
  });

  test('Google’s E-mail 2 that two contacts share is named, though no other contact fills that column', () => {
    const google: CellValue[][] = [
      [
        'Name',
        'Given Name',
        'Family Name',
        'E-mail 1 - Value',
        'E-mail 2 - Value',
        'Phone 1 - Value',
        'Organization 1 - Name',
      ],
      ['Robert Chen', 'Robert', 'Chen', 'robert.chen@acmecorp.com', '', '+1 (415) 555-0132', 'Acme Corp'],
      ['Jennifer Walsh', 'Jennifer', 'Walsh', 'jwalsh@brightline.io', '', '(312) 555-0147', 'Brightline Logistics'],
      [
        'Michael Turner',
        'Michael',
        'Turner',
        'mturner@brightline.io',
        'mike.turner@outlook.com',
        '+1 617 555 0199',
        'Brightline Logistics',
      ],
      [
        'Mike Turner',
        'Mike',
        'Turner',
        'michael.turner@harborfreightpartners.com',
        'mike.turner@outlook.com',
        '617-555-0199',
        'Harbor Freight Partners',
      ],
      ['John Smith', 'John', 'Smith', 'john.smith@acmecorp.com', '', '(415) 555-0170', 'Acme Corp'],
      ['Maria Garcia', 'Maria', 'Garcia', 'mgarcia@solanahealth.org', '', '(602) 555-0155', ''],
    ];
    const pair = clusterOf(search(google).clusters, [4, 5]);
    expect(pair?.band).toBe('merge');
    expect(pair!.reasons).toContainEqual(
      expect.objectContaining({
        column: 'E-mail 2 - Value',
        level: 'exact',
        message: 'E-mail 2 - Value: same address (mike.turner@outlook.com)',
      }),
    );
  });

  test('an address in E-mail 2 of one contact and E-mail 1 of another is one address, not a disagreement', () => {
    const google: CellValue[][] = [
      ['Name', 'E-mail 1 - Value', 'E-mail 2 - Value', 'Phone 1 - Value'],
      ['Michael Turner', 'mturner@brightline.io', 'mike.turner@outlook.com', ''],
      ['Michael Turner', 'mike.turner@outlook.com', '', ''],
      ['Alice Wong', 'alice@x.com', '', ''],
    ];
    const pair = clusterOf(search(google).clusters, [2, 3]);
    expect(pair?.band).toBe('merge');
    const email = pair!.reasons.filter((r) => r.column.startsWith('E-mail'));
    expect(email).toEqual([
      expect.objectContaining({
        column: 'E-mail 1 - Value = E-mail 2 - Value',
        level: 'exact',
        message: 'E-mail 1 - Value = E-mail 2 - Value: same address (mike.turner@outlook.com)',
      }),
    ]);
  });

  test('a CRM export’s 联系电话 of one record meets the 手机 of another, worded in Chinese and English', () => {
    // 两位销售各录了一次同一位客户：一位填在“手机”，一位填在“联系电话”。
    const crm: CellValue[][] = [
      ['姓名', '手机', '联系电话', '公司', '负责人'],
      ['陈静', '13812345678', '', '宁波海天贸易有限公司', '王敏'],
      ['陈静', '', '138-1234-5678', '宁波海天贸易有限公司', '李华'],
      ['刘洋', '13998765432', '0574-87654321', '宁波海天贸易有限公司', '王敏'],
      ['赵磊', '13700137000', '', '杭州源泉科技有限公司', '李华'],
      ['孙丽', '', '13600136000', '上海明达物流有限公司', '王敏'],
    ];
    const pair = clusterOf(search(crm, '客户').clusters, [2, 3]);
    expect(pair?.band).toBe('merge');
    const phone = pair!.reasons.find((r) => r.field === 'phone')!;
    expect(phone).toMatchObject({ column: '手机 = 联系电话', level: 'exact' });
    expect(chip(phone, 'zh-CN')).toBe('手机 = 联系电话：相同');
    expect(chip(phone, 'en-US')).toBe('手机 = 联系电话: same');
    // The merge log's 原因 column.
    expect(reasonText(phone, mergeLabels('zh-CN').reason)).toBe('手机 = 联系电话：相同（13812345678 = 138-1234-5678）');
    expect(reasonText(phone, mergeLabels('en-US').reason)).toBe(
      '手机 = 联系电话: same number (13812345678 = 138-1234-5678)',
    );
  });

  test('a company line typed under 手机 for one contact and 座机 for another counts as it does in one column', () => {
    // 源泉科技的总机：同事们的行都填了它；一位张伟只留了总机，录在了“手机”里。
    const sheet = (first: [string, string], second: [string, string]): CellValue[][] => [
      ['姓名', '手机', '座机', '公司'],
      ['张伟', ...first, '杭州源泉科技有限公司'],
      ['张伟', ...second, '杭州源泉科技有限公司'],
      ['李娜', '13998765432', '0571-88231546', '杭州源泉科技有限公司'],
      ['刘洋', '13700001111', '0571-88231546', '杭州源泉科技有限公司'],
      ['陈静', '13600002222', '', '宁波海天贸易有限公司'],
    ];
    const same = search(sheet(['', '0571-88231546'], ['', '0571-88231546']), '客户').clusters;
    const across = search(sheet(['', '0571-88231546'], ['0571-88231546', '']), '客户').clusters;
    expect(clusterOf(across, [2, 3])?.band).toBe(clusterOf(same, [2, 3])?.band);
    expect(clusterOf(across, [2, 3])?.confidence).toBe(clusterOf(same, [2, 3])?.confidence);
    // Colleagues of other names on that line are never one customer.
    expect(grouped(across, 2, 4) || grouped(across, 3, 4) || grouped(across, 3, 5)).toBe(false);
  });

  test('an office’s main line in Business Phone and Company Main Phone is no one’s own number', () => {
    // Lumen Dental: Sarah typed the front desk as her business line; her colleagues have it as the company's.
    const outlook: CellValue[][] = [
      ['First Name', 'Last Name', 'Company', 'Business Phone', 'Company Main Phone', 'Mobile Phone'],
      ['Sarah', 'Patel', 'Lumen Dental', '(650) 555-0100', '', ''],
      ['David', 'Kim', 'Lumen Dental', '', '(650) 555-0100', ''],
      ['Ana', 'Ruiz', 'Lumen Dental', '', '(650) 555-0100', ''],
      ['Greg', 'Olsen', 'Olsen Plumbing', '(612) 555-0159', '', ''],
      ['Chris', 'Taylor', 'Taylor Fitness', '(303) 555-0112', '', '(303) 555-0199'],
    ];
    const clusters = search(outlook).clusters;
    expect(grouped(clusters, 2, 3) || grouped(clusters, 2, 4) || grouped(clusters, 3, 4)).toBe(false);
  });
});
