import { expect } from '@open-wc/testing';
import { buildCtaHref } from './cta-href.js';

const values = { plan: 'p 1&2', carrier: 'unicom', minutes: '1000', total: '125.00' };
const base = 'https://reseller.example/pricing/';

describe('cta-href', () => {
  it('fills in every placeholder, URL-encoded', () => {
    expect(buildCtaHref('/apply?plan={plan}&c={carrier}&m={minutes}&t={total}', values, base)).to.equal(
      '/apply?plan=p%201%262&c=unicom&m=1000&t=125.00',
    );
  });

  it('allows http(s), relative, mailto: and tel: links', () => {
    for (const template of ['https://x.example/{plan}', 'http://x.example/', 'apply', 'mailto:sales@x.example?subject={plan}', 'tel:4001234567']) {
      expect(buildCtaHref(template, values, base), template).to.not.equal(null);
    }
  });

  it('refuses links that could run script or load data', () => {
    for (const template of ['javascript:alert(1)', ' JAVASCRIPT:alert({plan})', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x']) {
      expect(buildCtaHref(template, values, base), template).to.equal(null);
    }
  });
});
