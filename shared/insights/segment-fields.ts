/**
 * The fields a customer list is classified by (the guides' segments): the choice fields a team
 * files customers under, then region and owner. Gender and tags are choices too but not segments.
 */
import type { OperationContext } from '../operations/options';
import type { Field } from '../template/schema';

export const SEGMENT_FIELDS = [
  'customerType',
  'status',
  'valueTier',
  'lifecycleStage',
  'industry',
  'source',
  'contactChannel',
  'region',
  'owner',
] as const;

export interface SegmentColumn {
  field: Field;
  col: number;
  header: string;
}

/** The segment fields the sheet has a column for, in SEGMENT_FIELDS order. */
export function segmentColumns(ctx: Pick<OperationContext, 'template' | 'mapping'>): SegmentColumn[] {
  const columns: SegmentColumn[] = [];
  for (const key of SEGMENT_FIELDS) {
    const col = ctx.mapping.byField[key];
    const field = ctx.template.fields.find((f) => f.key === key);
    if (col === undefined || !field) continue;
    columns.push({ field, col, header: ctx.mapping.columns[col - 1]?.header ?? field.key });
  }
  return columns;
}
