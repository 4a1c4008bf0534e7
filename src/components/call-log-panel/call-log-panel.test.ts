import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../index.js';
import { amountDifference, averageUsage, quoteProfile, summarizeCalls, type ProfileQuote } from '../../engine/index.js';
import { formatMoney } from '../../i18n/format.js';
import { $, card, cards, fixtureCalculator, input, settle, text } from '../../../test/support/calculator-helpers.js';
import { fixture as logFixture, THREE_CALLS } from '../../../test/support/call-log-helpers.js';
import type { CallRecord } from '../../call-log/index.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlineCalculator } from '../hotline-calculator/hotline-calculator.js';
import type { HotlineQuoteChangeEvent } from '../hotline-calculator/events.js';

/** A sample export of test/fixtures/call-logs/, byte for byte. */
const logFile = (name: string) => logFixture(name, '../../..');

/** A file as the picker or a drop hands it over. */
function asFile(content: Blob | string, name = 'calls.csv'): File {
  return new File([content], name, { type: 'text/csv' });
}

/** Drops `file` on the calculator, as a visitor dragging it from their desktop. */
function drop(el: HotlineCalculator, file: File): void {
  const root = $(el, '.root');
  const data = new DataTransfer();
  data.items.add(file);
  root.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
  root.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
}

/** Chooses `file` in the file picker behind "use my call records". */
function choose(el: HotlineCalculator, file: File): void {
  const picker = input(el, '.log-file');
  const data = new DataTransfer();
  data.items.add(file);
  picker.files = data.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

async function logInUse(el: HotlineCalculator): Promise<ProfileQuote> {
  await waitUntil(() => el.profileQuote !== null, 'the call log was not read', { timeout: 10_000 });
  await settle(el);
  return el.profileQuote!;
}

/** Every text and attribute value in the element, its shadow roots and their cards. */
function everything(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += `${n.textContent} `;
    if (n instanceof Element) {
      for (const attribute of n.attributes) out += `${attribute.value} `;
      if (n instanceof HTMLInputElement || n instanceof HTMLSelectElement) out += `${n.value} `;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return out;
}

/** Calls from mid-January to early March 2026 (January and March partial), two at once on 2 February. */
function threeMonthRecords(): CallRecord[] {
  const records: CallRecord[] = [];
  const day = (n: number) => String(n).padStart(2, '0');
  for (let d = 15; d <= 31; d++) records.push({ start: `2026-01-${d} 10:00:00`, seconds: 61, caller: `139000000${day(d)}` });
  for (let d = 1; d <= 28; d++) records.push({ start: `2026-02-${day(d)} 10:00:00`, seconds: 125, caller: `137000000${day(d)}` });
  for (let d = 1; d <= 10; d++) records.push({ start: `2026-03-${day(d)} 20:00:00`, seconds: 30, caller: `136000000${day(d)}` });
  records.push({ start: '2026-02-02 10:01:00', seconds: 60, caller: '13500000000' });
  return records;
}

function asCsv(records: readonly CallRecord[]): string {
  return ['主叫号码,开始时间,通话时长', ...records.map((r) => `${r.caller},${r.start},${r.seconds}`)].join('\n');
}

function threeMonths(): string {
  return asCsv(threeMonthRecords());
}

const NUMBERS = ['13800138000', '02087654321', '13912345678', '8613912345678', '2087654321'];

describe('the call-log flow', function () {
  // axe and a 200,000-row file take their time on a busy machine.
  this.timeout(60_000);
  it('offers a real button that opens the file picker, and says the file stays in the browser', async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    const button = $(el, 'button.use-records');
    expect(text(button)).to.equal('Use my call records');
    expect(text($(el, '.log-privacy'))).to.equal('Your file is read in this browser only; nothing is uploaded.');
    expect(button.getAttribute('aria-describedby')).to.equal('log-privacy');
    let opened = false;
    input(el, '.log-file').addEventListener('click', (event) => {
      opened = true;
      event.preventDefault();
    });
    button.click();
    expect(opened).to.equal(true);
    await expect(el).to.be.accessible();
    el.locale = 'zh-CN';
    await settle(el);
    expect(text($(el, 'button.use-records'))).to.equal('用通话记录估算');
    expect(text($(el, '.log-privacy'))).to.equal('文件只在您的浏览器中读取，不会上传。');
  });

  it('prices every plan on a dropped export, ranked by its profile average, in the cards and the result bar', async () => {
    const el = await fixtureCalculator();
    drop(el, asFile(await logFile('utf8-bom-title-crlf.csv')));
    const shown = await logInUse(el);
    const expected = quoteProfile(el.tariffs!, summarizeCalls(el.tariffs!, THREE_CALLS).months.map((m) => ({ month: m.month, summary: m })), {
      planIds: shown.plans.map((p) => p.planId),
      addOns: el.usage!.addOns,
    });
    expect(shown).to.deep.equal(expected);
    const money = (amount: string) => formatMoney(amount, expected.currency, 'zh-CN');
    const available = expected.plans.filter((p) => p.available).slice(0, 3);
    expect(cards(el).slice(0, available.length).map((c) => c.dataset.planId)).to.deep.equal(available.map((p) => p.planId));
    for (const plan of available) {
      const shadow = card(el, plan.planId).shadowRoot!;
      expect(text(shadow.querySelector('[part="plan-total"] .amount'))).to.equal(money(plan.profileAverageMonthly));
      expect(text(shadow.querySelector('.profile-total'))).to.equal(`1 个月合计 ${money(plan.profileTotal)}`);
    }
    const cheapest = expected.plans.find((p) => p.planId === expected.cheapestPlanId)!;
    expect(text($(el, '.result-bar.narrow .bar-amount'))).to.equal(money(cheapest.profileAverageMonthly));
    expect(text($(el, '.result-bar.narrow'))).to.contain('按您的通话记录');
    // The sliders give way to the log.
    expect(el.shadowRoot!.querySelector('#minutes-range')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads a file chosen in the picker, and says what per-call rounding adds for each plan', async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    choose(el, asFile(await logFile('utf8-english.csv')));
    const shown = await logInUse(el);
    const perMinute = shown.plans.find((p) => el.tariffs!.plans.find((x) => x.id === p.planId)!.billingIncrementSeconds === 60)!;
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(Number(perMinute.roundingOverhead));
    expect(text(card(el, perMinute.planId).shadowRoot!.querySelector('.rounding'))).to.equal(`Billed per minute: ${percent} more than talk time`);
    expect(text(card(el, 'b-peak').shadowRoot!.querySelector('.rounding'))).to.match(/^Billed per 6 seconds: /);
    const lines = shown.plans.find((p) => p.planId === 'a-credit')!;
    expect(lines.peakConcurrency).to.equal(1);
    expect(text(card(el, 'a-credit').shadowRoot!.querySelector('.capacity'))).to.equal(
      'At most 1 call at once in your records; this plan includes 10 lines',
    );
    expect(text(card(el, 'b-peak').shadowRoot!.querySelector('.capacity'))).to.equal(
      'At most 1 call at once in your records; this plan has no line limit',
    );
    await expect(el).to.be.accessible();
  });

  it('asks for the columns over the masked first rows when it is not sure, then reads with them', async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    choose(el, asFile(await logFile('needs-mapping.csv')));
    await waitUntil(() => el.shadowRoot!.querySelector('form.mapping'), 'no mapping form');
    await settle(el);
    const form = $(el, 'form.mapping');
    expect(text(form.querySelector('table'))).to.contain('138****8000');
    expect(everything(el).includes('13800138000'), 'a phone number in the DOM').to.equal(false);
    await expect(el).to.be.accessible();
    const start = form.querySelector<HTMLSelectElement>('#mapping-start')!;
    const seconds = form.querySelector<HTMLSelectElement>('#mapping-seconds')!;
    // Without a start column the form says what is missing.
    start.value = '';
    start.dispatchEvent(new Event('change'));
    await settle(el);
    $(el, 'form.mapping button[type="submit"]').click();
    await settle(el);
    expect(text($(el, '.mapping-problem'))).to.equal('Choose the column with the start time.');
    start.value = '1';
    start.dispatchEvent(new Event('change'));
    seconds.value = '2';
    seconds.dispatchEvent(new Event('change'));
    await settle(el);
    $(el, 'form.mapping button[type="submit"]').click();
    const shown = await logInUse(el);
    expect(shown.monthCount).to.equal(1);
    expect(text($(el, '.log-summary'))).to.match(/^2 calls over 1 month$/);
  });

  it('counts the rows it cannot read and shows the first few by row number and reason, in both languages', async () => {
    const el = await fixtureCalculator();
    choose(el, asFile(await logFile('unreadable.csv')));
    await logInUse(el);
    const list = $(el, '.unreadable');
    expect(text(list)).to.match(/^\d+ 行无法读取，未计入：/);
    expect(text(list)).to.contain('第 3 行：开始时间不是有效的日期和时刻');
    el.locale = 'en';
    await settle(el);
    expect(text($(el, '.unreadable'))).to.contain('Row 3: the start is not a real date and time');
    expect(text($(el, '.unreadable'))).to.match(/and \d+ more$/);
    await expect(el).to.be.accessible();
  });

  it('shows the months as bars and checkboxes, marks partial months, and prices only the months left in', async () => {
    const el = await fixtureCalculator();
    drop(el, asFile(threeMonths()));
    let shown = await logInUse(el);
    expect(shown.monthCount).to.equal(3);
    const months = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.month')];
    expect(months.map((m) => text(m.querySelector('.month-name')))).to.deep.equal(['2026年1月', '2026年2月', '2026年3月']);
    expect(text(months[0]!.querySelector('.month-partial'))).to.equal('不完整：仅 15 日至 31 日');
    expect(months[1]!.querySelector('.month-partial')).to.equal(null);
    expect(text(months[1]!.querySelector('.month-minutes'))).to.equal(`${Math.round((28 * 125 + 60) / 60)} 分钟`);
    expect(el.shadowRoot!.querySelectorAll('.months-chart rect.bar')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('.months-chart rect.partial')).to.have.length(2);
    expect(text($(el, '.log-peak'))).to.equal('记录中最多 2 路同时通话');
    await expect(el).to.be.accessible();

    for (const month of [months[0]!, months[2]!]) {
      const box = month.querySelector('input')!;
      box.click();
      await settle(el);
    }
    shown = el.profileQuote!;
    expect(shown.monthCount).to.equal(1);
    expect(shown.plans[0]!.months.map((m) => m.month)).to.deep.equal(['2026-02']);
    // The one month left cannot be left out too.
    expect(months[1]!.querySelector('input')!.disabled).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.months-chart rect.excluded')).to.have.length(2);
  });

  it('goes back to the sliders, which start from the log’s average month', async () => {
    const el = await fixtureCalculator();
    drop(el, asFile(threeMonths()));
    await logInUse(el);
    const average = averageUsage(el.tariffs!, summarizeCalls(el.tariffs!, threeMonthRecords()));
    $(el, 'button.back-to-sliders').click();
    await settle(el);
    expect(el.profileQuote).to.equal(null);
    expect(el.usage!.minutesPerMonth).to.equal(average.minutesPerMonth);
    expect(el.usage!.peakSharePercent).to.equal(average.peakSharePercent);
    expect(input(el, '#minutes-number').value).to.equal(String(average.minutesPerMonth));
  });

  it('shows progress while reading and lets the visitor cancel', async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    const rows = ['主叫号码,开始时间,通话时长'];
    for (let i = 0; i < 50_000; i++) rows.push(`1380013${String(i % 10_000).padStart(4, '0')},2026-03-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00,${i % 600}`);
    // A file that arrives slowly, as from a network drive: after its first
    // chunks the rest is held back, so the read is surely still going when
    // the visitor looks and cancels, however fast the machine.
    const stream = Blob.prototype.stream;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    Blob.prototype.stream = function (this: Blob) {
      const chunks = stream.call(this).getReader();
      let given = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (given++ >= 4) await held;
          const { done, value } = await chunks.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => chunks.cancel(reason),
      });
    } as typeof Blob.prototype.stream;
    try {
      choose(el, asFile(rows.join('\n')));
      await waitUntil(() => el.shadowRoot!.querySelector('.log-busy progress'), 'no progress');
      await settle(el);
      expect(text($(el, '.log-busy [role="status"]'))).to.match(/^(Opening the file…|Reading your call records…)/);
      await expect(el).to.be.accessible();
      $(el, 'button.log-cancel').click();
      await settle(el);
      await aTimeout(300);
      await settle(el);
      expect(el.profileQuote).to.equal(null);
      expect(el.shadowRoot!.querySelector('.log-busy')).to.equal(null);
      expect(text($(el, 'button.use-records'))).to.equal('Use my call records');
      expect(el.shadowRoot!.querySelector('#minutes-range')).not.to.equal(null);
    } finally {
      Blob.prototype.stream = stream;
      release();
    }
  });
});

