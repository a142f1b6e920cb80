/**
 * Lists exported from shops, schools and gyms: one row per order, enrolment or card, with columns
 * that describe the order (product, courier, status, amount, times) next to the customer's. Those
 * details are no evidence of who the customer is; a name that clearly differs keeps two people
 * apart however many of them agree, while a buyer's account or a member's card tells buyers apart
 * and joins one buyer's orders. Masked values (张**, 138****8000) are no evidence either.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import { accountHeader, detailHeader, otherPersonHeader } from '../../shared/dedupe/column-headers';
import { maskedPhoneKey } from '../../shared/dedupe/compare/masked-phone';
import { nameKey } from '../../shared/dedupe/compare/person-name';
import { phoneComparator } from '../../shared/dedupe/compare/phone';
import { textComparator } from '../../shared/dedupe/compare/text';
import { buildRecords } from '../../shared/dedupe/records';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) =>
  findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 }).clusters;
/** The cluster holding both rows, if any. */
const together = (clusters: Cluster[], a: number, b: number) =>
  clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
const bandOf = (clusters: Cluster[], a: number, b: number) => together(clusters, a, b)?.band ?? 'none';

describe('findDuplicates on a training school enrolment list', () => {
  const enrolment: CellValue[][] = [
    [
      '序号',
      '学员姓名',
      '性别',
      '出生日期',
      '家长姓名',
      '与学员关系',
      '家长手机',
      '年级',
      '课程',
      '班级',
      '报名日期',
      '缴费金额',
      '缴费方式',
      '课时',
      '剩余课时',
      '校区',
    ],
    [
      1,
      '王子涵',
      '男',
      '2015/3/12',
      '王建国',
      '父亲',
      '13912345678',
      '三年级',
      '少儿编程',
      '周六上午A班',
      '2024/2/20',
      '¥4,800',
      '微信',
      48,
      40,
      '海淀校区',
    ],
    [
      2,
      '王子萱',
      '女',
      '2017/8/1',
      '王建国',
      '父亲',
      '13912345678',
      '一年级',
      '少儿美术',
      '周六下午B班',
      '2024/2/20',
      '3600元',
      '微信',
      48,
      44,
      '海淀校区',
    ],
    [
      3,
      '王子涵',
      '男',
      '2015.3.12',
      '王建国',
      '父亲',
      '139-1234-5678',
      '三年级',
      '少儿英语',
      '周日上午C班',
      '2024.3.5',
      '4,200.00',
      '支付宝',
      40,
      40,
      '海淀校区',
    ],
    [
      4,
      '李一诺',
      '女',
      '2016-05-20',
      '张丽',
      '母亲',
      '13800001111',
      '二年级',
      '少儿舞蹈',
      '周三晚班',
      '2024-01-10',
      '2980',
      '刷卡',
      32,
      10,
      '朝阳校区',
    ],
    [
      5,
      '李一鸣',
      '男',
      '2016-05-20',
      '张丽',
      '母亲',
      '13800001111',
      '二年级',
      '少儿舞蹈',
      '周三晚班',
      '2024-01-10',
      '2980',
      '刷卡',
      32,
      10,
      '朝阳校区',
    ],
    [
      6,
      '李一诺',
      '女',
      '2016/5/20',
      '张丽',
      '妈妈',
      '13800001111',
      '二年级',
      '少儿舞蹈',
      '周三晚班',
      '2024-01-10',
      '2980',
      '刷卡',
      32,
      10,
      '朝阳校区',
    ],
    [
      7,
      '赵乐乐',
      '女',
      '2018/1/1',
      '赵强',
      '父亲',
      '13600004444',
      '幼儿园大班',
      '少儿美术',
      '周六下午B班',
      '2024/3/10',
      '1800',
      '现金',
      24,
      24,
      '海淀校区',
    ],
    [
      8,
      '张小宝',
      '男',
      null,
      '张三',
      '父亲',
      '13500005555',
      '一年级',
      '围棋',
      '周日下午',
      '2024/3/12',
      '2400',
      '微信',
      24,
      24,
      '朝阳校区',
    ],
    [
      9,
      '张小贝',
      '女',
      null,
      '张三',
      '父亲',
      '13500005555',
      '一年级',
      '围棋',
      '周日下午',
      '2024/3/12',
      '2400',
      '微信',
      24,
      24,
      '朝阳校区',
    ],
    [
      10,
      '周周',
      '女',
      '2019/2/2',
      '周杰',
      '父亲',
      '13300008888',
      '幼儿园中班',
      '少儿美术',
      '周日上午',
      '2024/3/15',
      '1800',
      '微信',
      24,
      24,
      '西城校区',
    ],
  ];

  test('keeps siblings apart though their parent, phone, course, class, date and fee agree', () => {
    const clusters = clustersOf(enrolment);
    expect(together(clusters, 9, 10)).toBeUndefined(); // 张小宝 / 张小贝
    expect(bandOf(clusters, 2, 3)).toBe('none'); // 王子涵 / his sister 王子萱
  });

  test('keeps twins apart though they share a birth date as well', () => {
    const clusters = clustersOf(enrolment);
    expect(together(clusters, 5, 6)).toBeUndefined(); // 李一诺 / 李一鸣
    expect(together(clusters, 6, 7)).toBeUndefined();
  });

  test('still finds a child enrolled twice, in another course', () => {
    const clusters = clustersOf(enrolment);
    expect(together(clusters, 2, 4)?.band).toBe('merge');
    expect(together(clusters, 5, 7)?.band).toBe('merge');
  });

  test('gives no reason from a course, a class or a fee', () => {
    const reasons = together(clustersOf(enrolment), 2, 4)!.reasons.map((r) => r.column);
    expect(reasons).toEqual(expect.arrayContaining(['学员姓名', '出生日期']));
    for (const column of ['课程', '班级', '缴费金额', '报名日期', '校区']) expect(reasons).not.toContain(column);
  });
});

