import { css } from 'lit';

/**
 * What the calculator shows while it has no quote: the loading skeleton and
 * the error panel.
 */
export const stateStyles = css`
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
`;
