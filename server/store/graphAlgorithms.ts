// Neighbourhood, paths and importance over an in-memory graphology graph (the embedded store's engine).
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EntityType, RelationType } from '../ontology';
import { mulberry32 } from '../util/random';

export interface EdgeAttrs {
  type: RelationType;
  weight: number;
}
export interface NodeAttrs {
  type: EntityType;
}
export type KG = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Returns the weight an edge keeps under the current filters, or 0 to drop it. */
export type EdgeFilter = (edge: string, attrs: EdgeAttrs) => number;

export interface NeighborhoodResult {
  nodes: string[];
  edges: { key: string; weight: number }[];
  truncated: boolean;
}

/** A tie to a neighbour: its evidence weight, and more for a typed relation than for co-occurrence. */
export function tieStrength(weight: number, type: RelationType): number {
  return weight + (type === 'CO_OCCURS' ? 0 : 2);
}

/**
 * Admits neighbours until the node limit: strongest ties first, then importance, so hubs do not flood the answer.
 * Both stores rank a neighbourhood step with this.
 */
export function admitRanked(candidates: Map<string, number>, importanceOf: (id: string) => number, included: Set<string>, limit: number): { admitted: string[]; truncated: boolean } {
  const ranked = [...candidates.entries()].sort((a, b) => b[1] - a[1] || importanceOf(b[0]) - importanceOf(a[0]) || (a[0] < b[0] ? -1 : 1));
  const admitted: string[] = [];
  for (const [id] of ranked) {
    if (included.size >= limit) return { admitted, truncated: true };
    included.add(id);
    admitted.push(id);
  }
  return { admitted, truncated: false };
}

export function neighborhood(
  g: KG,
  seeds: string[],
  opts: { depth: number; limit: number; nodeOk: (id: string, attrs: NodeAttrs) => boolean; edgeWeight: EdgeFilter; importance: (id: string) => number },
): NeighborhoodResult {
  const included = new Set<string>(seeds.filter((s) => g.hasNode(s)));
  let frontier = [...included];
  let truncated = false;
  for (let d = 0; d < opts.depth && frontier.length > 0; d++) {
    const candidates = new Map<string, number>();
    for (const n of frontier) {
      g.forEachEdge(n, (edge, attrs, source, target) => {
        const other = source === n ? target : source;
        if (included.has(other)) return;
        const w = opts.edgeWeight(edge, attrs);
        if (w <= 0) return;
        if (!opts.nodeOk(other, g.getNodeAttributes(other))) return;
        candidates.set(other, (candidates.get(other) ?? 0) + tieStrength(w, attrs.type));
      });
    }
    const step = admitRanked(candidates, opts.importance, included, opts.limit);
    truncated ||= step.truncated;
    frontier = step.admitted;
  }
  const edges: { key: string; weight: number }[] = [];
  for (const n of included) {
    g.forEachOutEdge(n, (edge, attrs, _s, target) => {
      if (!included.has(target)) return;
      const w = opts.edgeWeight(edge, attrs);
      if (w > 0) edges.push({ key: edge, weight: w });
    });
  }
  return { nodes: [...included], edges, truncated };
}

export interface FoundPath {
  nodes: string[];
  edges: string[];
  cost: number;
}

/** A co-occurrence hop costs more than two typed hops: a typed path one step longer still comes first. */
const CO_OCCURS_COST = 2.1;

/**
 * Simple paths between two nodes, shortest first, typed relations preferred over co-occurrence.
 * Enumeration is pruned by the distance to the target, so only paths that can still arrive in time are extended.
 */
