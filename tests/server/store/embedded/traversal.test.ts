import { UndirectedGraph } from 'graphology';
import pagerankLib from 'graphology-metrics/centrality/pagerank';
import { CompactGraph } from '../../../../server/store/embedded/CompactGraph';
import { bestEdge, meetInTheMiddle, neighborhood, pagerank, paths } from '../../../../server/store/embedded/traversal';
import { importanceWeight } from '../../../../server/store/graphAlgorithms';
import type { RelationType } from '../../../../server/ontology';
import { mulberry32 } from '../../../../server/util/random';
import { StringTable } from '../../../../server/util/stringTable';

function chain(): CompactGraph {
  // a - b - c - d, and a hub h tied to a, c (co-occurrence) and to x.
  const g = new CompactGraph();
  for (const id of ['a', 'b', 'c', 'd', 'h', 'x']) g.setNode(id, 'Project');
  g.setEdge('ab', 'a', 'b', 'LOCATED_IN', 1);
  g.setEdge('bc', 'b', 'c', 'PART_OF', 1);
  g.setEdge('cd', 'c', 'd', 'PART_OF', 2);
  g.setEdge('ha', 'h', 'a', 'CO_OCCURS', 1);
  g.setEdge('hc', 'h', 'c', 'CO_OCCURS', 1);
  g.setEdge('hx', 'h', 'x', 'CO_OCCURS', 1);
  return g;
}

describe('CompactGraph', () => {
  test('slots, degrees and incident edges follow additions and removals', () => {
    const g = chain();
    expect(g.order).toBe(6);
    expect(g.size).toBe(6);
    const c = g.node('c');
    expect(g.degree(c)).toBe(3);
    expect([...g.incident(c)].map((e) => g.edgeKey(e)).sort()).toEqual(['bc', 'cd', 'hc']);
    g.dropEdge('bc');
    expect(g.degree(c)).toBe(2);
    expect(g.degree(g.node('b'))).toBe(1);
    g.dropNode('h');
    expect(g.hasNode('h')).toBe(false);
    expect(g.size).toBe(2);
    expect(g.degree(g.node('x'))).toBe(0);
    // Freed slots are reused and carry the new names and types.
    g.setNode('y', 'Company');
    g.setEdge('yd', 'y', 'd', 'DEVELOPS', 3);
    expect(g.nodeType(g.node('y'))).toBe('Company');
    expect(g.edgeType(g.incident(g.node('y'))[0])).toBe('DEVELOPS');
    expect(g.edgeWeight(g.incident(g.node('y'))[0])).toBe(3);
    expect(() => g.setEdge('zz', 'y', 'nobody', 'DEVELOPS', 1)).toThrow(/both ends/);
  });

  test('an unpacked graph (keys as bytes, packed rows) answers as the original, and changes like it', () => {
    const g = chain();
    const p = g.pack();
    const encoded = p.edgeKeys.encode();
    const u = CompactGraph.unpack({ ...p, edgeKeys: StringTable.fromBytes(encoded.bytes, encoded.ends) });
    const view = (x: CompactGraph) =>
      ['a', 'b', 'c', 'd', 'h', 'x'].map((id) => [
        id,
        x.degree(x.node(id)),
        [...x.incident(x.node(id))].map((e) => `${x.edgeKey(e)}:${x.edgeType(e)}:${x.edgeWeight(e)}`).sort(),
      ]);
    expect(view(u)).toEqual(view(g));
    expect(u.edgeSlotOf('hc')).toBeGreaterThanOrEqual(0);
    expect(u.edgeSlotOf('nope')).toBe(-1);
    // The first change turns keys and rows into the changeable Map and lists.
    for (const x of [g, u]) {
      x.dropNode('h');
      x.setNode('y', 'Company');
      x.setEdge('yd', 'y', 'd', 'DEVELOPS', 3);
      x.setEdge('cd', 'c', 'd', 'PART_OF', 5);
    }
    expect(view(u).filter(([id]) => id !== 'h')).toEqual(view(g).filter(([id]) => id !== 'h'));
    expect(u.size).toBe(g.size);
    expect([...u.incident(u.node('y'))].map((e) => u.edgeKey(e))).toEqual(['yd']);
  });

  test('growing past the initial capacity keeps every edge', () => {
    const g = new CompactGraph();
    for (let i = 0; i < 3000; i++) g.setNode(`n${i}`, 'Place');
    for (let i = 1; i < 3000; i++) g.setEdge(`e${i}`, `n${i - 1}`, `n${i}`, 'PART_OF', i);
    expect(g.size).toBe(2999);
    const last = g.incident(g.node('n2999'))[0];
    expect(g.edgeKey(last)).toBe('e2999');
    expect(g.edgeWeight(last)).toBe(2999);
    expect(g.nodeId(g.edgeSource(last))).toBe('n2998');
  });
});

/** Path options without filters, hub costs or hub avoidance. */
const plain = (g: CompactGraph) => ({
  edgeWeight: (e: number) => g.edgeWeight(e),
  nodeOk: () => true,
  share: () => 0,
  avoidHubs: false,
});

