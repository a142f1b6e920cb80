/**
 * Details that tell two people apart however much else they share: another surname and another
 * e-mail (colleagues of one first name), numbers one digit apart at two addresses (two buyers of a
 * common name), WeCom's 微信用户 standing for no name. Such pairs are reviewed, never merged.
 */
import { findDuplicates, type DedupeResult } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: 'Customers', values });
const groups = (result: DedupeResult) => result.clusters.map((c) => ({ rows: c.rows, band: c.band }));

describe('people told apart', () => {
  const contacts: CellValue[][] = [
    ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Street Address', 'City', 'Postal Code'],
    ['Grace', 'Hopper', 'grace.hopper@navy.mil', '(703) 555-0134', 'US Navy', '1 Navy Pentagon', 'Arlington', '20350'],
    ['Steve', 'Wozniak', 'woz@apple.com', '408-555-0101', 'Apple Inc.', '1 Infinite Loop', 'Cupertino', '95014'],
    ['Steve', 'Jobs', 'steve@apple.com', '408-555-0102', 'Apple Inc.', '1 Infinite Loop', 'Cupertino', '95014'],
    [
      'Alan',
      'Turing',
      'alan@bletchley.co.uk',
      '+44 20 7946 0000',
      'Bletchley Park',
      'The Mansion',
      'Milton Keynes',
      'MK3 6EB',
    ],
  ];

  it('reviews, never merges, two colleagues of one first name with other surnames and e-mails', () => {
    const result = findDuplicates(sheet(contacts), { reviewThreshold: 0.3 });
    const pair = result.clusters.find((c) => c.rows.includes(3) && c.rows.includes(4));
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });

  it('still merges a married name when the e-mail is the same', () => {
    const married = [
      ...contacts,
      [
        'Grace',
        'Murray',
        'grace.hopper@navy.mil',
        '(703) 555-0134',
        'US Navy',
        '1 Navy Pentagon',
        'Arlington',
        '20350',
      ],
    ];
    expect(groups(findDuplicates(sheet(married)))).toContainEqual({ rows: [2, 6], band: 'merge' });
  });

  const orders: CellValue[][] = [
    ['订单编号', '收货人', '联系电话', '收货地址'],
    ['JD1001', '张伟', '18812340001', '上海市浦东新区世纪大道100号'],
    ['JD1002', '张伟', '18812340002', '广东省广州市天河区天河路208号'],
    ['JD1003', '李娜', '13800000001', '北京市海淀区中关村大街1号'],
  ];

  it('reviews two buyers of a common name whose numbers are one digit apart and who live apart', () => {
    const result = findDuplicates(sheet(orders), { reviewThreshold: 0.3 });
    expect(result.clusters.filter((c) => c.band === 'merge')).toEqual([]);
  });

  it('merges the same buyer whose number was mistyped by one digit at the same address', () => {
    const typo = [...orders, ['JD1004', '张伟', '18812340010', '上海市浦东新区世纪大道100号']];
    expect(groups(findDuplicates(sheet(typo)))).toContainEqual({ rows: [2, 5], band: 'merge' });
  });

  it('does not take WeCom’s 微信用户 for a shared name', () => {
    const wecom: CellValue[][] = [
      ['客户名称', '添加人', '添加时间'],
      ['微信用户', '客服01-李婷', '2024-01-05 18:30:12'],
      ['微信用户', '客服02-陈晨', '2024-01-06 11:11:11'],
      ['王芳', '客服01-李婷', '2024-01-07 09:00:00'],
      ['王芳', '客服01-李婷', '2024-01-07 09:00:00'],
    ];
    expect(groups(findDuplicates(sheet(wecom), { reviewThreshold: 0.3 }))).toEqual([{ rows: [4, 5], band: 'merge' }]);
  });
});
