// Neighbourhood, paths and PageRank over the embedded store's CompactGraph, on slot numbers.
import { admitRanked, CO_OCCURS_COST, HUB_SHARE, importanceWeight, passCost, tieStrength } from '../graphAlgorithms';
import type { CompactGraph } from './CompactGraph';

/** Returns the weight an edge keeps under the current filters, or 0 to drop it. */
export type EdgeFilter = (slot: number) => number;

export interface NeighborhoodResult {
  nodes: number[];
  /** Sorted by key. */
  edges: { slot: number; weight: number; key: string }[];
  truncated: boolean;
}

export function neighborhood(
  g: CompactGraph,
  seeds: number[],
  opts: {
    depth: number;
    limit: number;
    nodeOk: (slot: number) => boolean;
    edgeWeight: EdgeFilter;
    importance: (slot: number) => number;
  },
): NeighborhoodResult {
  const included = new Set<number>(seeds.filter((s) => s >= 0));
  // Membership as a byte per node: the inner loops test it for every incident edge.
  const inside = new Uint8Array(g.nodeCapacity);
  for (const s of included) inside[s] = 1;
  let frontier = [...included];
  let truncated = false;
  for (let d = 0; d < opts.depth && frontier.length > 0; d++) {
    const candidates = new Map<number, number>();
    for (const n of frontier) {
      const inc = g.incident(n);
      for (let i = 0; i < inc.length; i++) {
        const e = inc[i];
        const other = g.opposite(e, n);
        if (inside[other] === 1) continue;
        const w = opts.edgeWeight(e);
        if (w <= 0 || !opts.nodeOk(other)) continue;
        candidates.set(other, (candidates.get(other) ?? 0) + tieStrength(w, g.edgeType(e)));
      }
    }
    const step = admitRanked(candidates, opts.importance, included, opts.limit, (s) => g.nodeId(s));
    for (const s of step.admitted) inside[s] = 1;
    truncated ||= step.truncated;
    frontier = step.admitted;
  }
  const edges: { slot: number; weight: number; key: string }[] = [];
  for (const n of included) {
    const inc = g.incident(n);
    for (let i = 0; i < inc.length; i++) {
      const e = inc[i];
      if (g.edgeSource(e) !== n || inside[g.edgeTarget(e)] !== 1) continue;
      const w = opts.edgeWeight(e);
      if (w > 0) edges.push({ slot: e, weight: w, key: g.edgeKey(e) });
    }
  }
  // By key: the answer must not depend on the order edges happen to sit in memory.
  edges.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { nodes: [...included], edges, truncated };
}

export interface FoundPath {
  nodes: number[];
  edges: number[];
  cost: number;
  /** The hubs (nodes linked to HUB_SHARE of the graph or more) the path passes through. */
  hubs: number[];
}

export interface PathOptions {
  maxLength: number;
  limit: number;
  /** Weight an edge keeps under the filters; 0 drops it. */
  edgeWeight: EdgeFilter;
  /** Whether a node may stand inside a path (entity type filter); the two ends always may. */
  nodeOk: (slot: number) => boolean;
  /** The share of the whole graph a node is linked to: its degree over the number of other nodes. */
  share: (slot: number) => number;
  /** Pass through a hub only when no path exists otherwise. */
  avoidHubs: boolean;
}

/**
 * Paths between two nodes, most specific first: each hop costs 1 (typed) or CO_OCCURS_COST, and each node passed
 * through adds passCost of its share of the graph. With avoidHubs the paths that avoid every hub are searched first;
 * only when there are none are hubs allowed, and each path names the hubs it uses.
 */
export function paths(g: CompactGraph, from: number, to: number, opts: PathOptions): FoundPath[] {
  if (from < 0 || to < 0 || from === to) return [];
  const isHub = (n: number) => opts.share(n) >= HUB_SHARE;
  if (opts.avoidHubs) {
    const found = simplePaths(g, from, to, { ...opts, nodeOk: (n) => opts.nodeOk(n) && !isHub(n) });
    if (found.length > 0) return found;
  }
  return simplePaths(g, from, to, opts);
}

/**
 * Simple paths between two nodes, cheapest first.
 * A bidirectional breadth-first search finds the distance; enumeration then only extends paths that can still
 * arrive in time, so hub-rich graphs stay cheap.
 */