/**
 * s and t both tied to a hub H (tied to 80 leaves as well); around it s-p-q-t (typed) and s-m-t (co-occurrence).
 * Shares are degrees over the 85 other nodes: H 0.96, p, q and m 0.024.
 */
function hubGraph(): CompactGraph {
  const g = new CompactGraph();
  for (const id of ['s', 't', 'H', 'p', 'q', 'm']) g.setNode(id, id === 'm' ? 'Company' : 'Project');
  for (let i = 0; i < 80; i++) {
    g.setNode(`l${i}`, 'Place');
    g.setEdge(`Hl${i}`, 'H', `l${i}`, 'LOCATED_IN', 1);
  }
  g.setEdge('sH', 's', 'H', 'LOCATED_IN', 3);
  g.setEdge('Ht', 'H', 't', 'LOCATED_IN', 3);
  g.setEdge('sp', 's', 'p', 'PART_OF', 1);
  g.setEdge('pq', 'p', 'q', 'SUPPORTS', 1);
  g.setEdge('qt', 'q', 't', 'DEVELOPS', 1);
  g.setEdge('sm', 's', 'm', 'CO_OCCURS', 1);
  g.setEdge('mt', 'm', 't', 'CO_OCCURS', 1);
  return g;
}

const byShare = (g: CompactGraph) => ({
  edgeWeight: (e: number) => g.edgeWeight(e),
  nodeOk: () => true,
  share: (n: number) => g.degree(n) / (g.order - 1),
});

