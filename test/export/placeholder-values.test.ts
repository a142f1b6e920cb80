/**
 * 企查查 writes `-` where a company gave no e-mail or phone; a 飞书 ledger has 无 in 手机. Check reads
 * them as placeholders (value.placeholder), not numbers or addresses: the CRM's 邮箱 and 电话 columns
 * get no value, and the report counts them as placeholders, not as values it could not read.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// 4-qichacha-companies.xlsx (企查查's 批量导出, below its title row): rows 3, 4, 13 and 15.
// prettier-ignore
const QICHACHA: CellValue[][] = [
  ['企业名称', '登记状态', '法定代表人', '统一社会信用代码', '所属省份', '所属城市', '电话', '更多电话', '邮箱', '企业地址'],
  ['杭州源泉科技有限公司', '存续', '张建华', '91330106MA27XK1234', '浙江省', '杭州市', '0571-88886666', '0571-88886667；13800138000', 'zhang@yuanquan.com', '浙江省杭州市西湖区文三路478号'],
  ['杭州源泉科技有限公司西湖分公司', '存续', '张建华', '91330106MA2B0XXXX1', '浙江省', '杭州市', '0571-88886666', '', '-', '浙江省杭州市西湖区文三路478号'],
  ['成都某某餐饮管理有限公司', '注销', '王某', '91510100MA61XXXX9K', '四川省', '成都市', '-', '', '-', '成都市武侯区某路1号'],
  ['广州市白云区张记五金店', '存续', '张记', '92440111MA5CXXXX1A', '广东省', '广州市', '13922001122', '', 'zhangji@qq.com', '广州市白云区太和镇'],
];

// 5-feishu-ledger.csv: rows 17 (冯十二: 无 in 手机, - in 邮箱) and 18.
// prettier-ignore
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '邮箱', '地区', '负责人'],
  ['南京云创大数据', '冯十二', '无', '025-84561234', '-', '南京', ''],
  ['西安三星半导体有限公司', '陈十三', '029-88881234', '', 'chen13@samsung.com', '西安', '王磊'],
];

describe('placeholders in phone and e-mail cells', () => {
  test('纷享销客 writes no 电话 or 邮箱 for 企查查’s “-” and counts them as placeholders', () => {
    const { files, report } = planExport(sheet(QICHACHA, '企业列表'), { crm: 'fxiaoke', now: NOW });
    const accounts = files[0]!;
    expect(rowOf(accounts, 3)).toMatchObject({ 客户名称: '杭州源泉科技有限公司西湖分公司', 邮箱: null });
    expect(rowOf(accounts, 4)).toMatchObject({ 电话: null, 邮箱: null });
    expect(rowOf(accounts, 5)).toMatchObject({ 手机: '13922001122', 邮箱: 'zhangji@qq.com' });
    expect(report.placeholders).toEqual({ 邮箱: 2, 电话: 1 });
    expect(report.valuesAsTyped).not.toHaveProperty('邮箱');
    expect(report.valuesAsTyped).not.toHaveProperty('电话');
  });

  test('Zoho accounts write no Phone for “-”', () => {
    // 法定代表人 is each company's contact: the accounts file is asked for.
    const { files, report } = planExport(sheet(QICHACHA, '企业列表'), { crm: 'zoho', object: 'accounts', now: NOW });
    const accounts = files.find((f) => f.object === 'accounts')!;
    expect(rowOf(accounts, 4)).toMatchObject({ 'Account Name': '成都某某餐饮管理有限公司', Phone: null });
    expect(report.placeholders).toMatchObject({ 电话: 1 });
    expect(report.valuesAsTyped).not.toHaveProperty('Phone');
  });

  test('a 飞书 ledger’s 无 in 手机 leaves the mobile blank and the landline in its line', () => {
    const { files, report } = planExport(sheet(LEDGER), { crm: 'fxiaoke', now: NOW });
    expect(rowOf(files[0]!, 2)).toMatchObject({ 手机: null, 电话: '025-84561234', 邮箱: null });
    expect(report.placeholders).toEqual({ 手机: 1, 邮箱: 1 });
  });
});
