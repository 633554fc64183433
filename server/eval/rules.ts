// Precision of each relation rule: of the typed relations a rule produced, how many correspond to a gold relation.
import type { PredRelation, RelationScores } from './score';

export interface RuleFigure {
  rule: string;
  predicted: number;
  right: number;
  precision: number;
  /** Gold relations matched by a relation this rule produced. */
  found: number;
}

export function ruleFigures(scores: RelationScores, pred: PredRelation[]): RuleFigure[] {
  const rulesOf = new Map<string, Set<string>>();
  for (const r of pred) {
    const key = `${r.source}|${r.type}|${r.target}`;
    const set = rulesOf.get(key) ?? new Set<string>();
    for (const rule of r.rules ?? []) set.add(rule);
    rulesOf.set(key, set);
  }
  const figures = new Map<string, RuleFigure>();
  const count = (r: PredRelation, right: boolean) => {
    for (const rule of rulesOf.get(`${r.source}|${r.type}|${r.target}`) ?? []) {
      const f = figures.get(rule) ?? { rule, predicted: 0, right: 0, precision: 0, found: 0 };
      f.predicted++;
      if (right) f.right++;
      figures.set(rule, f);
    }
  };
  for (const r of scores.right) count(r, true);
  for (const r of scores.wrong) count(r, false);
  for (const f of figures.values()) {
    f.precision = f.predicted === 0 ? 0 : f.right / f.predicted;
    f.found = f.right;
  }
  return [...figures.values()].sort((a, b) => b.predicted - a.predicted);
}
