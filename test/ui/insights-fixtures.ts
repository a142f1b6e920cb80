/** Customer lists dated relative to today, so the Insights tab (which uses the real date) sees stale and due rows. */
import { localToday } from '../../shared/ui/views/insights/format';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const day = (offset: number) => new Date(localToday().getTime() + offset * 86_400_000);

/** A Chinese sales team's list: two stale customers (400 and 200 days), one overdue and one due follow-up. */
export function zhSheet(): SheetSnapshot {
  return {
    name: '客户',
    values: [
      [
        '客户编号',
        '姓名',
        '手机',
        '客户类型',
        '状态',
        '价值等级',
        '负责人',
        '购买次数',
        '最近购买日期',
        '最近联系日期',
        '下次跟进日期',
        '累计消费金额',
      ],
      ['C000001', '张伟', '13800138000', '老客户', '活跃', 'VIP', '王敏', 6, day(-20), day(-5), day(2), 12000],
      ['C000002', '李娜', '13912345678', '新客户', '跟进中', 'A', '王敏', 1, day(-200), day(-200), day(-3), 3500],
      ['C000003', '王芳', '13700137000', '老客户', '活跃', null, '刘洋', 3, day(-400), day(-420), null, 800],
      ['C000004', '赵磊', '13600136000', null, null, 'B', '刘洋', 0, null, day(-30), day(30), null],
    ],
  };
}

/** A US team's list as text: one stale customer, one overdue follow-up, no spend column. */
export function enSheet(): SheetSnapshot {
  const iso = (offset: number) => day(offset).toISOString().slice(0, 10);
  return {
    name: 'Customers',
    values: [
      ['Name', 'Email', 'Status', 'Customer Type', 'Owner', 'Last Contact', 'Next Follow-up'],
      ['Alice Smith', 'alice@example.com', 'Active', 'Returning Customer', 'Dana', iso(-10), iso(5)],
      ['Bob Jones', 'bob@example', 'Active', 'New Customer', 'Dana', iso(-250), iso(-1)],
      ['Carol White', 'carol@example.org', 'Dormant', 'Prospect', 'Eve', iso(-40), ''],
    ],
  };
}
