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

type NameLookup = (id: string) => Names | undefined;

/** Every match of the pattern, or PatternError (too wide) past MAX_MATCHES. */
export function traversePattern(g: CompactGraph, names: NameLookup, q: PatternQuery): PatternMatch[] {
  const { nodes } = q.pattern;
  // Constrained node patterns: their candidate set, computed once.
  const allowed = nodes.map((n) => (constrained(n) ? candidates(g, names, q, n) : null));
  const nodeOk = (i: number, slot: number): boolean => {
    const set = allowed[i];
    if (set) return set.has(slot);
    const label = nodes[i].label;
    return label === null || g.nodeType(slot) === label;
  };
  const m = new Matcher(g, q.pattern.rels, nodeOk);
  const start = allowed[0];
  if (start) for (const s of [...start].sort((a, b) => a - b)) m.visit(0, s);
  else g.forEachNode((s) => (nodeOk(0, s) ? m.visit(0, s) : undefined));
  return m.out;
}

function satisfies(g: CompactGraph, names: NameLookup, q: PatternQuery, n: NodePattern, slot: number): boolean {
  if (n.label !== null && g.nodeType(slot) !== n.label) return false;
  const id = g.nodeId(slot);
  if (n.id !== null && id !== q.params[n.id]) return false;
  if (n.name !== null) {
    const v = q.params[n.name];
    const e = names(id);
    if (!e || (e.name_zh !== v && e.name_en !== v && !e.aliases.includes(v))) return false;
  }
  return true;
}

/** The nodes a constrained pattern allows (with descendants: the places inside them too). */
function candidates(g: CompactGraph, names: NameLookup, q: PatternQuery, n: NodePattern): Set<number> {
  let anchors: number[];
  if (n.id !== null) {
    const slot = g.node(q.params[n.id]);
    anchors = slot >= 0 && satisfies(g, names, q, n, slot) ? [slot] : [];
  } else {
    anchors = [];
    g.forEachNode((slot) => {
      if (satisfies(g, names, q, n, slot)) anchors.push(slot);
    });
  }
  return q.descendants && n.label === 'Place' ? descendants(g, anchors) : new Set(anchors);
}

/** The places PART_OF any of the anchors, at any depth, and the anchors. */
function descendants(g: CompactGraph, anchors: number[]): Set<number> {
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
}

/** Depth-first search for matches: the nodes of the match so far and the relations it used. */
class Matcher {
  readonly out: PatternMatch[] = [];
  private readonly path: number[] = [];
  private readonly used: number[] = [];

  constructor(
    private readonly g: CompactGraph,
    private readonly rels: RelPattern[],
    private readonly nodeOk: (i: number, slot: number) => boolean,
  ) {}

  visit(i: number, slot: number): void {
    this.path.push(slot);
    if (i === this.rels.length) {
      if (this.out.length >= MAX_MATCHES) throw tooWide();
      this.out.push({
        nodes: this.path.map((s) => this.g.nodeId(s)),
        relations: this.used.map((e) => this.g.edgeKey(e)),
      });
    } else this.step(this.rels[i], slot, (next) => this.walk(i, next, 1));
    this.path.pop();
  }

  /** Along relation pattern i, `hops` hops out: visit the next node pattern here, and go on while hops remain. */
  private walk(i: number, cur: number, hops: number): void {
    const r = this.rels[i];
    if (hops >= r.minHops && this.nodeOk(i + 1, cur)) this.visit(i + 1, cur);
    if (hops === r.maxHops) return;
    this.step(r, cur, (next) => this.walk(i, next, hops + 1));
  }

  /** Each unused relation of the pattern's types and direction at cur, used while fn explores beyond it. */
  private step(r: RelPattern, cur: number, fn: (next: number) => void): void {
    const g = this.g;
    for (const e of g.incident(cur)) {
      if (!r.types.includes(g.edgeType(e)) || this.used.includes(e)) continue;
      const s = g.edgeSource(e);
      const t = g.edgeTarget(e);
      if (r.direction !== 'in' && s === cur) this.follow(e, t, fn);
      if (r.direction !== 'out' && t === cur) this.follow(e, s, fn);
    }
  }

  private follow(e: number, next: number, fn: (next: number) => void): void {
    this.used.push(e);
    fn(next);
    this.used.pop();
  }
}
