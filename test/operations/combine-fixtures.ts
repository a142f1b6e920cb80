/**
 * Three lists one team keeps: a WeCom customer export (Chinese, saved as GBK CSV), a salesperson's
 * own workbook (Chinese, other header names, real date cells), and a US partner's CRM export
 * (English CSV). 张伟 is in all three, 李娜 in the first two, Chen Jing in the last two.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

export const WECOM_ROWS: CellValue[][] = [
  ['客户名称', '手机号', '企业', '添加时间', '添加人', '客户标签'],
  ['张伟', '138 0013 8000', '杭州西湖茶业有限公司', '2024-03-05 10:21', '王磊', '重点客户'],
  ['李娜', '13900139000', '上海明远贸易有限公司', '2024-04-11 16:02', '王磊', ''],
  ['赵敏', '13700137000', '苏州新禾科技有限公司', '2024-05-20 09:45', '刘洋', '展会'],
  ['', '', '', '', '', ''],
  ['孙悦', '13600136000', '南京启明教育咨询有限公司', '2024-06-01 14:30', '刘洋', ''],
];

export const SALES_ROWS: CellValue[][] = [
  ['姓名', '联系电话', '公司名称', '电子邮箱', '上次拜访', '跟进备注'],
  ['周杰', '13500135000', '宁波海曙五金有限公司', 'zhoujie@haishu-hw.cn', new Date(Date.UTC(2024, 1, 2)), '要报价'],
  ['李 娜', '+86 139-0013-9000', '上海明远贸易有限公司', 'lina@mingyuan.com', new Date(Date.UTC(2024, 3, 12)), ''],
  ['张伟', '+86 138-0013-8000', '杭州西湖茶业', 'zhangwei@xihutea.com', new Date(Date.UTC(2024, 4, 6)), '老客户'],
  ['陈静', '18600186000', 'Lakeside Trading LLC', 'chen.jing@lakeside-trading.com', null, '美国客户'],
];

export const CRM_ROWS: CellValue[][] = [
  ['Full Name', 'Mobile', 'Email', 'Company', 'City', 'Lead Owner'],
  ['Emily Carter', '(415) 555-0132', 'emily.carter@brightpath.io', 'BrightPath Inc', 'San Francisco', 'Mark'],
  ['Wei Zhang', '+86 138 0013 8000', 'zhangwei@xihutea.com', 'Xihu Tea Co', 'Hangzhou', 'Mark'],
  ['Jing Chen', '+86 186 0018 6000', 'chen.jing@lakeside-trading.com', 'Lakeside Trading LLC', 'Seattle', 'Ana'],
  ['Robert Miller', '(212) 555-0187', 'rmiller@hudsonfreight.com', 'Hudson Freight', 'New York', 'Ana'],
];

/** The three lists combined, headed in the first list's language: template fields, then 上次拜访 kept, then 出处. */
export const COMBINED_HEADERS = [
  '姓名',
  '手机',
  '邮箱',
  '公司',
  '地区',
  '标签',
  '负责人',
  '备注',
  '创建日期',
  '上次拜访',
  '出处',
];
/** The template fields among them, as the duplicates sheet shows them. */
export const FIELD_HEADERS = COMBINED_HEADERS.slice(0, 9);

export const WECOM_NAME = '企微客户导出.csv';
export const SALES_NAME = '销售A.xlsx!客户';
export const CRM_NAME = 'partner-crm.csv';

export function snapshotOf(name: string, values: CellValue[][], textOnly = false): SheetSnapshot {
  return { name, values, ...(textOnly ? { textOnly: true } : {}) };
}

export function threeLists() {
  return [
    { name: WECOM_NAME, snapshot: snapshotOf('企微客户导出', WECOM_ROWS, true) },
    { name: SALES_NAME, snapshot: snapshotOf('客户', SALES_ROWS) },
    { name: CRM_NAME, snapshot: snapshotOf('partner-crm', CRM_ROWS, true) },
  ];
}

