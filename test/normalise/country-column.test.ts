import { countryColumn, regionOfPlace } from '../../shared/normalise/country-column';
import { readPhoneSheet, rowRegionReader } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function columnOf(values: CellValue[][]) {
  return countryColumn(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)), 'CN');
}

/** A Hong Kong and Taiwan distributor's member list, its region column as the members' branches fill it in. */
const HK_TW_MEMBERS: CellValue[][] = [
  ['客戶編號', '姓名', '性別', '地區', '手機', '電話', '電子郵件'],
  ['M00001', '陳建華', '女', '香港', '+852 5638 5629', '2959 8950', 'm59643@yahoo.com.hk'],
  ['M00002', '陳雅婷', '女', '臺灣', '0915721178', '', 'm4441@gmail.com'],
  ['M00011', '黃曉彤', '女', '香港', '63687353', '', 'm34959@gmail.com'],
  ['M00014', '黃志明', '男', '臺灣', '0997-739-863', '02-2225-3579', ''],
  ['M00015', '何淑芬', '男', '香港', '68822511', '2440 4535', ''],
];

/** A Guangzhou shop's list: provinces in 地区, and a few customers from Hong Kong and Taiwan. */
const MAINLAND_WITH_HK_TW: CellValue[][] = [
  ['姓名', '地区', '手机'],
  ['张伟', '广东', '13800138000'],
  ['李娜', '浙江省', '13912345678'],
  ['王芳', '上海市', '13611112222'],
  ['陈大文', '香港', '9123 4567'],
  ['林雅婷', '台湾', '0912-345-678'],
];

describe('country-column', () => {
  test.each([
    ['香港', 'HK'],
    ['臺灣', 'TW'],
    ['台湾', 'TW'],
    ['澳門', 'MO'],
    ['中國', 'CN'],
    ['新加坡', 'SG'],
    ['Hong Kong', 'HK'],
    ['Taiwan', 'TW'],
  ])('reads the place %j as the region %s', (place, region) => {
    expect(regionOfPlace(place)).toBe(region);
  });

  test.each([
    ['九龍', 'HK'],
    ['九龙', 'HK'],
    ['新界', 'HK'],
    ['港岛', 'HK'],
    ['Kowloon', 'HK'],
    ['New Territories', 'HK'],
    ['氹仔', 'MO'],
    ['路環', 'MO'],
    ['Taipa', 'MO'],
    ['台北', 'TW'],
    ['臺北市', 'TW'],
    ['台北市', 'TW'],
    ['高雄', 'TW'],
    ['新北市', 'TW'],
    ['臺中市', 'TW'],
    ['Kaohsiung', 'TW'],
  ])('reads the place %j, a part of a region, as the region %s', (place, region) => {
    expect(regionOfPlace(place)).toBe(region);
  });

  test.each(['广东', '上海市', '杭州', '深圳市', '北京', 'CA', 'IN', '852', 'Georgia'])(
    'reads the place %j as no region, though a Country column might read it as one',
    (place) => {
      expect(regionOfPlace(place)).toBeNull();
    },
  );

  test('takes a member list’s 地區 of 香港 and 臺灣 as each row’s country', () => {
    expect(columnOf(HK_TW_MEMBERS)).toEqual({ col: 4, byName: true });
    const sheet = readPhoneSheet(HK_TW_MEMBERS, mapHeaders(HK_TW_MEMBERS[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
    expect(sheet).toMatchObject({ countryCol: 4, countryByName: true });
    const rowRegion = rowRegionReader(sheet);
    expect(HK_TW_MEMBERS.slice(1).map(rowRegion)).toEqual(['HK', 'TW', 'HK', 'TW', 'HK']);
  });

  test('takes a mainland list’s 地区 as the country of its 香港 and 台湾 rows, and of no province’s row', () => {
    expect(columnOf(MAINLAND_WITH_HK_TW)).toEqual({ col: 2, byName: true });
    const sheet = readPhoneSheet(
      MAINLAND_WITH_HK_TW,
      mapHeaders(MAINLAND_WITH_HK_TW[0]!, DEFAULT_TEMPLATE),
      DEFAULT_TEMPLATE,
    );
    expect(MAINLAND_WITH_HK_TW.slice(1).map(rowRegionReader(sheet))).toEqual([null, null, null, 'HK', 'TW']);
    expect(sheet.sheet).toBe('CN');
  });

  test('takes a long mainland list’s 地区 as a country column for two 香港 rows between the sampled ones', () => {
    const provinces = ['广东', '浙江', '上海市', '江苏省', '北京'];
    const values: CellValue[][] = [['姓名', '地区', '手机']];
    for (let k = 1; k <= 5_000; k++) values.push([`客户${k}`, provinces[k % 5]!, String(13800000000 + k)]);
    values[2] = ['陈大文', '香港', '9123 4567'];
    values[4_000] = ['黄曉彤', '香港', '6368 7353'];
    expect(columnOf(values)).toEqual({ col: 2, byName: true });
  });

  test('finds no country column when 地区 holds mainland provinces and cities only', () => {
    const values: CellValue[][] = [
      ['姓名', '地区', '手机'],
      ['张伟', '广东', '13800138000'],
      ['李娜', '上海市', '13912345678'],
      ['王芳', '中国', '13611112222'],
      ['赵敏', '深圳', '13711112222'],
    ];
    expect(columnOf(values)).toBeUndefined();
  });

  test('takes an English list’s Region and Location of country names, under either header', () => {
    const region: CellValue[][] = [
      ['Name', 'Region', 'Mobile'],
      ['Chan Tai Man', 'Hong Kong', '9123 4567'],
      ['Lim Wei Ling', 'Singapore', '9123 4567'],
      ['Lin Ya-ting', 'Taiwan', '0912 345 678'],
    ];
    expect(columnOf(region)).toEqual({ col: 2, byName: true });
    const location = region.map((row, i) => (i === 0 ? ['Name', 'Location', 'Mobile'] : row));
    expect(columnOf(location)).toEqual({ col: 2, byName: true });
  });

  test('finds no country in a US list’s states and cities, though CA, GA and Georgia are also countries’ names', () => {
    const states: CellValue[][] = [
      ['Name', 'State', 'Phone'],
      ['John Smith', 'CA', '(415) 555-0134'],
      ['Mary Jones', 'GA', '(404) 555-0199'],
      ['Bob Brown', 'Georgia', '(912) 555-0101'],
      ['Ann Lee', 'IN', '(317) 555-0135'],
    ];
    expect(columnOf(states)).toBeUndefined();
    const cities: CellValue[][] = [
      ['Name', 'City', 'Phone'],
      ['John Smith', 'Lebanon', '(603) 555-0134'],
      ['Mary Jones', 'Boston', '(617) 555-0199'],
      ['Bob Brown', 'Concord', '(603) 555-0101'],
    ];
    expect(columnOf(cities)).toBeUndefined();
  });

  test('still reads a Country column’s codes, which a place column does not', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['John Smith', '4155550134', 'US'],
      ['Chan Tai Man', '9123 4567', 'HK'],
    ];
    expect(columnOf(values)).toEqual({ col: 3 });
    const sheet = readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
    expect(values.slice(1).map(rowRegionReader(sheet))).toEqual(['US', 'HK']);
  });
});
