/**
 * A cell's look besides its number format: fill, font, border and alignment, in terms every host can
 * apply: colours as `#RRGGBB`, border styles by their .xlsx names (Excel's style and weight and Sheets'
 * SOLID, SOLID_MEDIUM, DASHED … map onto them), alignment as Excel names it. A part left out is the
 * default (no fill, the sheet's font, no border, General alignment), so `{}` is a plain cell.
 * Kept on rows a plan deletes, so undo gives them back as they looked (RowContent.extras).
 */
import { z } from 'zod';

const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

export const BORDER_STYLES = [
  'thin',
  'medium',
  'thick',
  'hair',
  'dotted',
  'dashed',
  'double',
  'mediumDashed',
  'dashDot',
  'mediumDashDot',
  'dashDotDot',
  'mediumDashDotDot',
  'slantDashDot',
] as const;

const edgeSchema = z.object({ style: z.enum(BORDER_STYLES), color: color.optional() });
export type BorderEdge = z.infer<typeof edgeSchema>;

export const cellLookSchema = z.object({
  /** A solid fill. */
  fill: color.optional(),
  font: z
    .object({
      name: z.string().optional(),
      size: z.number().positive().optional(),
      bold: z.literal(true).optional(),
      italic: z.literal(true).optional(),
      underline: z.enum(['single', 'double', 'singleAccounting', 'doubleAccounting']).optional(),
      strike: z.literal(true).optional(),
      color: color.optional(),
    })
    .optional(),
  border: z
    .object({
      top: edgeSchema.optional(),
      right: edgeSchema.optional(),
      bottom: edgeSchema.optional(),
      left: edgeSchema.optional(),
    })
    .optional(),
  alignment: z
    .object({
      horizontal: z.enum(['left', 'center', 'right', 'fill', 'justify', 'centerContinuous', 'distributed']).optional(),
      vertical: z.enum(['top', 'middle', 'bottom', 'justify', 'distributed']).optional(),
      wrapText: z.literal(true).optional(),
      indent: z.number().int().positive().optional(),
      /** Degrees (-90 to 90), or text stacked vertically. */
      textRotation: z.union([z.number().int(), z.literal('vertical')]).optional(),
    })
    .optional(),
});
export type CellLook = z.infer<typeof cellLookSchema>;

export const PLAIN_LOOK: CellLook = Object.freeze({});

export function isPlainLook(look: CellLook): boolean {
  return look.fill === undefined && !look.font && !look.border && !look.alignment;
}

/** A look's identity for comparing two cells' (looks are built in one key order, cell-look readers). */
export function lookKey(look: CellLook | null | undefined): string {
  return look && !isPlainLook(look) ? JSON.stringify(look) : '';
}
