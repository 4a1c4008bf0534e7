/**
 * The demo page: registers the element from the sources, logs every public
 * event of every instance (newest first) and wires `hotline-plan-select` to a
 * contact form, as a reseller would.
 */
import '../src/index.ts';
import type { HotlineCalculator, HotlineCalculatorEventMap } from '../src/index.ts';

const log = document.querySelector<HTMLOListElement>('#log')!;
const MAX_ENTRIES = 200;

function describe(type: keyof HotlineCalculatorEventMap, event: Event): string {
  const e = event as HotlineCalculatorEventMap[typeof type];
  switch (type) {
    case 'hotline-quote-change': {
      const detail = (e as HotlineCalculatorEventMap['hotline-quote-change']).detail;
      if (detail.source === 'call-log') {
        const { quote, callLog } = detail;
        const cheapest = quote.plans.find((p) => p.planId === quote.cheapestPlanId);
        return `call log, ${callLog.records} calls over ${quote.monthCount} months → cheapest ${quote.cheapestPlanId ?? '—'} ${cheapest?.profileAverageMonthly ?? ''}`;
      }
      const { usage, quote } = detail;
      const cheapest = quote.plans.find((p) => p.planId === quote.cheapestPlanId);
      return `${usage.minutesPerMonth} min, peak ${usage.peakSharePercent}% → cheapest ${quote.cheapestPlanId ?? '—'} ${cheapest?.monthlyTotal ?? ''}`;
    }
    case 'hotline-plan-select': {
      const { planId, usage, source } = (e as HotlineCalculatorEventMap['hotline-plan-select']).detail;
      return source === 'call-log' ? `${planId} chosen from the call log` : `${planId} chosen at ${usage.minutesPerMonth} min`;
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

// ---- A reseller's lead flow: the chosen plan fills a contact form ----------

const form = document.querySelector<HTMLFormElement>('#lead-form')!;
const status = document.querySelector<HTMLParagraphElement>('#lead-status')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

/** A plan's name from the calculator's tariffs, in the calculator's language. */
function planName(calculator: HotlineCalculator, planId: string, locale: string): string {
  const name = calculator.tariffs?.plans.find((p) => p.id === planId)?.name;
  if (name === undefined) return planId;
  return typeof name === 'string' ? name : (name[locale] ?? name['zh-CN'] ?? planId);
}

document.addEventListener('hotline-plan-select', (event) => {
  const calculator = event.target as HotlineCalculator;
  const detail = (event as HotlineCalculatorEventMap['hotline-plan-select']).detail;
  const { planId, usage, quote } = detail;
  const locale = calculator.locale?.startsWith('en') ? 'en' : 'zh-CN';
  field('plan').value = planName(calculator, planId, locale);
  field('minutes').value = detail.source === 'call-log' ? '' : new Intl.NumberFormat(locale).format(usage.minutesPerMonth);
  // The amount is an exact decimal string; Intl formats it without a float.
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: quote.currency });
  const amount =
    detail.source === 'call-log'
      ? detail.quote.plans.find((p) => p.planId === planId)?.profileAverageMonthly
      : detail.quote.plans.find((p) => p.planId === planId)?.monthlyTotal;
  field('total').value = amount ? (money.format as unknown as (value: string) => string)(amount) : '';
  status.textContent = '';
  field('name').focus();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!field('plan').value) {
    status.textContent = '请先在计算器中选择一个套餐。 Choose a plan in a calculator first.';
    return;
  }
  if (!form.reportValidity()) return;
  status.textContent = `谢谢，${field('name').value}！我们会就「${field('plan').value}」尽快联系您。 Thank you — we will call you about ${field('plan').value}.`;
  form.reset();
});
