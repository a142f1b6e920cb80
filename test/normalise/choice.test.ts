import { choiceKey, normaliseChoice, normaliseMultiChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { fieldSchema, type Field } from '../../shared/template/schema';

const field = (key: string): Field => {
  const found = DEFAULT_TEMPLATE.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const gender = field('gender');
const industry = field('industry');
const status = field('status');
const tier = field('valueTier');
const tags = field('tags');

describe('choice', () => {
  test.each([
    [gender, '男', '男', 'Male'],
    [gender, 'male', '男', 'Male'],
    [gender, 'MALE', '男', 'Male'],
    [gender, ' Male ', '男', 'Male'],
    [gender, 'M', '男', 'Male'],
    [gender, 'Mr.', '男', 'Male'],
    [gender, '先生', '男', 'Male'],
    [gender, '女士', '女', 'Female'],
    [gender, 'ｆｅｍａｌｅ', '女', 'Female'],
    [industry, '互联网/IT', '互联网/IT', 'Internet/IT'],
    [industry, '互联网 / IT', '互联网/IT', 'Internet/IT'],
    [industry, 'internet／it', '互联网/IT', 'Internet/IT'],
    [industry, 'IT', '互联网/IT', 'Internet/IT'],
    [industry, 'real estate', '房地产', 'Real Estate'],
    [industry, 'RealEstate', '房地产', 'Real Estate'],
    // 电商 is one kind of retail, kept apart: its own option.
    [industry, 'E-Commerce', '电商', 'E-commerce'],
    [industry, 'ecommerce', '电商', 'E-commerce'],
    [industry, 'Financial', '金融', 'Finance'],
    [industry, '其它行业', '其他行业', 'Other Industry'],
    [status, 'in progress', '跟进中', 'In Progress'],
    [status, 'Following up', '跟进中', 'In Progress'],
    [tier, 'vip', 'VIP', 'VIP'],
    [tier, 'a级', 'A', 'A'],
    [tier, 'Ａ', 'A', 'A'],
    // A CRM export's 客户级别 adds the noun: the option is still the one named.
    [tier, 'VIP客户', 'VIP', 'VIP'],
    [tier, 'A类客户', 'A', 'A'],
    [tier, 'B级会员', 'B', 'B'],
    [tier, 'VIP Customer', 'VIP', 'VIP'],
  ])('maps %#: %j to its label in each locale', (f, input, zh, en) => {
    expect(normaliseChoice(input, f, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, f, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test.each([
    [gender, 'X'],
    [gender, '男女'],
    // A trade the template has no option for.
    [industry, '宠物'],
    [tier, 'D'],
    [tier, 'VVIP'],
    // 普通 ("ordinary") names no tier: the noun taken away leaves nothing known.
    [tier, '普通客户'],
    // 客户 alone says nothing about the tier.
    [tier, '客户'],
    // A key account is a customer that matters, no VIP: 销售易 lists both.
    [tier, '重要客户'],
    [tier, 'Key Account'],
    [tier, 'Customer'],
    [status, '123'],
  ])('reports %#: %j as not in the list', (f, input) => {
    expect(normaliseChoice(input, f, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('reports numbers, booleans and dates that name no option as not in the list', () => {
    expect(normaliseChoice(3, tier, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseChoice(true, tier, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseChoice(new Date(Date.UTC(2024, 2, 5)), tier, 'zh-CN')).toEqual({
      status: 'invalid',
      code: 'choice.notInList',
    });
  });

  test('matches a number cell against a numeric option', () => {
    const stars = fieldSchema.parse({
      key: 'stars',
      kind: 'choice',
      labels: { 'zh-CN': '星级', 'en-US': 'Stars' },
      options: [{ key: 'one', labels: { 'zh-CN': '1', 'en-US': '1' }, synonyms: ['一星'] }],
    });
    expect(normaliseChoice(1, stars, 'en-US')).toEqual({ status: 'valid', value: '1' });
    expect(normaliseChoice('一星', stars, 'en-US')).toEqual({ status: 'valid', value: '1' });
  });

  test('reports nothing in the list for a field without options', () => {
    expect(normaliseChoice('x', { options: undefined }, 'zh-CN')).toEqual({
      status: 'invalid',
      code: 'choice.notInList',
    });
  });

  test.each([[''], ['  '], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normaliseChoice(input, gender, 'zh-CN')).toEqual({ status: 'empty' });
  });

  test('choiceKey ignores case, width, spaces, dots, dashes and the kind of separator', () => {
    expect(choiceKey('Ｒｅａｌ　Ｅｓｔａｔｅ')).toBe('realestate');
    expect(choiceKey('E-Commerce')).toBe('ecommerce');
    expect(choiceKey('互联网 、IT')).toBe(choiceKey('互联网/IT'));
  });
});

describe('multiChoice', () => {
  test.each([
    ['高意向', '高意向', 'High Intent'],
    ['高意向,决策人', '高意向, 决策人', 'High Intent, Decision Maker'],
    ['高意向，决策人', '高意向, 决策人', 'High Intent, Decision Maker'],
    ['高意向；决策人;转介绍', '高意向, 决策人, 转介绍', 'High Intent, Decision Maker, Referral'],
    ['高意向、价格敏感', '高意向, 价格敏感', 'High Intent, Price Sensitive'],
    ['high intent | decision maker', '高意向, 决策人', 'High Intent, Decision Maker'],
    ['高意向/决策人', '高意向, 决策人', 'High Intent, Decision Maker'],
    ['高意向\n决策人', '高意向, 决策人', 'High Intent, Decision Maker'],
    ['意向强, 高意向, HIGH INTENT', '高意向', 'High Intent'],
    ['高意向, 老板朋友', '高意向, 老板朋友', 'High Intent, 老板朋友'],
    ['老板朋友 ,  ,老板朋友', '老板朋友', '老板朋友'],
    ['  喜欢  红色 , 推荐', '喜欢 红色, 转介绍', '喜欢 红色, Referral'],
    // A key account is no bulk buyer: each tag keeps its meaning in the other language.
    ['大客户, 批量采购', '大客户, 批量采购', 'Key Account, Bulk Buyer'],
    [',,;', null, null],
    ['', null, null],
  ])('normalises %j', (input, zh, en) => {
    const expectZh = zh === null ? { status: 'empty' } : { status: 'valid', value: zh };
    const expectEn = en === null ? { status: 'empty' } : { status: 'valid', value: en };
    expect(normaliseMultiChoice(input, tags, 'zh-CN')).toEqual(expectZh);
    expect(normaliseMultiChoice(input, tags, 'en-US')).toEqual(expectEn);
  });

  test('keeps a known label that contains a separator whole', () => {
    expect(normaliseMultiChoice('互联网/IT', industry, 'en-US')).toEqual({ status: 'valid', value: 'Internet/IT' });
    expect(normaliseMultiChoice('金融, 互联网/IT；教育', industry, 'zh-CN')).toEqual({
      status: 'valid',
      value: '金融, 互联网/IT, 教育',
    });
    expect(normaliseMultiChoice('Internet / IT, misc', industry, 'zh-CN')).toEqual({
      status: 'valid',
      value: '互联网/IT, misc',
    });
  });

  test('writes non-text values as text tags', () => {
    expect(normaliseMultiChoice(2024, tags, 'zh-CN')).toEqual({ status: 'valid', value: '2024' });
    expect(normaliseMultiChoice(null, tags, 'zh-CN')).toEqual({ status: 'empty' });
  });
});

describe('choice partial matches', () => {
  const source = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'source')!;
  const status = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'status')!;
  const customerType = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'customerType')!;

  test.each([
    ['referral', '转介绍来源', 'Referral Source'],
    ['Referral', '转介绍来源', 'Referral Source'],
    ['朋友', '转介绍来源', 'Referral Source'],
    ['小红', '小红书', 'Xiaohongshu'],
  ])('maps %j to the one option whose name starts with (or, in Chinese, contains) it', (input, zh, en) => {
    expect(normaliseChoice(input, source, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, source, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test.each([
    [customerType, 'Returning', '老客户', 'Returning Customer'],
    [industry, 'Professional', '专业服务', 'Professional Services'],
  ])('maps %#: %j to the name it starts, when the rest of the name adds nothing', (f, input, zh, en) => {
    expect(normaliseChoice(input, f, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(input, f, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  test.each([
    // A trade is no trade show, cold no cold call, a phone no phone inquiry, a partner no partner referral.
    [source, 'Trade'],
    [source, 'Cold'],
    [source, 'Phone'],
    [source, 'Partner'],
    // HubSpot's Referrals are linking websites: "referrals" starts "referralsource" only without its spaces.
    [source, 'Referrals'],
    // 电话 is in 电话开发 (a call out) and 电话咨询 (a call in).
    [source, '电话'],
    [source, '推荐'],
  ])('leaves %#: %j unmatched when the rest of the name says more, or two options hold it', (f, input) => {
    expect(normaliseChoice(input, f, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test.each([
    [source, 'So'],
    [source, 'ral'],
    [source, '来源'],
    [status, 'Inactive Lead'],
  ])('leaves %#: %j unmatched when it is too short, mid-word, or names several options', (field, input) => {
    expect(normaliseChoice(input, field, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test.each([['流失'], ['Churn']])(
    'leaves %j as typed: the one stage containing it is a risk of it (流失风险, Churn Risk), not it',
    (input) => {
      const stage = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'lifecycleStage')!;
      expect(normaliseChoice(input, stage, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    },
  );

  test.each([
    // 老客户 is a returning customer, no referral: 老客户介绍 is a referral by one.
    ['source', '老客户'],
    ['source', '老会员'],
    // Technology is no IT (信息技术), business no e-commerce (电子商务).
    ['industry', '技术'],
    ['industry', '商务'],
  ])('leaves %s %j as typed: a longer name holding it names another thing', (key, input) => {
    const field = DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;
    expect(normaliseChoice(input, field, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('still reads one character short of a name (小红 of 小红书) and 互联网 of IT/互联网', () => {
    const source = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'source')!;
    expect(normaliseChoice('小红', source, 'zh-CN')).toEqual({ status: 'valid', value: '小红书' });
    expect(normaliseChoice('朋友', source, 'zh-CN')).toEqual({ status: 'valid', value: '转介绍来源' });
    expect(normaliseChoice('互联网', industry, 'zh-CN')).toEqual({ status: 'valid', value: '互联网/IT' });
  });

  test('leaves 成交 as typed when the only option containing it is 待成交 (pending)', () => {
    const pending = { options: [{ key: 'pending', labels: { 'zh-CN': '待成交', 'en-US': 'Pending' }, synonyms: [] }] };
    expect(normaliseChoice('成交', pending, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('keeps a partial tag as its own item', () => {
    const tags = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'tags')!;
    expect(normaliseMultiChoice('High, 投诉', tags, 'zh-CN')).toEqual({ status: 'valid', value: 'High, 投诉' });
  });
});
