// Paths in Neo4j with the embedded store's algorithm: the ties the search needs are read from Neo4j frontier by
// frontier (the same bidirectional breadth-first search, so the same frontiers), put in a small CompactGraph, and
// the shared path search runs on it. Every node it can reach within the found distance has all its ties there, so
// the answer is the one the embedded store gives on the whole graph.
import type { EntityType, RelationType } from '../../ontology';
import { CompactGraph } from '../embedded/CompactGraph';

export interface FetchedTie {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  sourceType: EntityType;
  targetType: EntityType;
}

/** The ties of every node in `ids` under the caller's filters (relation types, documents, years). */
export type ExpandTies = (ids: string[]) => Promise<FetchedTie[]>;

/**
 * The part of the graph paths between `from` and `to` of at most `maxLength` hops can use, passing only through
 * nodes `inner` accepts (the ends always): traversal.ts's paths() with the same `nodeOk` finds them all in it.
 */
export async function pathGraph(
  from: string,
  to: string,
  maxLength: number,
  expand: ExpandTies,
  inner: (id: string, type: EntityType) => boolean = () => true,
): Promise<CompactGraph> {
  const g = new CompactGraph();
  const fetched = new Set<string>();
  const neighbors = new Map<string, Set<string>>();
  const fetch = async (ids: string[]) => {
    const todo = ids.filter((id) => !fetched.has(id));
    if (todo.length === 0) return;
    for (const id of todo) {
      fetched.add(id);
      neighbors.set(id, new Set());
    }
    const ok = (id: string, type: EntityType) => id === from || id === to || inner(id, type);
    for (const t of await expand(todo)) {
      g.setNode(t.source, t.sourceType);
      g.setNode(t.target, t.targetType);
      if (!g.hasEdge(t.id)) g.setEdge(t.id, t.source, t.target, t.type, t.weight);
      if (ok(t.target, t.targetType)) neighbors.get(t.source)?.add(t.target);
      if (ok(t.source, t.sourceType)) neighbors.get(t.target)?.add(t.source);
    }
  };
  // The loop of traversal.ts's paths(): grow the smaller frontier until the two searches meet.
  const distS = new Map<string, number>([[from, 0]]);
  const distT = new Map<string, number>([[to, 0]]);
  let frontS = [from];
  let frontT = [to];
  let rs = 0;
  let rt = 0;
  let met = false;
  while (frontS.length > 0 && frontT.length > 0 && rs + rt < maxLength && !met) {
    const fromSource = frontS.length <= frontT.length;
    const mine = fromSource ? distS : distT;
    const other = fromSource ? distT : distS;
    const frontier = fromSource ? frontS : frontT;
    await fetch(frontier);
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of neighbors.get(n) ?? []) {
        if (mine.has(m)) continue;
        mine.set(m, (fromSource ? rs : rt) + 1);
        next.push(m);
        if (other.has(m)) met = true;
      }
    }
    if (fromSource) [frontS, rs] = [next, rs + 1];
    else [frontT, rt] = [next, rt + 1];
  }
  // The enumeration walks only nodes either search reached: give the last frontiers their ties too.
  if (met) await fetch([...distS.keys(), ...distT.keys()]);
  return g;
}
