// <hotline-calculator> in a React 19 component, with the typings of
// `hotline-calculator/react` (the README's React example). Type-checked, not
// run, by test/node/framework-types.test.ts: it must compile, and each
// `@ts-expect-error` marks a mistake those typings must catch there.
import 'hotline-calculator';
import type {} from 'hotline-calculator/react';
import { useState, type JSX } from 'react';

/** What JSX may pass to <hotline-calculator> (the test lists its names). */
export type CalculatorProps = JSX.IntrinsicElements['hotline-calculator'];

export function PriceCalculator() {
  const [chosen, setChosen] = useState<string | null>(null);
  const [cheapest, setCheapest] = useState<string | null>(null);
  return (
    <>
      <hotline-calculator
        locale="en"
        minutes={3000}
        peak-share={70}
        add-ons="ivr recording"
        cta-href="/apply?plan={plan}&minutes={minutes}"
        share
        usage={{ minutesPerMonth: 5000, addOns: ['ivr'] }}
        onhotline-plan-select={(event) => setChosen(event.detail.planId)}
        onhotline-quote-change={(event) => setCheapest(event.detail.quote.cheapestPlanId)}
        onhotline-tariffs-error={(event) => console.warn(event.detail.issues.map((issue) => issue.messageEn))}
      />
      <p>
        {chosen} {cheapest}
      </p>
    </>
  );
}

/**
 * Mistakes the typings catch, one per element. (TypeScript reports a wrong
 * attribute with a dash in its name at the element, so each directive stands
 * on the element's line.)
 */
export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error minutes is a number, not text */}
      <hotline-calculator minutes="3000" />
      {/* @ts-expect-error add-ons is an attribute: its ids come as text ("ivr recording") */}
      <hotline-calculator add-ons={['ivr', 'recording']} />
      {/* @ts-expect-error no such attribute (misspelt without a dash: JSX never checks a name with one) */}
      <hotline-calculator minute={3000} />
      {/* @ts-expect-error usage is an engine Usage: minutesPerMonth, not minutes */}
      <hotline-calculator usage={{ minutes: 3000 }} />
      {/* @ts-expect-error the event is a CustomEvent, not a keyboard event */}
      <hotline-calculator onhotline-plan-select={(event: KeyboardEvent) => console.log(event.key)} />
      {/* @ts-expect-error the detail of hotline-plan-select has planId, not plan */}
      <hotline-calculator onhotline-plan-select={(event) => console.log(event.detail.plan)} />
    </>
  );
}