function simplePaths(g: CompactGraph, from: number, to: number, opts: PathOptions): FoundPath[] {
  const inner = (m: number) => m === from || m === to || opts.nodeOk(m);
  const neighbors = (n: number): number[] => {
    const out = new Set<number>();
    for (const e of g.incident(n)) {
      if (opts.edgeWeight(e) <= 0) continue;
      const m = g.opposite(e, n);
      if (inner(m)) out.add(m);
    }
    return [...out];
  };
  const reach = meetInTheMiddle(from, to, neighbors, opts.maxLength);
  if (reach.shortest === Infinity || reach.shortest > opts.maxLength) return [];
  const found = enumeratePaths(g, from, to, opts, reach, neighbors);
  const label = (p: FoundPath) => p.nodes.map((n) => g.nodeId(n)).join();
  found.sort((a, b) => a.cost - b.cost || a.nodes.length - b.nodes.length || label(a).localeCompare(label(b)));
  return found.slice(0, opts.limit);
}

/** What the bidirectional search learnt: hop distances from each end, and the shortest path's length. */
export interface Reach {
  /** Hops from the source, for the nodes its search reached. */
  distS: Map<number, number>;
  /** Hops to the target, for the nodes its search reached. */
  distT: Map<number, number>;
  /** How many levels the target's search grew. */
  rt: number;
  /** Hops of the shortest path; Infinity when none was found within maxLength. */
  shortest: number;
}

/** A bidirectional breadth-first search from `from` and `to` that stops at the level where the two meet. */
export function meetInTheMiddle(
  from: number,
  to: number,
  neighbors: (n: number) => number[],
  maxLength: number,
): Reach {
  const distS = new Map<number, number>([[from, 0]]);
  const distT = new Map<number, number>([[to, 0]]);
  let frontS = [from];
  let frontT = [to];
  let rs = 0;
  let rt = 0;
  let shortest = Infinity;
  while (frontS.length > 0 && frontT.length > 0 && rs + rt < maxLength && shortest === Infinity) {
    // Grow the smaller frontier: both searches meet having touched a tiny part of what one search would.
    const fromSource = frontS.length <= frontT.length;
    const mine = fromSource ? distS : distT;
    const other = fromSource ? distT : distS;
    const level = (fromSource ? rs : rt) + 1;
    const next: number[] = [];
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
  return { distS, distT, rt, shortest };
}

/**
 * The simple paths of the shortest length and one hop longer, depth first, up to a budget. A node may stand at
 * step i of a path of `len` hops if the source reaches it within i hops (first part) or it reaches the target
 * within the hops left (last part); together the two searches cover every step.
 */
function enumeratePaths(
  g: CompactGraph,
  from: number,
  to: number,
  opts: PathOptions,
  reach: Reach,
  neighbors: (n: number) => number[],
): FoundPath[] {
  const { distS, distT, rt, shortest } = reach;
  const found: FoundPath[] = [];
  // Bounded work: dense neighbourhoods have very many longer paths; the shortest ones are found first.
  const budget = { expansions: 0, max: 20_000 };
  const want = Math.max(opts.limit * 4, 12);
  const stack: number[] = [from];
  const onPath = new Set<number>([from]);
  const neighborCache = new Map<number, number[]>();
  const nb = (n: number) => {
    let v = neighborCache.get(n);
    if (!v) neighborCache.set(n, (v = neighbors(n)));
    return v;
  };
  const name = (n: number) => g.nodeId(n);
  const walk = (node: number, step: number, len: number) => {
    if (found.length >= want || budget.expansions++ > budget.max) return;
    if (node === to) {
      const p = step === len ? pathAlong(g, opts, stack) : null;
      if (p) found.push(p);
      return;
    }
    if (step === len) return;
    const left = len - step - 1;
    const ok = (m: number) => {
      if (onPath.has(m)) return false;
      if (left <= rt) return (distT.get(m) ?? Infinity) <= left;
      return (distS.get(m) ?? Infinity) <= step + 1;
    };
    // Nearer the target first, then the more specific node, so the cheapest paths are found within the budget.
    const next = nb(node)
      .filter(ok)
      .sort(
        (a, b) =>
          (distT.get(a) ?? Infinity) - (distT.get(b) ?? Infinity) ||
          opts.share(a) - opts.share(b) ||
          (name(a) < name(b) ? -1 : 1),
      );
    for (const m of next) {
      stack.push(m);
      onPath.add(m);
      walk(m, step + 1, len);
      onPath.delete(m);
      stack.pop();
    }
  };
  // Paths at most one hop longer than the shortest: longer detours explain little and cost much.
  for (let len = shortest; len <= Math.min(opts.maxLength, shortest + 1) && found.length < want; len++)
    walk(from, 0, len);
  return found;
}

/** The path through `nodes` over the best edge of each hop, with its cost and hubs; null if a hop has no edge. */
function pathAlong(g: CompactGraph, opts: PathOptions, nodes: number[]): FoundPath | null {
  const edges: number[] = [];
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const e = bestEdge(g, opts.edgeWeight, nodes[i], nodes[i + 1]);
    if (!e) return null;
    edges.push(e.slot);
    cost += e.cost;
  }
  const through = nodes.slice(1, -1);
  for (const n of through) cost += passCost(opts.share(n));
  return { nodes: [...nodes], edges, cost, hubs: through.filter((n) => opts.share(n) >= HUB_SHARE) };
}

