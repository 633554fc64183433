// The indicator catalogue (server/data/indicators.json): surface forms → keys, so that GDP, 地区生产总值 and 生产总值
// are one indicator, with the English name and the unit every value is normalised to.
import fs from 'node:fs';
import { projectPath } from '../../util/projectRoot';

export type UnitClass = 'CNY' | 'percent' | 'persons' | 'count' | 'tonnes' | 'hectares' | 'tce/10k CNY';

export interface IndicatorDef {
  key: string;
  zh: string[];
  en: string;
  unit: UnitClass;
  /** Key of the growth rate of a level indicator. */
  growth?: string;
  /** Key used when a flow verb (新增, 新设, 培育 …) governs the mention. */
  flow?: string;
  /** A stock that reports only state as a flow: without a flow verb the mention yields nothing. */
  flowOnly?: boolean;
  /** Already a rate or an index change (CPI, unemployment rate): a percentage is its value, not its growth. */
  rate?: boolean;
  source: string;
}

export interface Catalogue {
  byKey: Map<string, IndicatorDef>;
  /** Every surface form with its entry, longest first, so that 人均地区生产总值 wins over 地区生产总值. */
  forms: { form: string; def: IndicatorDef }[];
}

let cache: Catalogue | null = null;

export function loadCatalogue(file = projectPath('server', 'data', 'indicators.json')): Catalogue {
  if (cache && file === projectPath('server', 'data', 'indicators.json')) return cache;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    sources: Record<string, string>;
    indicators: IndicatorDef[];
  };
  const byKey = new Map<string, IndicatorDef>();
  for (const d of raw.indicators) {
    if (byKey.has(d.key)) throw new Error(`${file}: ${d.key} twice`);
    if (!raw.sources[d.source]) throw new Error(`${file}: ${d.key} has no known source`);
    byKey.set(d.key, { ...d, zh: d.zh ?? [] });
  }
  for (const d of byKey.values()) {
    for (const k of [d.growth, d.flow]) if (k && !byKey.has(k)) throw new Error(`${file}: ${d.key} names unknown ${k}`);
  }
  const forms = [...byKey.values()].flatMap((def) => def.zh.map((form) => ({ form, def })));
  forms.sort((a, b) => b.form.length - a.form.length);
  const out = { byKey, forms };
  if (file === projectPath('server', 'data', 'indicators.json')) cache = out;
  return out;
}

/** A Chinese name for an indicator: its first form, or for a growth rate its level's name with 增速 (GDP growth: 地区生产总值增速). */
export function indicatorNameZh(key: string, catalogue: Catalogue = loadCatalogue()): string {
  const def = catalogue.byKey.get(key);
  if (def?.zh[0]) return def.zh[0];
  for (const d of catalogue.byKey.values()) if (d.growth === key && d.zh[0]) return `${d.zh[0]}增速`;
  return def?.en ?? key;
}
