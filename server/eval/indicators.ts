// Indicator points against the hand-annotated gold (indicatorGold.json, described in indicatorGold.md): precision,
// recall, and the series where a target and a result for the same period line up.
import fs from 'node:fs';
import path from 'node:path';
import type { IndicatorPoint } from '../model';
import { normalizeText } from '../ingest/normalize';
import { splitSentences } from '../ingest/sentences';
import { extractIndicators } from '../ingest/indicators/extract';

export interface GoldPoint {
  indicator: string;
  period: string;
  value: number;
  unit: string;
  kind: 'target' | 'actual';
  qualifier?: string;
  place?: string;
  evidence: string;
}

export interface IndicatorGold {
  documents: { doc: string; points: GoldPoint[] }[];
}

export interface IndicatorScore {
  predicted: number;
  gold: number;
  tp: number;
  precision: number;
  recall: number;
  missed: GoldPoint[];
  wrong: IndicatorPoint[];
}

/** Values agree within 1 % relative (0.01 absolute near zero: growth of 0.1 %). */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01 * Math.abs(b), 0.01);

export function pointMatches(p: IndicatorPoint, g: GoldPoint): boolean {
  return (
    p.indicator === g.indicator &&
    p.period === g.period &&
    p.kind === g.kind &&
    close(p.value, g.value) &&
    (g.place === undefined || p.place === g.place)
  );
}

/** Each gold point matched at most once, each prediction counted once. */
export function scoreIndicators(pairs: { gold: GoldPoint[]; predicted: IndicatorPoint[] }[]): IndicatorScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const missed: GoldPoint[] = [];
  const wrong: IndicatorPoint[] = [];
  for (const { gold: gs, predicted: ps } of pairs) {
    predicted += ps.length;
    gold += gs.length;
    const free = new Set(gs);
    for (const p of ps) {
      const g = [...free].find((x) => pointMatches(p, x));
      if (g) {
        free.delete(g);
        tp++;
      } else wrong.push(p);
    }
    missed.push(...free);
  }
  return {
    predicted,
    gold,
    tp,
    precision: predicted ? tp / predicted : 0,
    recall: gold ? tp / gold : 0,
    missed,
    wrong,
  };
}

export interface AlignedSeries {
  indicator: string;
  name_en: string;
  period: string;
  targets: IndicatorPoint[];
  actuals: IndicatorPoint[];
}

/** For one place: each indicator and period with both a target and a result, across documents. */
export function alignSeries(points: IndicatorPoint[], place: string): AlignedSeries[] {
  const by = new Map<string, AlignedSeries>();
  for (const p of points) {
    if (p.place !== place) continue;
    const k = `${p.indicator}|${p.period}`;
    const s = by.get(k) ?? { indicator: p.indicator, name_en: p.name_en, period: p.period, targets: [], actuals: [] };
    (p.kind === 'target' ? s.targets : s.actuals).push(p);
    by.set(k, s);
  }
  return [...by.values()]
    .filter((s) => s.targets.length > 0 && s.actuals.length > 0)
    .sort((a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator));
}

interface ManifestDoc {
  file: string;
  title_zh?: string;
  kind?: string;
  published?: string;
  covers_year?: number;
}

const fmt = (p: IndicatorPoint): string =>
  (p.unit === 'percent' ? `${p.value} %` : `${p.value.toLocaleString('en')} ${p.unit}`) +
  (p.qualifier ? ` (${p.qualifier})` : '');
const pr = (s: IndicatorScore): string =>
  `P ${(s.precision * 100).toFixed(1).padStart(5)}  R ${(s.recall * 100).toFixed(1).padStart(5)}`;

/** The "Indicators" section of npm run eval: the gold beside this file, the corpus folder that manifest.json is in. */
export function indicatorReport(corpusDir: string, opts: { verbose?: boolean; goldFile?: string } = {}): string[] {
  const goldFile = opts.goldFile ?? path.join(__dirname, 'indicatorGold.json');
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as IndicatorGold;
  const manifestFile = path.join(corpusDir, 'manifest.json');
  const manifest = fs.existsSync(manifestFile)
    ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { documents: ManifestDoc[] }).documents
    : [];
  const pairs: { gold: GoldPoint[]; predicted: IndicatorPoint[] }[] = [];
  const all: IndicatorPoint[] = [];
  const homes = new Map<string, number>();
  const lines = ['', 'Indicators (points against server/eval/indicatorGold.json):'];
  for (const d of gold.documents) {
    const file = path.join(corpusDir, d.doc);
    if (!fs.existsSync(file)) {
      lines.push(`  ${d.doc}: not found in ${corpusDir}, skipped`);
      continue;
    }
    const m = manifest.find((x) => x.file === d.doc);
    const text = normalizeText(fs.readFileSync(file, 'utf8')).text;
    const published = m?.published ? Number(m.published.slice(0, 4)) : (m?.covers_year ?? null);
    const predicted = extractIndicators(text, splitSentences(text), {
      year: published,
      title_zh: m?.title_zh ?? '',
      ...(m?.kind ? { kind: m.kind } : {}),
    });
    const s = scoreIndicators([{ gold: d.points, predicted }]);
    lines.push(`  ${d.doc.padEnd(28)} ${pr(s)}` + `  (${s.tp}/${s.predicted} predicted, ${s.tp}/${s.gold} gold)`);
    pairs.push({ gold: d.points, predicted });
    all.push(...predicted);
    for (const p of predicted) homes.set(p.place, (homes.get(p.place) ?? 0) + 1);
  }
  const s = scoreIndicators(pairs);
  const f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  lines.push(
    `  ${'pooled'.padEnd(28)} ${pr(s)}` +
      `  F1 ${(f1 * 100).toFixed(1)}  (${s.tp}/${s.predicted} predicted, ${s.tp}/${s.gold} gold)`,
  );
  for (const g of opts.verbose ? s.missed : []) {
    lines.push(`    missed: ${g.indicator} ${g.period} ${g.kind} ${g.value}  «${g.evidence}»`);
  }
  for (const p of opts.verbose ? s.wrong : []) {
    lines.push(`    wrong:  ${p.indicator} ${p.period} ${p.kind} ${p.value} ${p.place}  «${p.evidence.text}»`);
  }
  const home = [...homes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const series = alignSeries(all, home);
  lines.push(`  Targets and results lined up for ${home || 'the home place'} (${series.length}):`);
  for (const x of series) {
    lines.push(
      `    ${x.indicator} ${x.period}: target ${x.targets.map(fmt).join(' / ')}; ` +
        `actual ${x.actuals.map(fmt).join(' / ')}   — ${x.name_en}`,
    );
  }
  return lines;
}
