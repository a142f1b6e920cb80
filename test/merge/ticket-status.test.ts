/**
 * Merging an attendee export (Eventbrite, 报名表): a refunded, cancelled or declined ticket brought no one,
 * as a refunded order brought no money, so a live ticket's row is kept; another ticket's own columns
 * stay in the archive, and the merge says which values that leaves there alone.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { MergeOptions } from '../../shared/merge/types';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

function mergeSheet(
  values: CellValue[][],
  clusters: number[][],
  locale: 'zh-CN' | 'en-US',
  extra: Partial<MergeOptions> = {},
) {
  const snapshot = sheet(locale === 'zh-CN' ? '报名' : 'Attendees', values);
  const mapping = mapHeaders(values[0] ?? [], DEFAULT_TEMPLATE, undefined, values);
  return mergeAndApply(
    snapshot,
    clusters.map((rows) => ({ rows })),
    optionsFor(snapshot, locale, { mapping, ...extra }),
  );
}

const EVENTBRITE: CellValue[][] = [
  [
    'Order #',
    'Order Date',
    'First Name',
    'Last Name',
    'Email',
    'Quantity',
    'Ticket Type',
    'Attendee #',
    'Barcode #',
    'Buyer Last Name',
    'Buyer First Name',
    'Buyer Email',
    'Date Attending',
    'Device Name',
    'Check-In Date',
    'Attendee Status',
    'Mobile Phone',
    'Company',
    'Job Title',
    'Home City',
    'Home Country',
  ],
  [
    '7734512002',
    '2024-03-04 10:30:01-05:00',
    'Raj',
    'Mehta',
    'raj.mehta@infosys.com',
    '2',
    'General Admission',
    '1450002',
    '773451200214500021001',
    'Mehta',
    'Raj',
    'raj.mehta@infosys.com',
    '2024-04-18 08:00:00-04:00',
    '',
    '',
    'Attending',
    '+91 98200 11223',
    'Infosys Ltd',
    'Delivery Manager',
    'Pune',
    'India',
  ],
  [
    '7734512002',
    '2024-03-04 10:30:01-05:00',
    'Anita',
    'Desai',
    'anita.desai@infosys.com',
    '2',
    'General Admission',
    '1450003',
    '773451200214500031001',
    'Mehta',
    'Raj',
    'raj.mehta@infosys.com',
    '2024-04-18 08:00:00-04:00',
    '',
    '',
    'Attending',
    '+91 99300 44556',
    'Infosys Limited',
    'Architect',
    'Mumbai',
    'India',
  ],
  [
    '7734512007',
    '2024-03-09 19:19:19-05:00',
    'Liz',
    'Warren',
    'liz.w@harbor.org',
    '1',
    'General Admission',
    '1450008',
    '773451200714500081001',
    'Warren',
    'Liz',
    'liz.w@harbor.org',
    '2024-04-18 08:00:00-04:00',
    'iPhone',
    '2024-04-18 08:15:02-04:00',
    'Checked In',
    '857-555-0123',
    'Harbor Foundation',
    'Director',
    'Boston',
    'United States',
  ],
  [
    '7734512008',
    '2024-03-10 11:11:11-05:00',
    'Elizabeth',
    'Warren',
    'liz.w@harbor.org',
    '1',
    'VIP',
    '1450009',
    '773451200814500091001',
    'Warren',
    'Elizabeth',
    'liz.w@harbor.org',
    '2024-04-18 08:00:00-04:00',
    '',
    '',
    'Refunded',
    '857-555-0123',
    'Harbor Foundation',
    'Director',
    'Boston',
    'United States',
  ],
];

describe('merging an attendee export', () => {
  test("keeps the checked-in ticket's row over a later refunded one, its check-in kept", () => {
    const { rowAt, result } = mergeSheet(EVENTBRITE, [[4, 5]], 'en-US');
    expect(result.merges[0]!.survivorRow).toBe(4);
    expect(rowAt(4)).toMatchObject({
      'Order #': '7734512007',
      'Attendee Status': 'Checked In',
      'Device Name': 'iPhone',
      'Check-In Date': '2024-04-18 08:15:02-04:00',
    });
  });

  test.each(['Cancelled', 'Not Attending', 'refunded'])(
    'reads an attendee status of %s as a ticket that brought no one',
    (status) => {
      const values = EVENTBRITE.map((row, i) => (i === 4 ? row.map((v, c) => (c === 15 ? status : v)) : row));
      const { result } = mergeSheet(values, [[4, 5]], 'en-US', { keep: 'newest' });
      expect(result.merges[0]!.survivorRow).toBe(4);
    },
  );

  test("an attendee's job title and company are the person's: a blank one is filled from the other ticket", () => {
    // Liz Warren's later, refunded ticket gave no title: the checked-in row keeps its own, and a blank
    // title on the kept row would take the other's rather than leave it in the archive alone.
    const values = EVENTBRITE.map((row, i) =>
      i === 4
        ? row.map((v, c) => (c === 18 ? 'Board Director' : v))
        : i === 3
          ? row.map((v, c) => (c === 18 ? '' : v))
          : row,
    );
    const { rowAt, result } = mergeSheet(values, [[4, 5]], 'en-US');
    expect(result.merges[0]!.survivorRow).toBe(4);
    expect(rowAt(4)['Job Title']).toBe('Board Director');
    const kept = result.problems.filter((p) => p.code === 'order.archiveOnly');
    expect(kept.every((p) => !p.message.includes('Job Title'))).toBe(true);
  });

  test("says which of another ticket's own values are left in the archive alone", () => {
    // Kept as asked, the refunded ticket's row has no check-in: the other row's is named, not lost unseen.
    const { rowAt, result } = mergeSheet(EVENTBRITE, [[4, 5]], 'en-US', { masters: { 0: 5 } });
    expect(rowAt(4)).toMatchObject({ 'Attendee Status': 'Refunded', 'Check-In Date': '', 'Device Name': '' });
    const kept = result.problems.filter((p) => p.code === 'order.archiveOnly');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.message).toBe(
      "Group 1: the order columns keep the kept row's own order; the other orders' values are kept in the archive only: " +
        'row 4 (Order #: 7734512007, Order Date: 2024-03-09 19:19:19-05:00, Ticket Type: General Admission, ' +
        'Attendee #: 1450008, Barcode #: 773451200714500081001, Buyer First Name: Liz, Device Name: iPhone, ' +
        'Check-In Date: 2024-04-18 08:15:02-04:00, Attendee Status: Checked In)',
    );
  });

  test('reads 报名状态 of 已取消 and 参会状态 of 已退票 as a ticket that brought no one, in Chinese', () => {
    const header = ['订单号', '姓名', '手机', '票种', '报名状态', '参会状态', '签到时间', '备注'];
    const { rowAt, result } = mergeSheet(
      [
        header,
        ['BM20240302002', '陈晓明', '13800001111', 'VIP票', '已取消', '', '', '改期'],
        ['BM20240303003', '陈晓明', '13800001111', '普通票', '已报名', '已退票', '', ''],
        ['BM20240301001', '陈晓明', '13800001111', '早鸟票', '已报名', '已签到', '2024-04-18 08:20', ''],
      ],
      [[2, 3, 4]],
      'zh-CN',
    );
    expect(result.merges[0]!.survivorRow).toBe(4);
    expect(rowAt(2)).toMatchObject({ 票种: '早鸟票', 签到时间: '2024-04-18 08:20' });
    const kept = result.problems.find((p) => p.code === 'order.archiveOnly');
    expect(kept?.message).toMatch(/^第 1 组：.*只保存在归档中：/);
    expect(kept?.message).toBe(
      '第 1 组：订单自身的列保留该行订单的值，其他订单的以下内容只保存在归档中：' +
        '第 2 行（订单号：BM20240302002，票种：VIP票，报名状态：已取消，备注：改期）；' +
        '第 3 行（订单号：BM20240303003，票种：普通票，参会状态：已退票）',
    );
  });
});
