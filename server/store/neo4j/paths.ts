// Paths in Neo4j with the embedded store's algorithm and its two searches (without hubs, then with them), each on
// the part of the graph it needs (pathGraph.ts); degree shares are those of the whole graph, from the ranking view.
import type { GraphEdge, GraphNode, GraphPath, PathQuery } from '../../model';
import type { EntityType } from '../../ontology';
import type { CompactGraph } from '../embedded/CompactGraph';
import { paths as findPaths, type FoundPath } from '../embedded/traversal';
import { HUB_SHARE } from '../graphAlgorithms';
import { readNodes, readRelation } from './entityReads';
import { pathGraph, type ExpandTies, type FetchedTie } from './pathGraph';
import type { RankingView } from './rankingView';
import { edgeWeight, toFetchedTie, type Row } from './records';
import type { Neo4jSession, Runner } from './session';

interface Found {
  g: CompactGraph;
  found: FoundPath[];
}

export function paths(
  db: Neo4jSession,
  view: RankingView,
  from: string,
  to: string,
  q: PathQuery,
): Promise<GraphPath[]> {
  return db.read(async (tx) => {
    const expand = tieReader(db, tx, q);
    const avoidHubs = q.avoidHubs ?? true;
    let found = await search(view, from, to, q, expand, avoidHubs);
    if (avoidHubs && found.found.length === 0) found = await search(view, from, to, q, expand, false);
    return assemble(db, tx, view, found);
  });
}

/** The ties of a frontier under the query's relation types, documents and years. */
function tieReader(db: Neo4jSession, tx: Runner, q: PathQuery): ExpandTies {
  const relations = q.relations && q.relations.length > 0 ? q.relations : null;
  return async (ids) => {
    const ties: FetchedTie[] = [];
    for (const r of await db.run(tx, 'paths_expand', { ids, relations })) {
      const row = r.toObject() as Row;
      const weight = edgeWeight(row, q);
      if (weight > 0) ties.push(toFetchedTie(row, weight));
    }
    return ties;
  };
}

/** One search on its own part of the graph; hubs are left out of the inside of paths when `noHubs`. */
async function search(
  view: RankingView,
  from: string,
  to: string,
  q: PathQuery,
  expand: ExpandTies,
  noHubs: boolean,
): Promise<Found> {
  const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
  // Degree shares from the whole graph, as the embedded store counts them.
  const whole = view.graph;
  const others = Math.max(1, whole.order - 1);
  const shareOf = (id: string) => whole.degree(whole.node(id)) / others;
  const inner = (id: string, type: EntityType) => (!types || types.has(type)) && !(noHubs && shareOf(id) >= HUB_SHARE);
  const g = await pathGraph(from, to, q.maxLength, expand, inner);
  const found = findPaths(g, g.node(from), g.node(to), {
    maxLength: q.maxLength,
    limit: q.limit,
    edgeWeight: (slot) => g.edgeWeight(slot),
    // Hubs are left out here, not by avoidHubs: a second search needs a larger part of the graph.
    nodeOk: (slot) => inner(g.nodeId(slot), g.nodeType(slot)),
    share: (slot) => shareOf(g.nodeId(slot)),
    avoidHubs: false,
  });
  return { g, found };
}

/** The paths found, with their entities and relations as the graph holds them. */
async function assemble(db: Neo4jSession, tx: Runner, view: RankingView, { g, found }: Found): Promise<GraphPath[]> {
  const nodeIds = [...new Set(found.flatMap((p) => p.nodes.map((n) => g.nodeId(n))))];
  const nodes = new Map<string, GraphNode>((await readNodes(db, tx, nodeIds, view)).map((n) => [n.id, n]));
  const out: GraphPath[] = [];
  for (const p of found) {
    const edges: GraphEdge[] = [];
    for (const slot of p.edges) {
      const rel = await readRelation(db, tx, g.edgeKey(slot));
      if (rel)
        edges.push({
          id: rel.id,
          source: rel.source,
          target: rel.target,
          type: rel.type,
          weight: rel.weight,
          evidenceCount: rel.evidence.length,
          attributes: rel.attributes,
        });
    }
    out.push({
      nodes: p.nodes.map((n) => nodes.get(g.nodeId(n))!),
      edges,
      length: edges.length,
      cost: p.cost,
      hubs: p.hubs.map((n) => g.nodeId(n)),
    });
  }
  return out;
}
