/**
 * A municipality (上海市, 北京市) is its own city: the CRM's City column needs one. A region cell that
 * gives it with its district, spaced (上海市 浦东新区) or not (上海市浦东新区), and a 淘宝 address that
 * writes the municipality twice (上海 上海市 浦东新区 …) give the municipality as the City.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

describe('a municipality as the city', () => {
  test('a region cell 上海市 浦东新区 gives City 上海市, spaced or not', () => {
    // 有赞's customer export: 所在地区 of province, city and district, 详细地址 beside it.
    const values: CellValue[][] = [
      ['客户姓名', '手机号', '所在地区', '详细地址'],
      ['张伟', '15988887777', '上海市 浦东新区', '张江镇碧波路690号'],
      ['李娜', '13912345678', '上海市浦东新区', '世纪大道100号'],
      ['王芳', '13800138000', '安徽省 合肥市 蜀山区', '长江西路123号'],
    ];
    const file = planExport(sheet(values, '客户'), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing State/Province': '上海',
      'Mailing City': '上海市',
      'Mailing Street': '浦东新区张江镇碧波路690号',
    });
    expect(rowOf(file, 3)).toMatchObject({
      'Mailing State/Province': '上海',
      'Mailing City': '上海市',
      'Mailing Street': '浦东新区世纪大道100号',
    });
    expect(rowOf(file, 4)).toMatchObject({ 'Mailing State/Province': '安徽', 'Mailing City': '合肥市' });
  });

  test('a 淘宝 收货地址 that names the municipality twice (上海 上海市 浦东新区 …) gives City 上海市', () => {
    // 1-taobao-orders-gbk.csv: rows 7, 8 and 11 (收货人姓名, 收货地址, 联系手机).
    const values: CellValue[][] = [
      ['收货人姓名', '收货地址', '联系手机'],
      ['张伟', '上海 上海市 浦东新区 张江镇 碧波路690号(201203)', '15988887777'],
      ['王建国', '江苏省 南京市 鼓楼区 中山北路 30号 (210008)', '13705150000'],
      ['陈志强', '北京 北京市 朝阳区 建国路 88号SOHO现代城2号楼1501(100022)', '13501010101'],
    ];
    const file = planExport(sheet(values, '订单'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing City': '上海市',
      'Mailing Street': '浦东新区 张江镇 碧波路690号',
      'Mailing Zip': '201203',
    });
    expect(rowOf(file, 3)).toMatchObject({ 'Mailing State': '江苏', 'Mailing City': '南京市' });
    expect(rowOf(file, 4)).toMatchObject({ 'Mailing City': '北京市' });
  });
});
