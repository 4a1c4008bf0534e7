import { expect } from '@open-wc/testing';
import { chartStringsFor, DEFAULT_CHART_STRINGS, type ChartStrings } from '../../i18n/chart-strings.js';

/** Every text a table gives, its functions called with sample arguments. */
function texts(t: ChartStrings, minutes: string, plan: string, value: string): string[] {
  return [
    t.title,
    t.xAxis,
    t.yAxis,
    t.currentAt(minutes),
    t.cheapestFrom(minutes, plan),
    t.cheapestAtStart(plan),
    t.switchesTogether([t.cheapestFrom(minutes, plan), t.cheapestFrom(minutes, plan)]),
    t.valuesAt(minutes),
    t.planValue(plan, value, true),
    t.planValue(plan, value, false),
    t.valuesList(t.valuesAt(minutes), [t.planValue(plan, value, true), t.planValue(plan, value, false)]),
    t.explore,
    t.exploreHint,
    t.tableCaption,
    t.minutesHeader,
    t.cheapestMark,
    t.unavailableMark,
  ];
}

describe('break-even chart strings', () => {
  it('has a table for each locale, English by default', () => {
    expect(chartStringsFor('en')).to.equal(DEFAULT_CHART_STRINGS);
    expect(chartStringsFor('zh-CN').title).to.equal('各套餐月费随通话分钟数的变化');
    expect(Object.keys(chartStringsFor('zh-CN')).sort()).to.deep.equal(Object.keys(chartStringsFor('en')).sort());
  });

  it('tells a visitor on a touch screen, where nothing hovers, to tap the chart', () => {
    expect(chartStringsFor('en').exploreHint).to.match(/\btap\b/);
    expect(chartStringsFor('zh-CN').exploreHint).to.include('点按');
  });

  it('labels the visitor’s minutes with the locale’s colon', () => {
    expect(chartStringsFor('zh-CN').currentAt('4,321\u00a0分钟')).to.equal('您的用量：4,321\u00a0分钟');
    expect(chartStringsFor('en').currentAt('4,321 minutes')).to.equal('You: 4,321 minutes');
  });

  it('writes Chinese with full-width punctuation', () => {
    for (const text of texts(chartStringsFor('zh-CN'), '4,321\u00a0分钟', '联通 分时段计费', '¥96.00')) {
      // The sample minutes and money bring their own digit-group commas and decimal point.
      const own = text.replace(/4,321|¥96\.00/g, '');
      expect(own, text).not.to.match(/[:;,()!?]/);
    }
    expect(chartStringsFor('zh-CN').valuesList('每月 100 分钟时', ['甲 ¥1.00（最省）', '乙 ¥2.00'])).to.equal(
      '每月 100 分钟时：甲 ¥1.00（最省）；乙 ¥2.00',
    );
    expect(chartStringsFor('zh-CN').switchesTogether(['一', '二'])).to.equal('一；二');
  });

  it('starts English sentences with a capital letter', () => {
    const t = chartStringsFor('en');
    for (const text of [t.title, t.xAxis, t.yAxis, t.currentAt('5 minutes'), t.cheapestFrom('5 minutes', 'Unicom'),
      t.valuesAt('5 minutes'), t.explore, t.exploreHint, t.tableCaption, t.minutesHeader]) {
      expect(text[0], text).to.match(/[A-Z]/);
    }
    // Each joined switch stays a sentence of its own.
    expect(t.switchesTogether(['From 5 minutes a month, A is cheapest', 'From 9 minutes a month, B is cheapest'])).to.equal(
      'From 5 minutes a month, A is cheapest. From 9 minutes a month, B is cheapest',
    );
  });
});
