import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HotlineCalculator } from '../hotline-calculator/hotline-calculator.js';
import {
  $,
  displayedTotals,
  expectedTotals,
  fixtureCalculator,
  input,
  setValue,
  settle,
  text,
} from '../../../test/support/calculator-helpers.js';
import { minuteStops } from './stepped-scale.js';

async function press(el: HotlineCalculator, selector: string, key: string): Promise<void> {
  input(el, selector).focus();
  await sendKeys({ press: key });
  await settle(el);
}

function regionPercents(el: HotlineCalculator): number[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-region]')].map((r) => Number(r.value));
}

function shownRegionPercents(el: HotlineCalculator): number[] {
  return [...el.shadowRoot!.querySelectorAll('.region .value')].map((v) => parseInt(text(v), 10));
}

describe('usage controls', () => {
  it('minutes slider: every move shows the engine totals and names the value in minutes', async () => {
    const el = await fixtureCalculator();
    const range = input(el, '#minutes-range');
    const stops = minuteStops(100000);
    for (const index of [0, 5, 37, 90, Number(range.max)]) {
      setValue(range, index);
      await settle(el);
      expect(el.usage!.minutesPerMonth).to.equal(stops[index]);
      expect(input(el, '#minutes-number').value).to.equal(String(stops[index]));
      expect(range.getAttribute('aria-valuetext')).to.equal(`${stops[index].toLocaleString('en')}\u00a0分钟`);
      expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    }
    expect(stops.at(-1)).to.equal(100000);
  });

  it('minutes slider works by keyboard: arrows, Page Up/Down, Home, End', async () => {
    const el = await fixtureCalculator({ minutes: '1000' });
    const stops = minuteStops(100000);
    const at = () => stops.indexOf(el.usage!.minutesPerMonth);
    const start = at();
    await press(el, '#minutes-range', 'ArrowRight');
    expect(at()).to.equal(start + 1);
    await press(el, '#minutes-range', 'ArrowLeft');
    await press(el, '#minutes-range', 'ArrowLeft');
    expect(at()).to.equal(start - 1);
    await press(el, '#minutes-range', 'PageUp');
    expect(at()).to.be.greaterThan(start);
    const afterPageUp = at();
    await press(el, '#minutes-range', 'PageDown');
    expect(at()).to.be.lessThan(afterPageUp);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    await press(el, '#minutes-range', 'End');
    expect(el.usage!.minutesPerMonth).to.equal(100000);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    await press(el, '#minutes-range', 'Home');
    expect(el.usage!.minutesPerMonth).to.equal(0);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('minutes number field takes exact values and moves the slider to the nearest stop', async () => {
    const el = await fixtureCalculator();
    const field = input(el, '#minutes-number');
    setValue(field, 1234);
    await settle(el);
    expect(el.usage!.minutesPerMonth).to.equal(1234);
    expect(minuteStops(100000)[Number(input(el, '#minutes-range').value)]).to.equal(1200);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    setValue(field, 250000);
    await settle(el);
    expect(el.usage!.minutesPerMonth).to.equal(250000);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    setValue(field, '');
    await settle(el);
    expect(el.usage!.minutesPerMonth).to.equal(250000);
    field.dispatchEvent(new Event('change'));
    expect(field.value).to.equal('250000');
  });

  it('peak slider changes the time-band plan exactly as the engine says, by drag and keyboard', async () => {
    const el = await fixtureCalculator();
    const before = displayedTotals(el).find(([id]) => id === 'b-peak')![1];
    setValue(input(el, '#peak-range'), 90);
    await settle(el);
    expect(displayedTotals(el).find(([id]) => id === 'b-peak')![1]).to.not.equal(before);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    expect(input(el, '#peak-range').getAttribute('aria-valuetext')).to.equal('高峰 90%');
    await press(el, '#peak-range', 'ArrowLeft');
    expect(el.usage!.peakSharePercent).to.equal(89);
    await press(el, '#peak-range', 'Home');
    expect(el.usage!.peakSharePercent).to.equal(0);
    await press(el, '#peak-range', 'PageUp');
    expect(el.usage!.peakSharePercent).to.be.greaterThan(0);
    await press(el, '#peak-range', 'End');
    expect(el.usage!.peakSharePercent).to.equal(100);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('peak slider shows the peak hours and the capacity it implies', async () => {
    const el = await fixtureCalculator({ minutes: '50000' });
    const notes = () => text($(el, '#peak-notes'));
    expect(notes()).to.contain('工作日 9:00–18:00');
    expect(notes()).to.contain(`高峰时约 ${el.quote!.linesNeeded} 路同时通话`);
    const low = el.quote!.linesNeeded;
    setValue(input(el, '#peak-range'), 100);
    await settle(el);
    expect(el.quote!.linesNeeded).to.be.greaterThan(low);
    expect(notes()).to.contain(`高峰时约 ${el.quote!.linesNeeded} 路同时通话`);
  });

  it('says when no shown plan depends on the peak share or the regions, and keeps the controls usable', async () => {
    // a-credit's extra lines follow the peak share (capacity), so only a-flat is flat.
    const flat = await fixtureCalculator({ plans: 'a-flat' });
    expect(text($(flat, '#peak-notes'))).to.contain('这些套餐任何时段价格相同');
    expect(text($(flat, '#regions-note'))).to.equal('这些套餐来自任何地区价格相同');
    setValue(input(flat, '#peak-range'), 20);
    await settle(flat);
    expect(flat.usage!.peakSharePercent).to.equal(20);
    const all = await fixtureCalculator();
    expect(all.shadowRoot!.querySelector('.no-effect')).to.equal(null);
  });

  it('region sliders always show shares adding up to 100 and drive the regional plan', async () => {
    const el = await fixtureCalculator();
    expect(regionPercents(el)).to.deep.equal([60, 40]);
    setValue(input(el, '[data-region="south"]'), 73);
    await settle(el);
    expect(regionPercents(el)).to.deep.equal([27, 73]);
    expect(shownRegionPercents(el)).to.deep.equal([27, 73]);
    expect(input(el, '[data-region="south"]').getAttribute('aria-valuetext')).to.equal('南方 73%');
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    await press(el, '[data-region="north"]', 'ArrowRight');
    expect(regionPercents(el)).to.deep.equal([28, 72]);
    await press(el, '[data-region="north"]', 'End');
    expect(regionPercents(el)).to.deep.equal([100, 0]);
    await press(el, '[data-region="south"]', 'PageUp');
    expect(regionPercents(el).reduce((a, b) => a + b)).to.equal(100);
    await press(el, '[data-region="south"]', 'Home');
    expect(regionPercents(el)).to.deep.equal([100, 0]);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    $(el, '#restore-mix').click();
    await settle(el);
    expect(regionPercents(el)).to.deep.equal([60, 40]);
  });

  it('region shares add up to 100 with three regions and awkward weights', async () => {
    const el = await fixtureCalculator();
    const doc = (await import('../../../test/support/tariff-builder.js')).tariffFixture();
    doc.regions = [
      { id: 'r1', name: 'R1', defaultShare: 1 },
      { id: 'r2', name: 'R2', defaultShare: 1 },
      { id: 'r3', name: 'R3', defaultShare: 1 },
    ];
    (doc.plans as { regionMultipliers?: unknown }[])[2].regionMultipliers = { r3: '2' };
    el.tariffs = doc;
    await settle(el);
    expect(regionPercents(el)).to.deep.equal([34, 33, 33]);
    for (const value of [0, 1, 17, 50, 99, 100, 42]) {
      setValue(input(el, '[data-region="r2"]'), value);
      await settle(el);
      expect(regionPercents(el).reduce((a, b) => a + b)).to.equal(100);
      expect(regionPercents(el)[1]).to.equal(value);
      expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    }
  });

  it('call length is off by default; turned on, it inflates billed minutes as the engine says', async () => {
    const el = await fixtureCalculator();
    expect(el.shadowRoot!.querySelector('#call-length-range')).to.equal(null);
    const toggle = input(el, '#call-length-toggle');
    toggle.click();
    await settle(el);
    expect(el.usage!.averageCallSeconds).to.equal(90);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    // 90 s calls billed per started minute: 1,000 minutes count as 1,333.33; 6 s steps: 1,000.
    expect(text($(el, '#billed-note'))).to.contain('1,000–1,333.33');
    setValue(input(el, '#call-length-number'), 61);
    await settle(el);
    expect(el.usage!.averageCallSeconds).to.equal(61);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    await press(el, '#call-length-range', 'ArrowRight');
    expect(el.usage!.averageCallSeconds).to.equal(70);
    await press(el, '#call-length-range', 'Home');
    expect(el.usage!.averageCallSeconds).to.equal(1);
    await press(el, '#call-length-range', 'End');
    expect(el.usage!.averageCallSeconds).to.equal(3600);
    expect(input(el, '#call-length-range').getAttribute('aria-valuetext')).to.equal('3,600\u00a0秒');
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    input(el, '#call-length-toggle').click();
    await settle(el);
    expect(el.usage!.averageCallSeconds).to.equal(null);
  });

  it('add-on toggles, the number grade and the carrier filter change the totals as the engine says', async () => {
    const el = await fixtureCalculator();
    input(el, '[data-add-on="recording"]').click();
    await settle(el);
    expect(el.usage!.addOns).to.deep.equal(['recording']);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    input(el, '[data-add-on="ivr"]').click();
    await settle(el);
    expect(el.usage!.addOns).to.deep.equal(['ivr', 'recording']);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    input(el, '[data-grade="gold"]').click();
    await settle(el);
    expect(el.usage!.numberGrade).to.equal('gold');
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
    input(el, '[data-carrier="alpha"]').click();
    await settle(el);
    expect(displayedTotals(el).map(([id]) => id)).to.deep.equal(['b-peak']);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });

  it('ends exactly where 1,000 rapid inputs leave it', async () => {
    const el = await fixtureCalculator();
    const range = input(el, '#minutes-range');
    const peak = input(el, '#peak-range');
    for (let i = 0; i < 1000; i++) {
      setValue(range, (i * 7) % Number(range.max));
      if (i % 3 === 0) setValue(peak, i % 101);
    }
    await settle(el);
    const stops = minuteStops(100000);
    expect(el.usage!.minutesPerMonth).to.equal(stops[(999 * 7) % Number(range.max)]);
    expect(el.usage!.peakSharePercent).to.equal(999 % 101);
    expect(displayedTotals(el)).to.deep.equal(expectedTotals(el));
  });
});
