/**
 * A region cell in a CRM's address columns: 有赞's 所在地区 holds province, city and district in one
 * cell (安徽省 合肥市 蜀山区); Mailchimp's REGION holds US states (GA) and some lists write them in full
 * (Georgia); 香港, 台湾 and 澳门 are no province's state but the address's country or region. A value
 * keeps the script it was typed in (臺灣 stays 臺灣).
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, sheet, usTemplate } from './fixtures';

function rowOf(file: ExportFile, sheetRow: number): Record<string, CellValue> {
  const index = file.sourceRows.indexOf(sheetRow);
  if (index < 0) throw new Error(`row ${sheetRow} is not in the ${file.object} file`);
  return Object.fromEntries(file.header.map((h, i) => [h, file.rows[index]![i] ?? null]));
}

// youzan_members.csv: rows 2 to 4, and a municipality (北京市 北京市 朝阳区) and an autonomous region.
// prettier-ignore
const YOUZAN: CellValue[][] = [
  ['客户姓名', '手机号', '性别', '生日', '所在地区', '会员等级', '累计消费金额(元)', '归属门店'],
  ['熊丽', '18117057776', '女', '1982-11-13', '安徽省 合肥市 蜀山区', '银卡会员', '7302.54', '线上商城'],
  ['贺桂飞', '18978756105', '未知', '1966-05-04', '浙江省 杭州市 西湖区', '钻石会员', '12474.31', '杭州湖滨店'],
  ['唐勇丹', '18968530154', '女', '', '广东省 深圳市 南山区', '钻石会员', '23559.04', '宁波天一店'],
  ['石芳', '15046374571', '女', '1972-07-28', '北京市 北京市 朝阳区', '银卡会员', '28452.13', '宁波天一店'],
  ['侯怡涛', '19871475720', '男', '1997-11-11', '内蒙古自治区 呼和浩特市 赛罕区', '银卡会员', '5774.35', '宁波天一店'],
];

// hktw_members_utf8.csv: rows 2 to 5 (地區 of 香港 and 臺灣, in traditional characters).
// prettier-ignore
const HKTW: CellValue[][] = [
  ['客戶編號', '姓名', '性別', '地區', '手機', '電子郵件', '地址'],
  ['M00001', '陳建華', '女', '香港', '+852 5638 5629', 'm59643@yahoo.com.hk', '九龍旺角彌敦道203號'],
  ['M00002', '陳雅婷', '女', '臺灣', '0915721178', 'm4441@gmail.com', '新北市板橋區文化路一段12號'],
  ['M00003', '陳淑芬', '女', '香港', '6874 9489', '', '香港島銅鑼灣軒尼詩道80號'],
  ['M00004', '吳大文', '女', '臺灣', '0933032012', '', '臺北市大安區忠孝東路四段167號'],
];

describe('a region cell of province, city and district', () => {
  test('有赞’s 所在地区 goes to State and City, the district with the city where the row has no street', () => {
    const { files, report } = planExport(sheet(YOUZAN, '会员'), { crm: 'zoho', now: NOW });
    const file = files[0]!;
    // No row has a street of its own: no street column, nothing in it to write.
    expect(file.header).not.toContain('Mailing Street');
    expect(rowOf(file, 2)).toMatchObject({
      'Mailing State': '安徽',
      'Mailing City': '合肥市蜀山区',
    });
    expect(rowOf(file, 5)).toMatchObject({
      'Mailing State': '北京',
      'Mailing City': '北京市朝阳区',
    });
    expect(rowOf(file, 6)).toMatchObject({
      'Mailing State': '内蒙古',
      'Mailing City': '呼和浩特市赛罕区',
    });
    expect(report.regionsSplit).toEqual({ 所在地区: 5 });
  });

  test('the district goes before a street that does not name it', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '所在地区', '详细地址'],
      ['熊丽', '18117057776', '安徽省 合肥市 蜀山区', '新华路663号'],
      ['贺桂飞', '18978756105', '浙江省 杭州市 西湖区', '浙江省杭州市西湖区文三路588号'],
    ];
    const file = planExport(sheet(values, '会员'), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Mailing Street': '蜀山区新华路663号', 'Mailing City': '合肥市' });
    expect(rowOf(file, 3)).toMatchObject({ 'Mailing Street': '浙江省杭州市西湖区文三路588号' });
  });
});

describe('US states in a Region column', () => {
  test.each([
    ['REGION', ['GA', 'TX', 'CA', 'NY']],
    ['Region', ['Georgia', 'Texas', 'California', 'New York']],
  ])('Mailchimp’s %s of states goes to the State column', (header, states) => {
    const values: CellValue[][] = [
      ['Email Address', 'First Name', 'Last Name', header],
      ['a@x.com', 'Ann', 'Lee', states[0]!],
      ['b@x.com', 'Bob', 'Ray', states[1]!],
      ['c@x.com', 'Cy', 'Hu', states[2]!],
      ['d@x.com', 'Di', 'Ko', states[3]!],
    ];
    const file = planExport(sheet(values, 'Audience'), { crm: 'zoho', template: usTemplate(), now: NOW }).files[0]!;
    expect(file.header).toContain('Mailing State');
    expect(file.header).not.toContain('Mailing City');
    expect(rowOf(file, 2)['Mailing State']).toBe(states[0]);
  });
});

describe('Hong Kong, Taiwan and Macao in a region column', () => {
  test('go to the country column, as typed in the sheet’s script', () => {
    const { files, report } = planExport(sheet(HKTW, '會員'), { crm: 'zoho', now: NOW });
    const file = files[0]!;
    expect(file.header).toContain('Mailing Country');
    expect(file.header).not.toContain('Mailing State');
    expect(rowOf(file, 2)).toMatchObject({ 'Mailing Country': '香港' });
    expect(rowOf(file, 3)).toMatchObject({ 'Mailing Country': '臺灣' });
    expect(report.regionsAsCountry).toEqual({ 地區: 4 });
  });

  test('beside provinces, only those rows go to the country; a country column of its own wins', () => {
    const values: CellValue[][] = [
      ['姓名', '地区', '国家/地区', '手机'],
      ['张伟', '广东', '', '13800138000'],
      ['李娜', '浙江', '', '13912345678'],
      ['陈大文', '香港', '', '+852 9123 4567'],
      ['林雅婷', '台湾', '中国', '+886 912 345 678'],
    ];
    const file = planExport(sheet(values), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(file, 2)).toMatchObject({ 'Mailing State/Province': '广东', 'Mailing Country': null });
    expect(rowOf(file, 4)).toMatchObject({ 'Mailing State/Province': null, 'Mailing Country': '香港' });
    expect(rowOf(file, 5)).toMatchObject({ 'Mailing State/Province': '台湾', 'Mailing Country': '中国' });
  });

  test('a region typed in traditional characters keeps them, in State and in an extra column', () => {
    const values: CellValue[][] = [
      ['姓名', '地區', '國家/地區', '手機'],
      ['林雅婷', '臺灣', '中華民國', '0912-345-678'],
      ['黃志明', '廣東省', '中國', '13800138000'],
    ];
    const sf = planExport(sheet(values), { crm: 'salesforce', now: NOW }).files[0]!;
    expect(rowOf(sf, 2)).toMatchObject({ 'Mailing State/Province': '臺灣', 'Mailing Country': '中華民國' });
    expect(rowOf(sf, 3)).toMatchObject({ 'Mailing State/Province': '廣東省' });
    const fx = planExport(sheet(HKTW, '會員'), { crm: 'fxiaoke', now: NOW }).files[0]!;
    // 纷享销客 has no State or Country column: 地址 names the region with the street.
    expect(rowOf(fx, 3)['地址']).toBe('臺灣新北市板橋區文化路一段12號');
  });
});
