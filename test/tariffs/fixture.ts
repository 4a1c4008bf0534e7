/**
 * A small valid tariff document that exercises every part of the format:
 * each test takes a fresh copy and breaks one thing in it.
 */
export type Doc = Record<string, any>;

export function validDocument(): Doc {
  return {
    $schema: './schema.json',
    $comment: 'fixture',
    schemaVersion: 1,
    currency: 'CNY',
    effectiveDate: '2026-11-01',
    notice: { 'zh-CN': '示例价格', en: 'Sample prices' },
    regions: [
      { id: 'mainland', name: '中国大陆', defaultShare: 95 },
      { id: 'abroad', name: { 'zh-CN': '海外', en: 'Abroad' }, defaultShare: '5' },
    ],
    carriers: [{ id: 'unicom', name: { 'zh-CN': '中国联通', en: 'China Unicom' }, url: 'https://www.10010.com/' }],
    addOns: [
      { id: 'ivr', name: 'IVR' },
      { id: 'recording', name: '录音', description: '保存 30 天' },
    ],
    numberGrades: [
      { id: 'standard', name: '普通' },
      { id: 'premium', name: '靓号', selectionFee: '5000', minimumMonthlySpend: '500' },
    ],
    plans: [
      {
        id: 'credit-1200',
        carrier: 'unicom',
        name: { 'zh-CN': '标准年套餐', en: 'Standard' },
        termMonths: 12,
        package: { price: '1200', includes: 'credit' },
        ratePerMinute: '0.12',
        overageRatePerMinute: '0.15',
        addOns: { ivr: 'included', recording: { monthly: '10', oneTime: '50' } },
        lines: { included: 10, extraLineMonthly: '1.25' },
        source: 'https://help.aliyun.com/document_detail/88287.html',
        verified: '2026-11-01',
      },
      {
        id: 'minutes-pack',
        carrier: 'unicom',
        name: '分钟包',
        termMonths: 12,
        package: { price: '1980', includes: 'minutes', minutes: 18000 },
        ratePerMinute: '0.11',
        regionMultipliers: { abroad: '3' },
      },
      {
        id: 'floor-120',
        carrier: 'unicom',
        name: '月保底',
        termMonths: 1,
        package: { price: '0', includes: 'nothing' },
        ratePerMinute: '0.11',
        minimumMonthlySpend: '120',
      },
    ],
  };
}

/** Sets an own, enumerable property even for `__proto__`, as JSON.parse does. */
export function setOwn(o: Doc, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
}
