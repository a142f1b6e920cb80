/**
 * Points and stored value (积分, 储值余额, Points, Store Credit) are what a member holds: merging two
 * records of one member without adding them up is said, naming the row and column, and `--sum-purchases`
 * adds them as it adds totals. Two cards are two accounts (member-cards.ts) and stay apart.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeOptions } from '../../shared/merge/types';
import { balanceHeader } from '../../shared/merge/balance-columns';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A 有赞 member export: 张伟 signed up again in 2023 without his card; the second record holds 300 points.
const YOUZAN: CellValue[][] = [
  ['会员昵称', '真实姓名', '手机号', '会员等级', '积分', '累计消费金额(元)', '消费次数', '会员卡号'],
  ['小鱼儿', '张伟', '13800138000', '金卡会员', 1200, 3580.5, 12, 'YZ10001'],
  ['阿伟', '张 伟', '１３８００１３８０００', '银卡会员', 300, 880, 3, ''],
  ['Lily', '李娜', '13912345678', '普通会员', 0, 0, 0, 'YZ10003'],
];

// A Shopify customer export with a loyalty app's columns: Mary's second account holds 150 points and $20.
const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Phone', 'Total Spent', 'Total Orders', 'Loyalty Points', 'Store Credit'],
  ['Mary', 'Smith', 'mary.smith@gmail.com', '+1 415 555 0100', 450.5, 4, 880, 15],
  ['Mary', 'Smith', 'Mary.Smith@gmail.com', '(415) 555-0100', 99, 1, 150, 20],
  ['John', 'Brown', 'jb@globex.com', '+1 415 555 0199', 10, 1, 0, 0],
];

function merge(values: CellValue[][], name: string, locale: Locale, extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet(
    name,
    values.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, locale, { masters: { 0: 2 }, ...extra }));
}

describe('merging a member’s points and stored value', () => {
  test('says the merged row’s 积分 300 was not added, naming row 3 and the column (zh-CN)', () => {
    const { result, rowAt } = merge(YOUZAN, '会员', 'zh-CN');
    expect(rowAt(2)['积分']).toBe(1200);
    const warnings = result.problems.filter((p) => p.code === 'balance.notAdded');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', row: 3, field: '积分' });
    expect(warnings[0]!.message).toBe(
      '第 1 组：第 3 行的“积分” 300 没有加到保留的行上（仍在合并归档中）；要相加，请对该列用相加（sum）规则',
    );
  });

  test('names each row and column of Loyalty Points and Store Credit not added (en-US)', () => {
    const { result, rowAt } = merge(SHOPIFY, 'Customers', 'en-US');
    expect(rowAt(2)).toMatchObject({ 'Loyalty Points': 880, 'Store Credit': 15 });
    const messages = result.problems.filter((p) => p.code === 'balance.notAdded').map((p) => p.message);
    expect(messages).toEqual([
      'Group 1: row 3\'s "Loyalty Points" 150 was not added to the kept row (it is in the archive); to add it up, give the column the sum rule',
      'Group 1: row 3\'s "Store Credit" 20 was not added to the kept row (it is in the archive); to add it up, give the column the sum rule',
    ]);
  });

  test.each([
    ['zh-CN', YOUZAN, '会员', { 积分: 1500, '累计消费金额(元)': 4460.5, 消费次数: 15 }],
    ['en-US', SHOPIFY, 'Customers', { 'Loyalty Points': 1030, 'Store Credit': 35, 'Total Spent': 549.5 }],
  ] as const)(
    'adds points and stored value like totals when purchases are summed (%s)',
    (locale, values, name, sums) => {
      const { result, rowAt } = merge(values, name, locale, { countsAreSeparatePurchases: true });
      expect(rowAt(2)).toMatchObject(sums);
      expect(result.problems.filter((p) => p.code === 'balance.notAdded')).toEqual([]);
      const changed = result.merges[0]!.changes.map((c) => c.header);
      for (const header of Object.keys(sums)) expect(changed).toContain(header);
    },
  );

  test('says nothing of the survivor’s own card exported twice with an older balance', () => {
    const values = YOUZAN.map((r, i) => (i === 2 ? r.map((v, c) => (c === 7 ? 'yz10001 ' : v)) : [...r]));
    const { result, rowAt } = merge(values, '会员', 'zh-CN');
    expect(rowAt(2)['积分']).toBe(1200);
    expect(result.problems.filter((p) => p.code === 'balance.notAdded')).toEqual([]);
  });

  test('says nothing when the merged row holds no points', () => {
    const values = YOUZAN.map((r, i) => (i === 2 ? r.map((v, c) => (c === 4 ? 0 : v)) : [...r]));
    const { result } = merge(values, '会员', 'zh-CN');
    expect(result.problems.filter((p) => p.code === 'balance.notAdded')).toEqual([]);
  });

  test('leaves another card’s points to the note naming that card, without a second warning', () => {
    const values = YOUZAN.map((r, i) => (i === 2 ? r.map((v, c) => (c === 7 ? 'YZ10002' : v)) : [...r]));
    const { result, rowAt } = merge(values, '会员', 'zh-CN');
    expect(result.problems.filter((p) => p.code === 'balance.notAdded')).toEqual([]);
    expect(rowAt(2)).toMatchObject({ 积分: 1200, 会员卡号: 'YZ10001' });
  });

  test('names the row as the user’s sheet numbers it when the list sat under a title', () => {
    const { result } = merge(YOUZAN, '会员', 'zh-CN', { shownRow: (row) => row + 2 });
    const warning = result.problems.find((p) => p.code === 'balance.notAdded')!;
    expect(warning.message).toMatch(/^第 1 组：第 5 行的“积分” 300/);
  });
});

describe('balanceHeader', () => {
  test.each([
    ['积分', true],
    ['会员积分', true],
    ['可用积分', true],
    ['储值余额', true],
    ['余额', true],
    ['Points', true],
    ['Loyalty Points', true],
    ['Reward Points', true],
    ['Balance', true],
    ['Store Credit', true],
    // Owed, a rate or a level: no holding of the customer's.
    ['欠款余额', false],
    ['应收余额', false],
    ['积分等级', false],
    ['Balance Due', false],
    ['Outstanding Balance', false],
    ['Lead Score Points', false],
    ['累计消费金额(元)', false],
  ])('%s → %s', (header, held) => {
    expect(balanceHeader(header)).toBe(held);
  });
});
