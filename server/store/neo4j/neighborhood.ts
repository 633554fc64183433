// Neighbourhoods in Neo4j with the embedded store's rule: each step admits the strongest ties, then the most
// important entities, up to the limit (graphAlgorithms.ts), with importance from the ranking view.
import type { GraphEdge, NeighborhoodQuery, Subgraph } from '../../model';
import type { RelationType } from '../../ontology';
import { admitRanked, tieStrength } from '../graphAlgorithms';
import { readNodes } from './entityReads';
import { importanceOf, type RankingView } from './rankingView';
import { edgeWeight, toGraphEdge, type Row } from './records';
import type { Neo4jSession, Runner } from './session';

export function neighborhood(
  db: Neo4jSession,
  view: RankingView,
  ids: string[],
  q: NeighborhoodQuery,
): Promise<Subgraph> {
  return db.read(async (tx) => {
    const relations = q.relations && q.relations.length > 0 ? q.relations : null;
    const seeds = (await db.run(tx, 'entities_by_id', { ids })).map((r) => String((r.get('entity') as Row).id));
    const { included, truncated } = await grow(db, tx, view, seeds, q);
    const all = [...included];
    const nodes = await readNodes(db, tx, all, view);
    const edges: GraphEdge[] = [];
    for (const r of await db.run(tx, 'subgraph_edges', { ids: all, relations })) {
      const row = r.toObject() as Row;
      const w = edgeWeight(row, q);
      if (w > 0) edges.push(toGraphEdge(row, w));
    }
    // By id, as the embedded store answers: not in the order Neo4j happens to find them.
    edges.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { nodes, edges, truncated };
  });
}

/** The seeds and the entities admitted step by step, `q.depth` steps out. */
async function grow(
  db: Neo4jSession,
  tx: Runner,
  view: RankingView,
  seeds: string[],
  q: NeighborhoodQuery,
): Promise<{ included: Set<string>; truncated: boolean }> {
  const relations = q.relations && q.relations.length > 0 ? q.relations : null;
  const types = q.types && q.types.length > 0 ? q.types : null;
  const included = new Set<string>(seeds);
  let frontier = [...seeds];
  let truncated = false;
  for (let d = 0; d < q.depth && frontier.length > 0; d++) {
    const strength = new Map<string, number>();
    for (const r of await db.run(tx, 'neighborhood_step', { frontier, relations, types })) {
      const row = r.toObject() as Row;
      const to = String(row.to);
      if (included.has(to)) continue;
      const w = edgeWeight(row, q);
      if (w <= 0) continue;
      strength.set(to, (strength.get(to) ?? 0) + tieStrength(w, row.type as RelationType));
    }
    const step = admitRanked(strength, (id) => importanceOf(view, id), included, q.limit);
    truncated ||= step.truncated;
    frontier = step.admitted;
  }
  return { included, truncated };
}
