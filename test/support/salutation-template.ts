import { defaultTemplate } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';

/** The built-in template plus a field for how the customer is addressed, as a team might add one. */
export function withSalutation(kind: 'text' | 'choice' = 'text'): Template {
  const template = defaultTemplate();
  template.fields.splice(3, 0, {
    key: 'salutation',
    labels: { 'zh-CN': '称呼', 'en-US': 'Salutation' },
    synonyms: [],
    kind,
    required: false,
    appendWhenMissing: false,
    ...(kind === 'choice'
      ? {
          options: [
            { key: 'mr', labels: { 'zh-CN': '先生', 'en-US': 'Mr.' }, synonyms: ['Mr'] },
            { key: 'ms', labels: { 'zh-CN': '女士', 'en-US': 'Ms.' }, synonyms: ['Ms'] },
          ],
        }
      : {}),
  });
  return template;
}
