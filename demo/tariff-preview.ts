/**
 * The tariff preview page: reads a dropped or picked tariff file in the
 * browser, lists every problem with its path and line:column, or shows the
 * live calculator on the file and its monthly totals at a few volumes. With
 * the file now live beside it (dropped, or the bundled tariffs), it shows
 * what the edit changes for visitors, as `tariffs:check --against` does.
 * Loaded as a bundled module script (no inline script: CSP-friendly).
 */
import '../src/index.js';
import type { HotlineCalculator } from '../src/components/hotline-calculator/hotline-calculator.js';
import { compareTariffs } from '../src/engine/compare-tariffs.js';
import { formatMoney, formatNumber } from '../src/i18n/format.js';
import { localize } from '../src/tariffs/localized-text.js';
import bundledTariffs from '../src/tariffs/default.json';
import { PREVIEW_VOLUMES, previewReport, type LocatedIssue, type PreviewReport } from './tariff-preview-report.js';
import { renderChanges, summarizeChanges } from './tariff-preview-changes.js';
import { element, pathCode } from './tariff-preview-dom.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const dropZone = byId<HTMLButtonElement>('drop-zone');
const fileInput = byId<HTMLInputElement>('file-input');
const againstSlot = byId<HTMLElement>('against-slot');
const againstZone = byId<HTMLButtonElement>('against-zone');
const againstInput = byId<HTMLInputElement>('against-input');
const checkedName = byId<HTMLElement>('checked-name');
const againstName = byId<HTMLElement>('against-name');
const status = byId<HTMLElement>('status');
const problems = byId<HTMLElement>('problems');
const problemRows = byId<HTMLElement>('problem-rows');
const preview = byId<HTMLElement>('preview');
const totalsHead = byId<HTMLElement>('totals-head');
const totalsRows = byId<HTMLElement>('totals-rows');
const calculator = byId<HotlineCalculator>('calculator');
const changes = byId<HTMLElement>('changes');
const changesFiles = byId<HTMLElement>('changes-files');
const againstProblems = byId<HTMLElement>('against-problems');
const againstProblemList = byId<HTMLElement>('against-problem-list');
const changesResult = byId<HTMLElement>('changes-result');
const changesView = {
  rows: byId<HTMLElement>('change-rows'),
  added: byId<HTMLElement>('plans-added'),
  removed: byId<HTMLElement>('plans-removed'),
  cheapest: byId<HTMLElement>('cheapest-rows'),
};

/** A file read into the page and what the preview makes of it. */
interface ReadFile {
  readonly name: string;
  readonly report: PreviewReport;
}

/** The file being checked, and the file now live it is compared with. */
let checked: ReadFile | null = null;
let live: ReadFile | null = null;

/** What the polite live region announces: one sentence per file, the comparison last. */
function say(parts: readonly string[], tone: 'good' | 'bad' | '') {
  status.textContent = parts.join(' ');
  status.className = `status ${tone}`;
}

function showProblems(issues: readonly LocatedIssue[]) {
  problemRows.replaceChildren(
    ...issues.map((issue) => {
      const row = element('tr');
      const where = `${issue.location.line}:${issue.location.column}`;
      const message = element('td', issue.message);
      message.append(element('span', issue.messageEn, 'message-en'));
      const path = element('td');
      path.append(issue.place ? pathCode(issue.place) : element('code', '(文件 / document)'));
      row.append(element('td', where), path, message);
      return row;
    }),
  );
  problems.hidden = false;
  preview.hidden = true;
}

