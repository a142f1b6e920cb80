/** What the Duplicates view needs from the merge stage: options resolved like every operation, and row summaries. */
import type { Cluster } from '../../dedupe';
import { planMerge, type MergeResult } from '../../merge';
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

/** Plans merging `clusters`; `masters[i]` is the row kept for clusters[i] (the merge stage's choice when absent). */
export function planMerges(ctx: MergeContext, clusters: readonly Cluster[], masters: Record<number, number> = {}, now = new Date()): MergeResult {
  return planMerge(ctx.snapshot, clusters, { template: ctx.template, mapping: ctx.mapping, locale: ctx.locale, now, masters });
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
      const name = [family, given].map((c) => (c ? cellText(values[c - 1] ?? null).trim() : '')).join(' ').trim();
      if (name) parts.push(name);
      continue;
    }
    const text = col ? cellText(values[col - 1] ?? null).trim() : '';
    if (text) parts.push(text);
  }
  return parts.join(' · ');
}
