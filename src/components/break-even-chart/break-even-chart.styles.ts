import { css } from 'lit';
import { visuallyHidden } from '../shared.styles.js';

// The comments sit outside the css`` templates: text inside them ships to every visitor.

/**
 * Colours come from the calculator's `--hotline-*` custom properties (they
 * inherit through shadow roots) with fallbacks that keep a lone chart legible.
 * The default series colours all reach at least 3:1 against a white surface;
 * a dark theme sets `--hotline-chart-1` … `--hotline-chart-8` as well.
 */
const frameStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: var(--hotline-text, #1a2230);
    font-family: var(--hotline-font, system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
  }
  .chart {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .plot {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    touch-action: pan-y;
  }
  .series-0 { --series: var(--hotline-chart-1, var(--hotline-accent, #0b57a4)); }
  .series-1 { --series: var(--hotline-chart-2, #b3261e); }
  .series-2 { --series: var(--hotline-chart-3, #1b7f3b); }
  .series-3 { --series: var(--hotline-chart-4, #8a4b00); }
  .series-4 { --series: var(--hotline-chart-5, #6a3fb5); }
  .series-5 { --series: var(--hotline-chart-6, #00707f); }
  .series-6 { --series: var(--hotline-chart-7, #a3177a); }
  .series-7 { --series: var(--hotline-chart-8, #4f5968); }
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

/** The read-out, the legend and the text alternative. */
const keyStyles = css`
  .readout {
    min-height: 3em;
    margin: 0.25em 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 1em;
    font-variant-numeric: tabular-nums;
  }
  .readout strong {
    flex-basis: 100%;
  }
  .value {
    white-space: nowrap;
  }
  .legend {
    list-style: none;
    margin: 0.75em 0 0.25em;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .swatch {
    display: inline-block;
    width: 1.4em;
    height: 0;
    margin-right: 0.35em;
    vertical-align: middle;
    border-top: 0.25em solid var(--series);
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
  }
`;

export const breakEvenChartStyles = [visuallyHidden, frameStyles, plotStyles, keyStyles, forcedColorStyles];
