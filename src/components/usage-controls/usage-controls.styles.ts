import { css } from 'lit';

/** Styles of the usage controls, adopted by the calculator's shadow root. */
export const controlStyles = css`
  .controls {
    display: grid;
    gap: 1.25em;
    align-content: start;
  }
  .controls > h2 {
    margin-bottom: 0;
  }
  .control {
    display: grid;
    gap: 0.3em;
    min-width: 0;
  }
  fieldset.control {
    margin: 0;
    padding: 0.75em 0.9em 0.9em;
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
  }
  legend {
    padding: 0 0.3em;
    font-weight: 600;
  }
  .control-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .control-head label {
    font-weight: 600;
  }
  .regions .control-head label {
    font-weight: normal;
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  input[type='range'] {
    width: 100%;
    min-height: 24px;
    margin: 0;
    accent-color: var(--hotline-accent);
    background: transparent;
    cursor: pointer;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.8em;
    color: var(--hotline-muted);
    font-variant-numeric: tabular-nums;
  }
  .field {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .unit {
    color: var(--hotline-muted);
    font-size: 0.9em;
  }
  input.number {
    flex: 0 1 9em;
    min-width: 0;
    min-height: 2.25em;
    padding: 0.3em 0.5em;
    font: inherit;
    font-variant-numeric: tabular-nums;
    color: var(--hotline-text);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-border);
    border-radius: calc(var(--hotline-radius) / 2);
  }
  .notes {
    display: grid;
    gap: 0.2em;
  }
  .hint {
    display: block;
    font-size: 0.85em;
    color: var(--hotline-muted);
  }
  .no-effect {
    font-style: italic;
  }
  .region + .region {
    margin-top: 0.35em;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 24px;
    padding: 0.15em 0;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    min-width: 18px;
    min-height: 18px;
    margin: 0.15em 0 0;
    accent-color: var(--hotline-accent);
  }
  .check-hint {
    margin: -0.1em 0 0.35em calc(max(1.15em, 18px) + 0.5em);
  }
  .choices {
    gap: 0.15em;
  }
  button.secondary {
    justify-self: start;
    min-height: 2.25em;
    margin-top: 0.5em;
    padding: 0.3em 0.9em;
    font: inherit;
    font-size: 0.9em;
    color: var(--hotline-accent);
    background: transparent;
    border: 1px solid var(--hotline-accent);
    border-radius: var(--hotline-radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    input[type='range'],
    .check input {
      accent-color: Highlight;
    }
    button.secondary {
      border-color: ButtonText;
    }
  }

  /* "More options": the disclosure of every control but the minutes. */
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
  /* The triangle is drawn by one coloured border: forced colours would paint
     all four and leave a square that no longer says open or closed. */
  @media (forced-colors: active) {
    .options-toggle::before {
      forced-color-adjust: none;
    }
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
`;
