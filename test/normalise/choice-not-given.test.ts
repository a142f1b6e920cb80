/**
 * 未知, 保密, Unknown, Prefer not to say: the answer was not given, which is no option of the list
 * (WeCom writes 未知 for every contact who set no gender). Such a value is no value: never "Other".
 */
import { normaliseChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { fieldSchema, type Field } from '../../shared/template/schema';

const field = (key: string): Field => DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;
const gender = field('gender');
const industry = field('industry');

describe('choice', () => {
  test.each([
    [gender, '未知'],
    [gender, '保密'],
    [gender, '不详'],
    [gender, '未填写'],
    [gender, 'Unknown'],
    [gender, 'unknown'],
    [gender, 'Not specified'],
    [gender, 'Prefer not to say'],
    [gender, 'prefer-not-to-say'],
    [industry, '未知'],
    [industry, 'Undisclosed'],
  ])('reads %#: %j as not given, in either language', (f, value) => {
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'empty' });
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'empty' });
  });

  test('still reads 其他 and Other as the option Other', () => {
    expect(normaliseChoice('其他', gender, 'en-US')).toEqual({ status: 'valid', value: 'Other' });
    expect(normaliseChoice('other', gender, 'zh-CN')).toEqual({ status: 'valid', value: '其他' });
  });

  test('reads 未知 as not given under a template saved when it was a synonym of Other', () => {
    const saved = fieldSchema.parse({
      ...gender,
      options: gender.options!.map((o) =>
        o.key === 'other' ? { ...o, synonyms: [...o.synonyms, '未知', 'Unknown'] } : o,
      ),
    });
    expect(normaliseChoice('未知', saved, 'zh-CN')).toEqual({ status: 'empty' });
    expect(normaliseChoice('Unknown', saved, 'en-US')).toEqual({ status: 'empty' });
  });

  test('keeps 未知 when the template lists it as an option of its own', () => {
    const own = fieldSchema.parse({
      key: 'bloodType',
      kind: 'choice',
      labels: { 'zh-CN': '血型', 'en-US': 'Blood Type' },
      options: [
        { key: 'a', labels: { 'zh-CN': 'A型', 'en-US': 'A' } },
        { key: 'unknownType', labels: { 'zh-CN': '未知', 'en-US': 'Unknown' } },
      ],
    });
    expect(normaliseChoice('未知', own, 'en-US')).toEqual({ status: 'valid', value: 'Unknown' });
    expect(normaliseChoice('unknown', own, 'zh-CN')).toEqual({ status: 'valid', value: '未知' });
  });
});
