/** The built-in source options name a value only where it means the option (see default-options.ts). */
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { normaliseChoice } from '../../shared/normalise/choice';

const source = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'source')!;

describe('source options', () => {
  test.each(['老客户转介绍', '老客户介绍', '老客户推荐', '客户介绍'])('reads %j as the referral source', (value) => {
    expect(normaliseChoice(value, source, 'zh-CN')).toEqual({ status: 'valid', value: '转介绍来源' });
  });
});
