import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../index.js';
import { $, cards, settle, text } from '../../../test/support/calculator-helpers.js';
import { tariffFixture } from '../../../test/support/tariff-builder.js';
import type { HotlineTariffsErrorEvent } from './events.js';
import { HotlineCalculator } from './hotline-calculator.js';

/** Records console.error calls and anything thrown into the page. */
function watchPage() {
  const errors: unknown[][] = [];
  const thrown: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    thrown,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

function blobUrl(body: string): string {
  return URL.createObjectURL(new Blob([body], { type: 'application/json' }));
}

/** Attaches an element whose tariffs come from `setup`, and waits for the tariffs-error event. */
async function failing(setup: (el: HotlineCalculator) => void): Promise<[HotlineCalculator, HotlineTariffsErrorEvent]> {
  const el = document.createElement('hotline-calculator');
  setup(el);
  const event = oneEvent(el, 'hotline-tariffs-error') as Promise<HotlineTariffsErrorEvent>;
  document.body.append(el);
  const fired = await event;
  await settle(el);
  return [el, fired];
}

let page: ReturnType<typeof watchPage>;
const attached: HTMLElement[] = [];

function expectErrorPanel(el: HotlineCalculator, sentence: string): void {
  attached.push(el);
  const panel = $(el, '[part="error"]');
  expect(text(panel)).to.contain('暂时无法计算资费');
  expect(text(panel)).to.contain(sentence);
  expect(text(panel)).to.contain('请稍后刷新页面重试');
  expect(cards(el)).to.have.length(0);
  expect(el.tariffs).to.equal(null);
  expect(el.quote).to.equal(null);
  expect(page.errors).to.have.length(1);
  expect(page.thrown).to.have.length(0);
}

describe('tariff loading', () => {
  afterEach(() => {
    page?.restore();
    attached.splice(0).forEach((el) => el.remove());
    HotlineCalculator.tariffsTimeoutMs = 10_000;
  });


  it('an invalid `tariffs` object gives the error panel with the validator issues', async () => {
    page = watchPage();
    const doc = tariffFixture();
    (doc.plans as Record<string, unknown>[])[0].ratePerMinuite = '0.1';
    const [el, event] = await failing((e) => (e.tariffs = doc));
    expectErrorPanel(el, '资费文件的内容有误。');
    expect(event.detail.issues.some((i) => i.path === 'plans[0].ratePerMinuite')).to.be.true;
    // The path names the plan, as tariffs:check does.
    const planId = (doc.plans as Record<string, unknown>[])[0].id;
    expect(text($(el, '[part="error"] details'))).to.contain(`plans[0] (${planId}).ratePerMinuite`);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('reads a first-child <script type="application/json">', async () => {
    const el = document.createElement('hotline-calculator');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(tariffFixture());
    el.append(script);
    document.body.append(el);
    attached.push(el);
    await settle(el);
    expect(cards(el).map((c) => c.dataset.planId).sort()).to.deep.equal(['a-credit', 'a-flat', 'b-peak']);
  });

  it('an inline script that is not JSON gives the error panel', async () => {
    page = watchPage();
    const [el, event] = await failing((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"schemaVersion": 1,,}';
      e.append(script);
    });
    expectErrorPanel(el, '资费文件不是有效的 JSON。');
    expect(event.detail.issues).to.have.length(1);
  });

  it('fetches tariffs-src, showing a quiet skeleton meanwhile', async () => {
    const el = await fixture<HotlineCalculator>(
      html`<hotline-calculator tariffs-src=${blobUrl(JSON.stringify(tariffFixture()))}></hotline-calculator>`,
    );
    expect(el.shadowRoot!.querySelector('.skeleton[aria-busy="true"]')).to.exist;
    await waitUntil(() => el.tariffs !== null);
    await settle(el);
    expect(cards(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });

  it('tariffs-src answering 404 gives the error panel', async () => {
    page = watchPage();
    const [el, event] = await failing((e) => e.setAttribute('tariffs-src', '/no-such-tariffs.json'));
    expectErrorPanel(el, 'HTTP 404');
    expect(event.detail.issues[0].messageEn).to.contain('404');
  });

  it('tariffs-src that is not JSON gives the error panel', async () => {
    page = watchPage();
    const [el] = await failing((e) => e.setAttribute('tariffs-src', blobUrl('<html>not json</html>')));
    expectErrorPanel(el, '资费文件不是有效的 JSON。');
  });

  it('tariffs-src with an invalid document gives the error panel and the issues', async () => {
    page = watchPage();
    const doc = tariffFixture();
    delete doc.currency;
    const [el, event] = await failing((e) => e.setAttribute('tariffs-src', blobUrl(JSON.stringify(doc))));
    expectErrorPanel(el, '资费文件的内容有误。');
    expect(event.detail.issues.some((i) => i.path === 'currency')).to.be.true;
  });

  it('tariffs-src that does not answer in time gives the error panel', async () => {
    page = watchPage();
    HotlineCalculator.tariffsTimeoutMs = 50;
    const realFetch = window.fetch;
    // A server that never answers: only the abort ends the request.
    window.fetch = (_input, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    try {
      const [el] = await failing((e) => e.setAttribute('tariffs-src', '/slow.json'));
      expectErrorPanel(el, '资费文件加载超时。');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows the error panel in English and is accessible in both locales', async () => {
    page = watchPage();
    const [el] = await failing((e) => e.setAttribute('tariffs-src', blobUrl('[1, 2')));
    attached.push(el);
    await expect(el).to.be.accessible();
    el.locale = 'en';
    await settle(el);
    expect(text($(el, '[part="error"]'))).to.contain('The tariff file is not valid JSON.');
    expect(text($(el, '[part="error"]'))).to.contain('contact this site');
    await expect(el).to.be.accessible();
  });

  it('recovers when valid tariffs are set after an error', async () => {
    page = watchPage();
    const [el] = await failing((e) => (e.tariffs = { schemaVersion: 2 }));
    attached.push(el);
    el.tariffs = tariffFixture();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(cards(el)).to.have.length(3);
  });

  it('abandons a request when the element leaves the page, without an error', async () => {
    page = watchPage();
    HotlineCalculator.tariffsTimeoutMs = 50;
    const el = document.createElement('hotline-calculator');
    el.setAttribute('tariffs-src', '/no-such-tariffs.json');
    let fired = 0;
    el.addEventListener('hotline-tariffs-error', () => fired++);
    document.body.append(el);
    el.remove();
    await aTimeout(200);
    expect(fired).to.equal(0);
    expect(page.errors).to.have.length(0);
  });
});

describe('tariff loading: tariffs-src and tariffsSrc are one thing', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    attached.splice(0).forEach((el) => el.remove());
  });

  /** A fetch whose answers the test releases, in any order. */
  function heldFetch() {
    const pending = new Map<string, (response: Response) => void>();
    window.fetch = ((input: RequestInfo | URL) =>
      new Promise<Response>((resolve) => pending.set(String(input), resolve))) as typeof fetch;
    return {
      requested: () => [...pending.keys()],
      answer(url: string, document: unknown) {
        pending.get(url)!(new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } }));
      },
    };
  }

  /** The fixture tariffs, told apart by their effective date. */
  const dated = (effectiveDate: string) => ({ ...tariffFixture(), effectiveDate });

  async function shows(el: HotlineCalculator, effectiveDate: string): Promise<void> {
    await waitUntil(() => el.tariffs?.effectiveDate === effectiveDate, `tariffs of ${effectiveDate} not shown`);
    await settle(el);
    expect(cards(el).length).to.be.greaterThan(0);
  }

  it('loads the URL set through the property, not only the attribute', async () => {
    const held = heldFetch();
    const el = document.createElement('hotline-calculator') as HotlineCalculator;
    el.tariffsSrc = '/from-property.json';
    document.body.append(el);
    attached.push(el);
    await settle(el);
    expect(held.requested()).to.deep.equal(['/from-property.json']);
    held.answer('/from-property.json', dated('2026-05-01'));
    await shows(el, '2026-05-01');
    el.tariffsSrc = '/later.json';
    await el.updateComplete;
    held.answer('/later.json', dated('2026-06-01'));
    await shows(el, '2026-06-01');
  });

  it('ends with the URL set in the same task as connecting, and an older answer never wins', async () => {
    const held = heldFetch();
    const el = document.createElement('hotline-calculator') as HotlineCalculator;
    el.setAttribute('tariffs-src', '/first.json');
    document.body.append(el);
    attached.push(el);
    el.setAttribute('tariffs-src', '/second.json');
    await el.updateComplete;
    held.answer('/second.json', dated('2026-02-01'));
    await shows(el, '2026-02-01');
    held.answer('/first.json', dated('2026-01-01'));
    await aTimeout(50);
    await settle(el);
    expect(el.tariffs!.effectiveDate).to.equal('2026-02-01');
  });

  it('ends with the latest URL when it changes while a request is in flight', async () => {
    const held = heldFetch();
    const el = document.createElement('hotline-calculator') as HotlineCalculator;
    el.setAttribute('tariffs-src', '/a.json');
    document.body.append(el);
    attached.push(el);
    await settle(el);
    el.setAttribute('tariffs-src', '/b.json');
    await el.updateComplete;
    el.tariffsSrc = '/c.json';
    await el.updateComplete;
    held.answer('/c.json', dated('2026-03-03'));
    held.answer('/a.json', dated('2026-01-01'));
    held.answer('/b.json', dated('2026-02-02'));
    await shows(el, '2026-03-03');
    await aTimeout(50);
    expect(el.tariffs!.effectiveDate).to.equal('2026-03-03');
  });

  it('falls back to the bundled tariffs when the attribute is removed, even in the same task as connecting', async () => {
    const held = heldFetch();
    const bundledDate = (await import('../../tariffs/default.json')).default.effectiveDate;
    const early = document.createElement('hotline-calculator') as HotlineCalculator;
    early.setAttribute('tariffs-src', '/gone.json');
    document.body.append(early);
    attached.push(early);
    early.removeAttribute('tariffs-src');
    await shows(early, bundledDate);

    const inFlight = document.createElement('hotline-calculator') as HotlineCalculator;
    inFlight.setAttribute('tariffs-src', '/slow.json');
    document.body.append(inFlight);
    attached.push(inFlight);
    await settle(inFlight);
    inFlight.tariffsSrc = null;
    await shows(inFlight, bundledDate);
    held.answer('/slow.json', dated('2026-09-09'));
    await aTimeout(50);
    expect(inFlight.tariffs!.effectiveDate).to.equal(bundledDate);
  });

  it('gives up a response past 1 MiB while it streams, with the error panel and the event', async () => {
    page = watchPage();
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    // 300 MB if read whole; only what is pulled is ever made.
    window.fetch = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
            if (pulled >= 300 * 1024 * 1024) controller.close();
          },
        }),
      )) as typeof fetch;
    const [el, event] = await failing((e) => e.setAttribute('tariffs-src', '/huge.json'));
    expectErrorPanel(el, '资费文件的内容有误。');
    expect(event.detail.issues.map((i) => i.code)).to.deep.equal(['too-large']);
    expect(pulled).to.be.below(2 * 1024 * 1024);
  });

  it('refuses a response whose declared length is over 1 MiB without reading it', async () => {
    page = watchPage();
    let pulled = 0;
    window.fetch = (async () =>
      new Response(new ReadableStream({ pull: (c) => void ((pulled += 1), c.enqueue(new Uint8Array(1))) }), {
        headers: { 'content-length': String(2 * 1024 * 1024) },
      })) as typeof fetch;
    const [el, event] = await failing((e) => e.setAttribute('tariffs-src', '/declared.json'));
    expectErrorPanel(el, '资费文件的内容有误。');
    expect(event.detail.issues[0]!.code).to.equal('too-large');
    expect(pulled).to.be.below(2);
  });
});
