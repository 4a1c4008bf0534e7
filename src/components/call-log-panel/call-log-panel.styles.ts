import { css } from 'lit';

/** Styles of the call-log flow and the current-bill field, adopted by the calculator's shadow root. */
export const callLogStyles = css`
  .call-log {
    display: grid;
    gap: 0.6em;
    min-width: 0;
  }
  .call-log h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .log-chooser,
  .log-busy {
    display: grid;
    gap: 0.4em;
  }
  .call-log button {
    min-height: 2.5em;
    padding: 0.35em 1em;
    font: inherit;
    color: var(--hotline-accent);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-accent);
    border-radius: var(--hotline-radius);
    cursor: pointer;
  }
  .call-log button.use-records,
  .call-log button.primary {
    justify-self: start;
    font-weight: 600;
    color: var(--hotline-accent-contrast);
    background: var(--hotline-accent);
  }
  .log-privacy {
    font-size: 0.875em;
    font-weight: 600;
  }
  .log-hint,
  .log-summary,
  .log-peak {
    font-size: 0.875em;
    color: var(--hotline-muted);
  }
  .log-peak {
    color: var(--hotline-text);
  }
  .log-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .log-problem {
    padding: 0.5em 0.75em;
    border: 1px solid var(--hotline-danger);
    border-radius: var(--hotline-radius);
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--hotline-accent);
  }
  .unreadable {
    font-size: 0.875em;
  }
  .unreadable ul {
    margin: 0.2em 0 0;
    padding-left: 1.2em;
  }
  /* The months: bars for the eye, the checkboxes for everyone. */
  .months-chart {
    margin: 0;
  }
  .months-chart figcaption {
    font-size: 0.8em;
    color: var(--hotline-muted);
  }
  .months-chart svg {
    display: block;
    width: 100%;
    height: 4em;
  }
  .months-chart .bar {
    fill: var(--hotline-accent);
  }
  .months-chart .bar.partial {
    fill: color-mix(in srgb, var(--hotline-accent) 45%, var(--hotline-surface));
  }
  .months-chart .bar.excluded {
    fill: var(--hotline-muted-surface);
    stroke: var(--hotline-border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .months-chart .axis {
    stroke: var(--hotline-border);
    vector-effect: non-scaling-stroke;
  }
  .months-ticks {
    display: flex;
    font-size: 0.75em;
    color: var(--hotline-muted);
  }
  .months-ticks span {
    flex: 1 1 0;
    min-width: 0;
    text-align: center;
    white-space: nowrap;
    overflow: hidden;
  }
  fieldset.months {
    display: grid;
    gap: 0.1em;
    margin: 0;
    padding: 0.5em 0.75em 0.6em;
    border: 1px solid var(--hotline-border);
    border-radius: var(--hotline-radius);
  }
  .month {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-height: 24px;
    padding: 0.15em 0;
    font-size: 0.9em;
    cursor: pointer;
  }
  .month input {
    width: 1.15em;
    height: 1.15em;
    min-width: 18px;
    min-height: 18px;
    margin: 0;
    align-self: center;
    accent-color: var(--hotline-accent);
  }
  .month-minutes {
    margin-left: auto;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .month-partial {
    flex-basis: 100%;
    padding-left: calc(max(1.15em, 18px) + 0.5em);
    font-size: 0.9em;
    color: var(--hotline-muted);
  }
  /* Confirming the columns. */
  /* One column that never grows past the panel: a long header in a choice
     must not widen it (the preview scrolls on its own instead). */
  .mapping,
  .mapping-fields,
  .mapping-field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
  }
  .mapping {
    gap: 0.6em;
  }
  .mapping-fields {
    gap: 0.5em;
  }
  .mapping-field {
    gap: 0.2em;
    font-size: 0.9em;
  }
  .mapping select {
    min-height: 2.25em;
    width: 100%;
    font: inherit;
    color: var(--hotline-text);
    background: var(--hotline-surface);
    border: 1px solid var(--hotline-border);
    border-radius: calc(var(--hotline-radius) / 2);
  }
  .mapping-check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-size: 0.9em;
  }
  .mapping-problem:empty {
    display: none;
  }
  .mapping-problem {
    font-weight: 600;
    color: var(--_danger-text);
  }
  /* A shadow at an edge while more columns lie past it: a file with many
     columns still scrolls, and the visitor sees that it does. */
  .preview {
    max-width: 100%;
    overflow-x: auto;
    border: 1px solid var(--hotline-border);
    border-radius: calc(var(--hotline-radius) / 2);
    background:
      linear-gradient(to right, var(--hotline-surface) 40%, transparent) left / 2em 100% no-repeat local,
      linear-gradient(to left, var(--hotline-surface) 40%, transparent) right / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--hotline-text) 30%, transparent), transparent)
        left / 0.8em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--hotline-text) 30%, transparent), transparent)
        right / 0.8em 100% no-repeat scroll,
      var(--hotline-surface);
  }
  .preview table {
    border-collapse: collapse;
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .preview caption {
    padding: 0.3em 0.5em;
    text-align: left;
    color: var(--hotline-muted);
  }
  /* Samples wrap at their spaces so that a few columns fit a phone side by
     side; a date or a masked number never breaks inside. */
  .preview th,
  .preview td {
    padding: 0.25em 0.5em;
    border-top: 1px solid var(--hotline-border);
    overflow-wrap: normal;
    text-align: left;
  }
  /* Shown over the calculator while a file is dragged over it. */
  .drop-hint {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--hotline-surface) 85%, transparent);
    border: 3px dashed var(--hotline-accent);
    border-radius: var(--hotline-radius);
    pointer-events: none;
  }
  .drop-hint p {
    font-weight: 600;
    color: var(--hotline-accent);
  }
  /* A text field's intrinsic width (20 characters in Firefox) must not widen the column. */
  .current-bill input.number {
    width: 9em;
  }
  .current-bill .hint.invalid {
    color: var(--_danger-text);
    font-weight: 600;
  }
  .bar-source {
    margin-left: 0.4em;
    font-weight: normal;
    color: var(--hotline-muted);
  }
  @media (forced-colors: active) {
    .months-chart .bar {
      fill: CanvasText;
    }
    .months-chart .bar.partial,
    .months-chart .bar.excluded {
      fill: Canvas;
      stroke: CanvasText;
    }
    .drop-hint {
      border-color: Highlight;
    }
  }
`;