/**
 * B2B lists of one team laid out three ways: the customer company with its contact person under 联系人
 * (the account list), under 姓名 (a trade-show sign-up sheet), or split into 姓 and 名 (a CRM export).
 * 王志刚 of 杭州西湖茶业 is in all three; 孙悦 in the last two.
 */
export const ZH_CONTACT_ROWS: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '城市'],
  ['杭州西湖茶业有限公司', '王志刚', '13800138000', 'wangzg@xihutea.com', '杭州'],
  ['上海明远贸易有限公司', '李娜', '13900139000', 'lina@mingyuan.com', '上海'],
  ['苏州新禾科技有限公司', '赵敏', '13700137000', 'zhaomin@xinhe-tech.cn', '苏州'],
];

export const ZH_NAME_ROWS: CellValue[][] = [
  ['客户名称', '姓名', '手机', '邮箱', '城市'],
  ['宁波海曙五金有限公司', '周杰', '13500135000', 'zhoujie@haishu-hw.cn', '宁波'],
  ['杭州西湖茶业有限公司', '王志刚', '138-0013-8000', 'wangzg@xihutea.com', '杭州'],
  ['南京启明教育咨询有限公司', '孙悦', '13600136000', 'sunyue@qiming-edu.cn', '南京'],
];

export const ZH_SPLIT_ROWS: CellValue[][] = [
  ['客户名称', '姓', '名', '手机', '邮箱', '城市'],
  ['杭州西湖茶业有限公司', '王', '志刚', '', 'wangzg@xihutea.com', '杭州'],
  ['南京启明教育咨询有限公司', '孙', '悦', '13600136000', '', '南京'],
  ['杭州西湖茶业有限公司', '陈', '晓东', '', 'info@xihutea.com', '杭州'],
];

/**
 * The English side: an account list with a Contact column, a list with one Name column, and a CRM
 * export with First Name and Last Name. Sarah O'Connor is in every one; Lee Wei Ming (surname first,
 * as he writes it) in the Name list and, as Wei Ming / Lee, in the CRM export.
 */
export const EN_CONTACT_ROWS: CellValue[][] = [
  ['Company', 'Contact', 'Email', 'Phone'],
  ['BrightPath Inc', "Sarah O'Connor", 'sarah.oconnor@brightpath.io', '(415) 555-0132'],
  ['Northwind Foods', 'Maria Lopez', 'maria@northwindfoods.com', '(503) 555-0111'],
];

export const EN_NAME_ROWS: CellValue[][] = [
  ['Company', 'Name', 'Email', 'Phone'],
  ['BrightPath Inc', "Sarah O'Connor", 'sarah.oconnor@brightpath.io', '(415) 555-0132'],
  ['Hudson Freight', 'Robert Miller', 'rmiller@hudsonfreight.com', '(212) 555-0187'],
  ['Lakeside Trading LLC', 'Lee Wei Ming', 'weiming.lee@lakeside-trading.com', '(206) 555-0144'],
];

export const EN_FULL_NAME_ROWS: CellValue[][] = [
  ['Company', 'Full Name', 'Email', 'Phone'],
  ['Acme Tools', 'James Park', 'jpark@acmetools.com', '(312) 555-0199'],
  ['BrightPath Inc', "Sarah O'Connor", 'sarah.oconnor@brightpath.io', '(415) 555-0132'],
];

export const EN_SPLIT_ROWS: CellValue[][] = [
  ['Company', 'First Name', 'Last Name', 'Email', 'Phone'],
  ['BrightPath Inc', 'Sarah', "O'Connor", 'sarah.oconnor@brightpath.io', ''],
  ['Lakeside Trading LLC', 'Wei Ming', 'Lee', '', '(206) 555-0144'],
  ['BrightPath Inc', 'Tom', 'Reyes', 'info@brightpath.io', '(415) 555-0100'],
  ['Acme Tools', 'James', 'Park', 'jpark@acmetools.com', '(312) 555-0199'],
];
