import { findDuplicates, findExactDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const sheet = (values: CellValue[][]) => ({ name: '客户', values });
const clusterOf = (values: CellValue[][], row: number): Cluster | undefined =>
  findDuplicates(sheet(values)).clusters.find((c) => c.rows.includes(row));
const messages = (cluster: Cluster | undefined, column: string) =>
  (cluster?.reasons ?? []).filter((r) => r.column === column).map((r) => r.message);

describe('a contact who moved to another company on a list whose customers are companies', () => {
  // A B2B 客户台账: the customer is 客户名称, 联系人 the person there. 徐亮 sold for one supplier, then another.
  const ledger: CellValue[][] = [
    ['客户名称', '联系人', '手机', '邮箱', '地址', '客户等级', '负责人', '最近跟进', '累计成交金额（万元）', '备注'],
    [
      '合肥科大讯飞供应商',
      '徐亮',
      '13955101111',
      'xuliang@kdxf.com',
      '合肥市高新区',
      'A',
      '王磊',
      '2024-03-03',
      8,
      null,
    ], // 2
    [
      '合肥新站供应商',
      '徐亮',
      '13955101111',
      'xuliang@xz.com',
      '合肥市新站区',
      'B',
      '李娜',
      '2024-04-04',
      3,
      '跳槽到新站',
    ], // 3
    [
      '宁波海天塑机集团',
      '郑浩',
      '13757470001',
      'zhenghao@haitian.com',
      '宁波市北仑区',
      'A',
      '赵强',
      '2024-03-15',
      60,
      null,
    ], // 4
    [
      '宁波海天塑机集团有限公司',
      '郑浩',
      '13757470001',
      null,
      '宁波市北仑区江南东路',
      null,
      '孙丽',
      '2024-06-02',
      1.5,
      null,
    ], // 5
    [
      '厦门鹭岛贸易有限公司',
      '蔡文',
      '13906001111',
      'caiwen@ldmy.com',
      '厦门市思明区湖滨南路1号',
      'A',
      '王磊',
      '2024-02-01',
      20,
      null,
    ], // 6
    ['福州闽江机电', '林峰', '13805901111', 'linfeng@mjjd.com', '福州市鼓楼区', 'B', '孙丽', '2024-02-02', 10, null], // 7
    [
      '武汉光谷生物',
      '马超',
      '13971234567',
      'machao@ggbio.com',
      '武汉市东湖高新区',
      'A',
      '王磊',
      '2024-05-05',
      18,
      null,
    ], // 8
  ];

  test('keeps two differently named customer companies apart: reviewed at most, whatever their contact shares', () => {
    const cluster = clusterOf(ledger, 2);
    expect(cluster).toMatchObject({ rows: [2, 3], band: 'review' });
    expect(cluster!.confidence).toBeLessThanOrEqual(0.7);
    expect(messages(cluster, '客户名称')).toEqual([
      '客户名称: different companies (合肥科大讯飞供应商 ≠ 合肥新站供应商)',
    ]);
    expect(messages(cluster, '手机')).toEqual(['手机: same number (13955101111)']);
  });

  test('still merges one company written with and without its legal form', () => {
    const cluster = clusterOf(ledger, 4);
    expect(cluster).toMatchObject({ rows: [4, 5], band: 'merge' });
    expect(messages(cluster, '客户名称')).toEqual([
      '客户名称: same company once legal form and region are set aside (宁波海天塑机集团 = 宁波海天塑机集团有限公司)',
    ]);
  });

  test('still merges one company whose name is a typo apart', () => {
    const typo: CellValue[][] = [
      ...ledger,
      ['福州闽江机点', '林峰', '13805901111', 'linfeng@mjjd.com', '福州市鼓楼区', 'B', '孙丽', '2024-03-02', 10, null], // 9
    ];
    expect(clusterOf(typo, 7)).toMatchObject({ rows: [7, 9], band: 'merge' });
  });

  test('keeps two accounts apart on an English list of companies and their contacts', () => {
    const accounts: CellValue[][] = [
      ['Account Name', 'Contact Name', 'Phone', 'Email', 'Billing Address'],
      ['Umbrella Inc', 'David Park', '(617) 555-0123', 'dpark@umbrella.com', '20 Main St, Boston, MA'], // 2
      ['Wayne Enterprises', 'David Park', '(617) 555-0123', 'david.park@wayne.com', '1 Wayne Tower, Gotham, NJ'], // 3
      ['Acme Corp', 'Robert Smith', '(415) 555-0134', 'rsmith@acme.com', '100 Market St, San Francisco, CA'], // 4
      ['Acme Corporation', 'Bob Smith', '415-555-0134', 'rsmith@acme.com', '100 Market Street, San Francisco, CA'], // 5
      ['Globex', 'Jennifer Lopez', '(212) 555-0199', 'jlopez@globex.com', '1 Park Ave, New York, NY'], // 6
      ['Initech', 'Michael Chen', '(650) 555-0111', 'mchen@initech.com', '500 Oak Rd, Palo Alto, CA'], // 7
    ];
    const moved = clusterOf(accounts, 2);
    expect(moved).toMatchObject({ rows: [2, 3], band: 'review' });
    expect(messages(moved, 'Account Name')).toEqual([
      'Account Name: different companies (Umbrella Inc ≠ Wayne Enterprises)',
    ]);
    expect(clusterOf(accounts, 4)).toMatchObject({ rows: [4, 5], band: 'merge' });
  });
});

describe('a person who moved to another company on a list whose customers are people', () => {
  test('merges David Park at Umbrella Inc and at Wayne Enterprises on a contacts export', () => {
    const contacts: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Last Activity Date'],
      ['David', 'Park', 'dpark@umbrella.com', '(617) 555-0123', 'Umbrella Inc', '06/01/2022'], // 2
      ['David', 'Park', 'david.park@wayne.com', '(617) 555-0123', 'Wayne Enterprises', '06/20/2024'], // 3
      ['Jennifer', 'Lopez', 'jlopez@globex.com', '(212) 555-0199', 'Globex', '12/01/2023'], // 4
      ['Michael', 'Chen', 'mchen@initech.com', '(650) 555-0111', 'Initech', '02/02/2024'], // 5
      ['Susan', 'Miller', 'smiller@hooli.com', '(408) 555-0100', 'Hooli', '01/10/2024'], // 6
    ];
    const cluster = clusterOf(contacts, 2);
    expect(cluster).toMatchObject({ rows: [2, 3], band: 'merge' });
    expect(messages(cluster, 'Company')).toEqual(['Company: different companies (Umbrella Inc ≠ Wayne Enterprises)']);
  });

  test('merges 张伟 who changed employer on a list of people with a 公司 column', () => {
    const people: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司'],
      ['张伟', '13800138000', 'zhangwei@hongda.com', '杭州宏达五金有限公司'], // 2
      ['张伟', '13800138000', 'zhangwei@xingchen.com', '北京星辰科技有限公司'], // 3
      ['李娜', '13912345678', 'lina@hailan.cn', '上海海鲸贸易有限公司'], // 4
      ['王强', '13698765432', 'wangqiang@lanhai.cn', '杭州蓝海贸易有限公司'], // 5
      ['赵敏', '13600000003', 'zm@126.com', '南京紫金电力'], // 6
    ];
    expect(clusterOf(people, 2)).toMatchObject({ rows: [2, 3], band: 'merge' });
  });
});

