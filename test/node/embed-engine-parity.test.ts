// The one script carries its own copy of the engine, with decimal.js trimmed
// to what the sources use (src/build/slim-decimal.ts). Its quotes must be the
// source engine's to the cent, in the browsers, for every rule of the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, parseTariffs, type Usage } from '../../src/engine-api.js';
import { switchPoints } from '../../src/engine/switch-points.js';
import { generatedTariffs } from '../support/random-tariffs.js';
import { defaultTariffs, describeInBrowsers, fixturePage, uncaughtErrors } from './support/embed-fixture.js';

const minutes = [0, 1, 59, 299, 300, 1000, 2999, 3001, 12345, 99_999, 100_000, 2_500_000, 10_000_000];
const peakShares = [0, 35, 60, 100];
const callSeconds = [null, 7, 95, 3600];

function usages(selections: Usage[]): Usage[] {
  const all: Usage[] = [];
  minutes.forEach((minutesPerMonth, i) => {
    for (const peakSharePercent of peakShares) {
      const averageCallSeconds = callSeconds[(i + peakSharePercent) % callSeconds.length];
      const selection = selections[(i * 7 + peakSharePercent) % selections.length];
      all.push({ minutesPerMonth, peakSharePercent, averageCallSeconds, ...selection });
    }
  });
  return all;
}

const cases = [
  {
    name: 'default tariffs',
    document: defaultTariffs(),
    usages: usages([
      {},
      { addOns: ['ivr'], numberGrade: 'premium' },
      { addOns: ['recording', 'ringback'], regionShares: { mainland: 1, international: 1 } },
    ]),
  },
  {
    // Tax excluded, half-even rounding, floors, overage, lines, multipliers.
    name: 'generated 50-plan file',
    document: JSON.parse(JSON.stringify(generatedTariffs(50))),
    usages: usages([
      { addOns: ['ivr'], numberGrade: 'standard' },
      { addOns: ['recording', 'ringback'], numberGrade: 'premium', regionShares: { north: 3, south: 1 } },
      { regionShares: { east: 1 } },
    ]),
  },
];

describeInBrowsers('the engine inside hotline-calculator.js', (context) => {
  test('serves the fixture page', async () => {
    const { page, server } = context;
    server.route('/e2e/engine.html', { body: fixturePage({ title: 'engine', head: '<script src="/hotline-calculator.js"></script>', body: '' }) });
    await page.goto(server.url('/e2e/engine.html'));
    assert.equal(await page.evaluate(() => typeof (window as any).HotlineCalculator?.estimate), 'function');
  });

  for (const { name, document, usages } of cases) {
    test(`${name}: the same quotes as the source engine (${usages.length} usages)`, async () => {
      const inBrowser = await context.page.evaluate(
        ({ document, usages }) => {
          const engine = (window as any).HotlineCalculator;
          const tariffs = engine.parseTariffs(document);
          return usages.map((usage: unknown) => JSON.stringify(engine.estimate(tariffs, usage)));
        },
        { document, usages },
      );
      const tariffs = parseTariffs(document);
      usages.forEach((usage, index) => {
        const expected = JSON.stringify(estimate(tariffs, usage));
        assert.equal(inBrowser[index], expected, `usage ${JSON.stringify(usage)}`);
      });
      assert.deepEqual(await uncaughtErrors(context.page), []);
    });

    test(`${name}: the same switch points as the source engine`, async () => {
      const some = usages.filter((_, index) => index % 13 === 0);
      const inBrowser = await context.page.evaluate(
        ({ document, some }) => {
          const engine = (window as any).HotlineCalculator;
          const tariffs = engine.parseTariffs(document);
          return some.map((usage: unknown) => engine.switchPoints(tariffs, usage, { maxMinutes: 100_000 }));
        },
        { document, some },
      );
      const tariffs = parseTariffs(document);
      some.forEach((usage, index) => {
        assert.deepEqual(inBrowser[index], switchPoints(tariffs, usage, { maxMinutes: 100_000 }), JSON.stringify(usage));
      });
    });
  }
});