describe('findDuplicates on a Taobao order export', () => {
  const header = [
    '订单编号',
    '买家会员名',
    '订单状态',
    '收货人姓名',
    '收货地址',
    '联系手机',
    '订单创建时间',
    '宝贝标题',
    '物流公司',
  ];
  const orders: CellValue[][] = [
    header,
    [
      '2201938475610293850',
      '王小明1990',
      '交易成功',
      '王小明',
      '北京 北京市 朝阳区 建国路88号SOHO现代城2号楼',
      '13901234567',
      '2023-05-12 09:00:01',
      '袜子5双装',
      '圆通速递',
    ],
    [
      '2201938475610293852',
      '王小明1990',
      '卖家已发货，等待买家确认',
      '王小明',
      '北京 北京市 海淀区 中关村大街1号',
      '139 0123 4567',
      '2023-09-01 11:11:11',
      '短袖衬衫',
      '圆通速递',
    ],
    [
      '2201938475610293853',
      'sunny_day',
      '交易成功',
      '陈晨',
      '广东省 深圳市 南山区 科技园南区 深南大道9999号',
      '15012345678',
      '2023/7/3 8:00',
      '运动裤',
      '中通快递',
    ],
    [
      '2201938475610293854',
      'sunny_day2',
      '交易成功',
      '陈晨',
      '广东省 深圳市 福田区 华强北路1002号',
      '18612345678',
      '2023-07-04 09:30:00',
      '运动裤',
      '中通快递',
    ],
    [
      '2201938475610293855',
      '小猫咪咪',
      '交易成功',
      '赵敏',
      '上海 上海市 浦东新区 张江高科技园区 碧波路690号',
      '13761234567',
      '2023-08-08 08:08:08',
      '发圈',
      '韵达快递',
    ],
    [
      '2201938475610293858',
      'tb_zhou',
      '交易成功',
      '周杰',
      '四川省 成都市 武侯区 人民南路四段12号',
      '13512345678',
      '2023-09-10 10:00:00',
      '帽子',
      '京东物流',
    ],
  ];

  test('does not merge two buyers of one name whose accounts, phones and districts differ', () => {
    expect(bandOf(clustersOf(orders), 4, 5)).not.toBe('merge');
  });

  test('joins one buyer account’s orders at a new address with the phone typed in groups', () => {
    const pair = together(clustersOf(orders), 2, 3);
    expect(pair?.band).toBe('merge');
    expect(pair!.reasons.find((r) => r.column === '买家会员名')?.level).toBe('exact');
  });
});

