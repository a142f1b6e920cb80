/**
 * Two different people whom a list gives most of the same details: two 张伟 at one company with
 * their own mobiles, John and Jane Doe at one address, Robert Smith and his son Robert Smith Jr.
 * Merging them would lose a customer, so they are never in the merge band; the same person typed
 * with a slip (a digit or two of a mobile, Jon/John, 张伟/张玮) still is.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { NAME_LEVEL, compareNames, nameKey, prepareName } from '../../shared/dedupe/compare/person-name';
import { numbersApart, phoneComparator } from '../../shared/dedupe/compare/phone';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });
const clustersOf = (values: CellValue[][], reviewThreshold = 0.3) =>
  findDuplicates(sheet(values), { reviewThreshold }).clusters;
const mergedRows = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);
/** The cluster holding both rows, if any. */
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));

describe('findDuplicates on two people of one common name with their own mobiles', () => {
  // A CRM export: two sales contacts called 张伟 at Tencent, each with a mobile of his own.
  const tencent: CellValue[][] = [
    ['姓名', '手机', '公司', '城市', '备注'],
    ['张伟', '13812345678', '腾讯科技(深圳)有限公司', '深圳', null], // 2
    ['张伟', '13987654321', '腾讯科技(深圳)有限公司', '深圳', '另一个张伟'], // 3: another 张伟
    ['李娜', '13800000001', '华为技术有限公司', '深圳', null],
    ['王强', '13698765432', '杭州蓝海贸易有限公司', '杭州', null],
    ['刘洋', '18622223333', '宁波恒通物流有限公司', '宁波', null],
  ];

  test('does not merge two 张伟 at one company whose mobiles differ in many digits', () => {
    const pair = together(clustersOf(tencent), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('does not join them through a third 张伟 row that has no mobile', () => {
    const values = [...tencent, ['张伟', null, '腾讯科技(深圳)有限公司', '深圳', '展会名片']];
    expect(together(clustersOf(values), 2, 3)).toBeUndefined();
  });

  test('still merges the same 张伟 whose mobile was typed with a wrong digit or two digits swapped', () => {
    const values: CellValue[][] = [
      ...tencent,
      ['张伟', '13812345679', '腾讯科技(深圳)有限公司', '深圳', null], // 7: row 2, last digit wrong
      ['张 伟', '138 1234 6578', '腾讯科技（深圳）有限公司', '深圳', null], // 8: row 2, two digits swapped
    ];
    expect(mergedRows(values)).toEqual([[2, 7, 8]]);
  });

  test('merges one person across three rows whose mobiles each carry one typo (two digits apart from each other)', () => {
    // As in the 100,000-row benchmark: typos at other places leave the copies two digits apart.
    const values: CellValue[][] = [
      ['客户编号', 'Name', 'Mobile', 'Email', 'Company', 'City'],
      ['C001', '周倩', '13773833298', null, '成都蓝智咨询有限责任公司', '成都'],
      ['C002', '周倩', '13773123298', null, '成都蓝智咨询有限责任公司', '成都'],
      ['C003', '周倩', '13773823298', 'zqian71@sina.com', '成都蓝智咨询有限责任公司', '成都'],
      ['C004', '王嘉志', '13787999247', 'wjiazhi79@lanzhi.com', '成都蓝智咨询有限责任公司', '成都'],
      ['C005', '许梓', '15693301648', 'zixu66@foxmail.com', '西安恒博软件有限公司', '西安'],
      ['C006', '王宇敏', '13677329370', 'wang.yumin8@hotmail.com', '苏州海中物流股份有限公司', '苏州'],
    ];
    expect(mergedRows(values)).toEqual([[2, 3, 4]]);
  });

  test('still merges two rows of one person whose mobiles differ when the e-mail agrees (a new number)', () => {
    const values = [
      ['姓名', '手机', '邮箱', '公司'],
      ['陈静', '13912345678', 'chenjing@lanhai.com', '杭州蓝海贸易有限公司'],
      ['陈静', '18655550123', 'chenjing@lanhai.com', '杭州蓝海贸易有限公司'],
      ['王强', '13698765432', 'wangqiang@lanhai.com', '杭州蓝海贸易有限公司'],
      ['李娜', '13511112222', 'lina@lanhai.com', '杭州蓝海贸易有限公司'],
    ];
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });
});

describe('findDuplicates on relatives at one address', () => {
  const household: CellValue[][] = [
    ['Name', 'Phone', 'Email', 'Address', 'City'],
    ['John Doe', '+1 415 555 2671', null, '12 Elm Street', 'Springfield'], // 2
    ['Jane Doe', '+1 415 555 2671', null, '12 Elm Street', 'Springfield'], // 3: his wife, their home phone
    ['Mary Jones', '+1 212 555 0100', 'mary@globex.com', '10 Main St', 'New York'],
    ['Peter Brown', '+1 212 555 0188', 'peter@globex.com', '12 Main St', 'New York'],
    ['Linda Wu', '+1 646 555 0123', 'linda.wu@initech.com', '5 Oak Ave', 'Boston'],
  ];

  test('reviews, never merges, John Doe and Jane Doe sharing a home phone and address', () => {
    const pair = together(clustersOf(household), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  test('says why: their given names differ', () => {
    const reason = together(clustersOf(household), 2, 3)?.reasons.find((r) => r.field === 'name');
    expect(reason).toMatchObject({ level: 'different', message: 'Name: different given names (John Doe ≠ Jane Doe)' });
  });

  test('reviews John Doe and Jane Doe who share only the address', () => {
    const values = household.map((row, r) =>
      r === 2 ? ['Jane Doe', null, null, '12 Elm Street', 'Springfield'] : row,
    );
    expect(mergedRows(values)).toEqual([]);
  });

  test.each([
    ['Jon Doe', 'John Doe'],
    ['Micheal Doe', 'Michael Doe'],
    ['Catherine Doe', 'Katherine Doe'],
  ])('still merges %s and %s at one address (one name mistyped)', (a, b) => {
    const values = household.map((row, r) => (r === 1 ? [a, ...row.slice(1)] : r === 2 ? [b, ...row.slice(1)] : row));
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });

  test('still merges 张伟 and 张玮 (a homophone typed by pinyin input) at one address', () => {
    const values: CellValue[][] = [
      ['客户姓名', '联系电话', '收货地址'],
      ['张伟', '13812345678', '上海市浦东新区世纪大道100号'],
      ['张玮', '13812345678', '上海市浦东新区世纪大道100号'],
      ['李娜', '13800000001', '北京市海淀区中关村大街1号'],
      ['王强', '13698765432', '广州市天河区天河路208号'],
    ];
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });

  test('merges John Doe and Jane Doe when their birth date is one (the same person, a name slip)', () => {
    const values = [
      ['Name', 'Date of Birth', 'Address', 'City'],
      ['John Doe', '1980-04-12', '12 Elm Street', 'Springfield'],
      ['Jane Doe', '1980-04-12', '12 Elm Street', 'Springfield'],
      ['Mary Jones', '1975-01-30', '10 Main St', 'New York'],
      ['Peter Brown', '1990-07-08', '12 Main St', 'New York'],
    ];
    expect(together(clustersOf(values), 2, 3)?.band).toBe('merge');
  });
});

describe('findDuplicates on two generations of one name', () => {
  const family: CellValue[][] = [
    ['Full Name', 'Phone', 'Address', 'City', '备注'],
    ['Robert Smith', '+1 415 555 2671', '12 Elm Street', 'Springfield', null], // 2
    ['Robert Smith Jr.', '+1 415 555 2671', '12 Elm Street', 'Springfield', 'son'], // 3
    ['Mary Jones', '+1 212 555 0100', '10 Main St', 'New York', null],
    ['Peter Brown', '+1 212 555 0188', '12 Main St', 'New York', null],
  ];

  test('reviews, never merges, Robert Smith and Robert Smith Jr. at one address and phone', () => {
    const pair = together(clustersOf(family), 2, 3);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
    expect(pair?.reasons.find((r) => r.field === 'name')?.message).toBe(
      'Full Name: another generation (Jr., Sr., II) (Robert Smith ≠ Robert Smith Jr.)',
    );
  });

  test('does not join father and son through a row of the household without a name', () => {
    const values = [...family, [null, '+1 415 555 2671', '12 Elm Street', 'Springfield', 'phone order']];
    expect(together(clustersOf(values), 2, 3)?.band ?? 'none').not.toBe('merge');
  });

  test.each([
    ['Robert Smith Sr.', 'Robert Smith Jr.'],
    ['Robert Smith II', 'Robert Smith III'],
    ['Robert Smith', 'Robert Smith III'],
  ])('does not merge %s and %s', (a, b) => {
    const values = family.map((row, r) => (r === 1 ? [a, ...row.slice(1)] : r === 2 ? [b, ...row.slice(1)] : row));
    expect(mergedRows(values)).toEqual([]);
  });

  test.each([
    ['Robert Smith Jr.', 'Robert Smith Jr'],
    ['Robert Smith Jnr', 'Robert Smith Junior'],
    ['Robert Smith 2nd', 'Robert Smith II'],
  ])('merges %s and %s: one generation, written two ways', (a, b) => {
    const values = family.map((row, r) => (r === 1 ? [a, ...row.slice(1)] : r === 2 ? [b, ...row.slice(1)] : row));
    expect(mergedRows(values)).toEqual([[2, 3]]);
  });
});

describe('compare/person-name relatives', () => {
  const level = (a: string, b: string, role: 'full' | 'given' = 'full') =>
    compareNames(prepareName(nameKey(a)!, role), prepareName(nameKey(b)!, role));
  test.each([
    ['John Doe', 'Jane Doe'],
    ['Mary Jane Smith', 'Mary Ann Smith'],
    ['Sam Brown', 'Ben Brown'],
    ['Robert Smith', 'Robert Smith Jr.'],
    ['Robert Smith Sr', 'Robert Smith Jr'],
    ['Smith, Robert', 'Robert Smith III'],
  ])('%s vs %s: relatives', (a, b) => {
    expect(level(a, b)).toBe(NAME_LEVEL.relative);
  });
  test.each([
    ['Jon Doe', 'John Doe', NAME_LEVEL.typo],
    ['Micheal Ross', 'Michael Ross', NAME_LEVEL.typo],
    ['Catherine Wells', 'Katherine Wells', NAME_LEVEL.typo],
    ['Carl Wells', 'Karl Wells', NAME_LEVEL.typo],
    ['J. Doe', 'John Doe', NAME_LEVEL.initial],
    ['Smith, John', 'John Smith', NAME_LEVEL.reordered],
    ['Mary Jones', 'Peter Brown', NAME_LEVEL.different],
  ])('%s vs %s: level %d, not relatives', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });
  test('a family-name column alone does not tell given names apart', () => {
    expect(level('Doe', 'Dow')).not.toBe(NAME_LEVEL.relative);
    expect(compareNames(prepareName(nameKey('Smith Jr')!, 'family'), prepareName(nameKey('Smith')!, 'family'))).toBe(
      NAME_LEVEL.relative,
    );
  });
});

describe('findDuplicates on family members who share an order’s e-mail and phone', () => {
  // An event platform's attendee export: the buyer's e-mail and phone are copied onto each attendee.
  const attendees: CellValue[][] = [
    ['Order #', 'First Name', 'Last Name', 'Email', 'Cell Phone', 'Home City', 'Attendee #'],
    ['1234567891', 'David', 'Wong', 'david.wong@example.hk', '9123 4567', 'Kowloon', '9876543211'], // 2
    ['1234567891', 'Mary', 'Wong', 'david.wong@example.hk', '9123 4567', 'Kowloon', '9876543212'], // 3
    ['1234567892', 'Siti', 'Abdullah', 'siti@example.my', '012-345 6789', 'Kuala Lumpur', '9876543213'],
  ];

  test('David and Mary Wong are reviewed, not merged: the e-mail is the family’s, not one person’s', () => {
    expect(mergedRows(attendees)).toEqual([]);
    expect(together(clustersOf(attendees), 2, 3)?.band).toBe('review');
  });

  test('without the order columns too', () => {
    const plain = attendees.map((row) => row.slice(1, 6));
    expect(mergedRows(plain)).toEqual([]);
  });

  test('the same David typed twice, or as Dave, is still merged on the shared e-mail', () => {
    const values: CellValue[][] = [
      ...attendees.map((row) => row.slice(1, 6)),
      ['Davd', 'Wong', 'david.wong@example.hk', '9123 4567', 'Kowloon'], // 5: row 2 with a typo
      ['Dave', 'Wong', 'DAVID.WONG@example.hk', '+852 9123 4567', 'Kowloon'], // 6: row 2 by nickname
    ];
    const merged = mergedRows(values);
    expect(merged.some((rows) => rows.includes(2) && rows.includes(5) && rows.includes(6))).toBe(true);
    expect(merged.some((rows) => rows.includes(3))).toBe(false);
  });
});

describe('compare/phone numbersApart', () => {
  const phone = phoneComparator('CN');
  const prepared = (text: string) => phone.prepare(phone.key(text)!);
  test.each([
    ['13812345678', '13812345679', false], // one digit wrong
    ['13812345678', '13812346578', false], // two digits swapped
    ['13812345678', '1381234567', false], // one digit missing
    ['13773833298', '13773123298', false], // two digits wrong
    ['+86 138 1234 5678', '138-1234-5697', false],
    ['13812345678', '13987654321', true],
    ['13911112222', '13622223333', true],
  ])('%s and %s apart: %s', (a, b, expected) => {
    expect(numbersApart(prepared(a), prepared(b))).toBe(expected);
  });
});
