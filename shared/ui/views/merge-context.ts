/** What the Duplicates view needs from the merge stage: options resolved like every operation, and row summaries (merge plans come from the worker). */
import { resolveContext } from '../../operations/options';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { cellText } from '../../sheet/cell-value';
import type { HeaderMapping } from '../../template/header-mapping';
import type { Template } from '../../template/schema';
import type { Locale } from '../../i18n/locale';

export interface MergeContext {
  snapshot: SheetSnapshot;
  template: Template;
  mapping: HeaderMapping;
  /** The sheet's language (archive and log sheets are written in it). */
  locale: Locale;
}

export function mergeContext(snapshot: SheetSnapshot): MergeContext {
  const ctx = resolveContext(snapshot);
  return { snapshot, template: ctx.template, mapping: ctx.mapping, locale: ctx.locale };
}

/** What the worker's merge operations need besides the clusters (see tasks/merge-ops.ts). */
export function mergeSettings(ctx: MergeContext): Pick<MergeContext, 'template' | 'mapping' | 'locale'> {
  return { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale };
}

const SUMMARY_FIELDS = ['customerId', 'name', 'phone', 'email', 'company'];

/** A row as a user recognises it: ID, name, phone, email, company (whichever the sheet has). */
export function rowSummary(ctx: MergeContext, row: number): string {
  const values = ctx.snapshot.values[row - 1] ?? [];
  const parts: string[] = [];
  for (const field of SUMMARY_FIELDS) {
    const col = ctx.mapping.byField[field];
    if (field === 'name' && col === undefined && ctx.mapping.nameParts) {
      const { family, given } = ctx.mapping.nameParts;
      const name = [family, given]
        .map((c) => (c ? cellText(values[c - 1] ?? null).trim() : ''))
        .join(' ')
        .trim();
      if (name) parts.push(name);
      continue;
    }
    const text = col ? cellText(values[col - 1] ?? null).trim() : '';
    if (text) parts.push(text);
  }
  return parts.join(' · ');
}
