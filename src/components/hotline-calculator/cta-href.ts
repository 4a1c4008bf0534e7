/**
 * The reseller's "apply" link: a template from the `cta-href` attribute with
 * `{plan}`, `{carrier}`, `{minutes}` and `{total}` filled in, URL-encoded.
 * Only links that cannot run script leave this module.
 */

export interface CtaValues {
  readonly plan: string;
  readonly carrier: string;
  readonly minutes: string;
  readonly total: string;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The filled-in link, or null when the result would not be an http(s),
 * mailto: or tel: URL (relative links resolve against `base`, the page).
 */
export function buildCtaHref(template: string, values: CtaValues, base: string): string | null {
  const href = template.replace(/\{(plan|carrier|minutes|total)\}/g, (_, key: keyof CtaValues) =>
    encodeURIComponent(values[key]),
  );
  return isSafeHref(href, base) ? href : null;
}

/** Whether a link resolves to a protocol that only navigates (never `javascript:`, `data:`…). */
export function isSafeHref(href: string, base: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href, base).protocol);
  } catch {
    return false;
  }
}
