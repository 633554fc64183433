// Scoring of predicted entities and relations against gold annotations (../shared/gold/README.md).
import { CORE_TYPES, ENTITY_TYPES, type EntityType } from '../ontology';

export interface GoldEntity {
  id: string;
  type: string;
  subtype?: string;
  aliases: string[];
  name_en?: string;
}
export interface GoldRelation {
  source: string;
  type: string;
  target: string;
}
export interface GoldFile {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
export interface PredEntity {
  id: string;
  type: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
}
export interface PredRelation {
  source: string;
  type: string;
  target: string;
  /** The rules that produced it (for per-rule figures). */
  rules?: string[];
}

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  matchedGold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** NFKC, quotation marks and white space removed, Latin lower-cased. */
export function normForm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”‘’"'「」『』《》\s]/g, '')
    .toLowerCase();
}

function prf(tp: number, predicted: number, matchedGold: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, matchedGold, precision, recall, f1 };
}

export interface EntityScores {
  byType: Record<string, { strict: PRF; lenient: PRF }>;
  core: { strict: PRF; lenient: PRF };
  /** Project, Company and Place, type-strict: the figure the issues track. */
  pcp: PRF;
  all: { strict: PRF; lenient: PRF };
  /** gold id → predicted entities matching it (any type). */
  matches: Map<string, PredEntity[]>;
}

export function matchEntities(gold: GoldEntity[], pred: PredEntity[]): Map<string, PredEntity[]> {
  const index = new Map<string, GoldEntity[]>();
  for (const g of gold)
    for (const f of [g.id, ...g.aliases]) {
      const k = normForm(f);
      const list = index.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      index.set(k, list);
    }
  const matches = new Map<string, PredEntity[]>();
  for (const p of pred) {
    const hit = new Set<GoldEntity>();
    for (const f of [p.name_zh, ...p.aliases]) for (const g of index.get(normForm(f)) ?? []) hit.add(g);
    for (const g of hit) matches.set(g.id, [...(matches.get(g.id) ?? []), p]);
  }
  return matches;
}

export function scoreEntities(gold: GoldEntity[], pred: PredEntity[]): EntityScores {
  const matches = matchEntities(gold, pred);
  const goldById = new Map(gold.map((g) => [g.id, g]));
  const predMatched = (p: PredEntity, strict: boolean) =>
    [...matches.entries()].some(([gid, ps]) => ps.includes(p) && (!strict || goldById.get(gid)!.type === p.type));
  const goldMatched = (g: GoldEntity, strict: boolean) =>
    (matches.get(g.id) ?? []).some((p) => !strict || p.type === g.type);
  const score = (types: readonly string[], strict: boolean): PRF => {
    const ps = pred.filter((p) => types.includes(p.type));
    const gs = gold.filter((g) => types.includes(g.type));
    // Lenient scores are pooled over the types: a prediction of any type counts for a gold entity of these types.
    const tp = strict ? ps.filter((p) => predMatched(p, true)).length : ps.filter((p) => predMatched(p, false)).length;
    const mg = gs.filter((g) => goldMatched(g, strict)).length;
    return prf(tp, ps.length, mg, gs.length);
  };
  const pcp = ['Project', 'Company', 'Place'];
  const byType: EntityScores['byType'] = {};
  for (const t of ENTITY_TYPES) byType[t] = { strict: score([t], true), lenient: score([t], false) };
  return {
    byType,
    core: { strict: score(CORE_TYPES, true), lenient: score(CORE_TYPES, false) },
    pcp: score(pcp, true),
    all: { strict: score(ENTITY_TYPES, true), lenient: score(ENTITY_TYPES, false) },
    matches,
  };
}

export interface RelationScores {
  typed: PRF;
  linkedRecall: number;
  byType: Record<string, PRF>;
  missed: GoldRelation[];
  wrong: PredRelation[];
  /** Typed predictions that correspond to a gold relation. */
  right: PredRelation[];
}

export function scoreRelations(
  gold: GoldFile['relations'],
  pred: PredRelation[],
  matches: Map<string, PredEntity[]>,
): RelationScores {
  const ids = (gid: string) => new Set((matches.get(gid) ?? []).map((p) => p.id));
  const has = (rels: PredRelation[], g: GoldRelation, anyType: boolean) => {
    const s = ids(g.source);
    const t = ids(g.target);
    return rels.some(
      (r) =>
        (anyType || r.type === g.type) &&
        ((s.has(r.source) && t.has(r.target)) ||
          ((anyType || g.type === 'COOPERATES_WITH' || r.type === 'CO_OCCURS') && s.has(r.target) && t.has(r.source))),
    );
  };
  const typedPred = [
    ...new Map(
      pred.filter((r) => r.type !== 'CO_OCCURS').map((r) => [`${r.source}|${r.type}|${r.target}`, r]),
    ).values(),
  ];
  const found = gold.filter((g) => has(typedPred, g, false));
  const corresponds = (r: PredRelation) => gold.some((g) => r.type === g.type && has([r], g, false));
  const tp = typedPred.filter(corresponds).length;
  const byType: Record<string, PRF> = {};
  for (const t of new Set([...gold.map((g) => g.type), ...typedPred.map((r) => r.type)])) {
    const gs = gold.filter((g) => g.type === t);
    const ps = typedPred.filter((r) => r.type === t);
    byType[t] = prf(
      ps.filter(corresponds).length,
      ps.length,
      gs.filter((g) => has(typedPred, g, false)).length,
      gs.length,
    );
  }
  return {
    typed: prf(tp, typedPred.length, found.length, gold.length),
    linkedRecall: gold.length === 0 ? 0 : gold.filter((g) => has(pred, g, true)).length / gold.length,
    byType,
    missed: gold.filter((g) => !found.includes(g)),
    wrong: typedPred.filter((r) => !corresponds(r)),
    right: typedPred.filter(corresponds),
  };
}

export function wordF1(a: string, b: string): number {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const pool = [...wb];
  let common = 0;
  for (const w of wa) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  if (common === 0) return 0;
  const p = common / wa.length;
  const r = common / wb.length;
  return (2 * p * r) / (p + r);
}

export type { EntityType };
