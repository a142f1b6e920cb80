import { normaliseChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const gender = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'gender')!;

// Words a gender column writes for the same answer: 男士 beside 女士, 先生 beside 女士.
describe('choice', () => {
  test.each([
    ['男士', '男', 'Male'],
    ['男性', '男', 'Male'],
    ['先生', '男', 'Male'],
    ['Mr', '男', 'Male'],
    ['m', '男', 'Male'],
    ['女士', '女', 'Female'],
    ['女性', '女', 'Female'],
    ['Ms.', '女', 'Female'],
    ['Mrs', '女', 'Female'],
    ['f', '女', 'Female'],
  ])('reads %j in a gender column as its option', (input, zh, en) => {
    expect(normaliseChoice(input, gender, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, gender, 'en-US')).toEqual({ status: 'valid', value: en });
  });
});
