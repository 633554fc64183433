// Ranking rules both stores share, and importance (PageRank, Louvain communities) of a small subgraph.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { RelationType } from '../ontology';
import { mulberry32 } from '../util/random';

/** A tie to a neighbour: its evidence weight, and more for a typed relation than for co-occurrence. */
export function tieStrength(weight: number, type: RelationType): number {
  return weight + (type === 'CO_OCCURS' ? 0 : 2);
}

/** A co-occurrence hop costs more than two typed hops: a typed path one step longer still comes first. */
export const CO_OCCURS_COST = 2.1;

/**
 * A hub: a node linked to at least this share of the graph (its degree over the other nodes). With `avoidHubs` a
 * path passes through one only when no path exists otherwise.
 */
export const HUB_SHARE = 0.05;

/** What passing through a node adds to a path's cost: a node linked to HUB_SHARE of the graph costs a typed hop. */
export function passCost(share: number): number {
  return share / HUB_SHARE;
}

/** Typed relations weigh four times a co-occurrence in importance. */
export function importanceWeight(type: RelationType, weight: number): number {
  return type === 'CO_OCCURS' ? weight * 0.5 : weight * 2;
}

/**
 * Admits neighbours until the node limit: strongest ties first, then importance, then name, so hubs do not
 * flood the answer. Both stores rank a neighbourhood step with this.
 */
export function admitRanked<K>(
  candidates: Map<K, number>,
  importanceOf: (id: K) => number,
  included: Set<K>,
  limit: number,
  name: (id: K) => string = String,
): { admitted: K[]; truncated: boolean } {
  // Importance looked up once per candidate, names only to break exact ties: this sort runs on every expansion.
  const ranked: { id: K; strength: number; importance: number }[] = [];
  for (const [id, strength] of candidates) ranked.push({ id, strength, importance: importanceOf(id) });
  ranked.sort((a, b) => b.strength - a.strength || b.importance - a.importance || (name(a.id) < name(b.id) ? -1 : 1));
  const admitted: K[] = [];
  for (const { id } of ranked) {
    if (included.size >= limit) return { admitted, truncated: true };
    included.add(id);
    admitted.push(id);
  }
  return { admitted, truncated: false };
}

export interface Importance {
  pagerank: Map<string, number>;
  community: Map<string, number>;
}

export interface WeightedEdge {
  source: string;
  target: string;
  type: RelationType;
  weight: number;
}

/** PageRank and Louvain communities of a (small) subgraph, collapsed, undirected and weighted; deterministic. */
export function subgraphImportance(nodes: string[], edges: WeightedEdge[]): Importance {
  const u = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const n of nodes) if (!u.hasNode(n)) u.addNode(n);
  for (const e of edges) {
    if (e.source === e.target || !u.hasNode(e.source) || !u.hasNode(e.target)) continue;
    const w = importanceWeight(e.type, e.weight);
    if (u.hasEdge(e.source, e.target)) u.updateEdgeAttribute(e.source, e.target, 'weight', (x) => (x ?? 0) + w);
    else u.addEdge(e.source, e.target, { weight: w });
  }
  const pr = u.order > 0 ? pagerank(u, { getEdgeWeight: 'weight' }) : {};
  const comm = u.size > 0 ? louvain(u, { getEdgeWeight: 'weight', rng: mulberry32(42) }) : {};
  const community = new Map<string, number>();
  let next = Math.max(-1, ...Object.values(comm)) + 1;
  for (const n of u.nodes()) community.set(n, comm[n] ?? next++);
  return { pagerank: new Map(Object.entries(pr)), community };
}
