import { css } from 'lit';
import { keptRuns, visuallyHidden } from '../shared.styles.js';

/**
 * The card reads the calculator's `--hotline-*` custom properties (they
 * inherit through the shadow boundary); the fallbacks keep a lone card legible.
 */
const ownStyles = css`
  :host {
    display: block;
    min-width: 0;
    /* A card's changing numbers never move anything outside it, and cards
       scrolled out of view are not laid out at all while a slider moves. */
    contain: layout style;
    content-visibility: auto;
    contain-intrinsic-size: auto 22em;
  }
  .card {
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 1em 1.1em;
    border: 1px solid var(--hotline-border, #767f8c);
    border-radius: var(--hotline-radius, 8px);
    background: var(--hotline-surface, #fff);
    color: var(--hotline-text, #1a2230);
  }
  /* Clear of the calculator's sticky result bar when focus brings them in at
     the top (the calculator sets how far; a card on its own has no bar). */
  summary,
  .action {
    scroll-margin-top: var(--_bar-clearance, 0px);
  }
  :host([cheapest]) .card {
    border: 2px solid var(--hotline-accent, #0b57a4);
    padding: calc(1em - 1px) calc(1.1em - 1px);
    background: var(--hotline-cheapest-surface, var(--hotline-surface, #fff));
  }
  .card.unavailable {
    border-style: dashed;
    background: var(--hotline-muted-surface, #f3f4f6);
    color: var(--hotline-muted, #4f5968);
  }
  header {
    display: grid;
    gap: 0.15em;
  }
  p,
  h3,
  dl,
  dd {
    margin: 0;
  }
  h3 {
    font-size: 1.05em;
    font-weight: 600;
    line-height: 1.3;
  }
  .carrier,
  .summary,
  .capacity,
  .billed,
  .without {
    color: var(--hotline-muted, #4f5968);
    font-size: 0.875em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .badges:empty,
  .upfront:empty,
  .more:empty {
    display: none;
  }
  /* Cards side by side (the calculator's width allows two columns): a slot
     for the badges, so that names and headline figures line up. The lines
     under the figure keep no empty slots: a shorter card's spare room goes
     above its action, which lines up with its row's. */
  @container (min-width: 34em) {
    .badges {
      min-height: 1.6em;
    }
    .badges:empty {
      display: flex;
    }
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    border: 1px solid var(--hotline-border, #767f8c);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.35;
  }
  .badge.cheapest {
    background: var(--hotline-accent, #0b57a4);
    border-color: var(--hotline-accent, #0b57a4);
    color: var(--hotline-accent-contrast, #fff);
  }
  .reason {
    font-weight: 600;
    font-size: 0.9em;
  }
  /* The figure and its "/月" stay on one line wherever the card has room
     for both; in a card too narrow for them, "/月" goes under the figure
     rather than past the card's edge. */
  .total {
    font-variant-numeric: tabular-nums;
  }
  .total .amount,
  .total .per {
    white-space: nowrap;
  }
  .amount {
    font-size: 1.9em;
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.01em;
  }
  .per {
    margin-left: 0.15em;
    color: var(--hotline-muted, #4f5968);
  }
  .upfront {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .without .amount {
    font-size: inherit;
    font-weight: 600;
    letter-spacing: normal;
  }
  .more {
    color: var(--hotline-muted, #4f5968);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  /* While a call log is in use: the profile total and what rounding adds. */
  .profile-total,
  .rounding {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* Against the visitor's bill: a saving in the accent, an extra cost in plain text. */
  .saving {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--hotline-accent, #0b57a4);
  }
  .saving.extra {
    color: var(--hotline-text, #1a2230);
  }
  details {
    border-top: 1px solid var(--hotline-border, #767f8c);
    padding-top: 0.4em;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
    display: list-item;
    font-weight: 600;
    font-size: 0.9em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-top: 0.4em;
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-top: 0.6em;
  }
  th {
    text-align: left;
    font-weight: normal;
  }
  td {
    text-align: right;
    white-space: nowrap;
  }
  th,
  td {
    padding: 0.15em 0;
  }
  .sum th,
  .sum td {
    border-top: 1px solid var(--hotline-border, #767f8c);
    font-weight: 600;
  }
  .billed {
    margin-top: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .action {
    margin-top: auto;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5em;
    padding: 0.4em 1em;
    border-radius: var(--hotline-radius, 8px);
    border: 1px solid var(--hotline-accent, #0b57a4);
    background: var(--hotline-accent, #0b57a4);
    color: var(--hotline-accent-contrast, #fff);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  /* One column (most likely a phone): fingertip-sized targets, as the calculator's. */
  @container (max-width: 719.98px) {
    summary {
      box-sizing: border-box;
      min-height: 44px;
      /* The label centred in its 44 px. */
      padding-block: calc((44px - 1lh) / 2);
    }
    .action {
      min-height: 44px;
    }
  }
  :host(:not([cheapest])) .action {
    background: transparent;
    color: var(--hotline-accent-text, var(--hotline-accent, #0b57a4));
  }
  :focus-visible {
    outline: 3px solid var(--hotline-focus, var(--hotline-accent, #0b57a4));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .badge.cheapest {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    :host([cheapest]) .card {
      border-color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .action {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      content-visibility: visible;
    }
    .action {
      display: none;
    }
  }
`;

export const planCardStyles = [visuallyHidden, keptRuns, ownStyles];
