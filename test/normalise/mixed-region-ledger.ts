/**
 * A mainland trading company's 客户台账 (a GBK export) with two customers in Taiwan, whose dates are
 * 民國 years, and one 杭州 customer entered twice, typed differently. Its last-contact and follow-up
 * columns write 113/03/05 on the Taiwan rows and 24/3/5 on the mainland ones.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

export const LEDGER_TODAY = new Date('2024-09-01T00:00:00Z');

export function mixedLedger(): CellValue[][] {
  return [
    ['客户名称', '联系人', '手机', '地区', '最近联系日期', '下次跟进日期', '签约日期'],
    ['杭州恒通贸易有限公司', '王建国', '13800138001', '杭州', '24/3/5', '24/9/8', '23/11/2'],
    ['上海宏达机电有限公司', '李娜', '13900139002', '上海', '2024/1/8', '2024/7/15', '2022/5/6'],
    ['台北永信企業有限公司', '陳志明', '0912345678', '台北', '113/03/05', '113/08/01', '112/01/15'],
    ['高雄港興實業', '林美玲', '0987654321', '高雄', '112/10/20', '113/07/10', '111/06/30'],
    ['深圳华强电子有限公司', '张伟', '13700137003', '深圳', '24/8/1', '24/9/6', '21/3/9'],
    ['杭州恒通贸易有限公司', '王建国', '138-0013-8001', '杭州', '24/4/9', '24/9/8', '23/11/2'],
  ];
}
