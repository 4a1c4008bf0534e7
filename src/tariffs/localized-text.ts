import type { LocalizedText } from '../engine/types.js';

/**
 * Picks the text for a locale, falling back as tariff-format.md §2 says:
 * requested locale → zh-CN → en → first key. A plain string is the same in
 * every locale.
 */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  for (const tag of [locale, 'zh-CN', 'en']) {
    if (Object.prototype.hasOwnProperty.call(text, tag)) return text[tag];
  }
  const first = Object.keys(text)[0];
  return first === undefined ? '' : text[first];
}
