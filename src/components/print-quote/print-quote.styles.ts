import { css } from 'lit';

/**
 * The quote is a document, not a control panel: black on white, serif-free,
 * tables that fit one A4 page. Hidden on screen; the calculator shows it only
 * in print.
 */
export const printQuoteStyles = css`
  :host {
    display: block;
    color: #000;
    background: #fff;
    font-family: var(--hotline-font, system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: 10.5pt;
    line-height: 1.4;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 0.25em;
  }
  h2 {
    font-size: 1.1em;
    margin: 1em 0 0.35em;
    border-bottom: 1px solid #000;
    padding-bottom: 0.15em;
  }
  h3 {
    font-size: 1em;
    margin: 0.8em 0 0.3em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 2em;
    margin: 0;
  }
  ul {
    margin: 0;
    padding-left: 1.2em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: left;
    padding: 0.15em 0.4em 0.15em 0;
    font-weight: normal;
  }
  td.amount {
    text-align: right;
    white-space: nowrap;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
    border-top: 1px solid #000;
  }
  .plan {
    break-inside: avoid;
  }
  .words {
    margin: 0.3em 0 0;
    font-weight: 700;
  }
  .notice {
    margin-top: 1.2em;
    font-size: 0.9em;
  }
`;
