/**
 * Order exports that write an order of several items as several rows: the first row names the
 * customer, the rows under it repeat the order's number and hold one more item each.
 */
import type { CellValue } from '../../shared/sheet/cell-value';

/**
 * Shopify's orders_export.csv: #1001 has three items. Its rows 3 and 4 repeat the order's Name and
 * Email only; the customer, the totals and the statuses are blank. Jane orders again as #1003.
 */
// prettier-ignore
export const SHOPIFY: CellValue[][] = [
  ['Name', 'Email', 'Financial Status', 'Fulfillment Status', 'Total', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem sku', 'Billing Name', 'Billing Address1', 'Billing City', 'Billing Zip', 'Billing Country', 'Billing Phone'],
  ['#1001', 'jane.doe@gmail.com', 'paid', 'fulfilled', 95.31, 1, 'Linen Shirt - M', 45, 'LS-M', 'Jane Doe', '12 Elm St', 'Boston', '02134', 'US', '+1 617 555 0101'],
  ['#1001', 'jane.doe@gmail.com', null, null, null, 1, 'Canvas Tote', 40, 'CT-1', null, null, null, null, null, null],
  ['#1001', 'jane.doe@gmail.com', null, null, null, 2, 'Wool Socks', 5, 'WS-2', null, null, null, null, null, null],
  ['#1002', 'john.smith@gmail.com', 'paid', 'fulfilled', 127.5, 2, 'Wool Socks', 20, 'WS-2', 'John Smith', '400 Main St', 'Hartford', '06103', 'US', '+1 860 555 0142'],
  ['#1003', 'jane.doe@gmail.com', 'paid', 'fulfilled', 47.81, 1, 'Canvas Tote', 40, 'CT-1', 'Jane Doe', '12 Elm St', 'Boston', '02134', 'US', '+1 617 555 0101'],
];

/** 京东's order export: order …3001 has two items, the second row with the buyer left blank. */
// prettier-ignore
export const JD: CellValue[][] = [
  ['订单号', '商品名称', '购买数量', '订单金额', '订单状态', '客户姓名', '联系电话', '客户地址'],
  ['290010013001', '加绒卫衣', 1, 228, '已完成', '张伟', '13800138000', '浙江省杭州市余杭区五常大道181号'],
  ['290010013001', '百搭牛仔裤', 1, null, null, null, null, null],
  ['290010013002', '羊羔毛外套', 1, 259, '已完成', '李娜', '13912345678', '江苏省苏州市工业园区星湖街328号'],
  ['290010013003', '围巾', 2, 79.8, '已完成', '张伟', '13800138000', '浙江省杭州市余杭区五常大道181号'],
];

/**
 * 抖店's export of sub-orders: 主订单编号 repeats, 子订单编号 differs, and every row repeats the
 * buyer (one person, two sub-orders: rows 2 and 3).
 */
// prettier-ignore
export const DOUDIAN: CellValue[][] = [
  ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单应付金额', '收件人', '收件人手机号', '省', '详细地址', '订单状态'],
  ['6919123400011223301', '69191234000112233011', '加绒卫衣', 1, 228, '张伟', '13800138000', '浙江省', '五常大道181号', '已完成'],
  ['6919123400011223301', '69191234000112233012', '百搭牛仔裤', 1, 228, '张伟', '13800138000', '浙江省', '五常大道181号', '已完成'],
  ['6919123400011223310', '69191234000112233101', '羊羔毛外套', 1, 259, '李娜', '13912345678', '江苏省', '星湖街328号', '已完成'],
];
