import { differingColumns, mergeContext } from '../../shared/ui/views/merge-context';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('merge-context', () => {
  test('lists only the columns whose filled values differ, one candidate per filled row, in a Chinese sheet', () => {
    const ctx = mergeContext({
      name: '客户',
      values: [
        ['客户编号', '姓名', '手机', '购买次数', '最近联系日期', '备注'],
        ['C000011', '刘强', '13700001111', 3, '2024-03-01', ''],
        ['C000012', '刘强', '137 0000 1111', '5', '2024年4月2日', '展会登记'],
      ],
    });
    const columns = differingColumns(ctx, [2, 3]);
    expect(columns.map((c) => [c.header, c.key, c.numbers, c.dates])).toEqual([
      ['客户编号', 'customerId', false, false],
      ['购买次数', 'purchaseCount', true, false],
      ['最近联系日期', 'lastContact', false, true],
    ]);
    // 手机 is one number typed two ways; 备注 has one filled value: nothing to choose between.
    expect(columns.find((c) => c.header === '购买次数')!.candidates).toEqual([
      { row: 2, value: 3 },
      { row: 3, value: '5' },
    ]);
  });

  test('offers latest for real dates and sum for amounts in an English sheet, keyed by header when unmapped', () => {
    const ctx = mergeContext({
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Total Spend', 'Last Contact', 'Favourite colour'],
        ['C1', 'Ann Lee', '$1,200.50', d('2024-03-01'), 'green'],
        ['C2', 'Ann Lee', 300, 'April 2, 2024', 'blue'],
      ],
    });
    const byHeader = Object.fromEntries(differingColumns(ctx, [2, 3]).map((c) => [c.header, c]));
    expect(byHeader['Total Spend']).toMatchObject({ key: 'totalSpend', numbers: true, dates: false });
    expect(byHeader['Last Contact']).toMatchObject({ key: 'lastContact', numbers: false, dates: true });
    expect(byHeader['Favourite colour']).toMatchObject({ key: 'Favourite colour', numbers: false, dates: false });
    expect(byHeader['Name']).toBeUndefined();
  });

  test('counts values equal once cleaned as the same when a Chinese team typed them in their own ways', () => {
    const ctx = mergeContext({
      name: '客户',
      values: [
        ['客户编号', '姓名', '手机', '邮箱', '购买次数', '最近联系日期', '城市'],
        ['C000011', '刘强', '13700001111', 'liuqiang@xihutea.cn', 3, '2024-04-02', '杭州'],
        ['C000012', '刘强', '137 0000 1111', 'LiuQiang@XihuTea.cn', '3', '2024年4月2日', '杭州 '],
        ['C000013', '刘 强', '+86 137-0000-1111', 'liuqiang@xihutea.cn', '3次', '2024/4/2', '杭州'],
      ],
    });
    const columns = differingColumns(ctx, [2, 3, 4]);
    expect(columns.map((c) => c.header)).toEqual(['客户编号']);
  });

  test('still shows the values as typed when an English sheet differs once cleaned', () => {
    const ctx = mergeContext({
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Phone', 'Email'],
        ['C1', 'Ann Lee', '(415) 555-2671', 'ann@acme.com'],
        ['C2', 'ann lee', '+1 415 555 2671', 'ann.lee@acme.com'],
      ],
    });
    const columns = differingColumns(ctx, [2, 3]);
    expect(columns.map((c) => c.header)).toEqual(['Customer ID', 'Email']);
    expect(columns[1]!.candidates).toEqual([
      { row: 2, value: 'ann@acme.com' },
      { row: 3, value: 'ann.lee@acme.com' },
    ]);
  });

  test('offers no choice of phone for one Hong Kong number typed on two 香港 rows of a mainland list', () => {
    const ctx = mergeContext({
      name: '客户',
      values: [
        ['客户编号', '姓名', '地区', '手机'],
        ['C000001', '张伟', '广东', '13800138000'],
        ['C000002', '李娜', '浙江', '13912345678'],
        ['C000003', '陈大文', '香港', '+852 9123 4567'],
        ['C000004', '陈大文', '香港', '9123 4567'],
        ['C000005', '王芳', '上海市', '13611112222'],
      ],
    });
    expect(differingColumns(ctx, [4, 5]).map((c) => c.header)).toEqual(['客户编号']);
  });

  test('offers no choice of phone for digits no reading takes that are the other row’s number without +852', () => {
    const ctx = mergeContext({
      name: '客户',
      values: [
        ['姓名', '手机', '邮箱'],
        ['陈大文', '+852 91234567', 'chantaiman@netvigator.com'],
        ['陈大文', '9123 4567', 'ChanTaiMan@netvigator.com'],
        ['张伟', '13800138000', 'zw@163.com'],
      ],
    });
    expect(differingColumns(ctx, [2, 3])).toEqual([]);
  });
});
