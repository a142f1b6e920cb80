import { normaliseChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';

const field = (key: string): Field => {
  const found = DEFAULT_TEMPLATE.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const lifecycle = field('lifecycleStage');
const source = field('source');
const customerType = field('customerType');
const status = field('status');
const tier = field('valueTier');
const industry = field('industry');

describe('CRM picklist values and the default template’s options', () => {
  // HubSpot's eight lifecycle stages and Salesforce's five lead sources are options of their own:
  // cleaned to themselves, never to a neighbouring stage or source.
  test.each<[string, Field, string, string]>([
    ['Subscriber', lifecycle, '订阅者', 'Subscriber'],
    ['Lead', lifecycle, '线索', 'Lead'],
    ['Marketing Qualified Lead', lifecycle, '营销认可线索', 'Marketing Qualified Lead'],
    ['marketing qualified lead', lifecycle, '营销认可线索', 'Marketing Qualified Lead'],
    ['marketingqualifiedlead', lifecycle, '营销认可线索', 'Marketing Qualified Lead'],
    ['MQL', lifecycle, '营销认可线索', 'Marketing Qualified Lead'],
    ['Sales Qualified Lead', lifecycle, '销售认可线索', 'Sales Qualified Lead'],
    ['SQL', lifecycle, '销售认可线索', 'Sales Qualified Lead'],
    ['Opportunity', lifecycle, '商机', 'Opportunity'],
    ['Customer', lifecycle, '成交', 'Customer'],
    ['Evangelist', lifecycle, '推广者', 'Evangelist'],
    ['Other', lifecycle, '其他', 'Other'],
    ['Web', source, '官网', 'Website'],
    ['Phone Inquiry', source, '电话咨询', 'Phone Inquiry'],
    ['Partner Referral', source, '合作伙伴推荐', 'Partner Referral'],
    ['Purchased List', source, '购买名单', 'Purchased List'],
    ['Other', source, '其他来源', 'Other Source'],
    ['Trade Show', source, '展会', 'Trade Show'],
    // HubSpot's Organic Social was named Social Media until 2022.
    ['Organic Social', source, '社交媒体', 'Social Media'],
    ['Social Media', source, '社交媒体', 'Social Media'],
    ['Prospect', customerType, '潜在客户', 'Prospect'],
    // Salesforce's standard industries that are the template's own.
    ['Banking', industry, '银行', 'Banking'],
    ['Financial Services', industry, '金融', 'Finance'],
    ['Technology', industry, '互联网/IT', 'Internet/IT'],
  ])('%s is the option of the same meaning', (value, f, zh, en) => {
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  // Chinese platforms and statuses: each keeps what it says.
  test.each<[string, Field, string, string]>([
    ['抖音', source, '抖音', 'Douyin'],
    ['小红书', source, '小红书', 'Xiaohongshu'],
    ['微信', source, '微信', 'WeChat'],
    ['视频号', source, '视频号', 'WeChat Channels'],
    ['公众号', source, '公众号', 'WeChat Official Account'],
    ['朋友介绍', source, '转介绍来源', 'Referral Source'],
    ['门店', source, '门店', 'Walk-in'],
    ['LinkedIn', source, '领英', 'LinkedIn'],
    ['VIP客户', tier, 'VIP', 'VIP'],
    ['电商', industry, '电商', 'E-commerce'],
    ['银行', industry, '银行', 'Banking'],
  ])('%s stays itself: an option of its own', (value, f, zh, en) => {
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  // No option means the same: mapping them would change what they say, so they stay as typed.
  test.each<[string, Field]>([
    // HubSpot files every visit it cannot attribute here too, not only visits to the website.
    ['Direct Traffic', source],
    // A linking website, not a person's referral.
    ['Referrals', source],
    ['Organic Search', source],
    ['Paid Search', source],
    // Advertising and social media both.
    ['Paid Social', source],
    ['Email Marketing', source],
    ['Offline Sources', source],
    ['Other Campaigns', source],
    ['AI Referrals', source],
    // One kind of advertising, one search engine's.
    ['百度推广', source],
    ['SEM', source],
    // One platform of many, no option of its own.
    ['Twitter', source],
    // No trade show, no cold call.
    ['Webinar', source],
    ['会议', source],
    ['陌拜', source],
    ['Trade', source],
    ['Inbound', source],
    // A channel partner is one kind of partner; Salesforce's account Types are its own.
    ['Channel Partner / Reseller', customerType],
    ['Customer - Direct', customerType],
    ['Customer - Channel', customerType],
    // Interested is a stage past a prospect.
    ['意向客户', customerType],
    // HubSpot's lead statuses Open and In Progress are two.
    ['Open', status],
    // A real record, a void one, one in good standing: none is active or closed.
    ['有效', status],
    ['无效', status],
    ['Invalid', status],
    ['正常', status],
    // A key account is no VIP.
    ['重要客户', tier],
    ['Key Account', tier],
    ['Qualified', lifecycle],
    ['意向', lifecycle],
  ])('%s stays as typed: no option means the same', (value, f) => {
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });

  test('no two options share a standard value of HubSpot or Salesforce', () => {
    const hubspot = [
      'Subscriber',
      'Lead',
      'Marketing Qualified Lead',
      'Sales Qualified Lead',
      'Opportunity',
      'Customer',
      'Evangelist',
      'Other',
    ];
    const stages = hubspot.map((v) => normaliseChoice(v, lifecycle, 'en-US'));
    expect(stages.map((o) => (o.status === 'valid' ? o.value : o.status))).toEqual(hubspot);
    const salesforce = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
    const sources = salesforce.map((v) => normaliseChoice(v, source, 'en-US'));
    expect(new Set(sources.map((o) => (o.status === 'valid' ? o.value : o.status))).size).toBe(salesforce.length);
  });
});
