import { z } from 'zod';

export const localeSchema = z.enum(['zh-CN', 'en-US']);
export type Locale = z.infer<typeof localeSchema>;
export const LOCALES: readonly Locale[] = localeSchema.options;

/** Maps a host's language tag (zh, zh-Hans-CN, en-GB …) onto a supported locale. */
export function toLocale(tag: string | null | undefined, fallback: Locale = 'en-US'): Locale {
  if (!tag) return fallback;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en-US';
  return fallback;
}
