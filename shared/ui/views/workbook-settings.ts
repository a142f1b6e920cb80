/** The template and header corrections a workbook stored at its last setup, or the defaults a setup starts from. */
import { storedOverrides as readOverrides, storedTemplate as readTemplate } from '../../operations/options';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../../template/default-template';
import type { Template } from '../../template/schema';

export function storedTemplate(snapshot: SheetSnapshot): Template {
  return readTemplate(snapshot) ?? DEFAULT_TEMPLATE;
}

export function storedOverrides(snapshot: SheetSnapshot): Record<string, string | null> {
  return readOverrides(snapshot) ?? {};
}
