// Search over the ranking view: the same index and the same order (ranking.ts) as the embedded store.
import { searchHit, type SearchHit } from '../../model';
import type { EntityType } from '../../ontology';
import { MAX_SEARCH_BONUS, rankHits, searchBonus, type HitFacts } from '../ranking';
import type { RankingView } from './rankingView';

export function searchView(view: RankingView, q: string, opts: { types?: EntityType[]; limit: number }): SearchHit[] {
  const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
  const g = view.graph;
  const accept = types ? (id: string) => types.has(view.entities.get(id)!.type) : undefined;
  const factsOf = (id: string): HitFacts | null => {
    const e = view.entities.get(id);
    if (!e || (types && !types.has(e.type))) return null;
    return { mentions: e.mentions, degree: g.degree(g.node(id)), nameLength: e.name_zh.length };
  };
  const bonusOf = (id: string) => {
    const f = factsOf(id);
    return f ? searchBonus(f.mentions, f.degree) : 0;
  };
  const bonus = { version: view.version, of: bonusOf, max: MAX_SEARCH_BONUS };
  const hits = view.index.match(q, { enough: opts.limit, bonus, ...(accept ? { accept } : {}) });
  return rankHits(hits, factsOf, opts.limit).map((h) => searchHit(view.entities.get(h.id)!, h));
}
