// Indicator points from sentences invented for these tests (names and numbers made up; not from the corpus).
import fc from 'fast-check';
import { loadCatalogue } from '../../../server/ingest/indicators/catalogue';
import { extractIndicators, type IndicatorMeta } from '../../../server/ingest/indicators/extract';
import { parseQuantities } from '../../../server/ingest/indicators/quantity';
import { splitSentences } from '../../../server/ingest/sentences';
import { alignSeries, pointMatches, scoreIndicators, type GoldPoint } from '../../../server/eval/indicators';
import type { IndicatorPoint } from '../../../server/model';

const report = (year: number): IndicatorMeta => ({
  year,
  title_zh: `临川市${year}年政府工作报告`,
  kind: 'government-work-report',
});
const news = (year: number): IndicatorMeta => ({ year, title_zh: `临川市${year}年经济运行综述`, kind: 'news-review' });
const run = (text: string, meta: IndicatorMeta) => extractIndicators(text, splitSentences(text), meta);
const brief = (ps: IndicatorPoint[]) => ps.map((p) => [p.indicator, p.period, p.value, p.kind, p.qualifier ?? '']);

describe('indicator catalogue', () => {
  test('GDP, 地区生产总值 and 生产总值 are one indicator, with English names and growth keys', () => {
    const cat = loadCatalogue();
    const keyOf = (form: string) => cat.forms.find((f) => f.form === form)?.def.key;
    expect(['GDP', '地区生产总值', '生产总值', '经济总量'].map(keyOf)).toEqual(['gdp', 'gdp', 'gdp', 'gdp']);
    expect(cat.byKey.get('gdp')).toMatchObject({ en: 'Gross domestic product', growth: 'gdp_growth' });
    expect(cat.byKey.get('gdp_growth')?.en).toBe('GDP growth');
    for (const d of cat.byKey.values()) expect(d.en.length).toBeGreaterThan(2);
    // Longest form first: 人均地区生产总值 is GDP per capita, not GDP.
    const text = '全市人均地区生产总值达到9.1万元，生产总值增长4.2%，GDP总量突破800亿元。';
    expect(brief(run(text, news(2021)))).toEqual([
      ['gdp_per_capita', '2021', 91000, 'actual', ''],
      ['gdp_growth', '2021', 4.2, 'actual', ''],
      ['gdp', '2021', 80000000000, 'actual', '突破'],
    ]);
  });
});

describe('quantities', () => {
  test('amounts, persons, counts, tonnes and areas are normalised; percentages stay numbers', () => {
    const q = (s: string) => parseQuantities(s).map((x) => [x.value, x.unit, x.approx]);
    expect(q('实现820.5亿元')).toEqual([[82050000000, 'CNY', false]]);
    expect(q('收入达到4.35万元')).toEqual([[43500, 'CNY', false]]);
    expect(q('新增就业3.6万人')).toEqual([[36000, 'persons', false]]);
    expect(q('达到2 万美元以上')).toEqual([[20000, 'USD', false]]);
    expect(q('稳定在4亿斤以上')).toEqual([[200000, 'tonnes', false]]);
    expect(q('播种面积30万亩')).toEqual([[20000, 'hectares', false]]);
    expect(q('停车位1.5万余个')).toEqual([[15000, 'count', true]]);
    expect(q('增长12.5%')).toEqual([[12.5, 'percent', false]]);
    // Differences of rates, years and ranges are not values.
    expect(q('加快0.8个百分点，2019年，评定3-5家')).toEqual([]);
  });
});

