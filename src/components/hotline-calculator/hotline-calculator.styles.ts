import { css } from 'lit';
import { callLogStyles } from '../call-log-panel/call-log-panel.styles.js';
import { keptRuns, visuallyHidden } from '../shared.styles.js';
import { controlStyles } from '../usage-controls/usage-controls.styles.js';
import { decideStyles } from './decide.styles.js';
import { resultsStyles } from './results.styles.js';
import { stateStyles } from './states.styles.js';

/**
 * Theme tokens and the layout. Every size is in em or px from
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
    /* The danger colour as text: a dark theme that keeps the default red
       (documented as the error panel's border) still reads, mixed toward
       its own text colour. */
    --_danger-text: color-mix(in srgb, var(--hotline-danger) 60%, var(--hotline-text));
    /* How far below the top of the screen focus brings a control in, clear of
       the sticky result bar: in the widget's font size (fields have a smaller
       one of their own), and the bar runs to four lines at 320 px. The cards
       read it too. */
    --_bar-clearance: calc(9 * var(--hotline-font-size));
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
  /* Chinese lines break between any two characters, as Chinese text does,
     so that every line runs to the edge; a number and its unit are joined by
     a no-break space. A word too long for its line still wraps. */
  .root:lang(zh) {
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
  /* In one column the widget is most likely on a phone: every control is at
     least 44 px each way, a fingertip's size, not only WCAG's 24 px. */
  @container (max-width: 719.98px) {
    .root input[type='range'],
    .root input.number,
    .root button:not(.skip-link),
    .root .check {
      min-height: 44px;
    }
    .root button:not(.skip-link) {
      min-width: 44px;
    }
    .root .check {
      align-items: center;
    }
    .root .check input {
      margin-top: 0;
    }
    .root details > summary {
      min-height: 44px;
      /* The label centred in its 44 px. */
      padding-block: calc((44px - 1lh) / 2);
    }
  }
  :focus-visible {
    outline: 3px solid var(--hotline-accent);
    outline-offset: 2px;
  }
  /* The result bar sticks over the top of the controls (narrow) or of the
     results (wide): a control that focus brings in at the top stops below
     it, not behind it. */
  .layout :is(input, button, summary, a) {
    scroll-margin-top: var(--_bar-clearance);
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
`;

// The layout comes after the results and states (its container query switches
// what they set); the decision panel's print rules come last, over everything.
export const calculatorStyles = [visuallyHidden, keptRuns, controlStyles, callLogStyles, resultsStyles, stateStyles, layoutStyles, decideStyles];
