// How both stores rank, defined once: importance (PageRank over the whole graph) and the order of search hits.
// The embedded store applies these to its own graph; the Neo4j store to the graph it reads back from Neo4j.
import type { SearchHit } from '../model';
import type { IndexedHit } from '../search/index';
import type { CompactGraph } from './embedded/CompactGraph';
import { pagerank } from './embedded/traversal';

/** No search bonus is larger: under 10, less than the gap between match tiers. */
export const MAX_SEARCH_BONUS = 9.9;

/**
 * What a search adds to a match's score for a well-connected, often-mentioned entity. The packed index orders
 * postings by it, so it must be computed the same way everywhere.
 */
export function searchBonus(mentions: number, degree: number): number {
  return Math.min(MAX_SEARCH_BONUS, Math.log2(1 + mentions + degree));
}

/** What a hit's order is decided by. */
export interface HitFacts {
  mentions: number;
  degree: number;
  /** Length of the Chinese name: the shorter name wins a tie (it is the more general entity). */
  nameLength: number;
}

export type RankedHit = Pick<SearchHit, 'id' | 'score' | 'matched' | 'near'>;

/** Index matches in answer order: match score plus bonus (to two decimals), then shorter name, then id. */
export function rankHits(hits: IndexedHit[], factsOf: (id: string) => HitFacts | null, limit: number): RankedHit[] {
  const scored: { id: string; score: number; nameLength: number; matched: string; near?: true }[] = [];
  for (const h of hits) {
    const f = factsOf(h.id);
    if (!f) continue;
    const score = Math.round((h.score + searchBonus(f.mentions, f.degree)) * 100) / 100;
    scored.push({ id: h.id, score, nameLength: f.nameLength, matched: h.matched, ...(h.near ? { near: h.near } : {}) });
  }
  const better = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.score - a.score || a.nameLength - b.nameLength || (a.id < b.id ? -1 : 1);
  // A common word can match most of the graph: only the best `limit` are put in order.
  const top = scored.length > limit * 8 ? topK(scored, limit, better) : scored.sort(better).slice(0, limit);
  return top.map(({ id, score, matched, near }) => ({ id, score, matched, ...(near ? { near } : {}) }));
}

/** The best k items by `cmp`, in order, without sorting the whole list. */
export function topK<T>(items: T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const x of items) {
    if (best.length === k && cmp(x, best[k - 1]) >= 0) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && cmp(x, best[i - 1]) < 0) i--;
    best.splice(i, 0, x);
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * Importance by node slot: PageRank of the whole graph (typed relations weigh four times a co-occurrence), rounded
 * to 12 significant digits. The rounding is what makes two stores agree: they add the same terms in a different
 * order (edges sit in insertion order), and the last bits of a sum must not decide which entity ranks first.
 */
export function importance(g: CompactGraph): Float64Array {
  const rank = pagerank(g);
  for (let i = 0; i < rank.length; i++) if (rank[i] !== 0) rank[i] = Number(rank[i].toPrecision(12));
  return rank;
}

/** Overview order: most important first, then by id (so equal ranks always come out the same way). */
export function byImportance(ids: string[], importanceOf: (id: string) => number): string[] {
  return ids
    .map((id) => ({ id, rank: importanceOf(id) }))
    .sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1))
    .map((x) => x.id);
}
