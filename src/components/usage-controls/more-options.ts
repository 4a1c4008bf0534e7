/**
 * "更多条件 / More options": every control but the minutes, behind one
 * disclosure whose label says what is set ("高峰 60% · 中国大陆 95% · 语音导航").
 * Open by default on wide hosts, closed on narrow ones, until the visitor
 * chooses.
 */
import { html, type TemplateResult } from 'lit';
import { formatList, formatNumber } from '../../i18n/format.js';
import { wholePercentages } from '../../state/region-shares.js';
import { localize } from '../../tariffs/localized-text.js';
import type { ControlHost } from './control-host.js';

export interface MoreOptionsHost extends ControlHost {
  /** Whether the host is wide (the layout with two columns). */
  readonly wide: boolean;
  requestUpdate(): void;
}

/** The id of the panel the disclosure controls. */
const PANEL_ID = 'more-options';

export class MoreOptions {
  /** The visitor's choice; null follows the host's width. */
  #chosen: boolean | null = null;

  readonly #host: MoreOptionsHost;

  constructor(host: MoreOptionsHost) {
    this.#host = host;
  }

  get open(): boolean {
    return this.#chosen ?? this.#host.wide;
  }

  /** The disclosure around `controls`. */
  render(controls: TemplateResult): TemplateResult {
    const t = this.#host.strings;
    return html`<div class="more-options">
      <button type="button" class="options-toggle" aria-expanded=${String(this.open)} aria-controls=${PANEL_ID}
        @click=${this.#onToggle}>
        <span class="options-label">${t.moreOptions}</span>
        <span class="options-summary">${this.summary()}</span>
      </button>
      <div id=${PANEL_ID} class="options-panel" ?hidden=${!this.open}>${controls}</div>
    </div>`;
  }

  /** What is set, in a few words. */
  summary(): string {
    const { state, locale, strings: t } = this.#host;
    const { tariffs, usage, selection, shownCarriers } = state;
    // While a call log is in use, its own calls stand in for peak share, regions and call length.
    const fromLog = state.callLog.phase.kind === 'ready';
    const parts = fromLog ? [] : [t.peakValueText(formatNumber(usage.peakSharePercent, locale, 0))];
    if (!fromLog && tariffs.regions.length > 1) {
      const percents = wholePercentages(tariffs.regions.map((r) => usage.regionShares[r.id] ?? 0));
      const top = percents.indexOf(Math.max(...percents));
      parts.push(t.regionValueText(localize(tariffs.regions[top]!.name, locale), formatNumber(percents[top]!, locale, 0)));
    }
    if (!fromLog && usage.averageCallSeconds !== null) parts.push(t.seconds(formatNumber(usage.averageCallSeconds, locale)));
    for (const id of usage.addOns) parts.push(localize(tariffs.addOns.find((a) => a.id === id)?.name ?? id, locale));
    if (usage.numberGrade !== null && usage.numberGrade !== tariffs.numberGrades[0]?.id) {
      parts.push(localize(tariffs.numberGrades.find((g) => g.id === usage.numberGrade)?.name, locale));
    }
    if (shownCarriers.size < selection.carrierChoices.length) {
      const names = selection.carrierChoices
        .filter((id) => shownCarriers.has(id))
        .map((id) => localize(tariffs.carriers.find((c) => c.id === id)?.name, locale));
      parts.push(t.onlyCarriers(formatList(names, locale)));
    }
    return parts.join(t.summarySeparator);
  }

  readonly #onToggle = (): void => {
    this.#chosen = !this.open;
    this.#host.requestUpdate();
  };
}
