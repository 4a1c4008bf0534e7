import { css } from 'lit';
import { visuallyHidden } from '../shared.styles.js';
import { controlStyles } from '../usage-controls/usage-controls.styles.js';

/**
 * Theme tokens, layout and states. Every size is in em or px from
 * `--hotline-font-size`, never rem: the host page's root font size must not
 * reach inside. Text and colour are set on `.root`, not inherited from the
 * host, so that a page's `* { color: … }` cannot restyle the widget.
 */
const layoutStyles = css`
  :host {
    --hotline-accent: #0b57a4;
    --hotline-accent-contrast: #fff;
    --hotline-text: #1a2230;
    --hotline-muted: #4f5968;
    --hotline-surface: #fff;
    --hotline-muted-surface: #f3f4f6;
    --hotline-border: #767f8c;
    --hotline-danger: #b42318;
    --hotline-radius: 8px;
    --hotline-font: system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', sans-serif;
    --hotline-font-size: 16px;
    --hotline-cheapest-surface: color-mix(in srgb, var(--hotline-accent) 6%, var(--hotline-surface));
    --hotline-color-scheme: light;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--hotline-font);
    font-size: var(--hotline-font-size);
    font-weight: normal;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    text-align: left;
    color: var(--hotline-text);
    background: var(--hotline-surface);
    border-radius: var(--hotline-radius);
    /* Native checkboxes, radios and fields follow a dark theme too. */
    color-scheme: var(--hotline-color-scheme);
  }
  /* Chinese lines break at spaces and punctuation, never inside a word or
     unit ("不限并发", "元/分钟"); a word too long for its line still wraps. */
  .root:lang(zh) {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.1em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .layout {
    display: grid;
    gap: 1.5em;
    padding: 1em;
  }
  .controls,
  .results {
    min-width: 0;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .results:focus {
    outline: none;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em 0.75em;
  }
  .results-head h2 {
    margin: 0;
  }
  .sample-badge {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid var(--hotline-danger);
    color: var(--hotline-danger);
    font-size: 0.85em;
    font-weight: 600;
    text-decoration: none;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }
  .notice:focus {
    outline: 2px solid var(--hotline-accent);
    outline-offset: 4px;
  }
  /* The first focus stop, seen only when focused (then at the top of the widget). */
  .skip-link {
    display: block;
    margin: 0.5em 1em 0;
    padding: 0.4em 0.8em;
    font: inherit;
    border: 2px solid var(--hotline-accent);
    border-radius: var(--hotline-radius);
    background: var(--hotline-surface);
    color: var(--hotline-text);
    cursor: pointer;
  }
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .root {
    position: relative;
  }
  .width-probe {
    height: 0;
  }
  /* The answer, kept in view while any control moves; one copy per layout. */
  .result-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.6em;
    width: 100%;
    padding: 0.55em 0.8em;
    font: inherit;
    text-align: left;
    color: var(--hotline-text);
    background: var(--hotline-cheapest-surface);
    border: 0;
    border-left: 4px solid var(--hotline-accent);
    border-radius: var(--hotline-radius);
    box-shadow: 0 1px 0 var(--hotline-surface), 0 2px 6px color-mix(in srgb, var(--hotline-text) 12%, transparent);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .result-bar.wide {
    display: none;
  }
  .bar-label {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--hotline-accent);
  }
  .bar-plan {
    font-weight: 600;
  }
  .bar-figure {
    white-space: nowrap;
  }
  .bar-amount {
    font-size: 1.15em;
    font-weight: 700;
  }
  .result-bar .per {
    color: var(--hotline-muted);
  }
  .bar-upfront {
    font-size: 0.9em;
    white-space: nowrap;
  }
  .options-toggle {
    display: grid;
    gap: 0.1em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.8em 0.5em 2em;
    font: inherit;
    text-align: left;
    color: var(--hotline-text);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
    cursor: pointer;
    position: relative;
  }
  .options-toggle::before {
    content: '';
    position: absolute;
    left: 0.8em;
    top: 1.05em;
    border: 0.35em solid transparent;
    border-left-color: currentColor;
  }
  .options-toggle[aria-expanded='true']::before {
    border-left-color: transparent;
    border-top-color: currentColor;
    top: 1.25em;
    left: 0.65em;
  }
  .options-label {
    font-weight: 600;
  }
  .options-summary {
    font-size: 0.85em;
    color: var(--hotline-muted);
  }
  .options-panel {
    display: grid;
    gap: 1.25em;
    margin-top: 1.25em;
  }
  .options-panel[hidden] {
    display: none;
  }
  .show-all {
    justify-self: start;
    align-self: flex-start;
    min-height: 2.5em;
    padding: 0.4em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--hotline-accent);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-accent);
    border-radius: var(--hotline-radius);
    cursor: pointer;
  }
  .unavailable-group > summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--hotline-muted);
  }
  .unavailable-group[open] > summary {
    margin-bottom: 0.75em;
  }
  .cards:focus {
    outline: none;
  }
  .cards {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .empty {
    padding: 1em;
    border: 1px dashed var(--hotline-border);
    border-radius: var(--hotline-radius);
  }
  .notice {
    display: grid;
    gap: 0.3em;
    font-size: 0.85em;
    color: var(--hotline-muted);
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(15em, 1fr) 2fr;
      align-items: start;
      padding: 1.25em;
      gap: 2em;
    }
    .result-bar.narrow {
      display: none;
    }
    .result-bar.wide {
      display: flex;
    }
  }
  :focus-visible {
    outline: 3px solid var(--hotline-accent);
    outline-offset: 2px;
  }

  /* States */
  .skeleton .bone-group {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    height: 1.2em;
    border-radius: var(--hotline-radius);
    background: var(--hotline-muted-surface);
  }
  .bone.short {
    width: 55%;
  }
  .bone.card {
    height: 10em;
  }
  .error {
    margin: 1em;
    padding: 1em 1.25em;
    border: 2px solid var(--hotline-danger);
    border-radius: var(--hotline-radius);
    display: grid;
    gap: 0.5em;
  }
  .error h2 {
    margin: 0;
  }
  .error ul {
    margin: 0.4em 0 0;
    padding-left: 1.2em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .error summary {
    cursor: pointer;
    min-height: 24px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .error,
    .result-bar,
    .options-toggle {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* Deciding: switch points and the chart panel, print and share */
  .switch-points {
    margin: 0 0 0.75em;
    padding-left: 1.2em;
    font-variant-numeric: tabular-nums;
  }
  .chart-panel > summary,
  .actions button {
    min-height: 24px;
    cursor: pointer;
  }
  .chart-panel > summary {
    width: fit-content;
    font-weight: 600;
    color: var(--hotline-accent);
  }
  .chart-panel[open] > summary {
    margin-bottom: 0.5em;
  }
  .chart-panel {
    min-width: 0;
  }
  /* The panel states the switch points as ranges above the chart. */
  hotline-break-even-chart::part(switches) {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .buttons {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button {
    display: inline-block;
    padding: 0.3em 0.8em;
    font: inherit;
    font-size: 0.9em;
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
    background: var(--hotline-surface);
    color: var(--hotline-text);
  }
  .copy-status:empty {
    display: none;
  }
  .copy-status {
    font-size: 0.9em;
    color: var(--hotline-muted);
  }
  .link-field {
    flex: 1 1 100%;
    min-width: 0;
    min-height: 24px;
    font: inherit;
    font-size: 0.85em;
    color: var(--hotline-text);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
    padding: 0.3em 0.5em;
  }
  /* Printed: the quote as a document, nothing interactive. */
  .print-only {
    display: none;
  }
  @media print {
    .layout {
      display: none;
    }
    .print-only {
      display: block;
    }
    .root.print-skip {
      display: none;
    }
  }
`;

export const calculatorStyles = [visuallyHidden, layoutStyles, controlStyles];