describe('findDuplicates on a gym member list', () => {
  test('does not group two members whose names and phones differ on an equal birthday and card type', () => {
    const members: CellValue[][] = [
      ['会员卡号', '姓名', '性别', '生日', '手机', '办卡日期', '卡类型', '余额', '剩余次数', '到期日期'],
      ['VIP0011', '吴八', '男', '1988/3/3', '0755-26881234', '2023/8/8', '年卡', '1.2万', '—', '2024/8/7'],
      ['VIP0012', '郑九', '男', '19880303', '13211118888', '2023-09-09', '年卡', '¥12,000.00', '—', '2024-09-08'],
      ['VIP0013', '冯十', '女', '1999/9/9', '13311119999', '2023/10/10', '体验卡', '免费', '3', '2023/10/17'],
    ];
    expect(together(clustersOf(members), 2, 3)).toBeUndefined();
  });
});

describe('findDuplicates on an English order export', () => {
  test('does not group two customers who bought one product by one carrier on one day', () => {
    const orders: CellValue[][] = [
      ['Order ID', 'Customer Name', 'Email', 'Product', 'Status', 'Order Date', 'Carrier', 'Total'],
      ['#1001', 'Emily Carter', 'emily.carter@gmail.com', 'Ceramic Mug 12oz', 'Shipped', '2024-03-01', 'UPS', '24.00'],
      ['#1002', 'Jacob Miller', 'jmiller@yahoo.com', 'Ceramic Mug 12oz', 'Shipped', '2024-03-01', 'UPS', '24.00'],
      ['#1003', 'Olivia Brown', 'olivia.b@outlook.com', 'Linen Apron', 'Delivered', '2024-02-11', 'USPS', '38.50'],
      ['#1004', 'Emily Carter', 'Emily.Carter@gmail.com', 'Linen Apron', 'Pending', '2024-03-09', 'FedEx', '38.50'],
    ];
    const clusters = clustersOf(orders);
    expect(together(clusters, 2, 3)).toBeUndefined();
    expect(together(clusters, 2, 5)?.band).toBe('merge');
  });

  test('reviews, never merges, two people of one family name at one office with their own e-mails', () => {
    // An Outlook contacts export: Tom and his wife Kim share the office line; their mobiles are a digit apart.
    const contacts: CellValue[][] = [
      [
        'First Name',
        'Last Name',
        'E-mail Address',
        'Business Phone',
        'Mobile Phone',
        'Company',
        'Business Street',
        'Business City',
        'Business Postal Code',
        'Anniversary',
      ],
      [
        'David',
        'Miller',
        'dmiller@northwind.com',
        '(206) 555-0101',
        '(206) 555-0199',
        'Northwind Traders Inc.',
        '1 Microsoft Way',
        'Redmond',
        '98052',
        '0/0/00',
      ],
      [
        'Tom',
        'Nguyen',
        'tom@adatum.com.au',
        '(03) 9123 4567',
        '0423 456 789',
        'Adatum Pty Ltd',
        '1 Collins St',
        'Melbourne',
        '3000',
        '0/0/00',
      ],
      [
        'Kim',
        'Nguyen',
        'kim@adatum.com.au',
        '(03) 9123 4567',
        '0423 456 780',
        'Adatum Pty Ltd',
        '1 Collins St',
        'Melbourne',
        '3000',
        '0/0/00',
      ],
      [
        'Aisha',
        'Khan',
        'aisha.khan@litware.co.uk',
        '020 7123 4567',
        '07912 345678',
        'Litware Ltd',
        '221B Baker St',
        'London',
        'NW1 6XE',
        '0/0/00',
      ],
    ];
    const pair = together(clustersOf(contacts), 3, 4);
    expect(pair?.band ?? 'none').not.toBe('merge');
    expect(pair ? pair.confidence : 0).toBeLessThanOrEqual(0.7);
  });
});

