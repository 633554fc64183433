// Paths between two entities as the API serves them: each hop with its statement and the first sentence of evidence
// the filters keep, the hubs a path passes through, and the path's nodes and edges for the graph.
import {
  citedEvidence,
  type DocumentSummary,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type GraphPath,
  type Relation,
} from '../model';
import type { GraphStore } from '../store/GraphStore';
import { cyNode } from './cytoscape';
import { statement, type Lang } from './statements';

export interface PathFilters {
  documents?: string[];
  years?: number[];
  lang: Lang;
}

/** Reads relations once each, however many paths share them. */
type RelationReader = (id: string) => Promise<Relation | null>;

function relationReader(store: GraphStore): RelationReader {
  const cache = new Map<string, Promise<Relation | null>>();
  return (id) => {
    let rel = cache.get(id);
    if (!rel) cache.set(id, (rel = store.getRelation(id)));
    return rel;
  };
}

/** A hop's evidence is a sentence the filters keep: from the chosen documents and years. */
function kept(f: PathFilters, ev: { document: string; year: number | null }): boolean {
  return (
    (!f.documents?.length || f.documents.includes(ev.document)) &&
    (!f.years?.length || (ev.year !== null && f.years.includes(ev.year)))
  );
}

function hopEvidence(ev: Evidence | undefined, doc: DocumentSummary | undefined) {
  return ev ? { ...citedEvidence(ev, doc), start: ev.start, end: ev.end } : null;
}

async function describeHop(
  p: GraphPath,
  i: number,
  ctx: { read: RelationReader; docs: Map<string, DocumentSummary>; filters: PathFilters },
) {
  const e: GraphEdge = p.edges[i];
  const byId = new Map<string, GraphNode>(p.nodes.map((n) => [n.id, n]));
  const rel = await ctx.read(e.id);
  const evidence = (rel?.evidence ?? []).filter((ev) => kept(ctx.filters, ev));
  const ev = evidence[0];
  const doc = ev && ctx.docs.get(ev.document);
  return {
    from: p.nodes[i].id,
    to: p.nodes[i + 1].id,
    relation: e.id,
    type: e.type,
    statement: statement(e.type, byId.get(e.source)!, byId.get(e.target)!, ctx.filters.lang, e.attributes, ev),
    evidence: hopEvidence(ev, doc),
    evidenceCount: evidence.length,
  };
}

export async function describePaths(store: GraphStore, found: GraphPath[], filters: PathFilters) {
  const ctx = {
    read: relationReader(store),
    docs: new Map((await store.listDocuments()).map((d) => [d.id, d])),
    filters,
  };
  const paths = [];
  for (const p of found) {
    const hops = [];
    for (let i = 0; i < p.edges.length; i++) hops.push(await describeHop(p, i, ctx));
    const byId = new Map<string, GraphNode>(p.nodes.map((n) => [n.id, n]));
    paths.push({
      length: p.length,
      cost: p.cost,
      hubs: p.hubs.map((id) => {
        const n = byId.get(id)!;
        return { id, type: n.type, name_zh: n.name_zh, name_en: n.name_en };
      }),
      nodes: p.nodes.map(cyNode),
      edges: p.edges.map((e) => ({ data: e })),
      hops,
    });
  }
  return paths;
}
