// Search over the embedded graph: the read model's name index finds matches, and ranking.ts (shared with the Neo4j
// store) puts them in order from per-slot numbers.
import { searchHit, type SearchHit } from '../../model';
import type { EntityType } from '../../ontology';
import { MAX_SEARCH_BONUS, rankHits, searchBonus } from '../ranking';
import type { ReadModel } from './readModel';

/** `version`: the graph's version, for what the index keeps per version (long lists in bonus order). */
export function searchEntities(
  read: ReadModel,
  version: string,
  q: string,
  opts: { types?: EntityType[]; limit: number },
): SearchHit[] {
  const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
  const g = read.graph;
  const accept = types ? (id: string) => types.has(g.nodeType(g.node(id))) : undefined;
  const facts = read.searchFacts();
  // The index stops early in long posting lists when it knows each hit's bonus (the packed one stores it).
  const bonus = {
    version,
    of: (id: string) => searchBonus(facts.mentions[g.node(id)], g.degree(g.node(id))),
    max: MAX_SEARCH_BONUS,
  };
  const hits = read.index.match(q, { enough: opts.limit, bonus, ...(accept ? { accept } : {}) });
  // Ranked from per-slot numbers, and answers built only for the best `limit`: parsing or copying each hit's
  // entity would cost more than the search.
  const top = rankHits(
    hits,
    (id) => {
      const slot = g.node(id);
      if (slot < 0 || (types && !types.has(g.nodeType(slot)))) return null;
      return { mentions: facts.mentions[slot], degree: g.degree(slot), nameLength: facts.nameLength[slot] };
    },
    opts.limit,
  );
  return top.map((h) => searchHit(read.entity(h.id)!, h));
}
