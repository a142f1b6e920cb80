/**
 * A user's map file: overrides of a CRM layout for CRMs configured with custom fields or another
 * locale. `columns` maps a CRM header to a source (a template field key, or name.salutation,
 * name.first, name.last, name.full, account, phone.mobile, phone.other) or to null to leave that
 * CRM column out; the other keys replace the layout's defaults.
 *   { "columns": { "Customer Tier__c": "valueTier", "Lead Source": null },
 *     "dateFormat": "dd/MM/yyyy", "bom": true, "rowCap": 10000,
 *     "picklists": { "source": { "website": "Web" } } }
 */
import { z } from 'zod';
import type { Template } from '../template/schema';
import { DERIVED_SOURCES, copyLayout, type CrmLayout } from './crm-layouts';

export const mapFileSchema = z
  .object({
    columns: z.record(z.string().trim().min(1), z.string().min(1).nullable()).optional(),
    dateFormat: z
      .string()
      .regex(/^(?=.*yyyy)(?=.*M)(?=.*d)[yMd/.\- ]+$/, 'a date format uses yyyy, MM and dd, e.g. "dd/MM/yyyy"')
      .optional(),
    bom: z.boolean().optional(),
    rowCap: z.number().int().positive().optional(),
    byteCap: z.number().int().positive().optional(),
    yesNo: z.tuple([z.string(), z.string()]).optional(),
    picklists: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  })
  .strict();
export type MapFile = z.infer<typeof mapFileSchema>;

export type MapFileResult = { ok: true; layout: CrmLayout } | { ok: false; errors: string[] };

/** The layout with the map file's overrides, or messages naming each bad entry. */
export function applyMapFile(layout: CrmLayout, input: unknown, template: Template): MapFileResult {
  const parsed = mapFileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'map'}: ${issue.message}`),
    };
  }
  const map = parsed.data;
  const known = new Set<string>([...DERIVED_SOURCES, ...template.fields.map((f) => f.key)]);
  const errors: string[] = [];
  const next = copyLayout(layout);
  for (const [header, source] of Object.entries(map.columns ?? {})) {
    if (source !== null && !known.has(source)) {
      errors.push(`columns."${header}": "${source}" is not a template field or one of ${DERIVED_SOURCES.join(', ')}`);
      continue;
    }
    const existing = next.columns.find((c) => c.header === header);
    // One source feeds one CRM column: a column the user points elsewhere stops taking it.
    next.columns = next.columns.filter((c) => c.header !== header && (source === null || c.source !== source));
    if (source !== null) next.columns.push({ header, source, ...(existing?.required ? { required: true } : {}) });
  }
  for (const fieldKey of Object.keys(map.picklists ?? {})) {
    if (!template.fields.some((f) => f.key === fieldKey)) errors.push(`picklists.${fieldKey}: not a template field`);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (map.dateFormat !== undefined) next.dateFormat = map.dateFormat;
  if (map.bom !== undefined) next.bom = map.bom;
  if (map.rowCap !== undefined) next.rowCap = map.rowCap;
  if (map.byteCap !== undefined) next.byteCap = map.byteCap;
  if (map.yesNo !== undefined) next.yesNo = map.yesNo;
  for (const [fieldKey, values] of Object.entries(map.picklists ?? {}))
    next.picklists[fieldKey] = { ...next.picklists[fieldKey], ...values };
  return { ok: true, layout: next };
}
