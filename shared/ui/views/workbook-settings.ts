/** The template and header corrections a workbook stored at its last setup (same keys the core reads). */
import { META_KEYS } from '../../operations/meta-keys';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../../template/default-template';
import { parseTemplate, type Template } from '../../template/schema';

export function storedTemplate(snapshot: SheetSnapshot): Template {
  const json = snapshot.meta?.[META_KEYS.template];
  const parsed = json ? parseTemplate(json) : undefined;
  return parsed?.ok ? parsed.template : DEFAULT_TEMPLATE;
}

export function storedOverrides(snapshot: SheetSnapshot): Record<string, string | null> {
  const json = snapshot.meta?.[META_KEYS.overrides];
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string | null>) : {};
  } catch {
    return {};
  }
}
