/**
 * Two mailboxes at one company's own domain (chris@ and christine@taylorfitness.com) are two
 * people's, or at best one person's alias: with only the company's line, name and address agreeing,
 * such a pair is reviewed, never merged unasked. Free-mail domains are no such sign: a person often
 * keeps two addresses at Gmail or 163.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { HUBSPOT_CONTACTS, OUTLOOK_CONTACTS } from './english-contact-exports';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters;
const pairOf = (values: CellValue[][], a: number, b: number): Cluster | undefined =>
  clustersOf(values).find((c) => c.rows.includes(a) && c.rows.includes(b));
const bandOf = (values: CellValue[][], a: number, b: number) => pairOf(values, a, b)?.band ?? 'none';

describe('findDuplicates on two mailboxes at one company domain', () => {
  test('Chris and Christine Taylor on the office line of Outlook are reviewed, not merged', () => {
    const pair = pairOf(OUTLOOK_CONTACTS, 23, 24);
    expect(pair?.band ?? 'none').not.toBe('merge');
    // The review says what tells them apart.
    expect(pair?.reasons.find((r) => r.field === 'email')?.level ?? 'different').toBe('different');
  });

  test("Chris and Christine Taylor on HubSpot's Phone Number are reviewed, not merged", () => {
    expect(bandOf(HUBSPOT_CONTACTS, 20, 21)).not.toBe('merge');
  });

  test('Steven (steve@) and Stephen Brooks (stephen.brooks@) on one switchboard are reviewed, not merged', () => {
    expect(bandOf(OUTLOOK_CONTACTS, 16, 17)).not.toBe('merge');
  });

  test('one mailbox under two forms of a name is still merged (Margaret and Peggy Hughes, Greg Olsen and Olson)', () => {
    expect(bandOf(OUTLOOK_CONTACTS, 12, 13)).toBe('merge');
    expect(bandOf(OUTLOOK_CONTACTS, 20, 21)).toBe('merge');
  });

  test('a colleague at one company with a mailbox of her own is not merged with the owner (Sarah Patel, David Kim)', () => {
    expect(bandOf(OUTLOOK_CONTACTS, 10, 11)).not.toBe('merge');
  });

  // A WeCom customer export: two engineers of one name at one institute, on its switchboard.
  const wecom: CellValue[][] = [
    ['姓名', '公司', '职务', '公司电话', '手机', '邮箱', '城市', '添加时间'],
    ['王伟', '中科华信科技有限公司', '销售经理', '010-6252 8888', '', 'wangwei@zkhx-tech.cn', '北京', '2024-03-02'],
    ['王伟', '中科华信科技有限公司', '工程师', '010-62528888', '', 'wang.wei2@zkhx-tech.cn', '北京', '2024-05-17'],
    [
      '李娜',
      '杭州云栖贸易有限公司',
      '采购',
      '0571-8823 1546',
      '13905712233',
      'lina@yunqi-trade.com',
      '杭州',
      '2024-02-11',
    ],
    ['张敏', '深圳前海创投', '总监', '0755-2661 0001', '13760001234', 'zhangmin@qhct.cn', '深圳', '2024-01-08'],
    ['刘洋', '成都锦程物流', '经理', '028-8555 0101', '18608001234', 'liuyang@jcwl.com.cn', '成都', '2024-04-20'],
    ['陈静', '南京金陵药业', '主管', '025-8433 2200', '15951001234', 'chenjing@jlyy.cn', '南京', '2024-06-03'],
  ];

  test('两个王伟在同一公司电话、各用公司邮箱 (wangwei@, wang.wei2@): reviewed, not merged', () => {
    expect(bandOf(wecom, 2, 3)).not.toBe('merge');
  });

  test('一个王伟的两个公司邮箱，手机相同: still merged (one person, two aliases)', () => {
    const oneMobile = wecom.map((row, r) =>
      r === 1 || r === 2 ? [...row.slice(0, 4), '13801234567', ...row.slice(5)] : row,
    );
    expect(bandOf(oneMobile, 2, 3)).toBe('merge');
  });

  test('two addresses at a free-mail domain (163.com) are no sign of two people: one 王伟 on the line is still merged', () => {
    const freeMail = wecom.map((row, r) =>
      r === 1
        ? [...row.slice(0, 5), 'wangwei1988@163.com', ...row.slice(6)]
        : r === 2
          ? [...row.slice(0, 5), 'wangwei_bj@163.com', ...row.slice(6)]
          : row,
    );
    expect(bandOf(freeMail, 2, 3)).toBe('merge');
  });
});
