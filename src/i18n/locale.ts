/**
 * The locales the widget speaks, and the typographic rules every string of
 * it follows.
 *
 * Chinese text uses full-width punctuation (：，；（）). A number and its unit
 * are joined by a no-break space ("3,000 分钟", "10 路", "0.12 元/分钟"), so
 * that no line ever breaks between them, while Chinese text around them wraps
 * between any two characters.
 */

/** The locales the widget speaks. */
export type Locale = 'zh-CN' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The no-break space between a number and its unit. */
export const NBSP = '\u00a0';

/** A number and its unit, never broken apart: `withUnit('3,000', '分钟')` → "3,000 分钟". */
export function withUnit(value: string, unit: string): string {
  return value + NBSP + unit;
}

/**
 * Maps a `locale` attribute value to a supported locale: any `en…` tag is
 * English, any `zh…` tag Chinese. Returns null for anything else, so the
 * caller can warn and fall back to the default.
 */
export function matchLocale(value: string | null | undefined): Locale | null {
  if (value === null || value === undefined || value === '') return DEFAULT_LOCALE;
  const tag = value.trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return null;
}
