import { normaliseChoice, normaliseMultiChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';

const field = (key: string): Field => DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;

// A team in Hong Kong or Taiwan types an option in traditional characters: same option, other script.
describe('choice', () => {
  test.each([
    ['status', '跟進中', '跟进中', 'In Progress'],
    ['status', '跟進', '跟进中', 'In Progress'],
    ['lifecycleStage', '已成交', '成交', 'Customer'],
    ['customerType', '潛在客戶', '潜在客户', 'Prospect'],
    ['customerType', '老客戶', '老客户', 'Returning Customer'],
    ['contactChannel', '電話', '电话', 'Phone Call'],
  ])('reads %s %j in traditional characters as its option', (key, input, zh, en) => {
    expect(normaliseChoice(input, field(key), 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, field(key), 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test('reads a region choice typed in traditional characters as its option', () => {
    const region: Pick<Field, 'options'> = {
      options: [
        { key: 'east', labels: { 'zh-CN': '华东', 'en-US': 'East China' }, synonyms: [] },
        { key: 'south', labels: { 'zh-CN': '华南', 'en-US': 'South China' }, synonyms: [] },
      ],
    };
    expect(normaliseChoice('華東', region, 'zh-CN')).toEqual({ status: 'valid', value: '华东' });
    expect(normaliseChoice('華南', region, 'en-US')).toEqual({ status: 'valid', value: 'South China' });
  });

  test('reads a simplified value as an option labelled in traditional characters', () => {
    const stage: Pick<Field, 'options'> = {
      options: [{ key: 'following', labels: { 'zh-CN': '跟進中', 'en-US': 'Following' }, synonyms: [] }],
    };
    expect(normaliseChoice('跟进中', stage, 'zh-CN')).toEqual({ status: 'valid', value: '跟進中' });
  });

  test('still hedges a traditional name: 流失風險 is no 流失', () => {
    expect(normaliseChoice('流失風險', field('customerType'), 'zh-CN')).toEqual({
      status: 'invalid',
      code: 'choice.notInList',
    });
  });

  test('reads an answer not given in traditional characters as empty', () => {
    expect(normaliseChoice('不詳', field('gender'), 'zh-CN')).toEqual({ status: 'empty' });
  });

  test('matches neither option when two fold to one name in simplified characters', () => {
    const twoScripts: Pick<Field, 'options'> = {
      options: [
        { key: 'hk', labels: { 'zh-CN': '跟進中', 'en-US': 'Following (HK)' }, synonyms: [] },
        { key: 'cn', labels: { 'zh-CN': '跟进中', 'en-US': 'Following (CN)' }, synonyms: [] },
      ],
    };
    expect(normaliseChoice('跟進中', twoScripts, 'en-US')).toEqual({ status: 'valid', value: 'Following (HK)' });
    expect(normaliseChoice('跟進', twoScripts, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('leaves a traditional value that names no option unmatched', () => {
    expect(normaliseChoice('資料不全', field('status'), 'zh-CN')).toEqual({
      status: 'invalid',
      code: 'choice.notInList',
    });
  });
});

describe('multiChoice', () => {
  test('reads a known tag typed in traditional characters', () => {
    expect(normaliseMultiChoice('價格敏感、決策人', field('tags'), 'zh-CN')).toEqual({
      status: 'valid',
      value: '价格敏感, 决策人',
    });
  });
});