/** What a card says against a bill of ¥100.00 when its headline figure is `average`. */
function savingText(average: string): string {
  const difference = amountDifference('100.00', average);
  const money = formatMoney(difference.replace('-', ''), 'CNY', 'zh-CN');
  if (/^-?0\.00$/.test(difference)) return '与当前话费持平';
  return difference.startsWith('-') ? `比当前话费每月多 ${money}` : `比当前话费每月省 ${money}`;
}

describe('the current monthly bill', function () {
  // axe and a 200,000-row file take their time on a busy machine.
  this.timeout(60_000);
  it('shows each card’s saving or extra cost against it, with the sliders and with a log', async () => {
    const el = await fixtureCalculator();
    const field = input(el, '#current-bill');
    expect(text($(el, 'label[for="current-bill"]'))).to.equal('当前每月话费');
    field.value = '100';
    field.dispatchEvent(new Event('input'));
    await settle(el);
    for (const plan of el.quote!.plans.filter((p) => p.available).slice(0, 3)) {
      expect(text(card(el, plan.planId).shadowRoot!.querySelector('.saving'))).to.equal(savingText(plan.averageMonthly));
    }
    drop(el, asFile(await logFile('utf8-english.csv')));
    const shown = await logInUse(el);
    for (const plan of shown.plans.filter((p) => p.available).slice(0, 3)) {
      expect(text(card(el, plan.planId).shadowRoot!.querySelector('.saving'))).to.equal(savingText(plan.profileAverageMonthly));
    }
    await expect(el).to.be.accessible();
    field.value = '12.345';
    field.dispatchEvent(new Event('input'));
    await settle(el);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#current-bill-hint'))).to.equal('请输入金额，例如 1280 或 1280.50。');
    expect(cards(el)[0]!.shadowRoot!.querySelector('.saving')).to.equal(null);
  });
});

