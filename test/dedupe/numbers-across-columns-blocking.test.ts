import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { buildRecords } from '../../shared/dedupe/records';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';

/** Whether the records of sheet rows a and b are compared at all. */
function compared(values: CellValue[][], a: number, b: number): boolean {
  const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
  const records = buildRecords({ name: 'Contacts', values }, { template: DEFAULT_TEMPLATE, mapping });
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  const [i, j] = [a, b].map((row) => records.rows.indexOf(row));
  let met = false;
  index.forEachPartner(Math.min(i!, j!), (k) => (met ||= k === Math.max(i!, j!)));
  return met;
}

describe('blocking on phones and e-mails in other columns of their kind', () => {
  test('a number with its country code meets the same number typed bare in another column', () => {
    // An exporter's contacts from several countries: the rep typed desk lines with their codes, and a
    // trade-show scan left only a bare mobile without a name.
    const contacts: CellValue[][] = [
      ['First Name', 'Last Name', 'Phone Number', 'Mobile Phone Number', 'Email'],
      ['Robert', 'Chen', '+1 (415) 555-0132', '', 'robert.chen@acmecorp.com'],
      ['', '', '', '4155550132', ''],
      ['Oliver', 'Hughes', '+44 20 7946 0958', '', 'oliver@hughes.co.uk'],
      ['Lena', 'Vogel', '+49 30 1234567', '', 'lena.vogel@vogel.de'],
      ['Camille', 'Martin', '+33 1 42 68 53 00', '', 'camille@martin.fr'],
      ['Jack', 'Wilson', '+61 2 9374 4000', '', 'jack@wilson.com.au'],
      ['Hiro', 'Tanaka', '+81 3 1234 5678', '', 'hiro@tanaka.jp'],
      ['', '', '', '2125550111', ''],
      ['', '', '', '3125550147', ''],
      ['', '', '', '6175550199', ''],
      ['', '', '', '5035550110', ''],
      ['Ana', 'Souza', '+55 11 2345 6789', '', 'ana@souza.com.br'],
      ['Priya', 'Nair', '+91 98765 43210', '', 'priya@nairconsulting.in'],
    ];
    expect(compared(contacts, 2, 3)).toBe(true);
  });

  test('a WeCom contact’s 手机 meets another record’s 联系电话 under another name', () => {
    // 企业微信里客户只留了微信昵称；CRM 里是实名，号码录在“联系电话”。
    const crm: CellValue[][] = [
      ['姓名', '手机', '联系电话', '公司'],
      ['小静', '13812345678', '', ''],
      ['陈静', '', '+86 138 1234 5678', '宁波海天贸易有限公司'],
      ['刘洋', '13998765432', '', '宁波海天贸易有限公司'],
      ['赵磊', '13700137000', '', '杭州源泉科技有限公司'],
      ['孙丽', '', '+86 136 0013 6000', '上海明达物流有限公司'],
    ];
    expect(compared(crm, 2, 3)).toBe(true);
  });

  test('an address in E-mail 2 meets the same address in another contact’s E-mail 1', () => {
    const google: CellValue[][] = [
      ['Name', 'E-mail 1 - Value', 'E-mail 2 - Value'],
      ['Michael Turner', 'mturner@brightline.io', 'mike.turner@outlook.com'],
      ['Mike T.', 'mike.turner@outlook.com', ''],
      ['Alice Wong', 'alice@x.com', ''],
      ['John Smith', 'john.smith@acmecorp.com', 'jsmith@gmail.com'],
      ['Maria Garcia', 'mgarcia@solanahealth.org', ''],
    ];
    expect(compared(google, 2, 3)).toBe(true);
  });
});
