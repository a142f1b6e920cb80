/**
 * A Chinese address typed as one run, without spaces: 钉钉's 地址 安徽省合肥市蜀山区长江西路123号, or a
 * region cell 安徽省合肥市蜀山区. In a CRM's layout it splits as 有赞's spaced 安徽省 合肥市 蜀山区 does
 * (State, City, the district before the street) where the suffixes leave one reading; else it stays
 * as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { splitPlaceRun } from '../../shared/normalise/place-run';
import { provinceNames } from '../../shared/normalise/region-places';
import { defaultTemplate } from '../../shared/template/default-template';
import { NOW, sheet } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

const PROVINCES = provinceNames(defaultTemplate().fields.find((f) => f.key === 'region')!);

// dingtalk_crm_gbk.csv: rows 2 to 5 (地址 typed in one run), and rows whose run does not split surely.
// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '联系人', '联系人电话', '客户来源', '负责人', '地址'],
  ['合肥永盛建材厂', '孟杰明', '16655383408', '官网', '林涛', '安徽省合肥市蜀山区长江西路123号'],
  ['北京昌隆印刷厂', '王建国', '010-12345678', '地推', '马超', '北京市朝阳区建国路88号'],
  ['苏州福源建材商行', '汪晨雨', '13759123697', '官网', '何静', '江苏省苏州市工业园区滨江大道103号29幢2174室'],
  ['南宁华盛商贸', '韦丽', '13978123456', '转介绍', '何静', '广西壮族自治区南宁市青秀区民族大道100号'],
  ['吉林鑫源商贸', '刘洋', '13604321234', '官网', '马超', '吉林市船营区北京路12号'],
  ['杭州云栖科技', '陈静', '13805711234', '官网', '林涛', '浙江杭州市西湖区文三路588号'],
  ['东莞长兴五金', '李强', '13926881234', '地推', '马超', '广东省东莞长安镇振安路8号'],
];

describe('an address typed as one run', () => {
  test('goes to State, City and, as the street, the district and street', () => {
    const { files, report } = planExport(sheet(DINGTALK), { crm: 'zoho', now: NOW });
    const file = files.find((f) => f.sourceRows.includes(2))!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing State': '安徽',
      'Mailing City': '合肥市',
      'Mailing Street': '蜀山区长江西路123号',
    });
    // A municipality is its own city.
    expect(rowOf(file, 3)).toMatchObject({
      'Mailing State': '北京',
      'Mailing City': '北京市',
      'Mailing Street': '朝阳区建国路88号',
    });
    expect(rowOf(file, 4)).toMatchObject({
      'Mailing State': '江苏',
      'Mailing City': '苏州市',
      'Mailing Street': '工业园区滨江大道103号29幢2174室',
    });
    expect(rowOf(file, 5)).toMatchObject({
      'Mailing State': '广西',
      'Mailing City': '南宁市',
      'Mailing Street': '青秀区民族大道100号',
    });
    expect(report.regionsSplit).toEqual({ 地址: 4 });
  });

  test.each([
    [6, '吉林市船营区北京路12号', '吉林市 is a city, not 吉林省'],
    [7, '浙江杭州市西湖区文三路588号', 'no 省 says where the province ends'],
    [8, '广东省东莞长安镇振安路8号', 'no 市 says where the city ends'],
  ])('row %i stays as typed in the street: %s (%s)', (row, typed) => {
    const file = planExport(sheet(DINGTALK), { crm: 'salesforce', now: NOW }).files.find((f) =>
      f.sourceRows.includes(row),
    )!;
    expect(rowOf(file, row)).toMatchObject({
      'Mailing Street': typed,
      'Mailing State/Province': null,
      'Mailing City': null,
    });
  });

  test('the row’s own country column is written whether its address splits or not', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '国家', '地址'],
      ['合肥永盛建材厂', '孟杰明', '16655383408', '中国', '安徽省合肥市蜀山区长江西路123号'],
      ['吉林鑫源商贸', '刘洋', '13604321234', '中国', '吉林市船营区北京路12号'],
    ];
    const file = planExport(sheet(values), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Mailing State': '安徽', 'Mailing Country': '中国' });
    expect(rowOf(file, 3)).toMatchObject({ 'Mailing State': null, 'Mailing Country': '中国' });
  });

  test('a list with a region column keeps its address as typed', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '省份', '详细地址'],
      ['贺桂飞', '18978756105', '浙江', '浙江省杭州市西湖区文三路588号'],
      ['熊丽', '18117057776', '安徽', '安徽省合肥市蜀山区长江西路123号'],
    ];
    const file = planExport(sheet(values, '会员'), { crm: 'zoho', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing State': '浙江',
      'Mailing Street': '浙江省杭州市西湖区文三路588号',
    });
  });
});

describe('a region cell typed as one run', () => {
  // youzan_members.csv's 所在地区, typed without spaces.
  // prettier-ignore
  const YOUZAN: CellValue[][] = [
    ['客户姓名', '手机号', '所在地区', '详细地址'],
    ['熊丽', '18117057776', '安徽省合肥市蜀山区', '长江西路123号'],
    ['贺桂飞', '18978756105', '浙江省 杭州市 西湖区', '文三路588号'],
    ['石芳', '15046374571', '北京市朝阳区', '建国路88号'],
    ['侯怡涛', '19871475720', '内蒙古自治区呼和浩特市赛罕区', ''],
    ['王芳', '13700137000', '北京市', '王府井大街1号'],
  ];

  test('splits as the spaced one does', () => {
    const { files, report } = planExport(sheet(YOUZAN, '会员'), { crm: 'zoho', now: NOW });
    const file = files[0]!;
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing State': '安徽',
      'Mailing City': '合肥市',
      'Mailing Street': '蜀山区长江西路123号',
    });
    expect(rowOf(file, 3)).toMatchObject({
      'Mailing State': '浙江',
      'Mailing City': '杭州市',
      'Mailing Street': '西湖区文三路588号',
    });
    expect(rowOf(file, 4)).toMatchObject({
      'Mailing State': '北京',
      'Mailing City': '北京市',
      'Mailing Street': '朝阳区建国路88号',
    });
    expect(rowOf(file, 5)).toMatchObject({
      'Mailing State': '内蒙古',
      'Mailing City': '呼和浩特市赛罕区',
      'Mailing Street': null,
    });
    expect(rowOf(file, 6)).toMatchObject({ 'Mailing State': '北京', 'Mailing City': null });
    expect(report.regionsSplit).toEqual({ 所在地区: 4 });
  });
});

describe('splitPlaceRun', () => {
  test.each([
    ['安徽省合肥市蜀山区长江西路123号', { province: '安徽省', city: '合肥市', rest: '蜀山区长江西路123号' }],
    ['吉林省吉林市船营区北京路12号', { province: '吉林省', city: '吉林市', rest: '船营区北京路12号' }],
    ['北京市北京市朝阳区建国路88号', { province: '北京市', city: '北京市', rest: '朝阳区建国路88号' }],
    ['上海市浦东新区世纪大道100号', { province: '上海市', city: '上海市', rest: '浦东新区世纪大道100号' }],
    [
      '新疆维吾尔自治区伊犁哈萨克自治州伊宁市',
      { province: '新疆维吾尔自治区', city: '伊犁哈萨克自治州', rest: '伊宁市' },
    ],
    ['黑龙江省大兴安岭地区漠河市', { province: '黑龙江省', city: '大兴安岭地区', rest: '漠河市' }],
    ['内蒙古自治区锡林郭勒盟锡林浩特市', { province: '内蒙古自治区', city: '锡林郭勒盟', rest: '锡林浩特市' }],
  ])('reads %s', (text, parts) => {
    expect(splitPlaceRun(text, PROVINCES)).toEqual(parts);
  });

  test.each([
    ['吉林市船营区北京路12号'],
    ['浙江杭州市西湖区'],
    ['广东省东莞长安镇振安路8号'],
    ['安徽省蜀山区长江西路市民中心'],
    ['海南省陵水黎族自治县椰林镇'],
    ['江南省临安市'],
  ])('leaves %s unsplit', (text) => {
    expect(splitPlaceRun(text, PROVINCES)).toBeNull();
  });
});
