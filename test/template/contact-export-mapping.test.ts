import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { isHonorific } from '../../shared/template/value-shape';

const map = (headers: string[], rows: string[][]) => mappingToJson(mapHeaders(headers, DEFAULT_TEMPLATE, {}, rows));

describe('mapHeaders on the name columns of contact and shop exports', () => {
  test('leaves Outlook’s Middle Name alone: First Name and Last Name are the name', () => {
    const mapping = mapHeaders(
      ['First Name', 'Middle Name', 'Last Name', 'E-mail Address', 'Company'],
      DEFAULT_TEMPLATE,
      {},
      [
        ['David', 'A', 'Miller', 'dmiller@northwind.com', 'Northwind Traders Inc.'],
        ['Sarah', '', 'Johnson', 'sarah.johnson@contoso.com', 'Contoso Ltd'],
        ['James', '', 'Wong', 'james.wong@fabrikam.ca', 'Fabrikam Canada Ltd.'],
      ],
    );
    expect(mappingToJson(mapping)).toEqual({
      'First Name': 'name.given',
      'Middle Name': null,
      'Last Name': 'name.family',
      'E-mail Address': 'email',
      Company: 'company',
    });
    expect(mapping.nameParts).toEqual({ given: 1, family: 3 });
    expect(mapping.missing).not.toContain('name');
  });

  test("leaves a manager's or assistant's name alone beside the customer's first and last name", () => {
    expect(
      map(
        ['First Name', 'Last Name', "Manager's Name", "Assistant's Name", 'Mobile Phone'],
        [
          ['David', 'Miller', 'Karen Lee', 'Tim Ross', '(206) 555-0199'],
          ['Sarah', 'Johnson', '', 'Ann Wu', '+1 (917) 555-0123'],
          ['Aisha', 'Khan', 'Paul Hart', '', '07912 345678'],
        ],
      ),
    ).toEqual({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      "Manager's Name": null,
      "Assistant's Name": null,
      'Mobile Phone': 'phone',
    });
  });

  test('leaves a WooCommerce Username alone when First Name and Last Name hold the name', () => {
    expect(
      map(
        ['Customer ID', 'Username', 'Email', 'First Name', 'Last Name', 'Billing Phone'],
        [
          ['12', 'lucyh', 'lucy.harris@gmail.com', 'Lucy', 'Harris', '07400 222333'],
          ['15', '', 'guest_buyer@hotmail.com', 'Anna', 'Schmidt', '+49 30 12345678'],
          ['16', 'anna.s', 'anna.schmidt@web.de', 'Anna', 'Schmidt', '030 12345678'],
        ],
      ),
    ).toEqual({
      'Customer ID': 'customerId',
      Username: null,
      Email: 'email',
      'First Name': 'name.given',
      'Last Name': 'name.family',
      'Billing Phone': 'phone',
    });
  });

  test('maps a 微店 member export’s 会员昵称 to the name: the list has no other name column', () => {
    const mapping = mapHeaders(
      ['会员昵称', '手机号', '会员等级', '积分', '累计消费', '最近消费时间', '注册时间', '来源渠道'],
      DEFAULT_TEMPLATE,
      {},
      [
        ['小鱼儿', '13800138000', '黄金会员', '1200', '¥1,234.50', '2025/3/5', '2023.01.05', '微信小程序'],
        ['阿杰', '13912345678', '普通会员', '0', '0', '', '2024年3月5日', '线下门店'],
        ['糖糖', '13712345678', '白银会员', '500', '1.2万', '2025-02-14', '2022/6/1', '抖音'],
        ['王姐', '021-64381234', '钻石会员', '8800', '32000', '2025-02-14 18:30', '2021-11-11', '老客转介绍'],
      ],
    );
    expect(mappingToJson(mapping)).toMatchObject({ 会员昵称: 'name', 手机号: 'phone', 注册时间: 'createdAt' });
    expect(mapping.missing).not.toContain('name');
    expect(mapping.customers).toBe('person');
  });

  test('keeps the name on 收件人 and leaves 达人昵称 alone in a 抖店 order export', () => {
    expect(
      map(
        ['收件人', '收件人手机', '达人昵称'],
        [
          ['万佳', '13800138001', '吃货小王'],
          ['钱丽', '13800138002', '美妆阿May'],
          ['严芳', '13800138003', '育儿达人'],
        ],
      ),
    ).toEqual({ 收件人: 'name', 收件人手机: 'phone', 达人昵称: null });
  });

  test('leaves Outlook’s Nickname alone beside First Name and Last Name', () => {
    expect(
      map(
        ['First Name', 'Last Name', 'Nickname', 'E-mail Address'],
        [
          ['David', 'Miller', 'Dave', 'dmiller@northwind.com'],
          ['Sarah', 'Johnson', '', 'sarah.johnson@contoso.com'],
          ['Thomas', 'Nguyen', 'Tom', 'tom@adatum.com.au'],
        ],
      ),
    ).toEqual({ 'First Name': 'name.given', 'Last Name': 'name.family', Nickname: null, 'E-mail Address': 'email' });
  });
});

