import { DEFAULT_TEMPLATE, defaultTemplate } from '../../shared/template/default-template';
import { parseTemplate, templateToJson } from '../../shared/template/schema';

describe('default template', () => {
  test('covers the fields customer-management guides ask for', () => {
    const keys = DEFAULT_TEMPLATE.fields.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'customerId',
        'name',
        'gender',
        'phone',
        'email',
        'company',
        'title',
        'region',
        'industry',
        'customerType',
        'status',
        'valueTier',
        'lifecycleStage',
        'tags',
        'source',
        'owner',
        'lastPurchaseDate',
        'purchaseCount',
        'totalSpend',
        'purchasePreference',
        'lastContact',
        'contactChannel',
        'contactSummary',
        'followUpPlan',
        'nextFollowUp',
        'consent',
        'notes',
        'createdAt',
        'updatedAt',
      ]),
    );
  });

  test('has Chinese and English labels for every field and option', () => {
    for (const field of DEFAULT_TEMPLATE.fields) {
      expect(field.labels['zh-CN']).toMatch(/\S/);
      expect(field.labels['en-US']).toMatch(/\S/);
      for (const option of field.options ?? []) expect(option.labels['en-US']).toMatch(/\S/);
    }
    const customerType = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'customerType');
    expect(customerType?.options?.map((o) => o.labels['zh-CN'])).toEqual(
      expect.arrayContaining(['潜在客户', '新客户', '老客户', '流失客户']),
    );
  });

  test('round-trips through JSON unchanged', () => {
    const result = parseTemplate(templateToJson(DEFAULT_TEMPLATE));
    expect(result).toEqual({ ok: true, template: DEFAULT_TEMPLATE });
  });
});

describe('parseTemplate', () => {
  test('accepts a user change: a new option, a new required field', () => {
    const template = defaultTemplate();
    template.fields
      .find((f) => f.key === 'valueTier')
      ?.options?.push({ key: 'd', labels: { 'zh-CN': 'D', 'en-US': 'D' }, synonyms: ['D级'] });
    template.fields.push({
      key: 'wechatId',
      kind: 'text',
      required: true,
      appendWhenMissing: true,
      labels: { 'zh-CN': '微信号', 'en-US': 'WeChat ID' },
      synonyms: ['微信'],
    });
    const result = parseTemplate(JSON.stringify(template));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.template.fields.at(-1)?.key).toBe('wechatId');
  });

  test.each([
    ['not JSON', '{fields: [', /not valid JSON/],
    [
      'an unknown kind',
      { version: 1, name: 'x', fields: [{ key: 'a', kind: 'colour', labels: { 'zh-CN': '甲', 'en-US': 'A' } }] },
      /fields\[0\]\.kind/,
    ],
    [
      'a choice without options',
      { version: 1, name: 'x', fields: [{ key: 'a', kind: 'choice', labels: { 'zh-CN': '甲', 'en-US': 'A' } }] },
      /fields\[0\]\.options: a choice field needs at least one option/,
    ],
    [
      'a duplicate key',
      {
        version: 1,
        name: 'x',
        fields: [
          { key: 'a', kind: 'text', labels: { 'zh-CN': '甲', 'en-US': 'A' } },
          { key: 'a', kind: 'text', labels: { 'zh-CN': '乙', 'en-US': 'B' } },
        ],
      },
      /field key "a" is used twice/,
    ],
    [
      'a missing label',
      { version: 1, name: 'x', fields: [{ key: 'a', kind: 'text', labels: { 'zh-CN': '', 'en-US': 'A' } }] },
      /needs a Chinese label/,
    ],
    ['no fields', { version: 1, name: 'x', fields: [] }, /at least one field/],
    [
      'a synonym naming two options',
      {
        version: 1,
        name: 'x',
        fields: [
          {
            key: 'a',
            kind: 'choice',
            labels: { 'zh-CN': '甲', 'en-US': 'A' },
            options: [
              { key: 'p', labels: { 'zh-CN': '是', 'en-US': 'Y' }, synonyms: ['ok'] },
              { key: 'q', labels: { 'zh-CN': '否', 'en-US': 'N' }, synonyms: ['OK'] },
            ],
          },
        ],
      },
      /"OK" names two options/,
    ],
  ])('explains what is wrong with %s', (_name, input, message) => {
    const result = parseTemplate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });
});
