import { expect } from '@open-wc/testing';
import { openCallLog } from '../../src/call-log/index.js';
import { callSummarizer, quoteProfile } from '../../src/engine/index.js';
import { makePlan, makeRegion, makeTariffs } from '../support/tariff-builder.js';

describe('from an export to a bill', () => {
  it("sums up the import's batches: an export read row by row gives the month's bill", async () => {
    const tariffs = makeTariffs({
      regions: [makeRegion('mainland', '95', ['+86']), makeRegion('hk-mo-tw', '3', ['+852', '+853', '+886']), makeRegion('international', '2', ['+'])],
      plans: [makePlan({ package: { includes: 'nothing', price: '0' }, ratePerMinute: '0.10', regionMultipliers: { 'hk-mo-tw': '3' } })],
    });
    const csv = [
      '主叫号码,开始时间,通话时长(秒)',
      '13800138000,2026-03-02 08:00:00,61',
      '+852 9123 4567,2026-03-02 17:59:59,30',
      '(010) 8888-8888,2026-03-07 10:00:00,0',
      'anonymous,2026-03-31 23:59:30,125',
      '13800138000,2026-02-30 10:00:00,60',
    ].join('\r\n');
    const log = await openCallLog(csv);
    const summarizer = callSummarizer(tariffs, { callerHasCountryCode: log.mapping.callerHasCountryCode ?? false });
    const report = await log.read({ onRecords: (batch) => summarizer.add(batch) });
    const summary = summarizer.finish();
    expect(report.unreadable).to.equal(1); // the import already refuses 30 February
    expect(summary).to.deep.include({ records: 4, unreadable: 0 });
    expect(summary.months.map((m) => m.classes.map((c) => `${c.band} ${c.regionId} ${c.seconds}×${c.count}`))).to.deep.equal([
      ['peak mainland 61×1', 'peak hk-mo-tw 30×1', 'offPeak mainland 125×1'],
    ]);
    // 2 + 3 × 1 + 3 billed minutes at 0.10 (Hong Kong at 3×): 0.80.
    expect(quoteProfile(tariffs, summary.months.map((month) => ({ summary: month }))).plans[0]).to.include({ profileTotal: '0.80', billedMinutes: '6.00' });
  });
});
