/**
 * A space inside a Han name: between a surname and a given name it is typing (张 伟 is 张伟); after a
 * whole name it separates a note (李娜 采购, 王总 宏达五金, 赵敏 杭州), and the value has two readings.
 */
import { cleanPersonName, normalisePersonName } from '../../shared/normalise/name';

describe('name', () => {
  test.each([
    ['张 伟', '张伟'],
    ['王 小明', '王小明'],
    ['欧阳 娜娜', '欧阳娜娜'],
    ['司马 光', '司马光'],
    // Spaced out to line up with three-character names.
    ['李  娜', '李娜'],
    ['张 三 丰', '张三丰'],
    ['王\u3000小明', '王小明'],
  ])('joins %j into one name: a surname, then a given name', (input, joined) => {
    expect(normalisePersonName(input)).toEqual({ status: 'valid', value: joined });
  });

  test.each([
    ['李娜 采购', '李娜', '李娜采购'],
    ['王总 宏达五金', '王总', '王总宏达五金'],
    ['赵敏 杭州', '赵敏', '赵敏杭州'],
    ['欧阳娜娜 财务', '欧阳娜娜', '欧阳娜娜财务'],
    ['李 娜 采购', '李娜', '李娜采购'],
    ['张三 李四', '张三', '张三李四'],
  ])('leaves %j as typed: a whole name with a word after it, or one name', (input, name, joined) => {
    expect(normalisePersonName(input)).toEqual({
      status: 'ambiguous',
      code: 'name.ambiguous',
      readings: [name, joined],
    });
  });

  test('keeps what other values hold as they were', () => {
    expect(normalisePersonName('张伟 David')).toEqual({ status: 'valid', value: '张伟 David' });
    expect(normalisePersonName('阿卜杜 · 热合曼')).toEqual({ status: 'valid', value: '阿卜杜·热合曼' });
    expect(normalisePersonName('Anna 李')).toEqual({ status: 'valid', value: 'Anna 李' });
  });

  test('cleanPersonName keeps the space of a name with two readings, so no reader joins its note to it', () => {
    expect(cleanPersonName('李娜 采购')).toBe('李娜 采购');
    expect(cleanPersonName('张 伟')).toBe('张伟');
  });
});