describe('traversal', () => {
  test('paths through a hub cost more; typed hops before co-occurrence; hubs named', () => {
    const g = hubGraph();
    const ids = (ps: { nodes: number[] }[]) => ps.map((p) => p.nodes.map((n) => g.nodeId(n)).join('>'));
    const all = paths(g, g.node('s'), g.node('t'), { maxLength: 4, limit: 5, ...byShare(g), avoidHubs: false });
    // s>H>t is the shortest, but H is linked to nearly the whole graph: it comes last, and is named.
    expect(ids(all)).toEqual(['s>p>q>t', 's>m>t', 's>H>t']);
    expect(all[0].cost).toBeCloseTo(3 + (2 * 2) / 85 / 0.05, 9);
    expect(all[1].cost).toBeCloseTo(2 * 2.1 + 2 / 85 / 0.05, 9);
    expect(all[2].cost).toBeCloseTo(2 + 82 / 85 / 0.05, 9);
    expect(all.map((p) => p.hubs.map((n) => g.nodeId(n)))).toEqual([[], [], ['H']]);
    // Avoiding hubs: no path through H at all.
    const avoided = paths(g, g.node('s'), g.node('t'), { maxLength: 4, limit: 5, ...byShare(g), avoidHubs: true });
    expect(ids(avoided)).toEqual(['s>p>q>t', 's>m>t']);
    // ... unless no path exists otherwise: then the hub is used and named.
    const forced = paths(g, g.node('l0'), g.node('t'), { maxLength: 4, limit: 5, ...byShare(g), avoidHubs: true });
    expect(ids(forced)).toEqual(['l0>H>t']);
    expect(forced[0].hubs.map((n) => g.nodeId(n))).toEqual(['H']);
    // Node and edge filters apply to the search: no Company inside a path, no co-occurrence.
    const noCompany = paths(g, g.node('s'), g.node('t'), {
      maxLength: 4,
      limit: 5,
      ...byShare(g),
      nodeOk: (n) => g.nodeType(n) !== 'Company',
      avoidHubs: true,
    });
    expect(ids(noCompany)).toEqual(['s>p>q>t']);
    const typed = paths(g, g.node('s'), g.node('t'), {
      maxLength: 2,
      limit: 5,
      ...byShare(g),
      edgeWeight: (e) => (g.edgeType(e) === 'CO_OCCURS' ? 0 : 1),
      avoidHubs: true,
    });
    // Within two hops only the hub joins them once co-occurrence is off.
    expect(ids(typed)).toEqual(['s>H>t']);
  });

  test('paths prefer typed hops and stay within one hop of the shortest', () => {
    const g = chain();
    const found = paths(g, g.node('a'), g.node('d'), { maxLength: 4, limit: 5, ...plain(g) });
    const names = found.map((p) => p.nodes.map((n) => g.nodeId(n)).join('>'));
    // a-h-c-d is as short as a-b-c-d but crosses co-occurrence twice: it costs more and comes second.
    expect(names).toEqual(['a>b>c>d', 'a>h>c>d']);
    expect(found[0].cost).toBe(3);
    expect(found[0].edges.map((e) => g.edgeKey(e))).toEqual(['ab', 'bc', 'cd']);
    const typedOnly = paths(g, g.node('a'), g.node('d'), {
      maxLength: 4,
      limit: 5,
      ...plain(g),
      edgeWeight: (e) => (g.edgeType(e) === 'CO_OCCURS' ? 0 : g.edgeWeight(e)),
    });
    expect(typedOnly).toHaveLength(1);
    expect(paths(g, g.node('a'), g.node('d'), { maxLength: 2, limit: 5, ...plain(g) })).toEqual([]);
  });

  test('neighbourhood admits the strongest ties first and reports truncation', () => {
    const g = chain();
    const res = neighborhood(g, [g.node('c')], {
      depth: 1,
      limit: 3,
      nodeOk: () => true,
      edgeWeight: (e) => g.edgeWeight(e),
      importance: () => 0,
    });
    // d (typed, weight 2) and b (typed, weight 1) beat the co-occurring hub.
    expect(res.nodes.map((n) => g.nodeId(n)).sort()).toEqual(['b', 'c', 'd']);
    expect(res.truncated).toBe(true);
    expect(res.edges.map((e) => g.edgeKey(e.slot)).sort()).toEqual(['bc', 'cd']);
    const typed = neighborhood(g, [g.node('c')], {
      depth: 2,
      limit: 50,
      nodeOk: (n) => g.nodeId(n) !== 'h',
      edgeWeight: (e) => g.edgeWeight(e),
      importance: () => 0,
    });
    expect(typed.nodes.map((n) => g.nodeId(n)).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('PageRank agrees with graphology-metrics on a random multigraph', () => {
    const r = mulberry32(7);
    const g = new CompactGraph();
    const u = new UndirectedGraph<Record<string, never>, { weight: number }>();
    const n = 60;
    for (let i = 0; i < n; i++) {
      g.setNode(`n${i}`, 'Company');
      u.addNode(`n${i}`);
    }
    const types: RelationType[] = ['CO_OCCURS', 'DEVELOPS', 'PART_OF'];
    for (let k = 0; k < 150; k++) {
      const a = Math.floor(r() * (n - 5));
      const b = Math.floor(r() * (n - 5));
      if (a === b) continue;
      const type = types[k % 3];
      const w = 1 + Math.floor(r() * 3);
      g.setEdge(`e${k}`, `n${a}`, `n${b}`, type, w);
      const iw = importanceWeight(type, w);
      if (u.hasEdge(`n${a}`, `n${b}`)) u.updateEdgeAttribute(`n${a}`, `n${b}`, 'weight', (x) => (x ?? 0) + iw);
      else u.addEdge(`n${a}`, `n${b}`, { weight: iw });
    }
    const mine = pagerank(g);
    const theirs = pagerankLib(u, { getEdgeWeight: 'weight' });
    for (let i = 0; i < n; i++) expect(mine[g.node(`n${i}`)]).toBeCloseTo(theirs[`n${i}`], 4);
  });
});

describe('path steps', () => {
  test('meetInTheMiddle finds the hop distance and how far each side reached', () => {
    // A ring of 8: 0-1-2-3-4-5-6-7-0; 0 and 4 are four hops apart both ways.
    const ring = (n: number) => [(n + 1) % 8, (n + 7) % 8];
    const r = meetInTheMiddle(0, 4, ring, 6);
    expect(r.shortest).toBe(4);
    expect(r.distS.get(0)).toBe(0);
    expect(r.distT.get(4)).toBe(0);
    // The smaller frontier grows, the source's on a tie: the source grew three levels (to 3 and 5), the target one.
    expect(r.rt).toBe(1);
    expect([...r.distS.entries()].filter(([, d]) => d === 3).map(([n]) => n)).toEqual([3, 5]);
    expect([...r.distT.entries()].sort((x, y) => x[0] - y[0])).toEqual([
      [3, 1],
      [4, 0],
      [5, 1],
    ]);
    // Too far for maxLength 3, and unreachable in a graph split in two.
    expect(meetInTheMiddle(0, 4, ring, 3).shortest).toBe(Infinity);
    expect(meetInTheMiddle(0, 4, (n) => (n < 4 ? [n + 1].filter((m) => m < 4) : []), 6).shortest).toBe(Infinity);
  });

  test('bestEdge takes the typed edge, then the heavier, then the first key; null when none passes', () => {
    const g = new CompactGraph();
    for (const id of ['a', 'b']) g.setNode(id, 'Project');
    g.setEdge('k1', 'a', 'b', 'CO_OCCURS', 9);
    g.setEdge('k3', 'a', 'b', 'PART_OF', 1);
    g.setEdge('k2', 'b', 'a', 'LOCATED_IN', 1);
    const a = g.node('a');
    const b = g.node('b');
    const all = (e: number) => g.edgeWeight(e);
    const pick = (w: (e: number) => number) => {
      const e = bestEdge(g, w, a, b);
      return e && { key: g.edgeKey(e.slot), cost: e.cost };
    };
    expect(pick(all)).toEqual({ key: 'k2', cost: 1 });
    expect(pick((e) => (g.edgeKey(e) === 'k3' ? 5 : all(e)))).toEqual({ key: 'k3', cost: 1 });
    expect(pick((e) => (g.edgeType(e) === 'CO_OCCURS' ? all(e) : 0))?.key).toBe('k1');
    expect(bestEdge(g, () => 0, a, b)).toBeNull();
  });
});
