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

describe('CRM picklist values and the default template’s options', () => {
  // HubSpot's and Salesforce's standard values that mean exactly one option.
  test.each<[string, Field, string, string]>([
    ['Marketing Qualified Lead', lifecycle, '商机', 'Opportunity'],
    ['Sales Qualified Lead', lifecycle, '商机', 'Opportunity'],
    ['marketing qualified lead', lifecycle, '商机', 'Opportunity'],
    ['Evangelist', lifecycle, '忠诚', 'Loyal'],
    ['Lead', lifecycle, '线索', 'Lead'],
    ['Customer', lifecycle, '成交', 'Customer'],
    ['Organic Social', source, '社交媒体', 'Social Media'],
    ['Social Media', source, '社交媒体', 'Social Media'],
    ['Paid Search', source, '广告投放', 'Advertising'],
    ['Web', source, '官网', 'Website'],
    ['Partner Referral', source, '转介绍来源', 'Referral Source'],
    ['Prospect', customerType, '潜在客户', 'Prospect'],
    ['Channel Partner / Reseller', customerType, '合作伙伴', 'Partner'],
  ])('%s names the option it means', (value, f, zh, en) => {
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'valid', value: zh });
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'valid', value: en });
  });

  // No option means the same: mapping them would change what they say.
  test.each<[string, Field]>([
    // Before a lead; HubSpot's catch-all.
    ['Subscriber', lifecycle],
    ['Other', lifecycle],
    // HubSpot files every visit it cannot attribute here too, not only visits to the website.
    ['Direct Traffic', source],
    // Advertising and social media both.
    ['Paid Social', source],
    ['Email Marketing', source],
    ['Offline Sources', source],
    ['Other Campaigns', source],
    ['AI Referrals', source],
    // A call in, not 电话开发's call out.
    ['Phone Inquiry', source],
    ['Purchased List', source],
    ['Customer - Direct', customerType],
    ['Customer - Channel', customerType],
  ])('%s stays unmatched: no option means the same', (value, f) => {
    expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });
});
