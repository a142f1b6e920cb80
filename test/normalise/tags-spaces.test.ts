import { normaliseMultiChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const tags = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'tags')!;

// A space splits tags only when every part is a known tag: an English tag has spaces of its own.
describe('multiChoice', () => {
  test.each([
    ['价格敏感 高意向', '价格敏感, 高意向', 'Price Sensitive, High Intent'],
    ['价格敏感　高意向', '价格敏感, 高意向', 'Price Sensitive, High Intent'],
    ['价格敏感  推荐 决策人', '价格敏感, 转介绍, 决策人', 'Price Sensitive, Referral, Decision Maker'],
    ['高意向 意向强', '高意向', 'High Intent'],
    ['价格敏感 高意向, 投诉', '价格敏感, 高意向, 投诉', 'Price Sensitive, High Intent, Complaint'],
    ['High Intent', '高意向', 'High Intent'],
    ['high intent, Price Sensitive', '高意向, 价格敏感', 'High Intent, Price Sensitive'],
  ])('splits %j into known tags', (input, zh, en) => {
    expect(normaliseMultiChoice(input, tags, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseMultiChoice(input, tags, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test.each([
    ['价格敏感 老板朋友', '价格敏感 老板朋友'],
    ['High Intent Price Sensitive', 'High Intent Price Sensitive'],
    ['Very High Intent', 'Very High Intent'],
    ['喜欢 红色', '喜欢 红色'],
  ])('keeps %j as typed when a part is no known tag', (input, typed) => {
    expect(normaliseMultiChoice(input, tags, 'zh-CN')).toEqual({ status: 'valid', value: typed });
    expect(normaliseMultiChoice(input, tags, 'en-US')).toEqual({ status: 'valid', value: typed });
  });
});
