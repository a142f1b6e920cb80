import { normaliseMultiChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';

const tags = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'tags')!;

// Mailchimp's audience export writes each tag in double quotes, comma-separated: the quotes wrap the tag, they are not in it.
describe('tags each in quotes', () => {
  test.each([
    ['"VIP","Spring Sale 2024"', 'VIP, Spring Sale 2024'],
    ['"Wholesale","VIP"', 'Wholesale, VIP'],
    ['"Newsletter"', 'Newsletter'],
    ['"VIP", "Spring Sale 2024"', 'VIP, Spring Sale 2024'],
    ['“VIP”, “Spring Sale 2024”', 'VIP, Spring Sale 2024'],
    ['"老客户"，"春季促销"', '老客户, 春季促销'],
    ['"VIP","VIP"', 'VIP'],
  ])('%j is the tags inside the quotes', (input, expected) => {
    expect(normaliseMultiChoice(input, tags, 'en-US')).toEqual({ status: 'valid', value: expected });
  });

  test('a quoted tag the template knows becomes its option', () => {
    expect(normaliseMultiChoice('"High Intent","Spring Sale 2024"', tags, 'zh-CN')).toEqual({
      status: 'valid',
      value: '高意向, Spring Sale 2024',
    });
  });

  test.each([
    ['VIP "gold", Newsletter', 'VIP "gold", Newsletter'],
    ['"VIP", Newsletter', '"VIP", Newsletter'],
    ['Size 10" frame', 'Size 10" frame'],
    // Unquoted, a tag holding a comma would read as two tags.
    ['"Spring, Summer Sale","VIP"', '"Spring, Summer Sale","VIP"'],
  ])('%j keeps its quotes', (input, typed) => {
    expect(normaliseMultiChoice(input, tags, 'en-US')).toEqual({ status: 'valid', value: typed });
  });
});
