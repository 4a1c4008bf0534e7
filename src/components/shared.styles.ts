import { css } from 'lit';

/**
 * Text for screen readers only: out of sight, still in the accessibility tree
 * (unlike `display: none` or `hidden`).
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** A run of tariff text kept on one line (tariff-text.ts). */
export const keptRuns = css`
  .keep {
    white-space: nowrap;
  }
`;