describe('the call-log flow at 320 px', function () {
  // axe and a 200,000-row file take their time on a busy machine.
  this.timeout(60_000);
  it('never scrolls sideways: the column choices and the months fit, only the preview scrolls on its own', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><hotline-calculator locale="en"></hotline-calculator></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('hotline-calculator')!;
    el.tariffs = tariffFixture();
    await settle(el);
    const fits = (step: string) => {
      for (const node of [el, $(el, '.root'), $(el, '.layout')]) expect(node.scrollWidth, `${step}: ${node.className || node.tagName}`).to.be.at.most(320);
    };
    fits('the entry');
    choose(el, asFile('Caller number as exported;Time the call was started;Talk time in seconds\n13800138000;2026-03-01 08:05;205\n'));
    await waitUntil(() => el.shadowRoot!.querySelector('form.mapping'), 'no mapping form');
    await settle(el);
    fits('the mapping');
    el.useCallRecords(threeMonthRecords());
    await logInUse(el);
    fits('the months');
  });
});

describe('the column mapping on a phone', function () {
  this.timeout(30_000);
  for (const locale of ['zh-CN', 'en']) {
    it(`shows every column's sample rows at 360 px without scrolling the preview (${locale})`, async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><hotline-calculator locale=${locale}></hotline-calculator></div>`);
      wrapper.style.width = '360px';
      const el = wrapper.querySelector('hotline-calculator')!;
      el.tariffs = tariffFixture();
      await settle(el);
      choose(el, asFile(await logFile('needs-mapping.csv')));
      await waitUntil(() => el.shadowRoot!.querySelector('form.mapping'), 'no mapping form');
      await settle(el);
      const preview = $(el, '.preview');
      expect(preview.scrollWidth, 'the preview scrolls sideways').to.be.at.most(preview.clientWidth);
      const box = preview.getBoundingClientRect();
      const cells = [...preview.querySelectorAll('th, td')];
      expect(cells.length).to.be.at.least(4 * 3);
      for (const cell of cells) expect(cell.getBoundingClientRect().right, text(cell)).to.be.at.most(box.right);
      // A sample stays whole: a date or a masked number does not break in the middle.
      expect(text(preview.querySelector('tbody td:nth-of-type(2)'))).to.match(/^2026-03-01 08:05$/);
      const date = document.createRange();
      date.selectNodeContents(preview.querySelector('tbody td:nth-of-type(2)')!);
      const number = document.createRange();
      number.selectNodeContents(preview.querySelector('tbody td')!);
      expect(number.getClientRects().length, 'a masked number on one line').to.equal(1);
      expect(date.getClientRects().length, 'a date and time on at most two lines').to.be.at.most(2);
    });
  }
});

describe('the call log in events, the API and privacy', function () {
  // axe and a 200,000-row file take their time on a busy machine.
  this.timeout(60_000);
  it('carries the profile quote in its events, with summaries and no phone number', async () => {
    const el = await fixtureCalculator({ share: '' });
    const changes: HotlineQuoteChangeEvent[] = [];
    el.addEventListener('hotline-quote-change', (event) => changes.push(event));
    const selects: CustomEvent[] = [];
    el.addEventListener('hotline-plan-select', (event) => selects.push(event));
    drop(el, asFile(await logFile('utf8-bom-title-crlf.csv')));
    const shown = await logInUse(el);
    await waitUntil(() => changes.some((e) => e.detail.source === 'call-log'), 'no quote-change for the log');
    const detail = changes.find((e) => e.detail.source === 'call-log')!.detail;
    expect(detail.quote).to.deep.equal(shown);
    if (detail.source !== 'call-log') throw new Error('unreachable');
    expect(detail.callLog.records).to.equal(3);
    expect(detail.callLog.months.map((m) => m.month)).to.deep.equal(['2026-03']);
    card(el, shown.cheapestPlanId!).shadowRoot!.querySelector<HTMLButtonElement>('button.action')!.click();
    expect(selects).to.have.length(1);
    expect(selects[0]!.detail.source).to.equal('call-log');
    expect(selects[0]!.detail.quote).to.deep.equal(shown);
    expect(selects[0]!.detail.planId).to.equal(shown.cheapestPlanId);

    await aTimeout(400);
    const seen = [JSON.stringify(changes.map((e) => e.detail)), JSON.stringify(selects.map((e) => e.detail)), location.hash, everything(el)].join('\n');
    for (const number of NUMBERS) expect(seen.includes(number), `${number} in the events, hash or DOM`).to.equal(false);
    history.replaceState(history.state, '', location.href.split('#')[0]);
  });

  it("prints the call log's figures while it is in use, and the sliders' once it is dropped", async () => {
    const el = await fixtureCalculator({ locale: 'en' });
    el.useCallRecords(threeMonthRecords());
    const profile = await logInUse(el);
    const printed = async () => {
      let calls = 0;
      const print = window.print;
      window.print = () => void calls++;
      try {
        $(el, 'button.print').click();
        await waitUntil(() => calls === 1, 'window.print was not called');
      } finally {
        window.print = print;
      }
      const quote = el.shadowRoot!.querySelector('hotline-print-quote')!;
      await quote.updateComplete;
      return text(quote.shadowRoot!.querySelector('article'));
    };
    const cheapest = profile.plans.find((p) => p.planId === profile.cheapestPlanId)!;
    const withLog = await printed();
    expect(withLog).to.contain('Estimated from your call log: 3 months');
    expect(withLog).to.contain(`January 2026 ${formatMoney(cheapest.months[0]!.monthlyTotal, 'CNY', 'en')}`);
    expect(withLog).to.contain(formatMoney(cheapest.profileAverageMonthly, 'CNY', 'en'));
    expect(withLog).not.to.contain('call minutes a month');
    el.clearCallRecords();
    await settle(el);
    const withSliders = await printed();
    expect(withSliders).to.contain('call minutes a month');
    expect(withSliders).not.to.contain('call log');
  });

  it('takes records from the page with useCallRecords() and drops them with clearCallRecords()', async () => {
    const el = await fixtureCalculator();
    el.useCallRecords(THREE_CALLS);
    const shown = await logInUse(el);
    expect(shown).to.deep.equal(
      quoteProfile(el.tariffs!, summarizeCalls(el.tariffs!, THREE_CALLS).months.map((m) => ({ month: m.month, summary: m })), {
        planIds: shown.plans.map((p) => p.planId),
        addOns: el.usage!.addOns,
      }),
    );
    expect(el.shadowRoot!.querySelector('.log-summary')).not.to.equal(null);
    el.clearCallRecords();
    await settle(el);
    expect(el.profileQuote).to.equal(null);
    expect(el.shadowRoot!.querySelector('#minutes-range')).not.to.equal(null);
  });
});
