import { expect } from '@open-wc/testing';
import { estimate } from '../engine/estimate.js';
import type { TariffSet } from '../engine/types.js';
import { parseTariffs } from '../tariffs/validate.js';
import { tariffFixture } from '../../test/support/tariff-builder.js';
import { CalculatorState, type UsageAttributes } from './calculator-state.js';

const tariffs = parseTariffs(tariffFixture());

/** A state on the fixture tariffs that records its warnings and change notifications. */
function stateOn(set: TariffSet | null = tariffs) {
  const warnings: string[] = [];
  let changes = 0;
  const state = new CalculatorState({ warn: (m) => warnings.push(m), changed: () => void changes++ });
  state.tariffs = set;
  return { state, warnings, changes: () => changes };
}

const noAttributes: UsageAttributes = { minutes: null, peakShare: null, averageCallSeconds: null, addOns: null, numberGrade: null };

describe('calculator state', () => {
  it('has no usage, selection or quote before tariffs are in use', () => {
    const { state } = stateOn(null);
    expect([state.usage, state.selection, state.quote, state.ready()]).to.deep.equal([null, null, null, null]);
  });

  it("fills in the tariff's defaults and quotes every plan", () => {
    const { state } = stateOn();
    expect(state.usage).to.deep.equal(estimate(tariffs, {}).usage);
    expect(state.quote).to.deep.equal(estimate(tariffs, {}, { planIds: ['a-credit', 'a-flat', 'b-peak'] }));
  });

  it('derives the quote once per change and keeps it while nothing changes', () => {
    const { state } = stateOn();
    const first = state.quote;
    expect(state.quote).to.equal(first);
    state.changeUsage({ minutesPerMonth: 2500 });
    const second = state.quote;
    expect(second).not.to.equal(first);
    expect(second!.usage.minutesPerMonth).to.equal(2500);
    expect(state.quote).to.equal(second);
  });

  it('tells the element after every change', () => {
    const { state, changes } = stateOn();
    const before = changes();
    state.changeUsage({ peakSharePercent: 10 });
    state.setCarrierShown('beta', false);
    state.setPlanExpanded('a-flat', true);
    state.chosenPlanId = 'a-flat';
    expect(changes() - before).to.equal(4);
  });

  it('corrects what the page sets, warning once per problem, and keeps working', () => {
    const { state, warnings } = stateOn();
    state.setUsage({ minutesPerMonth: -5, peakSharePercent: 400, addOns: ['ivr', 'fax', 'ivr'], numberGrade: 'platinum' });
    expect(state.usage).to.include({ minutesPerMonth: 0, peakSharePercent: 100, numberGrade: 'standard' });
    expect(state.usage!.addOns).to.deep.equal(['ivr']);
    expect(warnings).to.have.length(5);
    expect(state.quote).not.to.equal(null);
  });

  it('resolves the same request again for new tariffs', () => {
    const { state, warnings } = stateOn();
    state.setUsage({ addOns: ['recording'] });
    expect(state.usage!.addOns).to.deep.equal(['recording']);
    const withoutRecording = tariffFixture();
    (withoutRecording.addOns as unknown[]).splice(1, 1);
    for (const plan of withoutRecording.plans as Record<string, Record<string, unknown>>[]) delete plan.addOns?.recording;
    state.tariffs = parseTariffs(withoutRecording);
    expect(state.usage!.addOns).to.deep.equal([]);
    expect(warnings.join(' ')).to.contain('recording');
  });

  it('applies usage attributes: a removed one gives the field back to the default, a non-number is ignored', () => {
    const { state, warnings } = stateOn();
    state.applyAttributes({ ...noAttributes, minutes: 4321, addOns: ['ivr'] }, ['minutes', 'addOns'], () => null);
    expect(state.usage).to.include({ minutesPerMonth: 4321 });
    state.applyAttributes({ ...noAttributes, minutes: Number.NaN }, ['minutes'], () => 'lots');
    expect(state.usage!.minutesPerMonth).to.equal(4321);
    expect(warnings).to.deep.equal(['minutes="lots" is not a number in plain decimal notation; ignored.']);
    state.applyAttributes(noAttributes, ['minutes'], () => null);
    expect(state.usage!.minutesPerMonth).to.equal(tariffs.defaults.minutesPerMonth);
    expect(state.usage!.addOns).to.deep.equal(['ivr']);
  });

  it("lays a link's usage over what the page asked for", () => {
    const { state } = stateOn();
    state.setUsage({ minutesPerMonth: 800, peakSharePercent: 20 });
    state.restoreUsage({ minutesPerMonth: 3000 });
    expect(state.usage).to.include({ minutesPerMonth: 3000, peakSharePercent: 20 });
  });

  it("narrows the plans by the page's filters, then by the visitor's carriers", () => {
    const { state } = stateOn();
    state.setPageFilters(null, ['alpha', 'beta']);
    state.setCarrierShown('beta', false);
    expect(state.selection).to.deep.equal({ carrierChoices: ['alpha', 'beta'], planIds: ['a-credit', 'a-flat'] });
    expect([...state.shownCarriers]).to.deep.equal(['alpha']);
    expect(state.quote!.plans.map((p) => p.planId).sort()).to.deep.equal(['a-credit', 'a-flat']);
    state.setPageFilters(['b-peak'], null);
    expect(state.selection!.carrierChoices).to.deep.equal(['beta']);
    expect(state.selection!.planIds).to.deep.equal([]);
  });

  it('keeps opened breakdowns per plan', () => {
    const { state } = stateOn();
    state.setPlanExpanded('a-flat', true);
    state.setPlanExpanded('b-peak', true);
    state.setPlanExpanded('a-flat', false);
    expect([...state.expandedPlans]).to.deep.equal(['b-peak']);
  });
});

describe('page filters that name nothing known', () => {
  for (const [name, plans, carriers] of [
    ['carriers="telecon" (a typo)', null, ['telecon']],
    ['plans="nope"', ['nope'], null],
    ['carriers=""', null, []],
    ['plans=""', [], null],
  ] as const) {
    it(`${name} shows every plan, and the console says which ids were unknown`, () => {
      const { state, warnings } = stateOn();
      state.setPageFilters(plans, carriers);
      expect(state.selection!.planIds).to.deep.equal(['a-credit', 'a-flat', 'b-peak']);
      expect(state.selection!.carrierChoices).to.deep.equal(['alpha', 'beta']);
      expect(warnings).to.have.length(1);
      for (const id of [...(plans ?? []), ...(carriers ?? [])]) expect(warnings[0]).to.contain(`"${id}"`);
      expect(warnings[0]).to.contain('showing them all');
    });
  }

  it('ignores the unknown ids of a filter that names known ones too', () => {
    const { state, warnings } = stateOn();
    state.setPageFilters(null, ['beta', 'gamma']);
    expect(state.selection!.planIds).to.deep.equal(['b-peak']);
    expect(warnings).to.deep.equal(['carriers: unknown "gamma" ignored.']);
  });
});
