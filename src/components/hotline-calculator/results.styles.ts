import { css } from 'lit';

/**
 * The results column: its heading with the sample-prices badge, the result
 * bar (kept in view while any control moves; one copy per layout), the cards,
 * "show all", the line of unavailable plans and the notice.
 */
export const resultsStyles = css`
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
    color: var(--_danger-text);
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
`;
