import type { CellValue } from '../../shared/sheet/cell-value';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Today" for every insights fixture: 180 days before it is 2024-01-02. */
export const TODAY = new Date(Date.UTC(2024, 5, 30));

/** A Chinese sales team's list: real dates, amounts, an owner column, one invalid phone, a missing name, blank segments. */
export const ZH_ROWS: CellValue[][] = [
  [
    '客户编号',
    '姓名',
    '手机',
    '客户类型',
    '价值等级',
    '地区',
    '负责人',
    '最近联系日期',
    '最近购买日期',
    '下次跟进日期',
    '累计消费金额',
  ],
  [
    'C001',
    '张伟',
    '13800138000',
    '老客户',
    'VIP',
    '上海',
    '王敏',
    d('2024-06-01'),
    d('2024-05-20'),
    d('2024-06-25'),
    12000,
  ],
  ['C002', '李娜', '13912345678', '新客户', 'A', '北京', '王敏', d('2023-10-01'), null, d('2024-07-03'), 3500],
  ['C003', '王芳', '12345', '老客户', null, '上海', '刘洋', null, d('2023-05-01'), null, 800],
  ['C004', null, '13700001111', '潜在客户', 'B', null, null, null, null, d('2024-08-30'), null],
  ['C005', '赵磊', '13600002222', '老客户', 'VIP', '深圳', '刘洋', d('2022-12-31'), d('2024-03-01'), null, 20000],
];

/** A US team's CSV export: dates as text, no spend or owner column, an invalid email, a row with only a spare column. */
export const EN_ROWS: CellValue[][] = [
  ['Name', 'Email', 'Status', 'Lifecycle Stage', 'City', 'Last Contact', 'Next Follow-up', 'Spare'],
  ['Alice Smith', 'alice@example.com', 'Active', 'Lead', 'Boston', '2024-06-10', '2024-06-28', ''],
  ['Bob Jones', 'bob@example', '', 'Customer', 'Boston', '2023-01-15', '2024-07-07', ''],
  ['Carol White', '', 'Dormant', '', '', '', '2024-07-08', ''],
  ['Dan Brown', 'dan@example.org', 'Active', 'Customer', 'Seattle', '2023-12-31', '', ''],
  ['', '', '', '', '', '', '', 'kept for later'],
];
