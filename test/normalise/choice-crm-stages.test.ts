/**
 * Stage and tag values from 钉钉 and 飞书 lists: read as an option only where it means the same.
 */
import { normaliseChoice, normaliseMultiChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';

const field = (key: string): Field => DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;
const lifecycle = field('lifecycleStage');
const tier = field('valueTier');
const tags = field('tags');
const customerType = field('customerType');

describe('won and lost deals', () => {
  test.each([['赢单'], ['Closed Won']])('%s is the won customer: 成交 / Customer', (value) => {
    expect(normaliseChoice(value, lifecycle, 'zh-CN')).toEqual({ status: 'valid', value: '成交' });
    expect(normaliseChoice(value, lifecycle, 'en-US')).toEqual({ status: 'valid', value: 'Customer' });
  });

  // A lost deal never made a customer: no stage of the template's, and no churned customer either.
  test.each([['输单'], ['Closed Lost']])('%s names no option', (value) => {
    for (const f of [lifecycle, customerType]) {
      expect(normaliseChoice(value, f, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
      expect(normaliseChoice(value, f, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    }
  });
});

describe('重点客户', () => {
  test('as a tag it is the key account, 大客户 / Key Account', () => {
    expect(normaliseMultiChoice('重点客户', tags, 'zh-CN')).toEqual({ status: 'valid', value: '大客户' });
    expect(normaliseMultiChoice('重点客户', tags, 'en-US')).toEqual({ status: 'valid', value: 'Key Account' });
  });

  test('as a value tier it is no VIP and no A: kept as typed', () => {
    expect(normaliseChoice('重点客户', tier, 'zh-CN')).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseChoice('重点客户', tier, 'en-US')).toEqual({ status: 'invalid', code: 'choice.notInList' });
  });
});
