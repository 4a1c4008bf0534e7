// <hotline-calculator> in a Vue 3 component, with the typings of
// `hotline-calculator/vue` (the README's Vue example, written with h() so
// that no .vue compiler is needed). A template's `:minutes="3000"` and
// `@hotline-plan-select="…"` are checked (by vue-tsc) against the same props,
// those of the global component; here `satisfies` checks them. Type-checked,
// not run, by test/node/framework-types.test.ts: it must compile, and each
// `@ts-expect-error` marks a mistake those typings must catch there.
import 'hotline-calculator';
import type {} from 'hotline-calculator/vue';
import type { HotlinePlanSelectEvent } from 'hotline-calculator';
import { defineComponent, h, ref, type GlobalComponents } from 'vue';

/** What a template may pass to <hotline-calculator> (the test lists its names). */
export type CalculatorProps = InstanceType<GlobalComponents['hotline-calculator']>['$props'];

export default defineComponent({
  setup() {
    const chosen = ref<string | null>(null);
    const cheapest = ref<string | null>(null);
    // A handler written apart, as a <script setup> has it for `@hotline-plan-select="onSelect"`.
    const onSelect = (event: HotlinePlanSelectEvent) => (chosen.value = event.detail.planId);
    const calculator = {
      locale: 'en',
      minutes: 3000,
      'peak-share': 70,
      'add-ons': 'ivr recording',
      'cta-href': '/apply?plan={plan}&minutes={minutes}',
      share: true,
      usage: { minutesPerMonth: 5000, addOns: ['ivr'] },
      onHotlinePlanSelect: onSelect,
      onHotlineQuoteChange: (event) => (cheapest.value = event.detail.quote.cheapestPlanId),
      onHotlineTariffsError: (event) => console.warn(event.detail.issues.map((issue) => issue.messageEn)),
    } satisfies CalculatorProps;
    return () => [h('hotline-calculator', calculator), h('p', `${chosen.value} ${cheapest.value}`)];
  },
});

/** Mistakes the typings catch, one per object. */
export const mistakes = [
  {
    // @ts-expect-error minutes is a number, not text
    minutes: '3000',
  } satisfies CalculatorProps,
  {
    // @ts-expect-error add-ons is an attribute: its ids come as text ("ivr recording")
    'add-ons': ['ivr', 'recording'],
  } satisfies CalculatorProps,
  {
    // @ts-expect-error no such attribute
    minute: 3000,
  } satisfies CalculatorProps,
  {
    // @ts-expect-error usage is an engine Usage: minutesPerMonth, not minutes
    usage: { minutes: 3000 },
  } satisfies CalculatorProps,
  {
    // @ts-expect-error the event is a CustomEvent, not a keyboard event
    onHotlinePlanSelect: (event: KeyboardEvent) => console.log(event.key),
  } satisfies CalculatorProps,
  {
    // @ts-expect-error the detail of hotline-plan-select has planId, not plan
    onHotlinePlanSelect: (event) => console.log(event.detail.plan),
  } satisfies CalculatorProps,
];
