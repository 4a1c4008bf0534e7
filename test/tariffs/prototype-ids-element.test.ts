// Ids that are names of Object.prototype's members, in the element: each is
// either refused with the error panel and the hotline-tariffs-error event
// naming its path, or (as a key read only as its own) works: the calculator
// never shows a price built from a function read off a prototype.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { settle, cards, text, $ } from '../support/calculator-helpers.js';
import { tariffFixture } from '../support/tariff-builder.js';
import type { HotlineTariffsErrorEvent } from '../../src/components/hotline-calculator/events.js';
import type { HotlineCalculator } from '../../src/components/hotline-calculator/hotline-calculator.js';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

async function mount(tariffs: Record<string, unknown>): Promise<[HotlineCalculator, HotlineTariffsErrorEvent | null]> {
  const el = document.createElement('hotline-calculator') as HotlineCalculator;
  let error: HotlineTariffsErrorEvent | null = null;
  el.addEventListener('hotline-tariffs-error', (e) => (error = e as HotlineTariffsErrorEvent));
  el.tariffs = tariffs;
  document.body.append(el);
  await settle(el);
  return [el, error];
}

describe(`the element with ids named after Object.prototype's members (${PROTOTYPE_NAMES.length})`, () => {
  const original = console.error;
  beforeEach(() => (console.error = () => {}));
  afterEach(() => {
    console.error = original;
    document.querySelectorAll('hotline-calculator').forEach((el) => el.remove());
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`${name} as a region id: the error panel, naming regions[i].id`, async () => {
      const doc = tariffFixture();
      const regions = doc.regions as Record<string, unknown>[];
      regions.push({ id: name, name: 'x', defaultShare: 1 });
      const [el, error] = await mount(doc);
      expect(error, 'hotline-tariffs-error').not.to.equal(null);
      expect(error!.detail.issues.map((i) => i.path)).to.deep.equal([`regions[${regions.length - 1}].id`]);
      expect(cards(el)).to.have.length(0);
      expect(text($(el, '[part="error"]'))).not.to.contain('function');
    });

    it(`${name} as a key of a plan's regionMultipliers: refused, never read from the prototype`, async () => {
      const doc = tariffFixture();
      const plan = (doc.plans as Record<string, any>[])[0];
      Object.defineProperty((plan.regionMultipliers ??= {}), name, { value: '2', enumerable: true, configurable: true, writable: true });
      const [, error] = await mount(doc);
      expect(error, 'hotline-tariffs-error').not.to.equal(null);
      expect(error!.detail.issues.map((i) => i.path)).to.deep.equal([`plans[0].regionMultipliers.${name}`]);
    });
  }

  it('as language tags of a plan name, they are only ever own keys: the calculator works', async () => {
    const doc = tariffFixture();
    (doc.plans as Record<string, any>[])[0].name = { 'zh-CN': '标准', toString: 'x', valueOf: 'y' };
    const [el, error] = await mount(doc);
    expect(error).to.equal(null);
    expect(cards(el).length).to.be.above(0);
    expect(el.quote!.plans.every((p) => !/function/.test(p.monthlyTotal))).to.equal(true);
  });
});
