import { html, type TemplateResult } from 'lit';
import { unitRuns } from '../i18n/unit-runs.js';

/**
 * Tariff text (plan names, summaries) as rendered: its numbers with their
 * units and its rates such as "0.11 元/分钟" in `.keep` spans (`keptRuns` in
 * shared.styles.ts), so that no line breaks inside them.
 */
export function tariffText(text: string): (string | TemplateResult)[] {
  return unitRuns(text).map((run) => (run.keep ? html`<span class="keep">${run.text}</span>` : run.text));
}
