/**
 * A ledger's 微信 column holds each contact's own WeChat ID. An account made of a company's rows is no
 * person: it takes no one contact's WeChat (杭州森源建材有限公司 is not wjg1970, 王建国 is), unless
 * the company's rows give one ID alike (a shop's shared account).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// ledger_huadong.xlsx (华东区): its title, the header on row 3, rows 4, 5, 7 and 8.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['2024年华东区客户台账', null, null, null, null, null, null, null, null, null],
  ['制表人：何静', null, null, null, null, '更新日期：2024年3月5日', null, null, null, null],
  ['序号', '客户名称', '联系人', '电话', '微信', '地址', '最近联系', '成交金额（万元）', '客户类型', '备注'],
  [1, '杭州森源建材有限公司', '王建国', '138 0013 8000（微信同号）', 'wjg1970', '杭州市西湖区文三路478号', '2024年3月5日', 12.5, '老客户', '王总说下周回款'],
  [2, '杭州森源建材有限公司', '刘会计', '0571-8888 6666转801', '', '', '2024/3/1', null, '', '对账找她'],
  [4, '上海华通物流有限公司', '陈明', '139-1777-8888', 'chenming_ht', '上海浦东张江路100号', '2024年2月28日', 20, '重点客户', '年底续约，注意新公司已换执照'],
  [5, '上海华通物流有限公司（老）', '陈明', '13917778888', '', '上海浦东张江路100号', '2019年1月1日', 5, '流失', '旧执照已注销，勿再开票'],
];

// A shop's list where both contacts of one shop give the shop's WeChat service account.
// prettier-ignore
const SHOPS: CellValue[][] = [
  ['客户名称', '联系人', '手机', '微信号', '地址'],
  ['宁波恒达五金厂', '孙立', '13967451234', 'hengda_wujin', '宁波海曙中山西路9号'],
  ['宁波恒达五金厂', '孙敏', '13967455678', 'hengda_wujin', '宁波海曙中山西路9号'],
];

describe('a person’s WeChat on an account made of a company’s rows', () => {
  test('纷享销客: the 客户 takes no contact’s 微信; each 联系人 keeps their own', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    const contacts = files.find((f) => f.object === 'contacts')!;
    expect(rowOf(accounts, 4)).toMatchObject({ 客户名称: '杭州森源建材有限公司', 客户类型: '老客户' });
    expect(Object.values(rowOf(accounts, 4))).not.toContain('wjg1970');
    expect(Object.values(rowOf(accounts, 6))).not.toContain('chenming_ht');
    expect(rowOf(contacts, 4)).toMatchObject({ 姓名: '王建国', 微信: 'wjg1970' });
    expect(rowOf(contacts, 6)).toMatchObject({ 姓名: '陈明', 微信: 'chenming_ht' });
  });

  test('HubSpot companies: Company takes no contact’s 微信 either', () => {
    const { files } = planExport(sheet(LEDGER, '客户台账'), { crm: 'hubspot', object: 'accounts', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 4)).toMatchObject({ 'Company Name': '杭州森源建材有限公司' });
    expect(Object.values(rowOf(accounts, 4))).not.toContain('wjg1970');
  });

  test('an ID every row of the company gives alike is the company’s', () => {
    const { files } = planExport(sheet(SHOPS, '客户'), { crm: 'fxiaoke', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 2)['微信号']).toBe('hengda_wujin');
  });
});
