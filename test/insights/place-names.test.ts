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