describe('findDuplicates on masked exports (抖音, 拼多多)', () => {
  const masked: CellValue[][] = [
    ['收件人', '收件人手机号', '详细地址'],
    ['欧阳**', '177****0001', '武昌区中南路99号'],
    ['欧阳**', '177****0002', '武昌区中南路99号'],
    ['王*', '186****5678', '玄武区中山路1号'],
    ['王*', '186****5678', '鼓楼区湖南路1号'],
    ['陈静', '13800138000', '武昌区中南路100号'],
  ];

  test('never reads two masked names as one name, nor two masked numbers as a typo', () => {
    const clusters = clustersOf(masked);
    const ouyang = together(clusters, 2, 3);
    expect(ouyang?.band ?? 'none').not.toBe('merge');
    for (const reason of ouyang?.reasons ?? []) {
      if (reason.column === '收件人') expect(reason.level).not.toBe('exact');
      if (reason.column === '收件人手机号') expect(reason.level).not.toBe('typo');
    }
  });

  test('does not merge two masked buyers at other addresses on the same visible digits', () => {
    expect(bandOf(clustersOf(masked), 4, 5)).not.toBe('merge');
  });

  test.each([
    ['张**', null],
    ['欧阳**', null],
    ['王*', null],
    ['张伟', '张伟'],
  ])('keys the name %s as %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test.each(['138****8000', '177＊＊＊＊0001', '138xxxx8000'])('gives the masked number %s no phone key', (value) => {
    expect(phoneComparator('CN').key(value)).toBeNull();
  });

  test('compares masked numbers of a masked column by their visible digits only', () => {
    expect(maskedPhoneKey('138****8000')).toBe('138****8000');
    expect(maskedPhoneKey('+86 138 **** 8000')).toBe('138****8000');
    expect(maskedPhoneKey('13800138000')).toBeNull();
    expect(maskedPhoneKey('****')).toBeNull();
  });
});

describe('column headers and placeholders', () => {
  test.each(['—', '-', 'N/A', '无', '0/0/00', '张**'])('gives the placeholder %s no text key', (value) => {
    expect(textComparator('text').key(value)).toBeNull();
  });

  test.each([
    ['买家会员名', 'account'],
    ['会员卡号', 'account'],
    ['Username', 'account'],
    ['家长手机', 'other'],
    ['Emergency Contact Phone', 'other'],
    ['宝贝标题', 'detail'],
    ['物流公司', 'detail'],
    ['订单付款时间', 'detail'],
    ['Order Status', 'detail'],
    ['Carrier', 'detail'],
    ['微信号', 'account'],
    ['Business State', 'none'],
    // Google Contacts labels each value: the label is no evidence (one person's Work and Mobile).
    ['Phone 1 - Type', 'detail'],
    ['E-mail 2 - Label', 'detail'],
    ['Group Membership', 'detail'],
    ['Phone 1 - Value', 'none'],
  ])('reads the header %s as %s', (header, kind) => {
    const read = accountHeader(header)
      ? 'account'
      : otherPersonHeader(header)
        ? 'other'
        : detailHeader(header)
          ? 'detail'
          : 'none';
    expect(read).toBe(kind);
  });

  test('gives a parent’s name and phone roles of their own, and drops a course’s details', () => {
    const values: CellValue[][] = [
      ['学员姓名', '家长姓名', '家长手机', '课程', '缴费金额', '报名日期'],
      ['王子涵', '王建国', '13912345678', '少儿编程', '¥4,800', '2024/2/20'],
      ['李一诺', '张丽', '13800001111', '少儿舞蹈', '2980', '2024-01-10'],
      ['赵乐乐', '赵强', '13600004444', '少儿美术', '1800', '2024/3/10'],
    ];
    const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
    const { fields } = buildRecords({ name: 't', values }, { template: DEFAULT_TEMPLATE, mapping });
    expect(fields.map((f) => [f.column, f.role])).toEqual([
      ['学员姓名', 'name'],
      ['家长姓名', 'otherName'],
      ['家长手机', 'otherPhone'],
    ]);
  });
});
