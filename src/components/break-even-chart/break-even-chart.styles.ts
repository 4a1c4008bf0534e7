import { css } from 'lit';
import { visuallyHidden } from '../shared.styles.js';

// The comments sit outside the css`` templates: text inside them ships to every visitor.

/**
 * Colours come from the calculator's `--hotline-*` custom properties (they
 * inherit through shadow roots) with fallbacks that keep a lone chart legible.
 * The default series colours all reach at least 3:1 against a white surface;
 * a dark theme sets `--hotline-chart-1` … `--hotline-chart-8` as well.
 *
 * Nothing may widen the chart: plan names without spaces (ids) wrap, and the
 * SVG clips whatever would stick out of it (the layout keeps labels inside).
 * The figure is a size container, so the legend can tighten on a narrow host.
 */
const frameStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: var(--hotline-text, #1a2230);
    font-family: var(--hotline-font, system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
  }
  .chart {
    position: relative;
    margin: 0;
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    touch-action: pan-y;
  }
  /* The default series colours lean a fifth toward the text colour: darker
     on a light theme, lighter on a dark one, at least 3:1 on either. */
  .series-0 { --series: var(--hotline-chart-1, var(--hotline-accent, #0b57a4)); }
  .series-1 { --series: var(--hotline-chart-2, color-mix(in srgb, #b3261e 80%, var(--hotline-text, #1a2230))); }
  .series-2 { --series: var(--hotline-chart-3, color-mix(in srgb, #1b7f3b 80%, var(--hotline-text, #1a2230))); }
  .series-3 { --series: var(--hotline-chart-4, color-mix(in srgb, #8a4b00 80%, var(--hotline-text, #1a2230))); }
  .series-4 { --series: var(--hotline-chart-5, color-mix(in srgb, #6a3fb5 80%, var(--hotline-text, #1a2230))); }
  .series-5 { --series: var(--hotline-chart-6, color-mix(in srgb, #00707f 80%, var(--hotline-text, #1a2230))); }
  .series-6 { --series: var(--hotline-chart-7, color-mix(in srgb, #a3177a 80%, var(--hotline-text, #1a2230))); }
  .series-7 { --series: var(--hotline-chart-8, color-mix(in srgb, #4f5968 80%, var(--hotline-text, #1a2230))); }
`;

/**
 * The plot. The x tick labels and the label of the visitor's minutes take
 * their anchor from an attribute: those near an edge are pushed inside.
 */
const plotStyles = css`
  text {
    fill: currentColor;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .y-tick {
    text-anchor: end;
  }
  .axis-title {
    text-anchor: middle;
  }
  .y-title {
    text-anchor: start;
  }
  .grid {
    stroke: var(--hotline-border, #767f8c);
    stroke-opacity: 0.35;
  }
  .x-grid {
    stroke-opacity: 0.2;
  }
  .axis,
  .tick-mark {
    stroke: var(--hotline-border, #767f8c);
  }
  .line,
  .cheapest {
    fill: none;
    stroke: var(--series);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line {
    stroke-width: 1.5;
    stroke-opacity: 0.75;
  }
  .line.alternate {
    stroke-dasharray: 8 4;
  }
  .line.unavailable {
    stroke-dasharray: 2 4;
    stroke-opacity: 0.6;
  }
  .cheapest {
    stroke-width: 5;
  }
  .current line {
    stroke: var(--hotline-text, #1a2230);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .current text {
    font-weight: 600;
  }
  .active line {
    stroke: var(--hotline-text, #1a2230);
  }
  .dot,
  .switch {
    fill: var(--hotline-surface, #fff);
    stroke: var(--series);
    stroke-width: 3;
  }
  .switch {
    cursor: pointer;
  }
  .marker-count {
    font-size: 10px;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .switch:focus-visible,
  .explorer:focus-visible {
    outline: none;
  }
  .switch:focus-visible {
    stroke: var(--hotline-text, #1a2230);
    stroke-width: 4;
  }
  .explorer {
    fill: transparent;
  }
  .explorer:focus-visible {
    stroke: var(--hotline-accent, #0b57a4);
    stroke-width: 2;
  }
`;

/**
 * The legend, which doubles as the read-out. Reading a point fills in and
 * reorders the rows and swaps the hint for a heading; hidden copies of the
 * widest value and of both heading texts (pseudo-elements from data
 * attributes, so they are not text) hold the room in the same grid cells, and
 * the chart's size stays the same. The cheapest row is tinted from the accent
 * by a pseudo-element behind its text, which takes no room either. A swatch
 * sits on the first line of a name that wraps. Below 22em the room kept for
 * the values would leave plan names a few letters a line: the legend's text
 * gets smaller instead.
 */
const keyStyles = css`
  .readout {
    margin: 0.5em 0 0.25em;
  }
  .readout-heading,
  .value {
    display: grid;
  }
  .readout-heading {
    margin: 0 0 0.25em;
  }
  .readout-heading::before,
  .readout-heading::after,
  .readout-heading > *,
  .value::before,
  .value > :first-child {
    grid-area: 1 / 1;
  }
  .readout-heading::before {
    content: attr(data-hint);
  }
  .readout-heading::after {
    content: attr(data-heading);
  }
  .value::before {
    content: attr(data-room);
  }
  .readout-heading::before,
  .readout-heading::after,
  .value::before {
    visibility: hidden;
  }
  .readout-heading::after,
  .value::before,
  .cheapest-row .value {
    font-weight: 700;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 40em;
    font-variant-numeric: tabular-nums;
  }
  .legend li {
    position: relative;
    isolation: isolate;
    display: grid;
    grid-template-columns: 1.4em minmax(0, 1fr) auto;
    align-items: baseline;
    column-gap: 0.5em;
    padding: 0.1em 0.25em;
    border-radius: var(--hotline-radius, 4px);
  }
  .value {
    justify-items: end;
    white-space: nowrap;
  }
  .cheapest-row::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
    z-index: -1;
    background: var(--hotline-accent, #0b57a4);
    opacity: 0.12;
  }
  .swatch {
    display: inline-block;
    width: 1.4em;
    border-top: 0.25em solid var(--series);
    align-self: start;
    margin-top: 0.6em;
  }
  .swatch.alternate {
    border-top-style: dashed;
  }
  .swatch.unavailable {
    border-top-style: dotted;
    opacity: 0.6;
  }
  .muted {
    color: var(--hotline-muted, #4f5968);
  }
  @container (max-width: 22em) {
    .legend {
      font-size: 0.875em;
    }
  }
`;

/**
 * The switch points in words. The table of costs is out of sight in a 1 px
 * box that clips it: a table never gets narrower than its content, so the
 * box, not the table, is what hides it.
 */
const alternativeStyles = css`
  .switches {
    margin: 0.5em 0 0;
    padding-left: 1.4em;
  }
`;

/**
 * Forced colours drop the palette and leave SVG paint alone: lines, guides and
 * markers take the text and canvas colours, the cheapest stretches and focus
 * Highlight.
 */
const forcedColorStyles = css`
  @media (forced-colors: active) {
    .line,
    .dot,
    .switch,
    .current line,
    .active line {
      stroke: CanvasText;
    }
    .dot,
    .switch {
      fill: Canvas;
    }
    .cheapest,
    .explorer:focus-visible,
    .switch:focus-visible {
      stroke: Highlight;
    }
    .swatch {
      border-top-color: CanvasText;
    }
    .cheapest-row {
      outline: 2px solid Highlight;
    }
  }
`;

export const breakEvenChartStyles = [visuallyHidden, frameStyles, plotStyles, keyStyles, alternativeStyles, forcedColorStyles];
