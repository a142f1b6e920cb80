/**
 * WeCom remark names written with a space: a person's whole name, then their organisation or a note
 * in Chinese (王志刚 森源建材, Kevin 阿里云). The person is the name; a bare surname, a spaced name
 * (欧阳 娜娜) or two people stay as typed.
 */
import { nameKey } from '../../shared/dedupe/compare/person-name';
import { readNotedName, readRemarkName } from '../../shared/normalise/remark-name';

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

  test('does not split a spaced cell into a person and an organisation party', () => {
    expect(readRemarkName('王志刚 森源建材')).toBeNull();
    expect(readRemarkName('Kevin 阿里云', '阿里云计算有限公司')).toBeNull();
  });

  test('leaves a spaced name, two people and a company’s own words as typed', () => {
    expect(readNotedName('欧阳 娜娜')).toBeNull();
    expect(readNotedName('David 张伟')).toBeNull();
    expect(readNotedName('张伟 李娜')).toBeNull();
    expect(readNotedName('华润置地 物业')).toBeNull();
    expect(readNotedName('张 森源建材')).toBeNull();
  });
});
