// The graph reads of the embedded store (entities, neighbourhoods, paths, patterns, overview, stats), answered
// from whichever read model the store serves from.
import type {
  EntityDetail,
  GraphPath,
  NeighborhoodQuery,
  OverviewEntry,
  PathQuery,
  Relation,
  Stats,
  Subgraph,
} from '../../model';
import type { RelationType } from '../../ontology';
import { traversePattern } from '../../query/traverse';
import { assembleRows, groupMatches, toPatternRelation, type PatternQuery, type PatternRow } from '../../query/types';
import type { OverviewFilter } from '../GraphStore';
import { subgraphImportance, type WeightedEdge } from '../graphAlgorithms';
import { edgeView, evidenceFilter, nodeView } from './graphViews';
import type { ReadModel } from './readModel';
import { neighborhood, paths } from './traversal';

export function getEntity(read: ReadModel, id: string): EntityDetail | null {
  const e = read.entity(id);
  if (!e) return null;
  const documents = read
    .entityDocuments(id)
    .map(({ doc: d, count }) => ({ id: d.id, title_zh: d.title_zh, title_en: d.title_en, year: d.year, count }))
    // By id, in both stores: not in the order the documents happened to be ingested.
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const degree: Partial<Record<RelationType, number>> = {};
  for (const slot of read.graph.incident(read.graph.node(id))) {
    const t = read.graph.edgeType(slot);
    degree[t] = (degree[t] ?? 0) + 1;
  }
  return { ...e, documents, degree };
}

export function getRelation(read: ReadModel, id: string): Relation | null {
  return read.relation(id);
}

export function neighborhoodOf(read: ReadModel, ids: string[], q: NeighborhoodQuery): Subgraph {
  const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
  const rank = read.rank();
  const g = read.graph;
  const res = neighborhood(
    g,
    ids.map((id) => g.node(id)),
    {
      depth: q.depth,
      limit: q.limit,
      nodeOk: (slot) => !types || types.has(g.nodeType(slot)),
      edgeWeight: evidenceFilter(read, q),
      importance: (slot) => rank[slot] ?? 0,
    },
  );
  return {
    nodes: res.nodes.map((n) => nodeView(read, g.nodeId(n))),
    edges: res.edges.map((e) => edgeView(read, e.slot, e.weight, e.key)),
    truncated: res.truncated,
  };
}

export function pathsBetween(read: ReadModel, from: string, to: string, q: PathQuery): GraphPath[] {
  const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
  const g = read.graph;
  const others = Math.max(1, g.order - 1);
  const filter = evidenceFilter(read, q);
  // Under a document or year filter an edge's weight reads its evidence: once per edge and query.
  const memo = new Map<number, number>();
  const edgeWeight = (slot: number) => {
    let w = memo.get(slot);
    if (w === undefined) memo.set(slot, (w = filter(slot)));
    return w;
  };
  const found = paths(g, g.node(from), g.node(to), {
    maxLength: q.maxLength,
    limit: q.limit,
    edgeWeight: q.documents?.length || q.years?.length ? edgeWeight : filter,
    nodeOk: (slot) => !types || types.has(g.nodeType(slot)),
    share: (slot) => g.degree(slot) / others,
    avoidHubs: q.avoidHubs ?? true,
  });
  return found.map((p) => ({
    nodes: p.nodes.map((n) => nodeView(read, g.nodeId(n))),
    edges: p.edges.map((e) => edgeView(read, e)),
    length: p.edges.length,
    cost: p.cost,
    hubs: p.hubs.map((n) => g.nodeId(n)),
  }));
}

export function matchPattern(read: ReadModel, q: PatternQuery): PatternRow[] {
  const matches = traversePattern(read.graph, (id) => read.entity(id), q);
  return assembleRows(
    q.pattern,
    groupMatches(q.pattern, matches, q.limit),
    (id) => read.entity(id)!,
    (id) => toPatternRelation(read.relation(id)!),
  );
}

export function overview(read: ReadModel, limit: number, filter: OverviewFilter = {}): OverviewEntry[] {
  const g = read.graph;
  const types = filter.types?.length ? new Set(filter.types) : null;
  const docs = filter.documents ? new Set(filter.documents) : null;
  const keep = (id: string) =>
    (!types || types.has(g.nodeType(g.node(id)))) &&
    (!docs || read.entityDocuments(id).some((d) => docs.has(d.doc.id)));
  const ids: string[] = [];
  for (const id of read.ranked()) {
    if (ids.length >= limit) break;
    if (keep(id)) ids.push(id);
  }
  // Communities of the view itself: cheap, and they colour what the reader sees.
  const chosen = new Set(ids);
  const edges: WeightedEdge[] = [];
  for (const id of ids) {
    for (const slot of g.incident(g.node(id))) {
      const s = g.nodeId(g.edgeSource(slot));
      const t = g.nodeId(g.edgeTarget(slot));
      if (s === id && chosen.has(t))
        edges.push({ source: s, target: t, type: g.edgeType(slot), weight: g.edgeWeight(slot) });
    }
  }
  const community = subgraphImportance(ids, edges).community;
  return ids.map((id) => ({ ...nodeView(read, id), community: community.get(id) ?? 0 }));
}

export function stats(read: ReadModel, version: string): Stats {
  const g = read.graph;
  const entitiesByType: Stats['entitiesByType'] = {};
  g.forEachNode((slot) => {
    const t = g.nodeType(slot);
    entitiesByType[t] = (entitiesByType[t] ?? 0) + 1;
  });
  const relationsByType: Stats['relationsByType'] = {};
  let evidence = 0;
  g.forEachEdge((slot) => {
    const t = g.edgeType(slot);
    relationsByType[t] = (relationsByType[t] ?? 0) + 1;
    evidence += g.edgeWeight(slot);
  });
  return {
    documents: read.documentCount,
    entities: g.order,
    relations: g.size,
    evidence,
    entitiesByType,
    relationsByType,
    version,
  };
}
