/**
 * Merging one person's two member cards (会员卡号, Member ID): each card keeps its own balance, points
 * and visits, so the survivor keeps its card's and the notes name the other card with its own.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeOptions } from '../../shared/merge/types';
import { planUndo } from '../../shared/merge/plan-undo';
import { applyPlan, findSheet, snapshotOf, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A 门店's 会员 list: 周晓梅 opened a second card in 2023 and the shop merges her two entries.
const STORE: CellValue[][] = [
  ['会员卡号', '姓名', '手机', '储值余额', '积分', '消费次数', '最近到店', '备注'],
  ['V20210388', '周晓梅', '13816620145', 150.8, 860, 6, '2024-05-18', '喜欢玫瑰拿铁'],
  ['V20230017', '周晓梅', '138 1662 0145', 320, 1200, 14, '2024-03-02', ''],
  ['V20220105', '陈立', '13951230077', 0, 40, 1, '2024-04-11', ''],
  ['v20210388 ', '周晓梅', '13816620145', 150.8, 900, 7, '2024-05-20', ''],
];

// A gym's member export: Daniel signed up again with a new card and kept both.
const GYM: CellValue[][] = [
  ['Member ID', 'Name', 'Email', 'Balance', 'Visits', 'Last Visit', 'Notes'],
  ['M1042', 'Daniel Reyes', 'dan.reyes@gmail.com', '45.00', 12, '2024-05-28', 'Morning classes'],
  ['M2290', 'Daniel Reyes', 'Dan.Reyes@gmail.com', '20.00', 3, '2024-04-02', ''],
  ['M1107', 'Priya Shah', 'priya.shah@outlook.com', '0.00', 40, '2024-05-30', ''],
];

function merge(values: CellValue[][], name: string, locale: Locale, rows: number[], extra: Partial<MergeOptions> = {}) {
  const snapshot = sheet(
    name,
    values.map((r) => [...r]),
  );
  const options = optionsFor(snapshot, locale, { masters: { 0: rows[0]! }, ...extra });
  return { snapshot, ...mergeAndApply(snapshot, [{ rows }], options) };
}

describe('merging a member’s two cards', () => {
  test('keeps the survivor’s card with its own balance, points and count, and notes the other card with its own', () => {
    const { rowAt, result } = merge(STORE, '会员', 'zh-CN', [2, 3]);
    expect(rowAt(2)).toMatchObject({
      会员卡号: 'V20210388',
      储值余额: 150.8,
      积分: 860,
      消费次数: 6,
      备注: '喜欢玫瑰拿铁; 其他会员卡号：V20230017（储值余额 320，积分 1200，消费次数 14）',
    });
    expect(result.problems).toEqual([]);
  });

  test('archives the other card’s row whole, under the card the survivor keeps', () => {
    const { helper } = merge(STORE, '会员', 'zh-CN', [2, 3]);
    const archive = helper('合并归档');
    expect(archive[0]!.slice(7)).toEqual(STORE[0]);
    expect(archive[2]!.slice(2)).toEqual(['V20210388', 2, 3, 'V20230017', '已合并', ...STORE[2]!]);
  });

  test('adds the balances only when the user asks for a sum, and notes the card without the added balance', () => {
    const { rowAt } = merge(STORE, '会员', 'zh-CN', [2, 3], { rules: { 储值余额: 'sum' } });
    expect(rowAt(2)['储值余额']).toBe(470.8);
    expect(rowAt(2)['积分']).toBe(860);
    expect(rowAt(2)['备注']).toBe('喜欢玫瑰拿铁; 其他会员卡号：V20230017（积分 1200，消费次数 14）');
  });

  test('adds the counts of separate purchases as asked, across cards', () => {
    const { rowAt } = merge(STORE, '会员', 'zh-CN', [2, 3], { countsAreSeparatePurchases: true });
    expect(rowAt(2)['消费次数']).toBe(20);
    expect(rowAt(2)['储值余额']).toBe(150.8);
    expect(rowAt(2)['备注']).toBe('喜欢玫瑰拿铁; 其他会员卡号：V20230017（储值余额 320，积分 1200）');
  });

  test('still takes the largest count of one card typed twice, and notes no other card', () => {
    const { rowAt } = merge(STORE, '会员', 'zh-CN', [2, 5]);
    expect(rowAt(2)).toMatchObject({ 会员卡号: 'V20210388', 积分: 860, 消费次数: 7, 备注: '喜欢玫瑰拿铁' });
  });

  test('splits three rows of two cards: the survivor’s card’s copy still fills in, the other card is noted', () => {
    const { rowAt } = merge(STORE, '会员', 'zh-CN', [2, 3, 5]);
    expect(rowAt(2)['消费次数']).toBe(7);
    expect(rowAt(2)['备注']).toBe('喜欢玫瑰拿铁; 其他会员卡号：V20230017（储值余额 320，积分 1200，消费次数 14）');
  });

  test('gives a survivor without a card the smallest card with that card’s balance, and notes the other', () => {
    const values: CellValue[][] = [
      STORE[0]!,
      ['', '周晓梅', '13816620145', null, null, null, '2024-05-25', '到店登记，未带卡'],
      ...STORE.slice(1, 3),
    ];
    const { rowAt } = merge(values, '会员', 'zh-CN', [2, 3, 4]);
    expect(rowAt(2)).toMatchObject({
      会员卡号: 'V20210388',
      储值余额: 150.8,
      积分: 860,
      消费次数: 6,
      备注: '到店登记，未带卡; 喜欢玫瑰拿铁; 其他会员卡号：V20230017（储值余额 320，积分 1200，消费次数 14）',
    });
  });

  test('notes a second 微信号 of one card, and leaves the card’s amounts to their rules', () => {
    const values: CellValue[][] = [
      ['会员卡号', '姓名', '微信号', '储值余额', '积分', '备注'],
      ['V20210388', '周晓梅', 'zxm_0145', 150.8, 860, ''],
      ['V20210388', '周晓梅', 'zhouxm88', null, 900, ''],
    ];
    const { rowAt } = merge(values, '会员', 'zh-CN', [2, 3]);
    expect(rowAt(2)).toMatchObject({ 微信号: 'zxm_0145', 储值余额: 150.8, 积分: 860, 备注: '其他微信号：zhouxm88' });
  });

  test('notes the other card in English with its balance and visits', () => {
    const { rowAt, helper } = merge(GYM, 'Members', 'en-US', [2, 3]);
    expect(rowAt(2)).toMatchObject({
      'Member ID': 'M1042',
      Balance: '45.00',
      Visits: 12,
      Notes: 'Morning classes; Other member ID: M2290 (balance 20.00, visits 3)',
    });
    expect(helper('Custodian Archive')[2]!.slice(5)).toEqual(['M2290', 'merged away', ...GYM[2]!]);
  });

  test('says the other card is kept in the archive only when the sheet has no notes column', () => {
    const { rowAt, result } = merge(
      GYM.map((r) => r.slice(0, 6)),
      'Members',
      'en-US',
      [2, 3],
    );
    expect(rowAt(2)).toMatchObject({ 'Member ID': 'M1042', Balance: '45.00', Visits: 12 });
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'notes.unavailable',
        'Group 1: there is no notes column to write to; this is kept in the archive only: Other member ID: M2290 (balance 20.00, visits 3)',
      ],
    ]);
  });

  test('notes a card in a column the template does not know (Card No.) with its points', () => {
    const values: CellValue[][] = [
      ['Customer ID', 'Card No.', 'Name', 'Phone', 'Points', 'Notes'],
      ['C0001', '6222 0301 7788', 'Grace Kim', '(212) 555-0143', 880, ''],
      ['C0002', '6222 0301 9021', 'Grace Kim', '212-555-0143', 150, 'Card reissued'],
    ];
    const { rowAt } = merge(values, 'Club', 'en-US', [2, 3]);
    expect(rowAt(2)).toMatchObject({
      'Card No.': '6222 0301 7788',
      Points: 880,
      Notes: 'Card reissued; Other card no.: 6222 0301 9021 (points 150)',
    });
  });
});

describe('undoing a merge of two cards', () => {
  test.each([
    ['zh-CN', STORE, '会员'],
    ['en-US', GYM, 'Members'],
  ] as const)('gives both cards back with their own balances (%s)', (locale, values, name) => {
    const { snapshot, workbook } = merge(values, name, locale, [2, 3]);
    const undo = planUndo(workbook.meta, 'M-20240601-1', new Date('2024-06-02T09:00:00.000Z'), {
      current: snapshotOf(workbook, name),
    });
    if (!undo.ok) throw new Error(undo.error.message);
    const restored = applyPlan(workbook, undo.plan, { verify: true });
    expect(findSheet(restored, name)).toEqual(findSheet(workbookFromSnapshot(snapshot), name));
  });
});
