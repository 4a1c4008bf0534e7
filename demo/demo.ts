/**
 * The demo page: registers the element from the sources and logs every
 * public event of every instance, newest first.
 */
import '../src/index.ts';
import type { HotlineCalculatorEventMap } from '../src/index.ts';

const log = document.querySelector<HTMLOListElement>('#log')!;
const MAX_ENTRIES = 200;

function describe(type: keyof HotlineCalculatorEventMap, event: Event): string {
  const e = event as HotlineCalculatorEventMap[typeof type];
  switch (type) {
    case 'hotline-quote-change': {
      const { usage, quote } = (e as HotlineCalculatorEventMap['hotline-quote-change']).detail;
      const cheapest = quote.plans.find((p) => p.planId === quote.cheapestPlanId);
      return `${usage.minutesPerMonth} min, peak ${usage.peakSharePercent}% → cheapest ${quote.cheapestPlanId ?? '—'} ${cheapest?.monthlyTotal ?? ''}`;
    }
    case 'hotline-plan-select': {
      const { planId, usage } = (e as HotlineCalculatorEventMap['hotline-plan-select']).detail;
      return `${planId} chosen at ${usage.minutesPerMonth} min`;
    }
    case 'hotline-tariffs-error': {
      const { issues } = (e as HotlineCalculatorEventMap['hotline-tariffs-error']).detail;
      return `${issues.length} issue(s): ${issues.map((i) => `${i.path} ${i.messageEn}`).join('; ')}`;
    }
  }
}

for (const type of ['hotline-quote-change', 'hotline-plan-select', 'hotline-tariffs-error'] as const) {
  document.addEventListener(type, (event) => {
    const source = (event.target as HTMLElement).id || 'calculator';
    const entry = document.createElement('li');
    entry.textContent = `${new Date().toLocaleTimeString()} #${source} ${type}: ${describe(type, event)}`;
    log.prepend(entry);
    while (log.children.length > MAX_ENTRIES) log.lastElementChild!.remove();
  });
}

document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
