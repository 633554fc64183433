// The API's view of one node or edge of the embedded graph, and the edge weight a filter leaves.
import type { GraphEdge, GraphNode } from '../../model';
import type { RelationType } from '../../ontology';
import type { ReadModel } from './readModel';

export function nodeView(read: ReadModel, id: string): GraphNode {
  const e = read.entity(id);
  const slot = read.graph.node(id);
  if (!e || slot < 0) throw new Error(`no entity ${id}`);
  // Field by field: this runs for every node of every answer, and a rest-spread copy is several times slower.
  const node: GraphNode = {
    id: e.id,
    type: e.type,
    name_zh: e.name_zh,
    name_en: e.name_en,
    aliases: e.aliases,
    mentions: e.mentions,
    degree: read.graph.degree(slot),
    importance: read.rank()[slot] ?? 0,
  };
  if (e.subtype) node.subtype = e.subtype;
  return node;
}

/** The edge in a slot the traversal found (no lookup by key: 2M keys are searched, not hashed, after a start). */
export function edgeView(read: ReadModel, slot: number, weight?: number, key?: string): GraphEdge {
  const g = read.graph;
  const id = key ?? g.edgeKey(slot);
  // The graph's edge weight is the evidence count (set when the relation was merged).
  const count = g.edgeWeight(slot);
  return {
    id,
    source: g.nodeId(g.edgeSource(slot)),
    target: g.nodeId(g.edgeTarget(slot)),
    type: g.edgeType(slot),
    weight: weight ?? count,
    evidenceCount: count,
    attributes: read.relationAttributes(id),
  };
}

/** Weight an edge keeps under the filters: its evidence from the chosen documents and years; 0 drops it. */
export function evidenceFilter(
  read: ReadModel,
  q: { relations?: RelationType[]; documents?: string[]; years?: number[] },
): (slot: number) => number {
  const rels = q.relations && q.relations.length > 0 ? new Set(q.relations) : null;
  const docs = q.documents && q.documents.length > 0 ? new Set(q.documents) : null;
  const years = q.years && q.years.length > 0 ? new Set(q.years) : null;
  const g = read.graph;
  return (slot) => {
    if (rels && !rels.has(g.edgeType(slot))) return 0;
    if (!docs && !years) return g.edgeWeight(slot);
    const r = read.relation(g.edgeKey(slot));
    if (!r) return 0;
    return r.evidence.filter(
      (ev) => (!docs || docs.has(ev.document)) && (!years || (ev.year !== null && years.has(ev.year))),
    ).length;
  };
}
