/**
 * Hong Kong's and Macau's districts and well-known areas name their region at the start of an address
 * (尖沙咀彌敦道132號, 氹仔…) and in a 地區 column, in both scripts and English; a name a mainland
 * place shares (沙田 is Dongguan's town too, 中环路 a Shanghai road, 湾仔 a Zhuhai street) names Hong
 * Kong only where nothing after it makes it the mainland's, and only at an address's start.
 */
import { regionOfPlace } from '../../shared/normalise/country-column';
import { readPhone } from '../../shared/normalise/phone-reading';
import { rowPlaceReader } from '../../shared/normalise/phone-row-place';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

const HEADER = ['客戶名稱', '聯絡人', '手機', '電話', '地址'];
const placeOf = (address: string, mobile = '9123 4567', office = '') => {
  const row: CellValue[] = ['利豐貿易', '黃志強', mobile, office, address];
  return rowPlaceReader(mapHeaders(HEADER, DEFAULT_TEMPLATE, {}, [row]), DEFAULT_TEMPLATE)(row);
};

describe('Hong Kong and Macau districts at an address’s start', () => {
  test.each([
    '尖沙咀彌敦道132號美麗華廣場一期12樓',
    '旺角亞皆老街8號朗豪坊辦公大樓20樓',
    '銅鑼灣軒尼詩道500號希慎廣場30樓',
    '中環皇后大道中99號中環中心45樓',
    '馬鞍山西沙路608號',
    '觀塘鴻圖道52號百本中心8樓',
    '沙田正街18號新城市廣場一期',
    '沙田區石門安群街3號',
    '荃灣楊屋道8號如心廣場',
    '灣仔港灣道18號中環廣場',
    '九龍灣宏照道39號企業廣場3期',
    '將軍澳唐德街9號',
    '元朗青山公路元朗段',
    '屯門屯喜路2號',
    '深水埗長沙灣道',
    '油麻地彌敦道',
    '紅磡德豐街',
    '葵涌葵昌路',
    '上環干諾道中',
    '北角英皇道',
    '鰂魚涌英皇道979號太古坊',
    '尖沙咀弥敦道132号',
    '铜锣湾轩尼诗道500号',
    '观塘鸿图道52号',
    '荃湾杨屋道8号',
    '将军澳唐德街9号',
  ])('reads %j as Hong Kong', (address) => {
    expect(placeOf(address)).toBe('HK');
  });

  test.each(['氹仔望德聖母灣大馬路', '路環石排灣', '路氹金光大道', '氹仔花城公園'])('reads %j as Macau', (address) => {
    expect(placeOf(address, '6612 3456')).toBe('MO');
  });

  test.each([
    ['Shop 12, 132 Nathan Road, Tsim Sha Tsui', 'HK'],
    ['8 Argyle Street, Mong Kok', 'HK'],
    ['500 Hennessy Road, Causeway Bay', 'HK'],
    ['18 Harbour Road, Wan Chai', 'HK'],
    ['52 Hung To Road, Kwun Tong', 'HK'],
    ['18 Sha Tin Centre Street, Shatin', 'HK'],
    ['8 Yeung Uk Road, Tsuen Wan', 'HK'],
    ['Estrada da Baía de Nossa Senhora da Esperança, Taipa', 'MO'],
  ])('reads the English address %j as %s', (address, region) => {
    expect(placeOf(address, region === 'MO' ? '6612 3456' : '9123 4567')).toBe(region);
  });

  test.each([
    ['臺北市信義區信義路五段7號', 'TW'],
    ['台中市西屯區臺灣大道三段99號', 'TW'],
    ['高雄市前鎮區中山二路', 'TW'],
    ['新北市板橋區文化路一段', 'TW'],
    ['桃園市中壢區中正路', 'TW'],
    ['台南市安平區安平路1號', 'TW'],
  ])('reads Taiwan’s cities, as before: %j', (address, region) => {
    expect(placeOf(address, '2345 6789')).toBe(region);
  });

  test.each([
    ['a Dongguan town', '沙田鎮港口大道8號'],
    ['a Dongguan town in simplified', '沙田镇港口大道8号'],
    ['a village', '沙田村委会旁'],
    ['a Shanghai road', '中环路1188号'],
    ['a Shanghai road in traditional', '中環路1188號'],
    ['a Zhuhai street in simplified', '湾仔街道银湾路'],
    ['a Shenzhen subdistrict', '葵涌街道办事处'],
    ['a mainland city', '广东省东莞市沙田镇'],
    ['a Meizhou county', '大埔县湖寮镇城东路'],
    ['an Anhui city in traditional', '馬鞍山市花山區湖南西路'],
    ['a Shaanxi county', '蓝田县蓝关街道'],
    ['a street that names no place', '彌敦道132號'],
  ])('reads no Hong Kong in %s (%j)', (_case, address) => {
    expect(placeOf(address, '8888 1234')).toBeNull();
  });

  test('gives way to another number with a +code on the row: two places are none', () => {
    expect(placeOf('沙田正街18號', '9123 4567', '+86 769 8888 1234')).toBeNull();
    expect(placeOf('沙田正街18號', '9123 4567', '+852 2345 6789')).toBe('HK');
  });

  test('asks no place of a row whose number is a mainland mobile: it stays Chinese', () => {
    expect(placeOf('沙田正街18號', '13800138000')).toBeNull();
    expect(readPhone('13800138000', { home: 'CN', sheet: 'CN', place: 'HK' })).toMatchObject({
      kind: 'valid',
      key: '+8613800138000',
    });
  });
});

describe('Hong Kong and Macau districts in a 地區 column', () => {
  test.each([
    ['尖沙咀', 'HK'],
    ['旺角', 'HK'],
    ['銅鑼灣', 'HK'],
    ['铜锣湾', 'HK'],
    ['觀塘區', 'HK'],
    ['荃灣', 'HK'],
    ['將軍澳', 'HK'],
    ['元朗', 'HK'],
    ['屯門', 'HK'],
    ['九龍灣', 'HK'],
    ['Tsim Sha Tsui', 'HK'],
    ['Mong Kok', 'HK'],
    ['Causeway Bay', 'HK'],
    ['Wan Chai', 'HK'],
    ['Kwun Tong District', 'HK'],
    ['Sha Tin', 'HK'],
    ['氹仔', 'MO'],
    ['路氹', 'MO'],
  ])('reads %j as %s', (place, region) => {
    expect(regionOfPlace(place)).toBe(region);
  });

  test.each(['沙田', '湾仔', '灣仔', '中环', '中環', '大埔', '葵涌', '西贡', '马鞍山', '东涌', 'Central', 'Aberdeen'])(
    'reads %j, which a mainland or other place shares, as no region',
    (place) => {
      expect(regionOfPlace(place)).toBeNull();
    },
  );
});
