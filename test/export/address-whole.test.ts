/**
 * An address typed as province, city and street (浙江省杭州市西湖区文三路478号) gives a CRM's State and
 * City their parts. A layout with no State and City columns (纷享销客's 地址) keeps the address whole:
 * the province and city are part of it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// 3b-kingdee-fixed-phones.xlsx (金蝶 客户档案): rows 4, 10 and 11.
// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '联系人', '联系电话', '手机', '地址', '业务员'],
  ['KH0001', '杭州源泉科技有限公司', '张建华', '0571-88886666-8012', '13800138000', '浙江省杭州市西湖区文三路478号', '何静'],
  ['KH0007', '上海浦东发展银行股份有限公司', '赵行长', '021-63611226', '', '上海市中山东一路12号', '王磊'],
  ['KH0008', '苏州工业园区星海电子有限公司', '陈晓', '0512-6288 1234 ext 305', '15150001234', '苏州工业园区星湖街328号', '王磊'],
];

describe('an address of province, city and street', () => {
  test('纷享销客’s 地址 keeps the province and city', () => {
    const file = planExport(sheet(KINGDEE), { crm: 'fxiaoke', now: NOW }).files[0]!;
    expect(file.rows.map((row) => row[file.header.indexOf('地址')])).toEqual([
      '浙江省杭州市西湖区文三路478号',
      '上海市中山东一路12号',
      '苏州工业园区星湖街328号',
    ]);
  });

  test('Salesforce writes them to State and City and the rest to the street', () => {
    const file = planExport(sheet(KINGDEE), { crm: 'salesforce', now: NOW }).files[0]!;
    const at = (header: string) => file.header.indexOf(header);
    expect([file.rows[0]![at('Mailing Street')], file.rows[0]![at('Mailing City')]]).toEqual([
      '西湖区文三路478号',
      '杭州市',
    ]);
  });
});