/**
 * The edge a path takes from a to b: the cheapest (typed before co-occurrence), then the heaviest, then the first
 * by key; null when no edge between them passes the filters.
 */
export function bestEdge(
  g: CompactGraph,
  edgeWeight: EdgeFilter,
  a: number,
  b: number,
): { slot: number; cost: number } | null {
  let best: { slot: number; cost: number; w: number } | null = null;
  for (const e of g.incident(a)) {
    if (g.opposite(e, a) !== b) continue;
    const w = edgeWeight(e);
    if (w <= 0) continue;
    const cost = g.edgeType(e) === 'CO_OCCURS' ? CO_OCCURS_COST : 1;
    if (
      !best ||
      cost < best.cost ||
      (cost === best.cost && (w > best.w || (w === best.w && g.edgeKey(e) < g.edgeKey(best.slot))))
    )
      best = { slot: e, cost, w };
  }
  return best;
}

/**
 * PageRank on the undirected graph, typed relations weighing four times a co-occurrence, parallel edges summed;
 * rank of nodes without ties is spread evenly. Written over the typed arrays because a graph-library copy of a
 * 2M-edge graph costs gigabytes; on small graphs it agrees with graphology-metrics (tested).
 */
export function pagerank(
  g: CompactGraph,
  opts: { alpha?: number; tolerance?: number; maxIterations?: number } = {},
): Float64Array {
  const alpha = opts.alpha ?? 0.85;
  const tolerance = opts.tolerance ?? 1e-6;
  const maxIterations = opts.maxIterations ?? 100;
  const cap = g.nodeCapacity;
  const active: number[] = [];
  g.forEachNode((n) => active.push(n));
  const n = active.length;
  const rank = new Float64Array(cap);
  if (n === 0) return rank;
  // The ties as flat arrays, so each iteration is one tight loop.
  const es: number[] = [];
  const et: number[] = [];
  const ew: number[] = [];
  g.forEachEdge((e) => {
    const s = g.edgeSource(e);
    const t = g.edgeTarget(e);
    if (s === t) return;
    es.push(s);
    et.push(t);
    ew.push(importanceWeight(g.edgeType(e), g.edgeWeight(e)));
  });
  const S = Int32Array.from(es);
  const T = Int32Array.from(et);
  const W = Float64Array.from(ew);
  const strength = new Float64Array(cap);
  for (let i = 0; i < S.length; i++) {
    strength[S[i]] += W[i];
    strength[T[i]] += W[i];
  }
  for (const v of active) rank[v] = 1 / n;
  let next = new Float64Array(cap);
  let cur = rank;
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (const v of active) if (strength[v] === 0) dangling += cur[v];
    const base = (1 - alpha) / n + (alpha * dangling) / n;
    for (const v of active) next[v] = base;
    for (let i = 0; i < S.length; i++) {
      const s = S[i];
      const t = T[i];
      next[t] += (alpha * cur[s] * W[i]) / strength[s];
      next[s] += (alpha * cur[t] * W[i]) / strength[t];
    }
    let delta = 0;
    for (const v of active) delta += Math.abs(next[v] - cur[v]);
    [cur, next] = [next, cur];
    if (delta < n * tolerance) break;
  }
  return cur;
}
