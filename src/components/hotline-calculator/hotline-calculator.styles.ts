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
  .results > h2 {
    margin-bottom: 0;
  }
  .cards {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .summary-line {
    padding: 0.6em 0.8em;
    border-radius: var(--hotline-radius);
    background: var(--hotline-cheapest-surface);
    border-left: 4px solid var(--hotline-accent);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
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
    .summary-line {
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

  /* Deciding: switch points, the chart panel, totals switch, print and share */
  .decide {
    display: grid;
    gap: 0.5em;
  }
  .switch-points {
    margin: 0;
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
  /* The switch points are stated above the panel already. */
  hotline-break-even-chart::part(switches) {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  .segmented {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
    overflow: hidden;
  }
  .segmented label {
    position: relative;
  }
  .segmented input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segmented span,
  .actions button {
    display: inline-block;
    padding: 0.3em 0.8em;
    font: inherit;
    font-size: 0.9em;
  }
  .segmented input:checked + span {
    background: var(--hotline-accent);
    color: var(--hotline-accent-contrast);
  }
  .segmented input:focus-visible + span {
    outline: 3px solid var(--hotline-accent);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--hotline-surface);
  }
  .buttons {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button {
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
  @media (forced-colors: active) {
    .segmented input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
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