describe('indicator points', () => {
  test('a report of year Y: its review is Y-1 (actual), its main targets Y, with qualifiers', () => {
    const text = [
      '一、过去一年工作回顾',
      '过去一年，全市地区生产总值实现3120.4亿元、增长4.7%，一般公共预算收入增长3.1%。',
      '二、今年工作安排',
      '今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右、力争实现6%，固定资产投资增长6%以上，' +
        '城镇新增就业6.2万人，居民消费价格涨幅控制在3%以内。',
    ].join('\n');
    const ps = run(text, report(2024));
    expect(brief(ps)).toEqual([
      ['gdp', '2023', 312040000000, 'actual', ''],
      ['gdp_growth', '2023', 4.7, 'actual', ''],
      ['general_budget_revenue_growth', '2023', 3.1, 'actual', ''],
      ['gdp_growth', '2024', 5.5, 'target', '左右'],
      ['gdp_growth', '2024', 6, 'target', '力争'],
      ['fixed_asset_investment_growth', '2024', 6, 'target', '以上'],
      ['urban_new_jobs', '2024', 62000, 'target', ''],
      ['cpi', '2024', 3, 'target', '以内'],
    ]);
    expect(ps.every((p) => p.place === '临川市')).toBe(true);
    for (const p of ps) expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
    expect(ps[1].evidence.text).toBe('地区生产总值实现3120.4亿元、增长4.7%');
  });

  test('periods: 前三季度, 上半年 and 1至N月 of the text; 全年 is the year', () => {
    const text = [
      '2021年上半年，全市社会消费品零售总额增长9.4%。',
      '前三季度，规上工业增加值同比增长7.7%，居民人均可支配收入为23456元，比上年同期增加1200元，同比增长5.2%。',
      '1至10月，全市固定资产投资下降2.5%。',
      '全年粮食产量达到12.3万吨。',
    ].join('\n');
    expect(brief(run(text, news(2021)))).toEqual([
      ['retail_sales_growth', '2021-H1', 9.4, 'actual', ''],
      ['industrial_value_added_growth', '2021-Q1-Q3', 7.7, 'actual', ''],
      ['disposable_income_per_capita', '2021-Q1-Q3', 23456, 'actual', ''],
      ['disposable_income_per_capita_growth', '2021-Q1-Q3', 5.2, 'actual', ''],
      ['fixed_asset_investment_growth', '2021-M01-M10', -2.5, 'actual', ''],
      ['grain_output', '2021', 123000, 'actual', ''],
    ]);
  });

  test('年均 over a plan period, past and future five years of a report', () => {
    const text = [
      '“十四五”期间，一般公共预算收入年均增长6.5%以上。',
      '回顾过去五年，地区生产总值年均增长6.1%。',
      '今后五年，城镇新增就业30万人，农村居民人均可支配收入突破2.5万元。',
    ].join('\n');
    expect(brief(run(text, report(2023)))).toEqual([
      ['general_budget_revenue_growth', '2021-2025', 6.5, 'target', '以上'],
      ['gdp_growth', '2018-2022', 6.1, 'actual', ''],
      ['urban_new_jobs', '2023-2027', 300000, 'target', ''],
      ['rural_disposable_income_per_capita', '2023-2027', 25000, 'target', '突破'],
    ]);
  });

  test('分别 gives coordinated indicators their values in order; a place named before the indicator is kept', () => {
    const text = '城镇和农村居民人均可支配收入分别增长6.3%、7.9%。全年高新区规上工业增加值增长15%。';
    const ps = run(text, news(2022));
    expect(brief(ps)).toEqual([
      ['urban_disposable_income_per_capita_growth', '2022', 6.3, 'actual', ''],
      ['rural_disposable_income_per_capita_growth', '2022', 7.9, 'actual', ''],
      ['industrial_value_added_growth', '2022', 15, 'actual', ''],
    ]);
    expect(ps.map((p) => p.place)).toEqual(['临川市', '临川市', '高新区']);
  });

  test('a sentence that opens with 增长 continues the indicator before it in the paragraph', () => {
    const text = '上半年，地区生产总值实现1500亿元；增长4.1%，增速高于全省0.6个百分点。';
    expect(brief(run(text, news(2020)))).toEqual([
      ['gdp', '2020-H1', 150000000000, 'actual', ''],
      ['gdp_growth', '2020-H1', 4.1, 'actual', ''],
    ]);
  });

  test('shares, contributions, increments, nominal growth and progress against a plan are not points', () => {
    const text = [
      '制造业增加值占规模以上工业增加值比重达61%。',
      '工业拉动GDP增长1.8个百分点。',
      '城镇新增就业5.1万人，完成全年目标的88.2%。',
      '地区生产总值净增量210亿元。',
      '名义增速12.4%。',
    ].join('\n');
    expect(brief(run(text, news(2022)))).toEqual([['urban_new_jobs', '2022', 51000, 'actual', '']]);
  });

  test('flow indicators need their flow verb; 总量 is the stock', () => {
    const text =
      '全年新设市场主体8.2万户、增长12%，总量达45.6万户。高新技术企业达到900家。年内培育高新技术企业300家以上。';
    expect(brief(run(text, news(2022)))).toEqual([
      ['new_market_entities', '2022', 82000, 'actual', ''],
      ['market_entities', '2022', 456000, 'actual', ''],
      ['new_high_tech_enterprises', '2022', 300, 'target', '以上'],
    ]);
  });

  test('never throws; values finite; evidence is the text at its offsets (property)', () => {
    const parts = [
      '地区生产总值',
      '增长',
      '5.5',
      '%',
      '亿元',
      '万人',
      '左右',
      '，',
      '。',
      '\n',
      '今年',
      '前三季度',
      '分别',
      '、',
      '城镇和农村居民人均可支配收入',
      '新增',
      '公共停车位',
      '个',
      '以上',
      '年均',
      '十四五',
      '占',
      '比重',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (xs) => {
        const text = xs.join('');
        for (const p of run(text, report(2024))) {
          expect(Number.isFinite(p.value)).toBe(true);
          expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.text);
        }
      }),
    );
  });

  test('without a year nothing is resolved', () => {
    expect(run('地区生产总值增长5%。', { year: null, title_zh: '' })).toEqual([]);
  });
});

