/**
 * A member or user re-registered by the team gets a new number from the system (会员编号, 用户ID,
 * Member No): one person's two records always hold two of them. On one name and one own mobile they
 * are one customer, and the explanation names the numbers as the records'. An account the customer
 * holds (a bank's 账号, a member's 会员卡号) is another matter: a person holds several, so two of them
 * are still reviewed; and two names on one family phone are still two people.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { mergeLabels } from '../../shared/merge';
import { reasonText } from '../../shared/merge/audit-log';

const clustersOf = (name: string, values: CellValue[][]) =>
  findDuplicates({ name, values }, { reviewThreshold: 0.3 }).clusters;
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

// 美容院's 会员档案: 杨丽 came back after her 年卡 ran out and was registered again (老会员续卡).
const salon: CellValue[][] = [
  ['会员编号', '姓名', '手机', '生日', '卡种', '开卡日期', '到期日', '储值余额', '剩余次数', '备注'],
  ['LR001', '杨丽', '13712345678', '3月15日', '年卡', '2023.6.1', '2024.5.31', '¥2,800', '', '过敏体质'],
  ['LR002', '许晴', '15012345678', '1988-09-09', '次卡(20次)', '2024-01-10', '2025-01-09', '0', '12', ''],
  ['LR003', '杨 丽', '137 1234 5678', '', '储值卡', '2024-03-01', '长期', '5000', '', '老会员续卡'],
  ['LR004', '林小姐', '微信联系', '', '体验卡', '2024-05-01', '2024-05-31', '', '1', '没留电话'],
  ['LR005', '何静', '18612340000', '12/05', '季卡', '05/03/2024', '04/06/2024', '1500', '', ''],
];

// 小鹅通's user export: 余晓 changed WeChat and the platform gave her a new user.
const xiaoetong: CellValue[][] = [
  ['用户ID', '昵称', '真实姓名', '手机号', '性别', '地区', '注册时间', '最近访问时间', '累计消费(元)', '备注'],
  [
    'u_6543a1b2c3d4e',
    '小鱼儿',
    '余晓',
    '13512345678',
    '女',
    '广东 广州',
    '2023-05-12 20:11:09',
    '2024-05-20 21:00:00',
    '1299.00',
    '',
  ],
  [
    'u_6543a1b2c3d4f',
    'Tony',
    '唐尼',
    '+86 18612345678',
    '男',
    '北京 北京',
    '2023-07-01 08:00:00',
    '2024-01-02 08:00:00',
    '99.00',
    '',
  ],
  ['u_6543a1b2c3d50', '微信用户', '', '', '未知', '', '2024-02-02 02:02:02', '2024-02-02 02:02:02', '0.00', ''],
  [
    'u_6543a1b2c3d51',
    '余晓_',
    '余晓',
    '135-1234-5678',
    '女',
    '广东 广州',
    '2024-03-03 10:00:00',
    '2024-05-01 10:00:00',
    '399.00',
    '换了微信',
  ],
];

// A club's member list: Hannah Clarke joined again and got a new Member No.
const club: CellValue[][] = [
  ['Member No', 'Name', 'Mobile', 'Email'],
  ['M-1001', 'Hannah Clarke', '07712 900111', 'hannah.clarke@btinternet.com'],
  ['M-1002', 'Gareth Jones', '07712 900222', 'gareth@sky.com'],
  ['M-1050', 'Hannah Clarke', '07712900111', ''],
  ['M-1051', 'Tom Reed', '07712 900333', 'tom@reed.net'],
];

describe('findDuplicates on one person registered twice under two record numbers', () => {
  test.each([
    ['会员档案', salon, 2, 4, '会员编号', 'LR001 ≠ LR003'],
    ['xiaoetong-users', xiaoetong, 2, 5, '用户ID', 'u_6543a1b2c3d4e ≠ u_6543a1b2c3d51'],
    ['members', club, 2, 4, 'Member No', 'M-1001 ≠ M-1050'],
  ])('merges the two rows of %s on one name and one mobile', (name, values, a, b, column, quoted) => {
    const group = together(clustersOf(name, values), a, b);
    expect(group?.band).toBe('merge');
    expect(group!.confidence).toBeGreaterThanOrEqual(0.9);
    const reason = group!.reasons.find((r) => r.column === column);
    expect(reason).toMatchObject({ level: 'other-record', message: `${column}: different record numbers (${quoted})` });
  });

  test('words the numbers as the records’ in Chinese too', () => {
    const group = together(clustersOf('会员档案', salon), 2, 4)!;
    const reason = group.reasons.find((r) => r.column === '会员编号')!;
    expect(reasonText(reason, mergeLabels('zh-CN').reason)).toBe('会员编号：记录编号不同（LR001 ≠ LR003）');
  });

  test('keeps two names on one family phone apart, whatever their numbers', () => {
    const family = salon.map((row, r) => (r === 3 ? ['LR003', '张伟', ...row.slice(2)] : row));
    expect(together(clustersOf('会员档案', family), 2, 4)?.band).not.toBe('merge');
    const clarkes = club.map((row, r) => (r === 3 ? ['M-1050', 'Mark Clarke', ...row.slice(2)] : row));
    expect(together(clustersOf('members', clarkes), 2, 4)?.band).not.toBe('merge');
  });

  test('still reviews, never merges, two accounts a customer holds (a bank’s 账号, a member’s 会员卡号)', () => {
    const bank: CellValue[][] = [
      ['账号', '客户姓名', '手机', '开户日期'],
      ['6222021234567890123', '王建国', '13911112222', '2019-03-01'],
      ['6222021234567899876', '李红', '13811113333', '2020-05-06'],
      ['6222029876543210001', '王建国', '139 1111 2222', '2023-08-09'],
      ['6222025555666677778', '赵磊', '13655554444', '2021-01-01'],
    ];
    expect(together(clustersOf('客户', bank), 2, 4)?.band).toBe('review');
    const cards = salon.map((row, r) => (r === 0 ? ['会员卡号', ...row.slice(1)] : row));
    expect(together(clustersOf('会员档案', cards), 2, 4)?.band).toBe('review');
  });
});
