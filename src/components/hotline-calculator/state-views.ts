/**
 * What the element shows while it has no quote to show: a quiet skeleton
 * while tariffs load, and a readable error panel when they cannot be used.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TariffIssue } from '../../engine/types.js';
import { issuePlace } from '../../tariffs/messages.js';
import type { Locale, Strings, TariffErrorKind } from '../../i18n/strings.js';

/** Issues listed in the panel; the console has them all. */
const SHOWN_ISSUES = 8;

export function renderLoading(t: Strings): TemplateResult {
  return html`
    <div class="layout skeleton" aria-busy="true">
      <p class="visually-hidden">${t.loading}</p>
      <div class="bone-group" aria-hidden="true">
        <div class="bone short"></div>
        <div class="bone"></div>
        <div class="bone short"></div>
        <div class="bone"></div>
      </div>
      <div class="bone-group cards" aria-hidden="true">
        <div class="bone card"></div>
        <div class="bone card"></div>
      </div>
    </div>
  `;
}

export function renderError(
  t: Strings,
  locale: Locale,
  kind: TariffErrorKind,
  issues: readonly TariffIssue[],
  status?: number,
): TemplateResult {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return html`
    <section class="error" part="error" aria-labelledby="error-heading">
      <h2 id="error-heading">${t.errorHeading}</h2>
      <p>${t.errorKind(kind, status)}</p>
      <p>${t.errorAdvice}</p>
      ${shown.length === 0
        ? nothing
        : html`<details>
            <summary>${t.errorDetails}</summary>
            <ul>
              ${shown.map(
                (issue) => html`<li>
                  ${issue.path ? html`<code>${issuePlace(issue)}</code> ` : nothing}${locale === 'en'
                    ? issue.messageEn
                    : issue.message}
                </li>`,
              )}
              ${issues.length > shown.length ? html`<li>…</li>` : nothing}
            </ul>
          </details>`}
    </section>
  `;
}