describe('indicator scoring', () => {
  const point = (over: Partial<IndicatorPoint>): IndicatorPoint => ({
    indicator: 'gdp_growth',
    name_en: 'GDP growth',
    place: '临川市',
    period: '2022',
    value: 7,
    unit: 'percent',
    kind: 'target',
    evidence: { sentence: 0, start: 0, end: 1, text: 'x' },
    ...over,
  });
  const gold = (over: Partial<GoldPoint>): GoldPoint => ({
    indicator: 'gdp_growth',
    period: '2022',
    value: 7,
    unit: 'percent',
    kind: 'target',
    evidence: 'x',
    ...over,
  });

  test('a match needs key, period, kind and a value within 1 %', () => {
    expect(pointMatches(point({ value: 7.05 }), gold({}))).toBe(true);
    expect(pointMatches(point({ value: 7.2 }), gold({}))).toBe(false);
    expect(pointMatches(point({ kind: 'actual' }), gold({}))).toBe(false);
    expect(pointMatches(point({ period: '2023' }), gold({}))).toBe(false);
    expect(pointMatches(point({}), gold({ place: '高新区' }))).toBe(false);
  });

  test('precision and recall; each gold point matched once', () => {
    const s = scoreIndicators([
      { gold: [gold({}), gold({ kind: 'actual', value: 3 })], predicted: [point({}), point({}), point({ value: 9 })] },
    ]);
    expect([s.tp, s.predicted, s.gold]).toEqual([1, 3, 2]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
  });

  test('series line up a target and a result of the same indicator and period', () => {
    const series = alignSeries([point({}), point({ kind: 'actual', value: 3.1 }), point({ period: '2023' })], '临川市');
    expect(series.map((s) => [s.indicator, s.period, s.targets[0].value, s.actuals[0].value])).toEqual([
      ['gdp_growth', '2022', 7, 3.1],
    ]);
  });
});