export function paths(g: KG, from: string, to: string, opts: { maxLength: number; limit: number; edgeOk: (edge: string, attrs: EdgeAttrs) => boolean }): FoundPath[] {
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  // Best edge per node pair under the filter.
  const bestEdge = (a: string, b: string): { key: string; cost: number } | null => {
    let best: { key: string; cost: number; w: number } | null = null;
    const consider = (edge: string, attrs: EdgeAttrs) => {
      if (!opts.edgeOk(edge, attrs)) return;
      const cost = attrs.type === 'CO_OCCURS' ? CO_OCCURS_COST : 1;
      if (!best || cost < best.cost || (cost === best.cost && attrs.weight > best.w)) best = { key: edge, cost, w: attrs.weight };
    };
    g.forEachEdge(a, b, (edge, attrs) => consider(edge, attrs));
    return best;
  };
  const neighbors = (n: string): string[] => {
    const out = new Set<string>();
    g.forEachEdge(n, (edge, attrs, s, t) => {
      if (opts.edgeOk(edge, attrs)) out.add(s === n ? t : s);
    });
    return [...out];
  };
  // Bidirectional breadth-first search over allowed edges (undirected): both ends grow, the smaller frontier
  // first, until they meet. On hub-rich graphs this touches a tiny part of what a search from one end would.
  const distS = new Map<string, number>([[from, 0]]);
  const distT = new Map<string, number>([[to, 0]]);
  let frontS = [from];
  let frontT = [to];
  let rs = 0;
  let rt = 0;
  let shortest = Infinity;
  while (frontS.length > 0 && frontT.length > 0 && rs + rt < opts.maxLength && shortest === Infinity) {
    const fromSource = frontS.length <= frontT.length;
    const mine = fromSource ? distS : distT;
    const other = fromSource ? distT : distS;
    const level = (fromSource ? rs : rt) + 1;
    const next: string[] = [];
    for (const n of fromSource ? frontS : frontT) {
      for (const m of neighbors(n)) {
        if (mine.has(m)) continue;
        mine.set(m, level);
        next.push(m);
        const o = other.get(m);
        if (o !== undefined) shortest = Math.min(shortest, level + o);
      }
    }
    if (fromSource) {
      frontS = next;
      rs = level;
    } else {
      frontT = next;
      rt = level;
    }
  }
  if (shortest === Infinity || shortest > opts.maxLength) return [];
  const found: FoundPath[] = [];
  // Bounded work: dense neighbourhoods have very many longer paths; the shortest ones are found first.
  const budget = { expansions: 0, max: 20_000 };
  const want = Math.max(opts.limit * 4, 12);
  const stack: string[] = [from];
  const onPath = new Set<string>([from]);
  const neighborCache = new Map<string, string[]>();
  const nb = (n: string) => {
    let v = neighborCache.get(n);
    if (!v) neighborCache.set(n, (v = neighbors(n)));
    return v;
  };
  // A node may stand at step i of a path of `len` hops if the source reaches it within i hops (first part) or
  // it reaches the target within the hops left (last part); together the two searches cover every step.
  const walk = (node: string, step: number, len: number) => {
    if (found.length >= want || budget.expansions++ > budget.max) return;
    if (node === to) {
      if (step !== len) return;
      const edges: string[] = [];
      let cost = 0;
      for (let i = 0; i + 1 < stack.length; i++) {
        const e = bestEdge(stack[i], stack[i + 1]);
        if (!e) return;
        edges.push(e.key);
        cost += e.cost;
      }
      found.push({ nodes: [...stack], edges, cost });
      return;
    }
    if (step === len) return;
    const left = len - step - 1;
    const ok = (m: string) => {
      if (onPath.has(m)) return false;
      if (left <= rt) return (distT.get(m) ?? Infinity) <= left;
      return (distS.get(m) ?? Infinity) <= step + 1;
    };
    const next = nb(node)
      .filter(ok)
      .sort((a, b) => (distT.get(a) ?? Infinity) - (distT.get(b) ?? Infinity) || (a < b ? -1 : 1));
    for (const m of next) {
      stack.push(m);
      onPath.add(m);
      walk(m, step + 1, len);
      onPath.delete(m);
      stack.pop();
    }
  };
  // Paths at most one hop longer than the shortest: longer detours explain little and cost much.
  for (let len = shortest; len <= Math.min(opts.maxLength, shortest + 1) && found.length < want; len++) walk(from, 0, len);
  found.sort((a, b) => a.cost - b.cost || a.nodes.length - b.nodes.length || a.nodes.join().localeCompare(b.nodes.join()));
  return found.slice(0, opts.limit);
}

export interface Importance {
  pagerank: Map<string, number>;
  community: Map<string, number>;
}

/** PageRank and Louvain communities on the collapsed, undirected, weighted graph; deterministic. */
export function importance(g: KG): Importance {
  const u = new UndirectedGraph<Record<string, never>, { weight: number }>();
  g.forEachNode((n) => u.addNode(n));
  g.forEachEdge((_e, attrs, s, t) => {
    if (s === t) return;
    const w = attrs.type === 'CO_OCCURS' ? attrs.weight * 0.5 : attrs.weight * 2;
    if (u.hasEdge(s, t)) u.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else u.addEdge(s, t, { weight: w });
  });
  const pr = u.order > 0 ? pagerank(u, { getEdgeWeight: 'weight' }) : {};
  const comm = u.size > 0 ? louvain(u, { getEdgeWeight: 'weight', rng: mulberry32(42) }) : {};
  const community = new Map<string, number>();
  let next = 0;
  g.forEachNode((n) => community.set(n, comm[n] ?? next++));
  return { pagerank: new Map(Object.entries(pr)), community };
}
