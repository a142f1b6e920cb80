/**
 * What follows a number in a phone cell: a note about the number (微信同号, 办公, (wife)), which clean
 * may move to the notes, or a person's name (张总, 王建国, (John)), the contact to ask for, which stays
 * as typed (phone.withName). Two readings (周末 is weekends and a name) stay as typed too.
 */
import { normalisePhone } from '../../shared/normalise/phone';
import { namesPerson } from '../../shared/normalise/phone-note-name';

const CN = { defaultRegion: 'CN', sheetRegion: 'CN' };
const GB = { defaultRegion: 'GB', sheetRegion: 'GB' };

describe('phone-note-name namesPerson', () => {
  test.each([
    '张总',
    '王经理',
    '欧阳老师',
    '张伟',
    '王建国',
    '李姐',
    'John',
    'John Smith',
    'Mr. Tom Reed',
    '张总 微信同号',
  ])('%s names a person', (note) => expect(namesPerson(note)).toBe(true));
  test.each([
    '微信同号',
    '同微信',
    '微信:同号',
    '主',
    '办公',
    '仅工作日',
    '常用',
    '白天',
    '晚上打',
    'wife',
    'office',
    'work',
    'Office',
    '/ 微信同号',
  ])('%s is a note', (note) => expect(namesPerson(note)).toBe(false));
});

describe('normalisePhone of a number with a word after it', () => {
  test.each([
    ['13911112222 张总', CN],
    ['13911112222（王经理）', CN],
    ['13911112222 张伟', CN],
    ['+44 7911 123456 (John)', GB],
  ])('%s is a number with a person’s name, left as typed', (value, ctx) => {
    expect(normalisePhone(value, ctx)).toEqual({ status: 'invalid', code: 'phone.withName' });
  });

  test.each([
    ['13911112222 / 微信同号', CN],
    ['13911112222／微信同号', CN],
    ['13911112222 微信:同号', CN],
    ['+44 7911 123456 (work)', GB],
  ])('%s is a number with a note', (value, ctx) => {
    expect(normalisePhone(value, ctx)).toEqual({ status: 'invalid', code: 'phone.withNote' });
  });

  test('two numbers with a slash stay two numbers, not a number and a note', () => {
    expect(normalisePhone('13911112222/13822223333', CN)).toEqual({ status: 'invalid', code: 'phone.several' });
  });
});