describe('activity dates are no evidence of who a customer is', () => {
  test('neither scores nor explains 最近跟进 on a ledger', () => {
    const ledger: CellValue[][] = [
      ['客户名称', '联系人', '手机', '邮箱', '最近跟进', '下次跟进'],
      ['青岛啤酒经销商', '杨帆', '13953201111', 'yangfan@qd.com', '2024-02-14', '2024-09-14'], // 2
      ['青岛啤酒经销商', '杨帆', '13953201111', 'yangfan@qd.com', '2024-08-14', '2024-09-14'], // 3
      ['南京紫金电力', '钱进', '13851112222', 'qianjin@zjdl.com', '2024-01-15', '2024-05-01'], // 4
      ['天津港航运', '孙悦', '13602001111', 'sunyue@tjgh.com', '2024-03-03', '2024-06-01'], // 5
      ['成都天府软件园', '何静', '18980001234', 'hejing@tfsp.com', '2024-07-01', '2024-08-01'], // 6
    ];
    const cluster = clusterOf(ledger, 2);
    expect(cluster).toMatchObject({ rows: [2, 3], band: 'merge' });
    expect(messages(cluster, '最近跟进')).toEqual([]);
    expect(messages(cluster, '下次跟进')).toEqual([]);
  });

  test('neither scores nor explains Last Activity Date or Last Purchase Date on a contacts export', () => {
    const contacts: CellValue[][] = [
      ['First Name', 'Last Name', 'Email', 'Phone', 'Last Activity Date', 'Last Purchase Date'],
      ['William', 'Brown', 'wbrown@initrode.com', '(303) 555-0166', '2024-02-20', '2024-01-20'], // 2
      ['William', 'Brown', 'wbrown@initrode.com', '(303) 555-0166', '2024-05-20', '2024-01-21'], // 3
      ['Jennifer', 'Lopez', 'jlopez@globex.com', '(212) 555-0199', '2023-12-01', '2023-11-01'], // 4
      ['Michael', 'Chen', 'mchen@initech.com', '(650) 555-0111', '2024-02-02', '2024-01-05'], // 5
      ['Susan', 'Miller', 'smiller@hooli.com', '(408) 555-0100', '2024-01-10', '2023-10-10'], // 6
    ];
    const cluster = clusterOf(contacts, 2);
    expect(cluster).toMatchObject({ rows: [2, 3], band: 'merge' });
    expect(messages(cluster, 'Last Activity Date')).toEqual([]);
    expect(messages(cluster, 'Last Purchase Date')).toEqual([]);
  });

  test('still explains birth dates a digit apart as a typo', () => {
    const members: CellValue[][] = [
      ['姓名', '手机', '生日'],
      ['陈静', '13912345678', '1990-02-14'], // 2
      ['陈静', '13912345678', '1990-08-14'], // 3
      ['王强', '13698765432', '1985-06-01'], // 4
      ['刘洋', '18622223333', '1979-11-20'], // 5
      ['孙磊', '13344445555', '1993-04-09'], // 6
    ];
    const cluster = clusterOf(members, 2);
    expect(cluster?.reasons.find((r) => r.column === '生日')?.level).toBe('typo');
    expect(messages(cluster, '生日')).toEqual(['生日: dates one digit apart (1990-02-14 ≈ 1990-08-14)']);
  });
});

