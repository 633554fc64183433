// The default store: the whole graph in memory (graphology), made durable by a journal and snapshots.
import { MultiDirectedGraph } from 'graphology';
import type {
  BatchRelation,
  DocumentDetail,
  DocumentSummary,
  Entity,
  EntityDetail,
  GraphBatch,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  NeighborhoodQuery,
  OverviewEntry,
  PathQuery,
  Relation,
  SearchHit,
  Stats,
  Subgraph,
} from '../../model';
import type { EntityType, RelationType } from '../../ontology';
import { SearchIndex } from '../../search/index';
import type { GraphStore, StoreHealth, UpsertResult } from '../GraphStore';
import { importance, neighborhood, paths, type EdgeAttrs, type Importance, type KG, type NodeAttrs } from '../graphAlgorithms';
import { mergeEntity, mergeRelation, type EntityContribution } from '../merge';
import { validateBatch } from '../validateBatch';
import { Persistence } from './persistence';

export interface EmbeddedStoreOptions {
  /** Folder for the snapshot and journal; omit for a memory-only store (tests). */
  dataDir?: string;
  compactAtBytes?: number;
}

function sameBatch(a: GraphBatch, b: GraphBatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly persistence: Persistence | null;
  private docs = new Map<string, GraphBatch>();
  private seq = 0;
  private entityContribs = new Map<string, Map<string, EntityContribution>>();
  private entities = new Map<string, Entity>();
  private relationContribs = new Map<string, Map<string, BatchRelation>>();
  private relations = new Map<string, Relation>();
  private graph: KG = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  private index = new SearchIndex();
  private importanceCache: { seq: number; value: Importance } | null = null;
  private writeQueue: Promise<unknown> = Promise.resolve();
  /** What loading had to repair (an unfinished journal entry, a stale temporary file). */
  loadNotes: string[] = [];

  constructor(opts: EmbeddedStoreOptions = {}) {
    this.persistence = opts.dataDir ? new Persistence(opts.dataDir, opts.compactAtBytes) : null;
  }

  async init(): Promise<void> {
    if (!this.persistence) return;
    const state = this.persistence.load();
    this.loadNotes = state.notes;
    this.seq = state.seq;
    for (const batch of state.documents.values()) this.apply(batch);
  }

  async close(): Promise<void> {
    await this.writeQueue.catch(() => undefined);
  }

  async health(): Promise<StoreHealth> {
    return { ready: true, kind: 'embedded', detail: this.persistence ? `data in ${this.persistence.dir}` : 'in memory' };
  }

  async version(): Promise<string> {
    return `e${this.seq}`;
  }

  private serialize<T>(fn: () => T): Promise<T> {
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    return this.serialize(() => {
      validateBatch(batch);
      const id = batch.document.id;
      const old = this.docs.get(id);
      const result = { document: id, entities: batch.entities.length, relations: batch.relations.length };
      if (old && sameBatch(old, batch)) return { ...result, changed: false };
      // Journal first: once it is durable the in-memory change cannot fail (the batch was validated).
      this.persistence?.append({ seq: this.seq + 1, op: 'upsert', batch });
      this.seq++;
      if (old) this.unapply(old);
      this.apply(batch);
      this.maybeCompact();
      return { ...result, changed: true };
    });
  }

  removeDocument(id: string): Promise<boolean> {
    return this.serialize(() => {
      const old = this.docs.get(id);
      if (!old) return false;
      this.persistence?.append({ seq: this.seq + 1, op: 'remove', id });
      this.seq++;
      this.unapply(old);
      this.maybeCompact();
      return true;
    });
  }

  /** Writes a snapshot now (the CLI calls it after a bulk ingest). */
  compact(): Promise<void> {
    return this.serialize(() => {
      this.persistence?.compact(this.seq, this.docs.values());
    });
  }

  private maybeCompact(): void {
    if (this.persistence?.shouldCompact()) this.persistence.compact(this.seq, this.docs.values());
  }

  private mentionCounts(batch: GraphBatch): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return counts;
  }

  private apply(batch: GraphBatch): void {
    const docId = batch.document.id;
    this.docs.set(docId, batch);
    const counts = this.mentionCounts(batch);
    for (const e of batch.entities) {
      let m = this.entityContribs.get(e.id);
      if (!m) this.entityContribs.set(e.id, (m = new Map()));
      m.set(docId, { document: docId, entity: e, mentions: counts.get(e.id) ?? 0 });
      this.refreshEntity(e.id);
    }
    for (const r of batch.relations) {
      let m = this.relationContribs.get(r.id);
      if (!m) this.relationContribs.set(r.id, (m = new Map()));
      m.set(docId, r);
      this.refreshRelation(r.id);
    }
  }

  private unapply(batch: GraphBatch): void {
    const docId = batch.document.id;
    this.docs.delete(docId);
    for (const r of batch.relations) {
      this.relationContribs.get(r.id)?.delete(docId);
      this.refreshRelation(r.id);
    }
    for (const e of batch.entities) {
      this.entityContribs.get(e.id)?.delete(docId);
      this.refreshEntity(e.id);
    }
  }

  private refreshEntity(id: string): void {
    const contribs = this.entityContribs.get(id);
    if (!contribs || contribs.size === 0) {
      this.entityContribs.delete(id);
      this.entities.delete(id);
      this.index.remove(id);
      if (this.graph.hasNode(id)) this.graph.dropNode(id);
      return;
    }
    const merged = mergeEntity([...contribs.values()]);
    this.entities.set(id, merged);
    this.index.set(id, merged, merged);
    if (this.graph.hasNode(id)) this.graph.setNodeAttribute(id, 'type', merged.type);
    else this.graph.addNode(id, { type: merged.type });
  }

  private refreshRelation(id: string): void {
    const contribs = this.relationContribs.get(id);
    if (!contribs || contribs.size === 0) {
      this.relationContribs.delete(id);
      this.relations.delete(id);
      if (this.graph.hasEdge(id)) this.graph.dropEdge(id);
      return;
    }
    const merged = mergeRelation([...contribs.values()]);
    this.relations.set(id, merged);
    if (this.graph.hasEdge(id)) this.graph.setEdgeAttribute(id, 'weight', merged.weight);
    else {
      // Entities are applied before relations, so both ends exist.
      this.graph.addDirectedEdgeWithKey(id, merged.source, merged.target, { type: merged.type, weight: merged.weight });
    }
  }

  private importance(): Importance {
    if (!this.importanceCache || this.importanceCache.seq !== this.seq) {
      this.importanceCache = { seq: this.seq, value: importance(this.graph) };
    }
    return this.importanceCache.value;
  }

  private node(id: string): GraphNode {
    const e = this.entities.get(id);
    if (!e) throw new Error(`no entity ${id}`);
    const { attributes: _a, ...rest } = e;
    return { ...rest, degree: this.graph.degree(id), importance: this.importance().pagerank.get(id) ?? 0 };
  }

  private edge(id: string, weight?: number): GraphEdge {
    const r = this.relations.get(id);
    if (!r) throw new Error(`no relation ${id}`);
    return { id, source: r.source, target: r.target, type: r.type, weight: weight ?? r.weight, evidenceCount: r.evidence.length, attributes: r.attributes };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const e = this.entities.get(id);
    if (!e) return null;
    const documents = [...(this.entityContribs.get(id)?.values() ?? [])].map((c) => {
      const d = this.docs.get(c.document)!.document;
      return { id: d.id, title_zh: d.title_zh, title_en: d.title_en, year: d.year, count: c.mentions };
    });
    const degree: Partial<Record<RelationType, number>> = {};
    this.graph.forEachEdge(id, (_e, attrs) => {
      degree[attrs.type] = (degree[attrs.type] ?? 0) + 1;
    });
    return { ...e, documents, degree };
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
    const hits = this.index.match(q);
    const scored: SearchHit[] = [];
    for (const h of hits) {
      const e = this.entities.get(h.id);
      if (!e || (types && !types.has(e.type))) continue;
      const bonus = Math.min(9.9, Math.log2(1 + e.mentions + this.graph.degree(h.id)));
      scored.push({ id: e.id, type: e.type, ...(e.subtype ? { subtype: e.subtype } : {}), name_zh: e.name_zh, name_en: e.name_en, score: Math.round((h.score + bonus) * 100) / 100, matched: h.matched });
    }
    scored.sort((a, b) => b.score - a.score || a.name_zh.length - b.name_zh.length || (a.id < b.id ? -1 : 1));
    return scored.slice(0, opts.limit);
  }

  private evidenceFilter(q: { relations?: RelationType[]; documents?: string[]; years?: number[] }) {
    const rels = q.relations && q.relations.length > 0 ? new Set(q.relations) : null;
    const docs = q.documents && q.documents.length > 0 ? new Set(q.documents) : null;
    const years = q.years && q.years.length > 0 ? new Set(q.years) : null;
    return (edge: string, attrs: EdgeAttrs): number => {
      if (rels && !rels.has(attrs.type)) return 0;
      if (!docs && !years) return attrs.weight;
      const r = this.relations.get(edge);
      if (!r) return 0;
      return r.evidence.filter((ev) => (!docs || docs.has(ev.document)) && (!years || (ev.year !== null && years.has(ev.year)))).length;
    };
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
    const pr = this.importance().pagerank;
    const res = neighborhood(this.graph, ids, {
      depth: q.depth,
      limit: q.limit,
      nodeOk: (_id, attrs) => !types || types.has(attrs.type),
      edgeWeight: this.evidenceFilter(q),
      importance: (id) => pr.get(id) ?? 0,
    });
    return { nodes: res.nodes.map((n) => this.node(n)), edges: res.edges.map((e) => this.edge(e.key, e.weight)), truncated: res.truncated };
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    const rels = q.relations && q.relations.length > 0 ? new Set(q.relations) : null;
    const found = paths(this.graph, from, to, { maxLength: q.maxLength, limit: q.limit, edgeOk: (_e, a) => !rels || rels.has(a.type) });
    return found.map((p) => ({ nodes: p.nodes.map((n) => this.node(n)), edges: p.edges.map((e) => this.edge(e)), length: p.edges.length, cost: p.cost }));
  }

  async getRelation(id: string): Promise<Relation | null> {
    return this.relations.get(id) ?? null;
  }

  private summary(b: GraphBatch): DocumentSummary {
    const { text: _text, sha256: _sha, sentences: _s, ...meta } = b.document;
    return { ...meta, chars: b.document.text.length, entities: b.entities.length, relations: b.relations.length };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return [...this.docs.values()].map((b) => this.summary(b)).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    const b = this.docs.get(id);
    if (!b) return null;
    const mentions = b.mentions.map((m) => {
      const e = this.entities.get(m.entity)!;
      return { ...m, type: e.type, name_zh: e.name_zh, name_en: e.name_en };
    });
    return { ...this.summary(b), text: b.document.text, sentences: b.document.sentences, mentions };
  }

  async overview(limit: number): Promise<OverviewEntry[]> {
    const imp = this.importance();
    return [...this.entities.keys()]
      .sort((a, b) => (imp.pagerank.get(b) ?? 0) - (imp.pagerank.get(a) ?? 0) || (a < b ? -1 : 1))
      .slice(0, limit)
      .map((id) => ({ ...this.node(id), community: imp.community.get(id) ?? 0 }));
  }

  async stats(): Promise<Stats> {
    const entitiesByType: Stats['entitiesByType'] = {};
    for (const e of this.entities.values()) entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
    const relationsByType: Stats['relationsByType'] = {};
    let evidence = 0;
    for (const r of this.relations.values()) {
      relationsByType[r.type] = (relationsByType[r.type] ?? 0) + 1;
      evidence += r.evidence.length;
    }
    return { documents: this.docs.size, entities: this.entities.size, relations: this.relations.size, evidence, entitiesByType, relationsByType, version: await this.version() };
  }

  async exportGraph(): Promise<GraphExport> {
    const byId = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      documents: byId([...this.docs.values()].map((b) => ({ id: b.document.id, file: b.document.file, title_zh: b.document.title_zh, title_en: b.document.title_en, year: b.document.year }))),
      entities: byId(
        [...this.entities.values()].map((e) => ({ id: e.id, type: e.type, subtype: e.subtype ?? null, name_zh: e.name_zh, name_en: e.name_en, aliases: e.aliases, attributes: e.attributes, mentions: e.mentions })),
      ),
      relations: byId(
        [...this.relations.values()].map((r) => ({
          id: r.id,
          source: r.source,
          target: r.target,
          type: r.type,
          attributes: r.attributes,
          evidence: r.evidence.map((ev) => ({ document: ev.document, sentence: ev.sentence, text: ev.text, start: ev.start, end: ev.end })),
        })),
      ),
    };
  }

  /** The batch stored for one document, as it was written (crash tests compare it with what was sent). */
  documentBatch(id: string): GraphBatch | undefined {
    return this.docs.get(id);
  }
}

