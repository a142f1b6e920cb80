/**
 * The team's people (跟进老师, 经纪人, Sales Rep) and a record's own details (its budget and layout
 * sought, when the record was created) say nothing about who the customer is: they are no reason
 * for a match either way.
 */
import { findDuplicates } from '../../shared/dedupe';
import { detailHeader } from '../../shared/dedupe/column-headers';
import type { CellValue } from '../../shared/sheet/cell-value';

const columnsOf = (values: CellValue[][], row: number) =>
  findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 })
    .clusters.find((c) => c.rows.includes(row))
    ?.reasons.map((r) => r.column);

describe('detailHeader', () => {
  test.each([
    '跟进老师',
    '教练',
    '私教教练',
    '经纪人',
    '置业顾问',
    'Agent',
    'Sales Rep',
    'Account Rep',
    '预算（万元）',
    '户型',
    '面积',
    '意向区域',
    'Budget',
    'Create Date',
    'Created',
    '创建时间',
  ])('reads %s as no evidence of who a customer is', (header) => {
    expect(detailHeader(header)).toBe(true);
  });

  test.each(['姓名', '手机', 'Email', 'Company', '地址', 'Representative Name'])('keeps %s', (header) => {
    expect(detailHeader(header)).toBe(false);
  });
});

describe('findDuplicates leaves staff and record columns out of its reasons', () => {
  test('a school list’s 跟进老师', () => {
    // students.xlsx: one 王一诺 entered twice, followed up by two teachers.
    const students: CellValue[][] = [
      [
        '学员姓名',
        '性别',
        '出生日期',
        '家长姓名',
        '家长手机',
        '所在学校',
        '年级',
        '报名课程',
        '报名日期',
        '课时余额',
        '跟进老师',
      ],
      [
        '张子涵',
        '男',
        '2015-04-12',
        '张伟',
        '13801234567',
        '中关村一小',
        '三年级',
        '奥数提高班',
        '2024-09-01',
        24,
        '李老师',
      ],
      [
        '张子萱',
        '女',
        '2017-07-03',
        '张伟',
        '138 0123 4567',
        '中关村一小',
        '一年级',
        '英语启蒙',
        '2024-09-01',
        32,
        '王老师',
      ],
      ['王一诺', '女', '2014.11.20', '王芳', '139-1122-3344', '人大附小', '四年级', '书法', '2024-09-03', 12, '刘老师'],
      [
        '王一诺',
        '女',
        '2014/11/20',
        '王芳',
        '13911223344',
        '人大附小',
        '4年级',
        '奥数提高班',
        '2024-09-10',
        20,
        '李老师',
      ],
      [
        '李浩然',
        '男',
        '2013-02-28',
        '李建国',
        '15010002000',
        '海淀实验小学',
        '五年级',
        '编程Scratch',
        '2024年9月5日',
        40,
        '陈老师',
      ],
      ['刘思琪', '女', '2016-01-09', '刘洋', '18612345678', '育英学校', '二年级', '舞蹈', '2024-09-07', 16, '赵老师'],
      [
        '陈宇轩',
        '男',
        '2012-08-15',
        '陈静',
        '13700001111',
        '中关村二小',
        '六年级',
        '奥数冲刺',
        '2024-09-02',
        8,
        '李老师',
      ],
      [
        '赵梓萌',
        '女',
        '2015-05-05',
        '赵磊',
        '13600002222',
        '北大附小',
        '三年级',
        '钢琴',
        '2024-09-09',
        '10节',
        '钱老师',
      ],
    ];
    const columns = columnsOf(students, 4);
    expect(columns).toContain('学员姓名');
    expect(columns).not.toContain('跟进老师');
  });

  test('a HubSpot export’s Create Date', () => {
    // hubspot.csv: Grace Lee created twice, two months apart.
    const hubspot: CellValue[][] = [
      [
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Company Name',
        'Job Title',
        'Lifecycle Stage',
        'Lead Status',
        'Contact owner',
        'Create Date',
        'Last Activity Date',
        'City',
        'Country/Region',
      ],
      [
        '51234001',
        'Emma',
        'Thompson',
        'emma.t@gmail.com',
        '+1 617-555-0101',
        null,
        null,
        'Customer',
        null,
        'Jane Doe',
        '2023-06-01 10:22',
        '2025-02-10 16:45',
        'Boston',
        'United States',
      ],
      [
        '51234002',
        'Noah',
        'Williams',
        'noah@williamsdesign.com',
        '512-555-0188',
        'Williams Design',
        'Owner',
        'Sales Qualified Lead',
        'In Progress',
        'Jane Doe',
        '2024-11-15 09:00',
        '2025-03-01 11:30',
        'Austin',
        'United States',
      ],
      [
        '51234003',
        'Grace',
        'Lee',
        'grace.lee@contoso.com',
        '+1 206 555 0100',
        'Contoso',
        'Director of Ops',
        'Marketing Qualified Lead',
        'Open',
        'Mark Ruiz',
        '2024-12-02 14:10',
        null,
        'Seattle',
        'United States',
      ],
      [
        '51234004',
        'Henry',
        'Clark',
        'hclark@fabrikam.com',
        '(303) 555-0111',
        'Fabrikam Inc',
        'CFO',
        'Opportunity',
        'Connected',
        'Mark Ruiz',
        '2024-08-20 08:05',
        '2024-09-30 17:00',
        'Denver',
        'United States',
      ],
      [
        '51234006',
        'Zoe',
        'King',
        'zoe.king@northwind.com',
        null,
        'Northwind Traders',
        'Buyer',
        'Subscriber',
        null,
        null,
        '2023-02-14 10:00',
        '2023-03-01 10:00',
        'Portland',
        'United States',
      ],
      [
        '51234013',
        'Grace',
        'Lee',
        'Grace.Lee@Contoso.com',
        '206-555-0100',
        'Contoso Ltd.',
        'Dir. Operations',
        'Lead',
        'New',
        'Mark Ruiz',
        '2025-02-02 14:10',
        null,
        'Seattle',
        'United States',
      ],
    ];
    const columns = columnsOf(hubspot, 4);
    expect(columns).toContain('Email');
    expect(columns).not.toContain('Create Date');
  });

  test('an estate agent’s 预算 and 户型', () => {
    // realestate.csv: one 王先生 registered by two listings sites.
    const register: CellValue[][] = [
      ['客户姓名', '电话', '意向区域', '预算（万元）', '户型', '来源', '带看日期', '状态', '经纪人'],
      ['王先生', '13812345678', '朝阳区望京', '500-600', '三室两厅', '贝壳', '2024/10/12', 'A类', '刘强'],
      ['王先生', '138 1234 5678', '望京', '550', '3室2厅', '58同城', '2024/10/20', 'A类', '刘强'],
      ['李女士', '13987654321 / 15011112222', '海淀', '300万', '两室一厅', '安居客', '2024-10-13', 'B类', '张敏'],
      ['吴女士', '15900004444', '大兴', '260', '两室一厅', '安居客', '2024/10/18', 'C类', '张敏'],
      ['郑先生', '13500005555', '昌平回龙观', '400', '三室', '58同城', '2024/10/19', 'B类', '陈晨'],
      ['韩先生', '+86 139 0000 1111', '亦庄', '500', '三室', '贝壳', '2024/10/29', 'A类', '陈晨'],
    ];
    const columns = columnsOf(register, 2);
    expect(columns).toContain('电话');
    expect(columns).not.toContain('预算（万元）');
    expect(columns).not.toContain('户型');
  });
});