describe('exact groups on a column written two ways', () => {
  test("quotes each row's own value", () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机'],
      ['宁波海天塑机集团', '郑浩', '13757470001'], // 2
      ['宁波海天塑机集团有限公司', '郑浩', '13757470001'], // 3
      ['武汉光谷生物', '马超', '13971234567'], // 4
      ['武汉光谷生物', '马超', '13971234567'], // 5
    ];
    const clusters = findExactDuplicates(sheet(values), { columns: ['客户名称'] }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(clusters[0]!.reasons.map((r) => r.message)).toEqual([
      '客户名称: same value (宁波海天塑机集团 = 宁波海天塑机集团有限公司)',
    ]);
    expect(clusters[1]!.reasons.map((r) => r.message)).toEqual(['客户名称: same value (武汉光谷生物)']);
  });

  test('quotes an English value as each row wrote it', () => {
    const values: CellValue[][] = [
      ['Company Name', 'Contact Name', 'Phone'],
      ['Acme Inc.', 'John Smith', '+1 415 555 2671'], // 2
      ['ACME, Inc', 'John Smith', '(415) 555-2671'], // 3
      ['Globex LLC', 'Peter Brown', '+1 212 555 0188'], // 4
    ];
    const [cluster] = findExactDuplicates(sheet(values), { columns: ['Phone'] }).clusters;
    expect(cluster?.rows).toEqual([2, 3]);
    expect(cluster!.reasons[0]!.message).toBe('Phone: same value (+1 415 555 2671 = (415) 555-2671)');
  });
});
