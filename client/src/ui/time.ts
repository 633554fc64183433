// Time in the entity panel: a compact timeline (one line per document, statuses and what changed) and, for a
// place, a small uPlot chart of each of its indicator series (targets dashed, results solid, by year).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { lang, money, number, t } from '../i18n';
import type { IndicatorSeries, IndicatorSeriesPoint, TimelineItem } from '../types';
import { h } from './dom';

/**
 * A period's place on the chart's year axis: whole years only. Parts of a year (2022-H1, 2022-Q1-Q3) are not
 * comparable with a year's total, and spans (2021-2025) are averages: both are listed under the chart, not drawn.
 */
export function periodX(period: string): number | null {
  const year = /^(\d{4})$/.exec(period);
  return year ? Number(year[1]) : null;
}

export function formatValue(p: Pick<IndicatorSeriesPoint, 'value' | 'unit' | 'qualifier'>): string {
  const v =
    p.unit === 'percent'
      ? `${number(p.value)}%`
      : p.unit === 'CNY'
        ? money(p.value)
        : `${number(p.value)} ${t(`indicator.unit.${p.unit}`)}`;
  return p.qualifier ? `${v} ${p.qualifier}` : v;
}

export function renderTimeline(items: TimelineItem[], openDocument: (id: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'timeline-block' },
    h('h4', {}, t('time.timeline')),
    h(
      'ol',
      { class: 'timeline' },
      items.map((i) =>
        h(
          'li',
          { 'data-document': i.document },
          h('span', { class: 'tl-year' }, i.year ? String(i.year) : '—'),
          h(
            'a',
            { href: '#', onclick: (ev: Event) => (ev.preventDefault(), openDocument(i.document)) },
            lang() === 'zh' ? i.title_zh : i.title_en,
          ),
          ` · ${t('panel.mentions', { count: i.mentions })}`,
          i.statuses.map((s) => h('span', { class: 'tl-status', title: s.text }, t(`status.${s.status}`))),
          i.changed.length
            ? h(
                'span',
                { class: 'tl-changed' },
                t('time.changed', {
                  what: i.changed.map((k) => t(`attribute.${k}`)).join(lang() === 'zh' ? '、' : ', '),
                }),
              )
            : null,
        ),
      ),
    ),
  );
}

/** Axis numbers short: 5571亿 / 557.1B. */
const compact = (v: number): string =>
  new Intl.NumberFormat(lang() === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/** The same statement made by two documents (a report and its summary) is listed once. */
function distinct(points: IndicatorSeriesPoint[]): IndicatorSeriesPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const k = `${p.period}|${p.kind}|${p.value}|${p.qualifier ?? ''}`;
    return !seen.has(k) && Boolean(seen.add(k));
  });
}

function chart(el: HTMLElement, s: IndicatorSeries): uPlot | null {
  const drawn = s.points.map((p) => ({ p, x: periodX(p.period) })).filter((d) => d.x !== null);
  if (drawn.length === 0) return null;
  const xs = [...new Set(drawn.map((d) => d.x!))].sort((a, b) => a - b);
  const at = (kind: 'target' | 'actual') =>
    xs.map((x) => drawn.find((d) => d.x === x && d.p.kind === kind)?.p.value ?? null);
  const data: uPlot.AlignedData = [xs, at('target'), at('actual')];
  const opts: uPlot.Options = {
    width: 280,
    height: 130,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: (_u, lo, hi) => [lo - 0.5, hi + 0.5] } },
    axes: [
      { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')), size: 24 },
      { size: 60, values: (_u, ticks) => ticks.map(compact) },
    ],
    series: [
      {},
      { label: t('time.target'), stroke: '#c77c02', dash: [4, 4], spanGaps: true, points: { size: 6 } },
      { label: t('time.actual'), stroke: '#2d6cdf', width: 2, spanGaps: true, points: { size: 6 } },
    ],
  };
  return new uPlot(opts, data, el);
}

export function renderIndicators(series: IndicatorSeries[]): HTMLElement {
  const name = (s: IndicatorSeries) => (lang() === 'zh' ? s.name_zh : s.name_en);
  return h(
    'div',
    { class: 'indicators-block' },
    h('h4', {}, t('time.indicators')),
    h(
      'p',
      { class: 'muted legend-line' },
      h('span', { class: 'key-target' }, t('time.target')),
      ' ',
      h('span', { class: 'key-actual' }, t('time.actual')),
    ),
    series.map((s) => {
      const plot = h('div', { class: 'indicator-chart' });
      const fig = h(
        'figure',
        { class: 'indicator', 'data-indicator': s.indicator },
        h('figcaption', {}, name(s)),
        plot,
        h(
          'ul',
          { class: 'indicator-points' },
          distinct(s.points).map((p) =>
            h(
              'li',
              { 'data-kind': p.kind, title: p.evidence.text },
              `${p.period} · ${t(`time.${p.kind}`)} · ${formatValue(p)}`,
            ),
          ),
        ),
      );
      // Drawn once the figure is in the document (uPlot measures its container's fonts).
      queueMicrotask(() => chart(plot, s));
      return fig;
    }),
  );
}
