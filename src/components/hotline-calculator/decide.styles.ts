import { css } from 'lit';

/**
 * The decision panel (switch points as ranges, the chart), the print and
 * copy-link row, and the printed page.
 */
export const decideStyles = css`
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
