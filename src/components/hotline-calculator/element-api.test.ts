import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { estimate } from '../../engine/estimate.js';
import { defineOnce, HotlineCalculator } from '../../index.js';
import {
  $,
  card,
  cards,
  displayedTotals,
  expectedTotals,
  fixtureCalculator,
  input,
  setValue,
  settle,
} from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlinePlanSelectEvent, HotlineQuoteChangeEvent } from './events.js';

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<hotline-calculator> API', () => {
  it('takes the initial usage from its attributes', async () => {
    const el = await fixtureCalculator({
      minutes: '2500',
      'peak-share': '30',
      'average-call-seconds': '75',
      'add-ons': 'ivr recording',
      'number-grade': 'gold',
    });
    expect(el.usage).to.include({ minutesPerMonth: 2500, peakSharePercent: 30, averageCallSeconds: 75, numberGrade: 'gold' });
    expect(el.usage!.addOns).to.deep.equal(['ivr', 'recording']);
    expect(input(el, '#minutes-number').value).to.equal('2500');
    expect(input(el, '#peak-range').value).to.equal('30');
    expect(input(el, '#call-length-toggle').checked).to.be.true;
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('follows attribute changes after load', async () => {
    const el = await fixtureCalculator();
    el.setAttribute('minutes', '4321');
    await settle(el);
    expect(el.usage!.minutesPerMonth).to.equal(4321);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('clamps or ignores bad attribute values with one warning each, and keeps working', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixtureCalculator({
        minutes: 'lots',
        'peak-share': '140',
        'average-call-seconds': '-5',
        'add-ons': 'ivr fax',
        'number-grade': 'platinum',
        locale: 'fr',
      });
      el.requestUpdate();
      await settle(el);
      expect(el.usage).to.include({ minutesPerMonth: 1000, peakSharePercent: 100, averageCallSeconds: 1, numberGrade: 'standard' });
      expect(el.usage!.addOns).to.deep.equal(['ivr']);
      expect(warnings.messages.length).to.equal(6);
      expect(new Set(warnings.messages).size).to.equal(6);
      expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    } finally {
      warnings.restore();
    }
  });

  it('shows only the plans and carriers the page asks for', async () => {
    const byPlan = await fixtureCalculator({ plans: 'a-flat b-peak' });
    expect(displayedTotals(byPlan).map(([id]) => id).sort()).to.deep.equal(['a-flat', 'b-peak']);
    const byCarrier = await fixtureCalculator({ carriers: 'beta' });
    expect(displayedTotals(byCarrier).map(([id]) => id)).to.deep.equal(['b-peak']);
    expect(byCarrier.quote!.plans.map((p) => p.planId)).to.deep.equal(['b-peak']);
  });

  it('reads number attributes in plain decimal notation only, warning about anything else', async () => {
    const warnings = captureWarnings();
    try {
      for (const [value, minutes] of [['0x10', 1000], ['1e3', 1000], ['1,200', 1000], ['Infinity', 1000], [' 2500 ', 2500], ['2500.5', 2500.5]] as const) {
        const el = await fixtureCalculator({ minutes: value });
        expect(el.usage!.minutesPerMonth, value).to.equal(minutes);
      }
      expect(warnings.messages.filter((m) => m.includes('plain decimal notation'))).to.have.length(4);
      const el = await fixtureCalculator({ 'peak-share': '-5' });
      expect(el.usage!.peakSharePercent).to.equal(0);
    } finally {
      warnings.restore();
    }
  });

  it('shows and prices region weights near the largest number as their proportions', async () => {
    const el = await fixtureCalculator();
    el.usage = { regionShares: { north: 1e308, south: 1e308 } };
    await settle(el);
    expect(input(el, '[data-region="north"]').value).to.equal('50');
    expect(input(el, '[data-region="south"]').value).to.equal('50');
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    const even = estimate(el.tariffs!, { regionShares: { north: 1, south: 1 } });
    expect(el.quote!.plans.map((p) => p.averageMonthly)).to.deep.equal(even.plans.map((p) => p.averageMonthly));
  });

  it('never shows an empty calculator for a typo in the page: unknown filter ids are ignored, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      for (const attributes of [{ carriers: 'telecon' }, { plans: 'nope' }, { carriers: '' }] as Record<string, string>[]) {
        const el = await fixtureCalculator(attributes);
        expect(displayedTotals(el).map(([id]) => id).sort(), JSON.stringify(attributes)).to.deep.equal(['a-credit', 'a-flat', 'b-peak']);
      }
      expect(warnings.messages.filter((m) => m.includes('showing them all'))).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });

  it('fills in cta-href, URL-encoded, and fires hotline-plan-select when the link is used', async () => {
    const el = await fixtureCalculator({ 'cta-href': '#apply?plan={plan}&c={carrier}&m={minutes}&t={total}&n={plan}' });
    const cheapest = el.quote!.plans[0];
    const link = card(el, cheapest.planId).shadowRoot!.querySelector<HTMLAnchorElement>('a[part="cta"]')!;
    expect(link.getAttribute('href')).to.equal(
      `#apply?plan=${cheapest.planId}&c=${cheapest.carrierId}&m=1000&t=${cheapest.monthlyTotal}&n=${cheapest.planId}`,
    );
    const fired = oneEvent(el, 'hotline-plan-select');
    link.click();
    const event = (await fired) as HotlinePlanSelectEvent;
    expect(event.detail.planId).to.equal(cheapest.planId);
    expect(event.detail.quote).to.equal(el.quote);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('never renders a javascript: link from cta-href', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixtureCalculator({ 'cta-href': ' JaVaScRiPt:alert({plan})' });
      for (const c of cards(el)) expect(c.shadowRoot!.querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('has a choose button per available plan that fires hotline-plan-select', async () => {
    const el = await fixtureCalculator();
    const button = card(el, 'b-peak').shadowRoot!.querySelector<HTMLButtonElement>('button[part="cta"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'hotline-plan-select')) as HotlinePlanSelectEvent;
    expect(event.detail).to.deep.include({ planId: 'b-peak', usage: el.usage, quote: el.quote });
  });

  it('accepts a usage object; the controls follow and the quote is read-only', async () => {
    const el = await fixtureCalculator();
    el.usage = { minutesPerMonth: 777, peakSharePercent: 25, addOns: ['ivr'], regionShares: { north: 1, south: 3 } };
    await settle(el);
    expect(input(el, '#minutes-number').value).to.equal('777');
    expect(input(el, '#peak-range').value).to.equal('25');
    expect(input(el, '[data-region="south"]').value).to.equal('75');
    expect(input(el, '[data-add-on="ivr"]').checked).to.be.true;
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    const quote = el.quote;
    expect(() => ((el as unknown as { quote: unknown }).quote = null)).to.throw();
    expect(el.quote).to.equal(quote);
  });

  it('fires hotline-quote-change with {usage, quote} at most once per animation frame', async () => {
    const el = await fixtureCalculator();
    await aTimeout(150);
    const seen: HotlineQuoteChangeEvent[] = [];
    el.addEventListener('hotline-quote-change', (e) => seen.push(e));
    for (let m = 100; m <= 2000; m += 100) {
      el.usage = { minutesPerMonth: m };
      await el.updateComplete;
    }
    await aTimeout(200);
    expect(seen.length).to.be.within(1, 3);
    const last = seen.at(-1)!;
    expect(last.detail.usage.minutesPerMonth).to.equal(2000);
    expect(last.detail.quote).to.equal(el.quote);
    expect(last.bubbles && last.composed).to.be.true;
  });

  it('keeps two instances independent', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <hotline-calculator minutes="300"></hotline-calculator>
      <hotline-calculator minutes="9000" locale="en"></hotline-calculator>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('hotline-calculator')] as HotlineCalculator[];
    await settle(a);
    await settle(b);
    setValue(input(a, '#peak-range'), 10);
    await settle(a);
    await settle(b);
    expect(a.usage).to.include({ minutesPerMonth: 300, peakSharePercent: 10 });
    expect(b.usage).to.include({ minutesPerMonth: 9000, peakSharePercent: 60 });
    expect(displayedTotals(b)).to.deep.equal(expectedTotals(b, 'en'));
    expect(displayedTotals(a)).to.deep.equal(expectedTotals(a));
  });

  it('keeps tariffs and usage a page set before the element was defined', async () => {
    const el = document.createElement('hotline-calculator-late') as HotlineCalculator;
    el.tariffs = tariffFixture();
    el.usage = { minutesPerMonth: 321 };
    customElements.define('hotline-calculator-late', class extends HotlineCalculator {});
    document.body.append(el);
    try {
      await settle(el);
      expect(el.usage!.minutesPerMonth).to.equal(321);
      expect(cards(el).map((c) => c.dataset.planId).sort()).to.deep.equal(['a-credit', 'a-flat', 'b-peak']);
    } finally {
      el.remove();
    }
  });

  it('warns once and never throws when defined twice', async () => {
    const warnings = captureWarnings();
    try {
      expect(defineOnce('hotline-calculator', class extends HTMLElement {})).to.be.false;
      expect(defineOnce('hotline-calculator', class extends HTMLElement {})).to.be.false;
      expect(warnings.messages).to.have.length(1);
      // A second copy of the script is a fresh module with its own guard:
      // it defines nothing and warns once, for both of its elements.
      await import(/* @vite-ignore */ `../../index.ts?second-copy=${Date.now()}`);
      expect(customElements.get('hotline-calculator')).to.equal(HotlineCalculator);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages.every((m) => m.includes('already defined'))).to.be.true;
    } finally {
      warnings.restore();
    }
  });
});
