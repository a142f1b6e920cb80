import { isHanName, normalisePersonName } from '../../shared/normalise/name';

describe('name', () => {
  test.each([
    ['张 伟', '张伟'],
    ['  欧阳  娜娜 ', '欧阳娜娜'],
    ['张\u3000伟', '张伟'],
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼'],
    ['阿卜杜.热合曼', '阿卜杜·热合曼'],
    ['阿卜杜．热合曼', '阿卜杜·热合曼'],
    ['McDonald', 'McDonald'],
    ['  Pieter   van der  Berg ', 'Pieter van der Berg'],
    ['J. R. R. Tolkien', 'J. R. R. Tolkien'],
    ["Mary O'Brien", "Mary O'Brien"],
    ['ＤＡＶＩＤ　Ｌｉ', 'DAVID Li'],
    ['张伟 David', '张伟 David'],
    ['李\u200b娜', '李娜'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalisePersonName(input)).toEqual({ status: 'valid', value: expected });
  });

  test.each([[''], ['  '], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normalisePersonName(input)).toEqual({ status: 'empty' });
  });

  test('writes a number as its text', () => {
    expect(normalisePersonName(42)).toEqual({ status: 'valid', value: '42' });
  });

  test.each([
    ['张伟', true],
    ['阿卜杜·热合曼', true],
    ['张 伟', false],
    ['David', false],
    ['张伟 David', false],
    ['', false],
    ['·张伟', false],
  ])('isHanName(%j) is %j', (input, expected) => {
    expect(isHanName(input)).toBe(expected);
  });
});
