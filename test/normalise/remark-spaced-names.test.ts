/**
 * WeCom remark names written with a space: a person's whole name, then their organisation or a note
 * in Chinese (王志刚 森源建材, Kevin 阿里云), or the organisation first (森源建材 王志刚). The person is
 * the name and an organisation beside it the company; a bare surname, a spaced name (欧阳 娜娜), two
 * people, and a name that is a city's too (金华 森源建材) stay as typed.
 */
import { nameKey } from '../../shared/dedupe/compare/person-name';
import { readNotedName, readRemarkName, remarkTwoReadings } from '../../shared/normalise/remark-name';
import { valueShape } from '../../shared/template/value-shape';

describe('remark names split at a space', () => {
  test('reads a Han name and a company after a space as the name with a note, for matching', () => {
    expect(readNotedName('王志刚 森源建材')).toEqual({ person: '王志刚', note: '森源建材' });
    expect(readNotedName('欧阳娜娜 杭州源泉科技')).toEqual({ person: '欧阳娜娜', note: '杭州源泉科技' });
    expect(nameKey('王志刚 森源建材')).toBe('王志刚');
  });

  test('reads a Latin given name and Chinese words after it as the name with a note, for matching', () => {
    expect(readNotedName('Kevin 阿里云')).toEqual({ person: 'Kevin', note: '阿里云' });
    expect(nameKey('Kevin 阿里云')).toBe('kevin');
  });

  test.each<[string, string, string, string]>([
    ['王志刚 森源建材', '', '王志刚', '森源建材'],
    ['森源建材 王志刚', '', '王志刚', '森源建材'],
    ['王志刚-森源建材', '', '王志刚', '森源建材'],
    ['王总 森源建材', '', '王总', '森源建材'],
    ['欧阳娜娜 杭州源泉科技', '', '欧阳娜娜', '杭州源泉科技'],
    ['王志刚 佛山市森源建材有限公司', '', '王志刚', '佛山市森源建材有限公司'],
    // The row's own company names the words after the person even with no suffix of their own.
    ['Kevin 阿里云', '阿里云计算有限公司', 'Kevin', '阿里云'],
    ['王志刚 森源', '佛山市森源建材有限公司', '王志刚', '森源'],
  ])('reads %j (company %j) as person %j of %j', (name, company, person, organisation) => {
    expect(readRemarkName(name, company)).toEqual({ person, organisation });
    expect(remarkTwoReadings(name, company)).toBe(false);
  });

  test.each<[string, string]>([
    ['金华 森源建材', '金华 is a city as well as a name: a person at 森源建材, or 金华森源建材'],
    ['森源建材 黄山', '黄山 is a city as well as a name: 森源建材 in 黄山, or a person'],
    ['周口-宏达五金有限公司', '周口 is a city as well as a name'],
  ])('leaves %j as typed and says it has two readings (%s)', (name) => {
    expect(readRemarkName(name)).toBeNull();
    expect(remarkTwoReadings(name)).toBe(true);
  });

  test('reads no organisation where the words after a name are a note, two people or a spaced name', () => {
    expect(readRemarkName('Kevin 阿里云')).toBeNull();
    expect(readRemarkName('李娜 采购')).toBeNull();
    expect(readRemarkName('张伟 李娜')).toBeNull();
    expect(readRemarkName('欧阳 娜娜')).toBeNull();
    expect(readRemarkName('张 森源建材')).toBeNull();
    for (const name of ['李娜 采购', '张伟 李娜', '欧阳 娜娜', '张 森源建材'])
      expect(remarkTwoReadings(name)).toBe(false);
  });

  test('mapping reads a column of spaced remarks as people, not companies', () => {
    expect(valueShape('王志刚 森源建材')).toBe('person');
    expect(valueShape('森源建材 王志刚')).toBe('person');
    expect(valueShape('王总 森源建材')).toBe('person');
    expect(valueShape('佛山市森源建材有限公司')).toBe('company');
  });

  test('leaves a spaced name, two people and a company’s own words as typed', () => {
    expect(readNotedName('欧阳 娜娜')).toBeNull();
    expect(readNotedName('David 张伟')).toBeNull();
    expect(readNotedName('张伟 李娜')).toBeNull();
    expect(readNotedName('华润置地 物业')).toBeNull();
    expect(readNotedName('张 森源建材')).toBeNull();
  });
});
