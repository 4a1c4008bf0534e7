import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../index.js';
import { $, card, displayedTotals, expectedTotals, fixtureCalculator, input, setValue, settle, text } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlinePrintQuote } from '../print-quote/print-quote.js';
import type { HotlineCalculator } from './hotline-calculator.js';
import { SHARE_WRITE_INTERVAL_MS } from './share-link.js';

const pageUrl = location.href.split('#')[0];

function setHash(hash: string): void {
  history.replaceState(history.state, '', pageUrl + hash);
}

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** A calculator with `share` (and any other attributes), on the fixture tariffs. */
async function sharing(attributes: Record<string, string> = {}): Promise<HotlineCalculator> {
  return fixtureCalculator({ share: '', ...attributes });
}

/** The print quote, filled in as for printing (window.print is stubbed). */
async function printedQuote(el: HotlineCalculator): Promise<HotlinePrintQuote> {
  const print = window.print;
  window.print = () => {};
  try {
    $(el, 'button.print').click();
    await settle(el);
    const quote = el.shadowRoot!.querySelector<HotlinePrintQuote>('hotline-print-quote')!;
    await waitUntil(() => quote.shadowRoot!.querySelector('section.plan'), 'the print quote is empty');
    return quote;
  } finally {
    window.print = print;
  }
}

/** Lets a throttled write reach the URL. */
const afterWrites = () => aTimeout(SHARE_WRITE_INTERVAL_MS + 50);

describe('<hotline-calculator share>', () => {
  afterEach(() => setHash(''));

  it('keeps the usage in the hash, and a new calculator restores it', async () => {
    setHash('');
    const first = await sharing();
    first.usage = {
      minutesPerMonth: 4321,
      peakSharePercent: 25,
      regionShares: { north: 20, south: 80 },
      averageCallSeconds: 75,
      addOns: ['recording'],
      numberGrade: 'gold',
    };
    await settle(first);
    expect(location.hash).to.equal('#hc=v1_m4321_p25_rnorth:20,south:80_c75_arecording_ggold');
    const usage = first.usage;
    first.remove();

    const second = await sharing();
    expect(second.usage).to.deep.equal(usage);
    expect(input(second, '#minutes-number').value).to.equal('4321');
    expect(displayedTotals(second)).to.deep.equal(expectedTotals(second));
  });

  it('writes each visitor change, at most once per interval, the last one included', async () => {
    setHash('');
    const el = await sharing();
    const number = input(el, '#minutes-number');
    for (const minutes of [1200, 1300, 1400, 1500]) {
      setValue(number, minutes);
      await settle(el);
    }
    expect(location.hash).to.equal('#hc=v1_m1200_p60');
    await afterWrites();
    expect(location.hash).to.equal('#hc=v1_m1500_p60');
  });

  it('carries the chosen plan', async () => {
    setHash('');
    const el = await sharing();
    card(el, 'b-peak').shadowRoot!.querySelector<HTMLButtonElement>('[part="cta"]')!.click();
    await settle(el);
    await afterWrites();
    expect(location.hash).to.equal('#hc=v1_m1000_p60_sb-peak');
    el.remove();

    const restored = await sharing();
    const quote = await printedQuote(restored);
    expect([...quote.shadowRoot!.querySelectorAll<HTMLElement>('section.plan')].map((s) => s.dataset.planId)).to.deep.equal(['b-peak']);
  });

  it('still restores an old link that carries a totals view, without a warning', async () => {
    const warnings = captureWarnings();
    let el: HotlineCalculator;
    try {
      setHash('#hc=v1_m2500_p60_sb-peak_tt');
      el = await sharing();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(el.usage!.minutesPerMonth).to.equal(2500);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('ignores a tampered hash with one warning, and keeps working', async () => {
    for (const tampered of ['#hc=v1_m-5', '#hc=v9_m100', '#hc=v1_m100_afax', '#hc=%E0%A4%A', '#hc=v1_m100_m200']) {
      setHash(tampered);
      const warnings = captureWarnings();
      let el: HotlineCalculator;
      try {
        el = await sharing();
      } finally {
        warnings.restore();
      }
      expect(warnings.messages, tampered).to.have.length(1);
      expect(warnings.messages[0]).to.contain('invalid');
      expect(el.usage!.minutesPerMonth, tampered).to.equal(1000);
      expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
      el.remove();
    }
  });

  it('keeps the page’s own hash entries', async () => {
    setHash('#intro&hc=v1_m2000&tab=prices');
    const el = await sharing();
    expect(el.usage!.minutesPerMonth).to.equal(2000);
    setValue(input(el, '#minutes-number'), 2500);
    await settle(el);
    expect(location.hash).to.equal('#intro&hc=v1_m2500_p60&tab=prices');
  });

  it('gives two calculators on one page keys of their own', async () => {
    setHash('#hc.quote=v1_m3000');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <hotline-calculator id="quote" share></hotline-calculator>
      <hotline-calculator share></hotline-calculator>
      <hotline-calculator share></hotline-calculator>
    </div>`);
    const [byId, first, second] = [...wrapper.querySelectorAll('hotline-calculator')];
    for (const el of [byId, first, second]) el.tariffs = tariffFixture();
    await Promise.all([byId, first, second].map(settle));
    expect(byId.usage!.minutesPerMonth).to.equal(3000);
    expect(first.usage!.minutesPerMonth).to.equal(1000);

    setValue(input(first, '#minutes-number'), 111);
    await settle(first);
    setValue(input(second, '#minutes-number'), 222);
    await settle(second);
    expect(location.hash).to.equal('#hc.quote=v1_m3000&hc.1=v1_m111_p60&hc.2=v1_m222_p60');
    expect(byId.usage!.minutesPerMonth).to.equal(3000);
  });

  it('leaves the hash alone without the share attribute', async () => {
    setHash('#hc=v1_m2000');
    const el = await fixtureCalculator();
    expect(el.usage!.minutesPerMonth).to.equal(1000);
    setValue(input(el, '#minutes-number'), 2500);
    await settle(el);
    await afterWrites();
    expect(location.hash).to.equal('#hc=v1_m2000');
    expect(el.shadowRoot!.querySelector('button.copy')).to.equal(null);
  });

  it('copies the link and says so politely', async () => {
    setHash('');
    const el = await sharing({ minutes: '777' });
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: async (value: string) => void copied.push(value),
    });
    try {
      $(el, 'button.copy').click();
      await waitUntil(() => text(el.shadowRoot!.querySelector('.copy-status')) !== '', 'no confirmation');
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
    expect(copied).to.deep.equal([`${pageUrl}#hc=v1_m777_p60`]);
    expect($(el, '.copy-status').getAttribute('role')).to.equal('status');
    expect(text($(el, '.copy-status'))).to.equal('链接已复制');
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    setHash('');
    const el = await sharing({ minutes: '888', locale: 'en' });
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    try {
      $(el, 'button.copy').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.link-field') !== null, 'no link field');
    } finally {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    }
    await settle(el);
    const field = input(el, '.link-field');
    expect(field.readOnly).to.be.true;
    expect(field.value).to.equal(`${pageUrl}#hc=v1_m888_p60`);
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);
    expect(text($(el, '.copy-status'))).to.contain('could not be copied');
    await expect(el).to.be.accessible();
  });
});
