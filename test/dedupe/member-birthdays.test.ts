/**
 * Shops and restaurants ask a member for a birthday without its year (生日 03-05, 3月5日). One name on
 * one mobile with one birthday is one member who opened a card at a second store: found and merged,
 * the birthday named as agreeing. Two cards of one name on one phone with other birthdays stay apart.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { dateComparator } from '../../shared/dedupe/compare/date';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: '会员', values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// A 美团 member export (会员列表), read from its GBK CSV.
const members: CellValue[][] = [
  [
    '会员卡号',
    '会员姓名',
    '手机号',
    '性别',
    '生日',
    '会员等级',
    '储值余额',
    '积分',
    '累计消费',
    '消费次数',
    '开卡门店',
    '开卡时间',
    '最近消费时间',
    '来源渠道',
    '备注',
  ],
  [
    'M000123',
    '王小丽',
    '13912345678',
    '女',
    '03-05',
    '金卡',
    '520.00',
    '1230',
    '3560.50',
    '18',
    '望京店',
    '2022-05-01',
    '2024-03-01',
    '美团',
    '不吃辣',
  ],
  [
    'M000124',
    '王小丽',
    '139 1234 5678',
    '女',
    '3月5日',
    '银卡',
    '0.00',
    '300',
    '800.00',
    '4',
    '国贸店',
    '2023-01-10',
    '2023-12-12',
    '大众点评',
    '同一人在两家店开卡',
  ],
  [
    'M000125',
    '李雷',
    '18600001111',
    '男',
    '1990-07-07',
    '普通会员',
    '0.00',
    '0',
    '128.00',
    '1',
    '望京店',
    '2024-02-14',
    '2024-02-14',
    '美团团购',
    '情人节套餐',
  ],
  [
    'M000126',
    '韩梅梅',
    '18600002222',
    '女',
    '',
    '钻石卡',
    '2000.00',
    '8800',
    '15000.00',
    '60',
    '三里屯店',
    '2020-10-10',
    '2024-03-04',
    '线下',
    '老板朋友，打8折',
  ],
  [
    'M000127',
    '',
    '13800000000',
    '未知',
    '',
    '普通会员',
    '0.00',
    '0',
    '0.00',
    '0',
    '望京店',
    '2024-03-01',
    '',
    '美团',
    '只留了手机号',
  ],
  [
    'M000128',
    'Tom',
    '13701234567',
    '男',
    '',
    '普通会员',
    '50.00',
    '100',
    '200.00',
    '2',
    '三里屯店',
    '2023-06-06',
    '2023-09-09',
    '大众点评',
    '外国客人',
  ],
  [
    'M000129',
    '张伟',
    '13512345678',
    '男',
    '1985.12.1',
    '金卡',
    '100.00',
    '2000',
    '4000.00',
    '20',
    '国贸店',
    '2021-01-01',
    '2024-01-20',
    '线下',
    '',
  ],
];

describe('findDuplicates on member cards with birthdays', () => {
  test('王小丽 with cards at two stores, one mobile and one birthday (03-05, 3月5日) is merged, the birthday agreeing', () => {
    const pair = together(clustersOf(members), 2, 3);
    expect(pair?.band).toBe('merge');
    const birthday = pair!.reasons.find((r) => r.column === '生日')!;
    expect(birthday.level).toBe('exact');
    expect(birthday.message).toBe('生日: same birthday (day and month, no year) (03-05 = 3月5日)');
    expect(reasonText(birthday, MERGE_LABELS['zh-CN'].reason!)).toBe('生日：相同（03-05 = 3月5日）');
    expect(pair!.reasons.find((r) => r.column === '会员卡号')?.level).toBe('different');
  });

  test('a birthday without its year meets a whole date on its day and month', () => {
    const values = members.map((row, r) => (r === 2 ? [...row.slice(0, 4), '1996-03-05', ...row.slice(5)] : row));
    const pair = together(clustersOf(values), 2, 3);
    expect(pair?.band).toBe('merge');
    const birthday = pair!.reasons.find((r) => r.column === '生日')!;
    expect(birthday.level).toBe('exact');
    expect(birthday.message).toBe('生日: same day and month (one gives no year) (03-05 = 1996-03-05)');
  });

  test('two cards of one name on one phone with other birthdays are reviewed, never merged (a mother and daughter)', () => {
    const values = members.map((row, r) => (r === 2 ? [...row.slice(0, 4), '11月20日', ...row.slice(5)] : row));
    expect(together(clustersOf(values), 2, 3)?.band ?? 'none').not.toBe('merge');
  });

  test('two cards without birthdays stay at review, as before', () => {
    const values = members.map((row, r) => (r === 1 || r === 2 ? [...row.slice(0, 4), '', ...row.slice(5)] : row));
    expect(together(clustersOf(values), 2, 3)?.band ?? 'none').not.toBe('merge');
  });

  test('keys a birthday without its year as --MM-DD, day first where the column writes days first', () => {
    const birth = dateComparator('birth');
    expect(birth.key('03-05')).toBe('--03-05');
    expect(birth.key('3月5日')).toBe('--03-05');
    expect(birth.key('3/5')).toBe('--03-05');
    expect(dateComparator('birth', { dateOrder: 'dmy' }).key('05/03')).toBe('--03-05');
    expect(birth.key('13-45')).toBeNull();
    // A month's name, as North American and British lists write a birthday: Jun 5, 5 June, 5-Jun.
    expect(birth.key('Jun 5')).toBe('--06-05');
    expect(birth.key('5 June')).toBe('--06-05');
    expect(birth.key('5-Jun')).toBe('--06-05');
    // An activity date without its year is no day to compare.
    expect(dateComparator('activity').key('03-05')).toBeNull();
    const a = birth.prepare('--03-05');
    expect(birth.compare(a, birth.prepare('1990-03-05'))).toBe(2);
    expect(birth.compare(a, birth.prepare('1990-03-06'))).toBe(3);
    expect(birth.compare(a, birth.prepare('--05-03'))).toBe(1);
  });

  test('a Mailchimp audience’s Birthday (MM/DD, no year) is compared too: one subscriber signed up twice is found', () => {
    const audience: CellValue[][] = [
      ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME'],
      ['jane.doe@gmail.com', 'Jane', 'Doe', '(217) 555-0143', '03/14', '2', '2023-01-05 10:11:12'],
      ['JANE.DOE@GMAIL.COM', 'Jane', 'Doe-Smith', '217-555-0143', '03/14', '3', '2023-06-05 10:11:12'],
      ['bob@example.com', 'Bob', 'Martin', '+1 312 555 0199', '', '1', '2023-02-05 10:11:12'],
    ];
    const pair = together(findDuplicates({ name: 'audience', values: audience }).clusters, 2, 3);
    expect(pair?.reasons.find((r) => r.column === 'Birthday')?.level).toBe('exact');
  });

  test('one card under two names with other birthdays (a household’s shared card) is reviewed, never merged', () => {
    // prettier-ignore
    const shared: CellValue[][] = [
      ['会员卡号', '姓名', '手机号', '生日', '开卡门店', '累计消费'],
      ['VIP0001', '张丽', '13812345678', '03-05', '万达店', 1200],
      ['VIP0001', '刘强', '13812345678', '11-20', '万达店', 300],
      ['VIP0002', '王芳', '13712345678', '', '银泰店', 500],
    ];
    expect(together(clustersOf(shared), 2, 3)?.band).toBe('review');
    // The same card and name on a second visit, the birthday left blank once, is still one member.
    const again = shared.map((row, r) => (r === 2 ? ['VIP0001', '张丽', '13812345678', '', '万达店', 300] : row));
    expect(together(clustersOf(again), 2, 3)?.band).toBe('merge');
  });
});
