/**
 * A small hand-written tariff document for the element's tests: three plans
 * over two carriers, where only `b-peak` prices by time band and region, and
 * `a-flat` does not offer recording.
 */
export function tariffFixture(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-03-01',
    notice: { 'zh-CN': '示例资费，仅供测试', en: 'Sample prices for tests' },
    peakHours: { 'zh-CN': '工作日 9:00–18:00', en: 'Weekdays 9:00–18:00' },
    defaults: { minutesPerMonth: 1000, peakSharePercent: 60, averageCallSeconds: null, maxMinutesPerMonth: 100000 },
    regions: [
      { id: 'north', name: { 'zh-CN': '北方', en: 'North' }, defaultShare: 60 },
      { id: 'south', name: { 'zh-CN': '南方', en: 'South' }, defaultShare: 40 },
    ],
    carriers: [
      { id: 'alpha', name: { 'zh-CN': '甲运营商', en: 'Alpha Telecom' } },
      { id: 'beta', name: { 'zh-CN': '乙运营商', en: 'Beta Telecom' } },
    ],
    addOns: [
      { id: 'ivr', name: { 'zh-CN': '语音导航', en: 'IVR' } },
      { id: 'recording', name: { 'zh-CN': '通话录音', en: 'Call recording' } },
    ],
    numberGrades: [
      { id: 'standard', name: { 'zh-CN': '普通号', en: 'Standard' } },
      { id: 'gold', name: { 'zh-CN': '靓号', en: 'Gold' }, selectionFee: '500', minimumMonthlySpend: '200' },
    ],
    plans: [
      {
        id: 'a-credit',
        carrier: 'alpha',
        name: { 'zh-CN': '甲 年套餐', en: 'Alpha Annual' },
        termMonths: 12,
        package: { price: '1200', includes: 'credit' },
        ratePerMinute: '0.12',
        overageRatePerMinute: '0.15',
        addOns: { ivr: 'included', recording: { monthly: '10' } },
        lines: { included: 10, extraLineMonthly: '1.25' },
      },
      {
        id: 'a-flat',
        carrier: 'alpha',
        name: { 'zh-CN': '甲 按量', en: 'Alpha Pay-as-you-go' },
        badge: { 'zh-CN': '无预存', en: 'No prepayment' },
        termMonths: 1,
        package: { price: '0', includes: 'nothing' },
        ratePerMinute: '0.2',
        minimumMonthlySpend: '50',
        setupFee: '30',
        addOns: { ivr: { monthly: '20', oneTime: '100' } },
      },
      {
        id: 'b-peak',
        carrier: 'beta',
        name: { 'zh-CN': '乙 分时套餐', en: 'Beta Time-of-day' },
        termMonths: 24,
        package: { price: '2400', includes: 'credit' },
        ratePerMinute: '0.1',
        peakMultiplier: '1.5',
        offPeakMultiplier: '0.8',
        regionMultipliers: { south: '2' },
        billingIncrementSeconds: 6,
        addOns: { ivr: 'included', recording: 'included' },
      },
    ],
  };
}
