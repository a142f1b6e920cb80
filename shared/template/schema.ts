/**
 * The customer template as data: an ordered list of fields with labels in both languages,
 * header synonyms, a kind and, for choices, options with their synonyms. Templates round-trip
 * through JSON; `parseTemplate` turns a bad one into messages that name the offending field.
 */
import { z } from 'zod';

export const fieldKindSchema = z.enum([
  'id',
  'text',
  'personName',
  'phone',
  'email',
  'date',
  'integer',
  'money',
  'choice',
  'multiChoice',
  'yesNo',
]);
export type FieldKind = z.infer<typeof fieldKindSchema>;

const labelsSchema = z.object({
  'zh-CN': z.string().trim().min(1, 'needs a Chinese label'),
  'en-US': z.string().trim().min(1, 'needs an English label'),
});
export type Labels = z.infer<typeof labelsSchema>;

export const optionSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_-]*$/, 'option keys are lower camel case, e.g. "vip"'),
  labels: labelsSchema,
  synonyms: z.array(z.string().min(1)).default([]),
});
export type ChoiceOption = z.infer<typeof optionSchema>;

export const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field keys are lower camel case, e.g. "lastContact"'),
    labels: labelsSchema,
    synonyms: z.array(z.string().min(1)).default([]),
    kind: fieldKindSchema,
    required: z.boolean().default(false),
    options: z.array(optionSchema).optional(),
    /** Add the column when setting up a sheet that lacks it (false for fields only some teams keep). */
    appendWhenMissing: z.boolean().default(true),
    /**
     * What the field is for, where the core needs to know: `lastContact` (staleness checks), `company`
     * (the organisation: the customer itself in a list of companies), `contactPerson` (the person to
     * talk to at a company customer).
     */
    role: z.enum(['lastContact', 'company', 'contactPerson']).optional(),
    description: z.string().optional(),
    /** How the sheet answers a bad value as it is typed: hard refuses it, soft warns and lets it stand (default per kind). */
    entry: z.enum(['hard', 'soft']).optional(),
  })
  .superRefine((field, ctx) => {
    const needsOptions = field.kind === 'choice' || field.kind === 'multiChoice';
    if (needsOptions && (!field.options || field.options.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${field.kind} field needs at least one option` });
    }
    // A text field may carry a list too (an open list: listed spellings become the option, others stay as typed).
    if (!needsOptions && field.kind !== 'text' && field.options && field.options.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `only choice, multiChoice and text fields have options, not ${field.kind}`,
      });
    }
    const seen = new Map<string, string>();
    for (const option of field.options ?? []) {
      for (const name of [option.labels['zh-CN'], option.labels['en-US'], ...option.synonyms]) {
        const norm = name.trim().toLowerCase();
        const owner = seen.get(norm);
        if (owner && owner !== option.key) {
          ctx.addIssue({
            code: 'custom',
            path: ['options'],
            message: `"${name}" names two options (${owner} and ${option.key})`,
          });
        }
        seen.set(norm, option.key);
      }
    }
  });
export type Field = z.infer<typeof fieldSchema>;
export type FieldInput = z.input<typeof fieldSchema>;

export const templateSchema = z
  .object({
    version: z.literal(1),
    name: z.string().min(1),
    /** Prefix and digit count of generated customer IDs: C000123. */
    idPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,9}$/, 'ID prefixes are 1-10 letters, digits or dashes, starting with a letter')
      .default('C'),
    idDigits: z.number().int().min(3).max(12).default(6),
    /** Days after the last contact at which a record counts as stale. */
    staleDays: z.number().int().positive().default(180),
    /** Region for phone numbers written without a country code (ISO 3166 alpha-2). */
    defaultRegion: z
      .string()
      .regex(/^[A-Z]{2}$/, 'regions are two capital letters, e.g. "CN"')
      .default('CN'),
    /** Whether setup locks the header row and the customer-ID column (absent: it does). */
    protect: z.boolean().optional(),
    fields: z.array(fieldSchema).min(1, 'a template needs at least one field'),
  })
  .superRefine((template, ctx) => {
    const keys = new Set<string>();
    template.fields.forEach((field, index) => {
      if (keys.has(field.key))
        ctx.addIssue({
          code: 'custom',
          path: ['fields', index, 'key'],
          message: `field key "${field.key}" is used twice`,
        });
      keys.add(field.key);
    });
    const ids = template.fields.filter((f) => f.kind === 'id');
    if (ids.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['fields'],
        message: `a template has at most one id field, found ${ids.map((f) => f.key).join(', ')}`,
      });
  });
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;

export type TemplateResult = { ok: true; template: Template } | { ok: false; errors: string[] };

/** Validates a template from JSON (a string or parsed value); errors name the path, e.g. `fields[3].kind`. */
export function parseTemplate(input: unknown): TemplateResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`the template is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const result = templateSchema.safeParse(data);
  if (result.success) return { ok: true, template: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return 'template';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function templateToJson(template: Template): string {
  return JSON.stringify(template, null, 2);
}

export function fieldLabel(field: Pick<Field, 'labels'>, locale: keyof Labels): string {
  return field.labels[locale];
}
