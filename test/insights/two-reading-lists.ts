/**
 * Two lists whose follow-up and last-contact columns hold dates that read two ways (06/12/2024 in a
 * column written both day and month first), as of 2024-06-05: an English SMB pipeline and a mainland
 * 客户台账 with a 台北 row, whose 民國 dates are read in its calendar.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

export const TWO_READINGS_TODAY = new Date(Date.UTC(2024, 5, 5));

// 25/06/2024 is day first and 06/28/2024 month first: the column says neither, so 06/12/2024 stays unread
// (6 December, or June 12: due within 7 days).
export const SMB_PIPELINE: CellValue[][] = [
  ['Company', 'Contact', 'Email', 'Owner', 'Stage', 'Last Contact', 'Next Follow-up'],
  ['Brightwave Studio', 'Sarah Johnson', 'sarah@brightwave.io', 'Emma', 'Proposal', '2024-05-20', '06/12/2024'],
  ['Garcia HVAC', 'Robert Garcia', 'bob@garcia-hvac.com', 'Liam', 'Negotiation', '03/04/2023', '2024-06-20'],
  ["O'Brien Law", "Michael O'Brien", 'mobrien@obrienlaw.com', 'Emma', 'Won', '25/04/2024', '25/06/2024'],
  ['Kim & Park', 'Grace Kim', 'grace@kimpark.com', 'Noah', 'Lead', '04/28/2024', '06/28/2024'],
  ['Riverbank Dental', 'Sophia Davis', 'sophia@riverbank.com', 'Liam', 'Lead', '2023-10-02', '2024-06-08'],
  ['Northwind Bakery', 'Olivia Brown', 'olivia@northwind.com', 'Noah', 'Proposal', '11/10/2023', '07/04/2024'],
];

// 113/06/08 on the 台北 row is 民國 113, 2024-06-08: due within 7 days. Nothing else in 下次跟进 says day or
// month first, so the 杭州 row's 06/12/2024 is unread; so are 最近跟进's 03/04/2023 and 05/01/2024.
export const ZH_LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '地区', '负责人', '阶段', '最近跟进', '下次跟进'],
  ['杭州恒通贸易有限公司', '王建国', '13800138001', '杭州', '何静', '洽谈', '2024/3/5', '06/12/2024'],
  ['台北永信企業有限公司', '陳志明', '0912345678', '台北', '王磊', '成交', '113/03/05', '113/06/08'],
  ['上海宏达机电有限公司', '李娜', '13900139002', '上海', '何静', '跟进中', '03/04/2023', '2024-06-20'],
  ['深圳华强电子有限公司', '张伟', '13700137003', '深圳', '王磊', '洽谈', '05/01/2024', '2024-05-30'],
];
