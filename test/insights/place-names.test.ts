import { placeKeys } from '../../shared/insights/place-names';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const REGION = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'region')!;

/** Whether the column's forms `a` and `b` name one place, read among all of `column`. */
const samePlace = (a: string, b: string, column: string[] = []) => {
  const keys = placeKeys(new Set([a, b, ...column]), REGION);
  return keys.get(a) === keys.get(b);
};

describe('placeKeys', () => {
  test.each([
    ['杭州市', '杭州'],
    ['西湖区', '西湖'],
    ['长兴县', '长兴'],
    ['呼和浩特市', '呼和浩特'],
    ['臺北市', '台北市'],
    ['臺北市', '台北'],
    ['廣州市', '广州'],
    ['臺灣', '台湾'],
    ['臺灣省', '台湾'],
    ['Hangzhou', 'HANGZHOU'],
    ['Ｈａｎｇｚｈｏｕ', 'hangzhou'],
  ])('%s and %s name one place', (a, b) => {
    expect(samePlace(a, b)).toBe(true);
  });

  test.each([
    ['吉林市', '吉林', 'a city named like its province', []],
    ['吉林市', '吉林省', 'a city named like its province, the province in full', []],
    ['海南市', '海南', 'a suffix after a listed name', []],
    ['朝阳区', '朝阳', 'a name the column writes with two suffixes', ['朝阳市']],
    ['朝阳区', '朝阳市', 'a district and a city of one name', []],
    ['沙市', '沙', 'a single character before 市', []],
    ['New York City', 'New York', 'English places, as typed', []],
    ['杭州市', '浙江', 'a city and its province', []],
  ])('%s and %s stay apart: %s', (a, b, _why, column) => {
    expect(samePlace(a, b, column)).toBe(false);
  });

  test('joins 杭州 and 杭州市 again once the column no longer writes 杭州 with another suffix', () => {
    expect(samePlace('杭州市', '杭州', ['杭州区'])).toBe(false);
    expect(samePlace('杭州市', '杭州', ['西湖区'])).toBe(true);
  });
});

describe('placeKeys of a province with its city', () => {
  const keysIn = (header: string, column: string[], counts?: Record<string, number>) =>
    placeKeys(new Set(column), REGION, { header, ...(counts ? { counts: new Map(Object.entries(counts)) } : {}) });

  test.each([
    ['城市', ['浙江省杭州市', '杭州市', '杭州']],
    ['所在城市', ['浙江省 杭州市 西湖区', '杭州市']],
    ['城市', ['吉林省吉林市', '吉林市']],
    ['城市', ['北京市朝阳区', '北京']],
    ['省份', ['浙江省杭州市', '浙江', '浙江省']],
    ['省份', ['吉林省吉林市', '吉林省']],
  ])('in a column headed %s, %j name one place', (header, column) => {
    const keys = keysIn(header, column);
    expect(new Set(column.map((form) => keys.get(form))).size).toBe(1);
  });

  test.each([
    ['城市', '吉林省吉林市', '吉林', 'a city column: the city 吉林市, not the province 吉林'],
    ['省份', '吉林省吉林市', '吉林市', 'a province column: the province 吉林省, not the city 吉林市'],
    ['城市', '浙江省杭州市', '浙江', 'a city column: the city, not its province'],
    ['省份', '浙江省杭州市', '杭州市', 'a province column: the province, not its city'],
  ])('in a column headed %s, %s and %s stay apart: %s', (header, a, b) => {
    const keys = keysIn(header, [a, b]);
    expect(keys.get(a)).not.toBe(keys.get(b));
  });

  test('a column headed neither way is of what most of its rows write', () => {
    const cities = keysIn('地区', ['浙江省杭州市', '杭州市', '宁波市', '温州'], {
      浙江省杭州市: 1,
      杭州市: 5,
      宁波市: 3,
      温州: 1,
    });
    expect(cities.get('浙江省杭州市')).toBe(cities.get('杭州市'));
    const provinces = keysIn('地区', ['浙江省杭州市', '浙江', '江苏省', '安徽'], {
      浙江省杭州市: 1,
      浙江: 5,
      江苏省: 3,
      安徽: 1,
    });
    expect(provinces.get('浙江省杭州市')).toBe(provinces.get('浙江'));
  });

  test('stays as typed where the column holds provinces and cities alike', () => {
    const column = ['浙江省杭州市', '杭州市', '浙江'];
    const keys = keysIn('地区', column, { 浙江省杭州市: 1, 杭州市: 4, 浙江: 4 });
    expect(new Set(column.map((form) => keys.get(form))).size).toBe(3);
  });
});