function showPreview(report: Extract<PreviewReport, { ok: true }>) {
  const { tariffs } = report;
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

function describe(file: ReadFile): string {
  const { name, report } = file;
  if (!report.ok) {
    const count = report.issues.length;
    return `${name}：发现 ${count} 个问题 · ${count} problem${count === 1 ? '' : 's'} found.`;
  }
  const { plans, effectiveDate } = report.tariffs;
  return `${name}：有效，${plans.length} 个套餐，价格日期 ${effectiveDate} · valid, ${plans.length} plans, prices as of ${effectiveDate}.`;
}

/** The comparison part of the page; returns its sentence for the live region, if any. */
function showChanges(): string | null {
  if (!live) {
    changes.hidden = true;
    return null;
  }
  changes.hidden = false;
  changesFiles.textContent = checked
    ? `现行 ${live.name} → 修改后 ${checked.name} · now live ${live.name} → edited ${checked.name}`
    : `现行 ${live.name}；拖入要检查的文件即可对比 · now live ${live.name}; add the file to check to compare`;
  againstProblems.hidden = live.report.ok;
  if (!live.report.ok) {
    againstProblemList.replaceChildren(
      ...live.report.issues.map((issue) => {
        const item = element('li', `${issue.location.line}:${issue.location.column} `);
        item.append(pathCode(issue.place || '(document)'), ` ${issue.message}`);
        item.append(element('span', issue.messageEn, 'message-en'));
        return item;
      }),
    );
  }
  if (!live.report.ok || !checked?.report.ok) {
    changesResult.hidden = true;
    return live.report.ok ? null : `现行文件 ${live.name} 有问题，无法对比 · the file now live has problems; nothing compared.`;
  }
  const comparison = compareTariffs(live.report.tariffs, checked.report.tariffs);
  for (const currency of changesResult.querySelectorAll('.currency')) currency.textContent = comparison.currency;
  renderChanges(changesView, comparison);
  changesResult.hidden = false;
  return `对比 ${live.name}：${summarizeChanges(comparison)}.`;
}

function render() {
  checkedName.textContent = checked ? `正在检查 ${checked.name} · checking ${checked.name}` : '';
  againstName.textContent = live ? `现行 ${live.name} · now live ${live.name}` : '';
  if (checked) {
    if (checked.report.ok) showPreview(checked.report);
    else showProblems(checked.report.issues);
  }
  const sentences = [checked && describe(checked), live && !checked && describe(live)];
  let comparison: string | null;
  try {
    comparison = showChanges();
  } catch (error) {
    changesResult.hidden = true;
    comparison = `无法对比 · could not compare (${error})`;
  }
  const ok = (checked?.report.ok ?? true) && (live?.report.ok ?? true);
  say([...sentences, comparison].filter((s): s is string => !!s), ok ? 'good' : 'bad');
}

function read(slot: 'checked' | 'live', name: string, text: string) {
  const file = { name, report: previewReport(text) };
  if (slot === 'checked') checked = file;
  else live = file;
  render();
}

async function readFile(slot: 'checked' | 'live', file: File | undefined) {
  if (!file) return;
  try {
    read(slot, file.name, await file.text());
  } catch (error) {
    say([`${file.name}：无法读取 · could not be read (${error})`], 'bad');
  }
}

// Each drop zone is a real button: Enter, Space or a click opens the file picker.
dropZone.addEventListener('click', () => fileInput.click());
againstZone.addEventListener('click', () => againstInput.click());
for (const [input, slot] of [[fileInput, 'checked'], [againstInput, 'live']] as const) {
  input.addEventListener('change', () => {
    readFile(slot, input.files?.[0]);
    input.value = '';
  });
}

// The whole page accepts a drop, so a near miss does not open the file
// instead; a drop on the "file now live" side goes there.
const slotOf = (event: Event) =>
  event.target instanceof Node && againstSlot.contains(event.target) ? 'live' : 'checked';
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  const live = slotOf(event) === 'live';
  againstZone.classList.toggle('dragging', live);
  dropZone.classList.toggle('dragging', !live);
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget !== null) return;
  dropZone.classList.remove('dragging');
  againstZone.classList.remove('dragging');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  againstZone.classList.remove('dragging');
  readFile(slotOf(event), event.dataTransfer?.files[0]);
});

const bundledText = () => JSON.stringify(bundledTariffs, null, 2);
byId<HTMLButtonElement>('use-bundled').addEventListener('click', () => read('checked', 'default.json', bundledText()));
byId<HTMLButtonElement>('against-bundled').addEventListener('click', () => read('live', 'default.json', bundledText()));
