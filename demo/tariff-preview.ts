/**
 * The tariff preview page: reads a dropped or picked tariff file in the
 * browser, lists every problem with its path and line:column, or shows the
 * live calculator on the file and its monthly totals at a few volumes.
 * Loaded as a bundled module script (no inline script: CSP-friendly).
 */
import '../src/index.js';
import type { HotlineCalculator } from '../src/components/hotline-calculator/hotline-calculator.js';
import { formatMoney, formatNumber } from '../src/i18n/format.js';
import { localize } from '../src/tariffs/localized-text.js';
import bundledTariffs from '../src/tariffs/default.json';
import { PREVIEW_VOLUMES, previewReport, type LocatedIssue, type PreviewReport } from './tariff-preview-report.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const dropZone = byId<HTMLElement>('drop-zone');
const fileInput = byId<HTMLInputElement>('file-input');
const status = byId<HTMLElement>('status');
const problems = byId<HTMLElement>('problems');
const problemRows = byId<HTMLElement>('problem-rows');
const preview = byId<HTMLElement>('preview');
const totalsHead = byId<HTMLElement>('totals-head');
const totalsRows = byId<HTMLElement>('totals-rows');
const calculator = byId<HotlineCalculator>('calculator');

/** An element with text content only: file contents never become markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function say(text: string, tone: 'good' | 'bad' | '') {
  status.textContent = text;
  status.className = `status ${tone}`;
}

function showProblems(name: string, issues: readonly LocatedIssue[]) {
  say(`${name}：发现 ${issues.length} 个问题 · ${issues.length} problem${issues.length === 1 ? '' : 's'} found`, 'bad');
  problemRows.replaceChildren(
    ...issues.map((issue) => {
      const row = element('tr');
      const where = `${issue.location.line}:${issue.location.column}`;
      const message = element('td', issue.message);
      message.append(element('span', issue.messageEn, 'message-en'));
      const path = element('td');
      path.append(element('code', issue.place || '(文件 / document)'));
      row.append(element('td', where), path, message);
      return row;
    }),
  );
  problems.hidden = false;
  preview.hidden = true;
}

function showPreview(name: string, report: Extract<PreviewReport, { ok: true }>) {
  const { tariffs } = report;
  say(
    `${name}：有效，${tariffs.plans.length} 个套餐，价格日期 ${tariffs.effectiveDate} · ` +
      `valid, ${tariffs.plans.length} plans, prices as of ${tariffs.effectiveDate}`,
    'good',
  );
  totalsHead.replaceChildren(
    element('th', '套餐 Plan'),
    ...PREVIEW_VOLUMES.map((minutes) => {
      const cell = element('th', `${formatNumber(minutes, 'zh-CN')} 分钟/月 (min/month)`, 'amount');
      cell.scope = 'col';
      return cell;
    }),
  );
  totalsRows.replaceChildren(
    ...report.totals.map(({ planId, monthlyTotals }) => {
      const plan = tariffs.plans.find((p) => p.id === planId)!;
      const name = element('th', localize(plan.name, 'zh-CN'));
      name.scope = 'row';
      name.append(element('span', planId, 'message-en'));
      const row = element('tr');
      row.append(
        name,
        ...monthlyTotals.map((total, index) => {
          const cheapest = report.cheapest[index] === planId;
          const text = total === null ? '—' : formatMoney(total, tariffs.currency, 'zh-CN') + (cheapest ? ' ★' : '');
          return element('td', text, cheapest ? 'amount cheapest' : 'amount');
        }),
      );
      return row;
    }),
  );
  calculator.tariffs = report.document;
  problems.hidden = true;
  preview.hidden = false;
}

function check(name: string, text: string) {
  const report = previewReport(text);
  if (report.ok) showPreview(name, report);
  else showProblems(name, report.issues);
}

async function readFile(file: File | undefined) {
  if (!file) return;
  try {
    check(file.name, await file.text());
  } catch (error) {
    say(`${file.name}：无法读取 · could not be read (${error})`, 'bad');
  }
}

fileInput.addEventListener('change', () => {
  readFile(fileInput.files?.[0]);
  fileInput.value = '';
});

// The whole page accepts a drop, so a near miss does not open the file instead.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) dropZone.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  readFile(event.dataTransfer?.files[0]);
});

byId<HTMLButtonElement>('use-bundled').addEventListener('click', () => {
  check('default.json', JSON.stringify(bundledTariffs, null, 2));
});