describe('mapHeaders on contact-point columns of contact exports', () => {
  test('leaves Google’s E-mail 1 - Type alone: it labels the e-mail, it is no customer type', () => {
    expect(
      map(
        [
          'Name',
          'E-mail 1 - Type',
          'E-mail 1 - Value',
          'E-mail 2 - Type',
          'E-mail 2 - Value',
          'Phone 1 - Type',
          'Phone 1 - Value',
        ],
        [
          [
            'Robert Smith',
            '* Work',
            'bob.smith@acmecorp.com',
            '* Home',
            'bobsmith77@gmail.com',
            'Mobile',
            '+1 415-555-0132',
          ],
          ['Jennifer Lee', '* Work', 'jlee@brightpath.io', '* Other', 'jen.lee@gmail.com', 'Mobile', '+44 7911 123456'],
        ],
      ),
    ).toEqual({
      Name: 'name',
      'E-mail 1 - Type': null,
      'E-mail 1 - Value': 'email',
      'E-mail 2 - Type': null,
      'E-mail 2 - Value': null,
      'Phone 1 - Type': null,
      'Phone 1 - Value': 'phone',
    });
  });

  test('reads Outlook’s E-mail 2 Address as a second e-mail, not the street address', () => {
    expect(
      map(
        [
          'First Name',
          'Last Name',
          'E-mail Address',
          'E-mail 2 Address',
          'Business Street',
          'Business City',
          'Business State',
          'Business Postal Code',
          'Mobile Phone',
        ],
        [
          [
            'David',
            'Miller',
            'dmiller@northwind.com',
            'david.miller@gmail.com',
            '1 Microsoft Way',
            'Redmond',
            'WA',
            '98052',
            '(206) 555-0199',
          ],
          [
            'Sarah',
            'Johnson',
            'sarah.johnson@contoso.com',
            '',
            '350 Fifth Ave',
            'New York',
            'NY',
            '10118',
            '+1 (917) 555-0123',
          ],
        ],
      ),
    ).toEqual({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      'E-mail Address': 'email',
      'E-mail 2 Address': null,
      'Business Street': 'address',
      'Business City': 'region',
      'Business State': null,
      'Business Postal Code': 'postcode',
      'Mobile Phone': 'phone',
    });
  });

  test('leaves an IM address alone: it is no postal address', () => {
    expect(
      map(
        ['Full Name', 'IMAddress', 'Business Street'],
        [
          ['David Miller', 'dmiller@northwind.com', '1 Microsoft Way'],
          ['Sarah Johnson', '', '350 Fifth Ave'],
          ['Aisha Khan', 'aisha.k@litware.co.uk', '221B Baker St'],
        ],
      ),
    ).toEqual({ 'Full Name': 'name', IMAddress: null, 'Business Street': 'address' });
  });

  test('maps Shopify’s Default Address Zip to the postcode', () => {
    expect(
      map(
        [
          'Customer ID',
          'First Name',
          'Last Name',
          'Email',
          'Default Address City',
          'Default Address Zip',
          'Default Address Country Code',
          'Phone',
        ],
        [
          [
            "'6812345678901",
            'Emily',
            'Carter',
            'emily.carter@gmail.com',
            'Springfield',
            "'97403",
            'US',
            '+15415550111',
          ],
          ["'6812345678903", 'Emily', 'Carter', 'ecarter@carterdesign.co', 'Boston', "'02109", 'US', '+16175550123'],
        ],
      ),
    ).toEqual({
      'Customer ID': 'customerId',
      'First Name': 'name.given',
      'Last Name': 'name.family',
      Email: 'email',
      'Default Address City': 'region',
      'Default Address Zip': 'postcode',
      'Default Address Country Code': 'country',
      Phone: 'phone',
    });
  });
});

