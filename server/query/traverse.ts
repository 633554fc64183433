// The embedded store's evaluation of a pattern: a depth-first traversal over the compact graph with Cypher's MATCH
// semantics (a relation is used at most once per match; intermediate nodes of a variable-length hop are unconstrained).
import type { CompactGraph } from '../store/embedded/CompactGraph';
import type { NodePattern, RelPattern } from './parser';
import { MAX_MATCHES, tooWide, type PatternMatch, type PatternQuery } from './types';

export interface Names {
  name_zh: string;
  name_en: string;
  aliases: string[];
}

function constrained(n: NodePattern): boolean {
  return n.id !== null || n.name !== null;
}

/** Every match of the pattern, or PatternError (too wide) past MAX_MATCHES. */
export function traversePattern(
  g: CompactGraph,
  names: (id: string) => Names | undefined,
  q: PatternQuery,
): PatternMatch[] {
  const { nodes, rels } = q.pattern;

  const satisfies = (n: NodePattern, slot: number): boolean => {
    if (n.label !== null && g.nodeType(slot) !== n.label) return false;
    const id = g.nodeId(slot);
    if (n.id !== null && id !== q.params[n.id]) return false;
    if (n.name !== null) {
      const v = q.params[n.name];
      const e = names(id);
      if (!e || (e.name_zh !== v && e.name_en !== v && !e.aliases.includes(v))) return false;
    }
    return true;
  };

  /** The places PART_OF any of the anchors, at any depth, and the anchors. */
  const descendants = (anchors: number[]): Set<number> => {
    const seen = new Set(anchors);
    const queue = [...anchors];
    while (queue.length > 0) {
      const cur = queue.pop()!;
      for (const e of g.incident(cur))
        if (g.edgeType(e) === 'PART_OF' && g.edgeTarget(e) === cur && !seen.has(g.edgeSource(e))) {
          seen.add(g.edgeSource(e));
          queue.push(g.edgeSource(e));
        }
    }
    return new Set([...seen].filter((s) => g.nodeType(s) === 'Place'));
  };

  // Constrained node patterns: their candidate set, computed once.
  const allowed: (Set<number> | null)[] = nodes.map((n) => {
    if (!constrained(n)) return null;
    let anchors: number[];
    if (n.id !== null) {
      const slot = g.node(q.params[n.id]);
      anchors = slot >= 0 && satisfies(n, slot) ? [slot] : [];
    } else {
      anchors = [];
      g.forEachNode((slot) => {
        if (satisfies(n, slot)) anchors.push(slot);
      });
    }
    return q.descendants && n.label === 'Place' ? descendants(anchors) : new Set(anchors);
  });
  const nodeOk = (i: number, slot: number): boolean => {
    const set = allowed[i];
    if (set) return set.has(slot);
    const label = nodes[i].label;
    return label === null || g.nodeType(slot) === label;
  };

  const out: PatternMatch[] = [];
  const path: number[] = [];
  const used: number[] = [];

  const step = (r: RelPattern, cur: number, fn: (edge: number, next: number) => void): void => {
    for (const e of g.incident(cur)) {
      if (!r.types.includes(g.edgeType(e)) || used.includes(e)) continue;
      const s = g.edgeSource(e);
      const t = g.edgeTarget(e);
      if (r.direction !== 'in' && s === cur) fn(e, t);
      if (r.direction !== 'out' && t === cur) fn(e, s);
    }
  };

  const visit = (i: number, slot: number): void => {
    path.push(slot);
    if (i === rels.length) {
      if (out.length >= MAX_MATCHES) throw tooWide();
      out.push({ nodes: path.map((s) => g.nodeId(s)), relations: used.map((e) => g.edgeKey(e)) });
    } else {
      const r = rels[i];
      const walk = (cur: number, hops: number): void => {
        if (hops >= r.minHops && nodeOk(i + 1, cur)) visit(i + 1, cur);
        if (hops === r.maxHops) return;
        step(r, cur, (e, next) => {
          used.push(e);
          walk(next, hops + 1);
          used.pop();
        });
      };
      step(r, slot, (e, next) => {
        used.push(e);
        walk(next, 1);
        used.pop();
      });
    }
    path.pop();
  };

  const start = allowed[0];
  if (start) for (const s of [...start].sort((a, b) => a - b)) visit(0, s);
  else g.forEachNode((s) => (nodeOk(0, s) ? visit(0, s) : undefined));
  return out;
}