describe('mapHeaders on job titles and honorifics', () => {
  const headers = ['First Name', 'Last Name', 'Title', 'Suffix', 'Job Title', 'Company'];

  test('gives the title to Outlook’s Job Title and leaves a Title of honorifics alone', () => {
    expect(
      map(headers, [
        ['David', 'Miller', 'Mr.', '', 'Purchasing Manager', 'Northwind Traders Inc.'],
        ['Dave', 'Miller', '', '', 'Purchasing Mgr', 'Northwind Traders, Inc.'],
        ['Sarah', 'Johnson', 'Ms.', '', 'CFO', 'Contoso Ltd'],
        ['James', 'Wong', '', '', 'Office Manager', 'Fabrikam Canada Ltd.'],
      ]),
    ).toEqual({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      Title: null,
      Suffix: null,
      'Job Title': 'title',
      Company: 'company',
    });
  });

  test('gives the title to a filled Job Title over an empty Title column', () => {
    expect(
      map(headers, [
        ['David', 'Miller', '', '', 'Purchasing Manager', 'Northwind Traders Inc.'],
        ['Sarah', 'Johnson', '', '', 'CFO', 'Contoso Ltd'],
        ['James', 'Wong', '', '', 'Office Manager', 'Fabrikam Canada Ltd.'],
      ]),
    ).toMatchObject({ Title: null, 'Job Title': 'title' });
  });

  test('keeps a Title column of job titles as the title', () => {
    expect(
      map(
        ['Contact ID', 'First Name', 'Last Name', 'Title', 'Email'],
        [
          ['0035g00000XyZaBAAV', 'John', 'Smith', 'VP Operations', 'john.smith@acme.example.com'],
          ['0035g00000XyZaCAAV', 'Mary', 'Jones', 'Director of Sales', 'mary@globex.example.com'],
          ['0035g00000XyZaDAAV', 'Wei', 'Chen', 'Buyer', 'wei.chen@initech.example.com'],
        ],
      ),
    ).toMatchObject({ Title: 'title' });
  });
});

describe('mapHeaders on the synonyms lead lists and shop exports use', () => {
  test.each([
    ['Lead ID', 'customerId', ['1001', '1002', '1003']],
    ['Date Registered', 'createdAt', ['2023-04-02 10:15:33', '2024-01-15 18:22:01', '2022-11-11 08:00:00']],
    ['最近联系', 'lastContact', ['2025-03-05 14:30', '2025/3/6', '2025.3.5']],
  ])('maps %s to %s', (header, field, values) => {
    const rows = values.map((value) => ['王建国', value]);
    expect(map(['姓名', header], rows)[header]).toBe(field);
  });
});

describe('isHonorific', () => {
  test.each(['Mr.', 'Ms', 'MRS.', 'Dr.', 'Prof.', ' Miss ', '先生', '女士'])('reads "%s" as an honorific', (value) => {
    expect(isHonorific(value)).toBe(true);
  });

  test.each(['Mr. Smith', 'Director', 'CFO', '王先生', 'Dr. Jane Roe', ''])('does not read "%s" as one', (value) => {
    expect(isHonorific(value)).toBe(false);
  });
});
