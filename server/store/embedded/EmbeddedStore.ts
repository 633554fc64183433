// The default store: the whole graph in memory, made durable by a journal and snapshots. Each document's batch is
// kept as it was sent; entities are merged views of their contributions, relations are merged when read.
import type {
  BatchRelation,
  Comparison,
  DocumentDetail,
  DocumentMeta,
  DocumentSummary,
  Entity,
  EntityDetail,
  GraphBatch,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  IndicatorSeries,
  NeighborhoodQuery,
  OverviewEntry,
  PathQuery,
  Relation,
  SearchHit,
  Stats,
  Subgraph,
  TimelineItem,
} from '../../model';
import { exportedEntity } from '../../model';
import { curateBatch } from '../../curation/apply';
import { effectiveLog } from '../../curation/log';
import type { Curation } from '../../curation/types';
import { CorruptStoreError } from '../../errors';
import type { EntityType, RelationType } from '../../ontology';
import { SearchIndex } from '../../search/index';
import type { GraphStore, OverviewFilter, StoreHealth, UpsertResult } from '../GraphStore';
import { subgraphImportance, type WeightedEdge } from '../graphAlgorithms';
import { mergeAttributes, mergeEntity, mergeRelation, type EntityContribution } from '../merge';
import { validateBatch } from '../validateBatch';
import { CompactGraph } from './CompactGraph';
import {
  IMAGE_DIR,
  readImage,
  removeImage,
  writeImage,
  type DocumentLine,
  type GraphImage,
  type RelationRanges,
  type Rows,
  type SearchFacts,
} from './image';
import { Persistence, type ByteRange, type WrittenSnapshot } from './persistence';
import { ValueSharer } from './shareValues';
import { neighborhood, paths } from './traversal';
import { traversePattern } from '../../query/traverse';
import { assembleRows, groupMatches, toPatternRelation, type PatternQuery, type PatternRow } from '../../query/types';
import { importance, MAX_SEARCH_BONUS, rankHits, searchBonus } from '../ranking';
import { StringTable } from '../../util/stringTable';
import { compareSide, compareSides, entityTimeline, indicatorSeries, type CompareRow } from '../time';

export interface EmbeddedStoreOptions {
  /** Folder for the snapshot and journal; omit for a memory-only store (tests). */
  dataDir?: string;
  compactAtBytes?: number;
}

interface LazyState {
  /** Each entity's JSON by node slot, parsed on first read into `entities`. */
  entities: StringTable;
  searchFacts: SearchFacts;
  documents: DocumentLine[];
  position: Map<string, number>;
  entityDocuments: Rows;
  relationRanges: RelationRanges;
  relationAttributes: Record<string, Record<string, string>>;
  /** Batches read from the snapshot, most recently used last. */
  cache: Map<string, GraphBatch>;
}

/** A pause that gives the event loop a turn at most every 20 ms of work. */
function pauser(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < 20) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = Date.now();
  };
}

/** The document a contribution came from (validation keeps a batch's evidence to its own document). */
function docOf(r: BatchRelation): string {
  return r.evidence[0].document;
}

function sameBatch(a: GraphBatch, b: GraphBatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly persistence: Persistence | null;
  /** Each document's batch as extraction made it; the graph is built from these with the curation log replayed. */
  private docs = new Map<string, GraphBatch>();
  private curationLog: Curation[] = [];
  private seq = 0;
  private entityContribs = new Map<string, Map<string, EntityContribution>>();
  private entities = new Map<string, Entity>();
  /** Each relation's contributions, one per document, in document order. */
  private relationContribs = new Map<string, BatchRelation | BatchRelation[]>();
  private graph = new CompactGraph();
  private index = new SearchIndex();
  private rankCache: { seq: number; value: Float64Array } | null = null;
  private rankedCache: { seq: number; ids: string[] } | null = null;
  private searchFactsCache: { seq: number; value: SearchFacts } | null = null;
  private writeQueue: Promise<unknown> = Promise.resolve();
  /**
   * Set when the store started from an image: reads are served from it, and document batches are read from the
   * snapshot only when asked for. The first write loads every batch (ensureFull) and clears it.
   */
  private lazy: LazyState | null = null;
  /** What loading had to repair (an unfinished journal entry, a stale temporary file). */
  loadNotes: string[] = [];

  constructor(opts: EmbeddedStoreOptions = {}) {
    this.persistence = opts.dataDir ? new Persistence(opts.dataDir, opts.compactAtBytes) : null;
  }

  async init(): Promise<void> {
    if (!this.persistence) return;
    const peek = this.persistence.peek();
    const image = peek?.journalEmpty ? readImage(this.persistence.dir, peek) : null;
    if (image) {
      this.loadNotes = this.persistence.removeTemporaryFiles();
      this.curationLog = await this.persistence.readCurations();
      this.restore(image);
      return;
    }
    await this.loadFull();
  }

  /** True while the store serves from its image without having read the documents' batches. */
  get startedFromImage(): boolean {
    return this.lazy !== null;
  }

  private restore(img: GraphImage): void {
    this.seq = img.seq;
    this.graph = CompactGraph.unpack(img.graph);
    // Entity numbers of the packed index are image positions, which stay valid after the graph changes.
    const nameOf = (i: number): string =>
      (this.entities.get(img.graph.nodeIds[i]) ?? (JSON.parse(img.entities.get(i)) as Entity)).name_zh;
    this.index = SearchIndex.fromPacked(img.searchIndex, img.graph.nodeIds, nameOf);
    this.rankCache = { seq: this.seq, value: img.pagerank };
    this.lazy = {
      entities: img.entities,
      searchFacts: img.searchFacts,
      documents: img.documents,
      position: new Map(img.documents.map((d, i) => [d.summary.id, i])),
      entityDocuments: img.entityDocuments,
      relationRanges: img.relationRanges,
      relationAttributes: img.relationAttributes,
      cache: new Map(),
    };
  }

  /**
   * Reads every batch and rebuilds the contributions; the merged graph, entities and index are already right.
   * It pauses between documents, and reads keep being answered from the image meanwhile: building contributions
   * touches nothing they use, and `lazy` is cleared only once all is in.
   */
  private async ensureFull(): Promise<void> {
    if (!this.lazy) return;
    try {
      const state = await this.persistence!.load(pauser());
      if (state.seq !== this.seq) {
        throw new CorruptStoreError(
          `${this.persistence!.dir} changed under this process (version ${state.seq}, image ${this.seq}); restart it`,
        );
      }
      await this.applyAll(state.documents.values(), pauser(), true);
    } catch (e) {
      this.docs = new Map();
      this.entityContribs = new Map();
      this.relationContribs = new Map();
      throw e;
    }
    for (let slot = 0; slot < this.lazy.entities.length; slot++) this.entity(this.graph.nodeId(slot));
    this.lazy = null;
    // Ranks and graph arrays are views of the image's array file: copies let that buffer (over 100 MB at 2M
    // relations) go.
    if (this.rankCache) this.rankCache = { seq: this.rankCache.seq, value: Float64Array.from(this.rankCache.value) };
    this.graph.detach();
  }

  /**
   * Every batch's contributions, with repeated values shared; returns what must be merged (nothing when `merged`:
   * the merged views are already right).
   */
  private async applyAll(
    batches: Iterable<GraphBatch>,
    pause: () => Promise<void>,
    merged = false,
  ): Promise<{ entities: Set<string>; relations: Set<string> }> {
    const sharer = new ValueSharer();
    const touched = { entities: new Set<string>(), relations: new Set<string>() };
    for (const batch of batches) {
      sharer.share(batch);
      this.apply(batch, merged ? 'merged' : touched);
      await pause();
    }
    return touched;
  }

  /** A document's batch while serving from the image: read from the snapshot, a few kept. */
  private lazyBatch(id: string): GraphBatch | undefined {
    const lazy = this.lazy!;
    const pos = lazy.position.get(id);
    if (pos === undefined) return undefined;
    let b = lazy.cache.get(id);
    if (b) {
      lazy.cache.delete(id);
    } else {
      const line = lazy.documents[pos];
      [b] = this.persistence!.readRanges<GraphBatch>([line]);
    }
    lazy.cache.set(id, b);
    if (lazy.cache.size > 16) lazy.cache.delete(lazy.cache.keys().next().value!);
    return b;
  }

  private async loadFull(): Promise<void> {
    const state = await this.persistence!.load();
    this.loadNotes = state.notes;
    this.seq = state.seq;
    this.curationLog = state.curations;
    // Merge each entity and relation once, after every document's contribution is in.
    const touched = await this.applyAll(state.documents.values(), async () => undefined);
    for (const id of touched.entities) this.refreshEntity(id);
    for (const id of touched.relations) this.refreshRelation(id);
  }

  async close(): Promise<void> {
    await this.writeQueue.catch(() => undefined);
  }

  async health(): Promise<StoreHealth> {
    return {
      ready: true,
      kind: 'embedded',
      detail: this.persistence ? `data in ${this.persistence.dir}` : 'in memory',
    };
  }

  async version(): Promise<string> {
    return `e${this.seq}`;
  }

  private serialize<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    return this.serialize(async () => {
      validateBatch(batch);
      await this.ensureFull();
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
    return this.serialize(async () => {
      await this.ensureFull();
      const old = this.docs.get(id);
      if (!old) return false;
      this.persistence?.append({ seq: this.seq + 1, op: 'remove', id });
      this.seq++;
      this.unapply(old);
      this.maybeCompact();
      return true;
    });
  }

  /**
   * Every document removed through the journal like any removal, the curation log too unless kept (a rebuild from
   * the documents keeps it), then one snapshot of the empty graph.
   */
  async clear(opts: { keepCurations?: boolean } = {}): Promise<void> {
    for (const d of await this.listDocuments()) await this.removeDocument(d.id);
    if (!opts.keepCurations && this.curationLog.length > 0) {
      await this.serialize(() => {
        this.persistence?.append({ seq: this.seq + 1, op: 'curations', log: [] });
        this.seq++;
        this.curationLog = [];
      });
    }
    await this.compact();
  }

  /** Writes a snapshot now (the CLI calls it after a bulk ingest). */
  compact(): Promise<void> {
    return this.serialize(() => {
      // Started from an image and unchanged since: the snapshot and the image on disk are this state.
      if (!this.lazy) this.writeSnapshot();
    });
  }

  /**
   * Writes a snapshot and image when the journal holds changes (the server does this on a graceful stop): the next
   * start then serves from the image at once instead of loading every batch. Returns whether it wrote one.
   */
  compactIfJournaled(): Promise<boolean> {
    return this.serialize(() => {
      if (this.lazy || !this.persistence?.journaled) return false;
      this.writeSnapshot();
      return true;
    });
  }

  private maybeCompact(): void {
    if (this.persistence?.shouldCompact()) this.writeSnapshot();
  }

  /** The snapshot, then the image that lets the next start skip rebuilding the graph. */
  private writeSnapshot(): void {
    if (!this.persistence) return;
    removeImage(this.persistence.dir);
    const written = this.persistence.compact(this.seq, this.docs.values(), this.curationLog);
    // The image reads relations back from the snapshot's extracted batches: it only fits an uncurated graph.
    if (effectiveLog(this.curationLog).length === 0) writeImage(this.persistence.dir, this.image(written));
  }

  private image(written: WrittenSnapshot): GraphImage {
    const graph = this.graph.pack();
    const entities = graph.nodeIds.map((id) => this.entities.get(id)!);
    const dense = new Map(graph.nodeIds.map((id, i) => [id, i]));
    const rank = this.rank();
    const position = new Map(written.lines.map((l, i) => [l.id, i]));
    const entityOffsets = new Int32Array(graph.nodeIds.length + 1);
    const entityItems: number[] = [];
    const entityCounts: number[] = [];
    graph.nodeIds.forEach((id, i) => {
      for (const c of this.entityContribs.get(id)?.values() ?? []) {
        entityItems.push(position.get(c.document)!);
        entityCounts.push(c.mentions);
      }
      entityOffsets[i + 1] = entityItems.length;
    });
    const relationOffsets = new Int32Array(graph.edgeKeys.length + 1);
    const relationStarts: number[] = [];
    const relationLengths: number[] = [];
    const relationAttributes: Record<string, Record<string, string>> = {};
    graph.edgeKeys.all().forEach((key, i) => {
      const contribs = this.contribsOf(key) ?? [];
      for (const c of contribs) {
        const range = written.relations.get(c)!;
        relationStarts.push(range.offset);
        relationLengths.push(range.length);
      }
      relationOffsets[i + 1] = relationStarts.length;
      if (contribs.some((c) => Object.keys(c.attributes).length > 0))
        relationAttributes[key] = mergeAttributes(contribs);
    });
    return {
      seq: this.seq,
      snapshotBytes: written.snapshotBytes,
      documents: written.lines.map((l) => ({
        summary: this.summary(this.docs.get(l.id)!),
        offset: l.offset,
        length: l.length,
      })),
      entities: StringTable.of(entities.map((e) => JSON.stringify(e))),
      searchIndex: this.index.pack(
        (id) => dense.get(id)!,
        Float64Array.from(entities, (e) => searchBonus(e.mentions, this.graph.degree(this.graph.node(e.id)))),
      ),
      graph,
      pagerank: Float64Array.from(graph.nodeIds, (id) => rank[this.graph.node(id)] ?? 0),
      searchFacts: {
        mentions: Int32Array.from(entities, (e) => e.mentions),
        nameLength: Int32Array.from(entities, (e) => e.name_zh.length),
      },
      entityDocuments: {
        offsets: entityOffsets,
        items: Int32Array.from(entityItems),
        counts: Int32Array.from(entityCounts),
      },
      relationRanges: {
        offsets: relationOffsets,
        starts: Float64Array.from(relationStarts),
        lengths: Int32Array.from(relationLengths),
      },
      relationAttributes,
    };
  }

  private mentionCounts(batch: GraphBatch): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return counts;
  }

  /**
   * Records the batch's contributions. `merge`: what to do with the entities and relations it touches: merge them
   * now (undefined), note them for one merge after many batches (sets), or nothing when the merged views are
   * already right (loading the batches behind an image).
   */
  private apply(raw: GraphBatch, merge?: { entities: Set<string>; relations: Set<string> } | 'merged'): void {
    const docId = raw.document.id;
    this.docs.set(docId, raw);
    const batch = this.curated(raw);
    const text = batch.document.text;
    const counts = this.mentionCounts(batch);
    for (const e of batch.entities) {
      let m = this.entityContribs.get(e.id);
      if (!m) this.entityContribs.set(e.id, (m = new Map()));
      m.set(docId, { document: docId, entity: e, mentions: counts.get(e.id) ?? 0 });
      if (merge === undefined) this.refreshEntity(e.id);
      else if (merge !== 'merged') merge.entities.add(e.id);
    }
    for (const r of batch.relations) {
      // Evidence quotes its document: keep it as a view of the document's text, not a second copy.
      for (const ev of r.evidence) {
        const view = text.slice(ev.start, ev.end);
        if (view === ev.text) ev.text = view;
      }
      const prev = this.relationContribs.get(r.id);
      if (!prev) this.relationContribs.set(r.id, r);
      else {
        const list = Array.isArray(prev) ? prev : [prev];
        list.push(r);
        list.sort((a, b) => (docOf(a) < docOf(b) ? -1 : 1));
        this.relationContribs.set(r.id, list);
      }
      if (merge === undefined) this.refreshRelation(r.id);
      else if (merge !== 'merged') merge.relations.add(r.id);
    }
  }

  /** A relation's contributions; a lone one is stored as itself (most relations have one: 2M one-item lists cost ~80 MB). */
  private contribsOf(id: string): BatchRelation[] | undefined {
    const v = this.relationContribs.get(id);
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
  }

  /** The batch as the curation log makes it (the same object when no curation is in effect). */
  private curated(raw: GraphBatch): GraphBatch {
    return this.curationLog.length === 0 ? raw : curateBatch(raw, this.curationLog);
  }

  private unapply(raw: GraphBatch): void {
    const docId = raw.document.id;
    this.docs.delete(docId);
    const batch = this.curated(raw);
    const mine = new Set(batch.relations);
    for (const r of batch.relations) {
      const list = this.contribsOf(r.id)?.filter((c) => !mine.has(c));
      if (list && list.length > 0) this.relationContribs.set(r.id, list.length === 1 ? list[0] : list);
      else this.relationContribs.delete(r.id);
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
      this.graph.dropNode(id);
      return;
    }
    const merged = mergeEntity([...contribs.values()]);
    this.entities.set(id, merged);
    this.index.set(id, merged, merged);
    this.graph.setNode(id, merged.type);
  }

  private refreshRelation(id: string): void {
    const contribs = this.contribsOf(id);
    if (!contribs || contribs.length === 0) {
      this.relationContribs.delete(id);
      this.graph.dropEdge(id);
      return;
    }
    const first = contribs[0];
    // Entities are applied before relations, so both ends exist.
    this.graph.setEdge(id, first.source, first.target, first.type, this.evidenceCount(contribs));
  }

  /** Distinct evidence sentences over all contributions (what mergeRelation counts as the weight). */
  private evidenceCount(contribs: BatchRelation[]): number {
    if (contribs.length === 1 && contribs[0].evidence.length <= 1) return contribs[0].evidence.length;
    const seen = new Set<string>();
    for (const c of contribs) for (const e of c.evidence) seen.add(`${e.document}|${e.sentence}`);
    return seen.size;
  }

  private relation(id: string): Relation | null {
    if (this.lazy) {
      const slot = this.graph.edgeSlotOf(id);
      if (slot < 0) return null;
      // Each contribution is read from its own byte range of the snapshot, not from its whole document.
      const rows = this.lazy.relationRanges;
      const ranges: ByteRange[] = [];
      for (let k = rows.offsets[slot]; k < rows.offsets[slot + 1]; k++)
        ranges.push({ offset: rows.starts[k], length: rows.lengths[k] });
      const contribs = this.persistence!.readRanges<BatchRelation>(ranges);
      if (contribs.some((c) => c.id !== id))
        throw new CorruptStoreError(
          `${this.persistence!.dir}: the image does not match the snapshot; delete ${IMAGE_DIR} and restart`,
        );
      return contribs.length > 0 ? mergeRelation(contribs) : null;
    }
    const contribs = this.contribsOf(id);
    return contribs && contribs.length > 0 ? mergeRelation(contribs) : null;
  }

  /** PageRank by node slot, recomputed after the graph changed. */
  private rank(): Float64Array {
    if (!this.rankCache || this.rankCache.seq !== this.seq)
      this.rankCache = { seq: this.seq, value: importance(this.graph) };
    return this.rankCache.value;
  }

  /** The merged entity; while serving from the image, parsed from its JSON when first asked for. */
  private entity(id: string): Entity | undefined {
    const e = this.entities.get(id);
    if (e || !this.lazy) return e;
    const slot = this.graph.node(id);
    if (slot < 0) return undefined;
    const parsed = JSON.parse(this.lazy.entities.get(slot)) as Entity;
    if (parsed.id !== id)
      throw new CorruptStoreError(
        `${this.persistence!.dir}: the image does not match its graph; delete ${IMAGE_DIR} and restart`,
      );
    this.entities.set(id, parsed);
    return parsed;
  }

  private node(id: string): GraphNode {
    const e = this.entity(id);
    const slot = this.graph.node(id);
    if (!e || slot < 0) throw new Error(`no entity ${id}`);
    // Field by field: this runs for every node of every answer, and a rest-spread copy is several times slower.
    const node: GraphNode = {
      id: e.id,
      type: e.type,
      name_zh: e.name_zh,
      name_en: e.name_en,
      aliases: e.aliases,
      mentions: e.mentions,
      degree: this.graph.degree(slot),
      importance: this.rank()[slot] ?? 0,
    };
    if (e.subtype) node.subtype = e.subtype;
    return node;
  }

  /** The edge in a slot the traversal found (no lookup by key: 2M keys are searched, not hashed, after a start). */
  private edge(slot: number, weight?: number, key?: string): GraphEdge {
    const g = this.graph;
    const id = key ?? g.edgeKey(slot);
    const count = g.edgeWeight(slot);
    let attributes: Record<string, string>;
    if (this.lazy) attributes = this.lazy.relationAttributes[id] ?? {};
    else {
      const contribs = this.contribsOf(id);
      if (!contribs) throw new Error(`no relation ${id}`);
      attributes = mergeAttributes(contribs);
    }
    // The graph's edge weight is the evidence count (set when the relation was merged).
    return {
      id,
      source: g.nodeId(g.edgeSource(slot)),
      target: g.nodeId(g.edgeTarget(slot)),
      type: g.edgeType(slot),
      weight: weight ?? count,
      evidenceCount: count,
      attributes,
    };
  }

  private entityDocuments(id: string): { doc: DocumentMeta; count: number }[] {
    if (this.lazy) {
      const lazy = this.lazy;
      const slot = this.graph.node(id);
      const rows = lazy.entityDocuments;
      const out: { doc: DocumentMeta; count: number }[] = [];
      for (let k = rows.offsets[slot]; k < rows.offsets[slot + 1]; k++)
        out.push({ doc: lazy.documents[rows.items[k]].summary, count: rows.counts![k] });
      return out;
    }
    return [...(this.entityContribs.get(id)?.values() ?? [])].map((c) => ({
      doc: this.docs.get(c.document)!.document,
      count: c.mentions,
    }));
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const e = this.entity(id);
    if (!e) return null;
    const documents = this.entityDocuments(id)
      .map(({ doc: d, count }) => ({ id: d.id, title_zh: d.title_zh, title_en: d.title_en, year: d.year, count }))
      // By id, in both stores: not in the order the documents happened to be ingested.
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const degree: Partial<Record<RelationType, number>> = {};
    for (const slot of this.graph.incident(this.graph.node(id))) {
      const t = this.graph.edgeType(slot);
      degree[t] = (degree[t] ?? 0) + 1;
    }
    return { ...e, documents, degree };
  }

  /** Per node slot: what search ranks every hit by (mentions, Chinese name length); once per graph version. */
  private searchFacts(): SearchFacts {
    if (this.lazy) return this.lazy.searchFacts;
    if (!this.searchFactsCache || this.searchFactsCache.seq !== this.seq) {
      const g = this.graph;
      const value = { mentions: new Int32Array(g.nodeCapacity), nameLength: new Int32Array(g.nodeCapacity) };
      g.forEachNode((slot) => {
        const e = this.entities.get(g.nodeId(slot))!;
        value.mentions[slot] = e.mentions;
        value.nameLength[slot] = e.name_zh.length;
      });
      this.searchFactsCache = { seq: this.seq, value };
    }
    return this.searchFactsCache.value;
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
    const g = this.graph;
    const accept = types ? (id: string) => types.has(g.nodeType(g.node(id))) : undefined;
    const facts = this.searchFacts();
    // The index stops early in long posting lists when it knows each hit's bonus (the packed one stores it).
    const bonus = {
      version: this.seq,
      of: (id: string) => searchBonus(facts.mentions[g.node(id)], g.degree(g.node(id))),
      max: MAX_SEARCH_BONUS,
    };
    const hits = this.index.match(q, { enough: opts.limit, bonus, ...(accept ? { accept } : {}) });
    // Ranked from per-slot numbers, and answers built only for the best `limit`: parsing or copying each hit's
    // entity would cost more than the search.
    const top = rankHits(
      hits,
      (id) => {
        const slot = g.node(id);
        if (slot < 0 || (types && !types.has(g.nodeType(slot)))) return null;
        return { mentions: facts.mentions[slot], degree: g.degree(slot), nameLength: facts.nameLength[slot] };
      },
      opts.limit,
    );
    return top.map((h) => {
      const e = this.entity(h.id)!;
      return {
        id: e.id,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        name_zh: e.name_zh,
        name_en: e.name_en,
        score: h.score,
        matched: h.matched,
        ...(h.near ? { near: true } : {}),
      };
    });
  }

  /** Weight an edge keeps under the filters: its evidence from the chosen documents and years; 0 drops it. */
  private evidenceFilter(q: {
    relations?: RelationType[];
    documents?: string[];
    years?: number[];
  }): (slot: number) => number {
    const rels = q.relations && q.relations.length > 0 ? new Set(q.relations) : null;
    const docs = q.documents && q.documents.length > 0 ? new Set(q.documents) : null;
    const years = q.years && q.years.length > 0 ? new Set(q.years) : null;
    const g = this.graph;
    return (slot) => {
      if (rels && !rels.has(g.edgeType(slot))) return 0;
      if (!docs && !years) return g.edgeWeight(slot);
      const r = this.relation(g.edgeKey(slot));
      if (!r) return 0;
      return r.evidence.filter(
        (ev) => (!docs || docs.has(ev.document)) && (!years || (ev.year !== null && years.has(ev.year))),
      ).length;
    };
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
    const rank = this.rank();
    const g = this.graph;
    const res = neighborhood(
      g,
      ids.map((id) => g.node(id)),
      {
        depth: q.depth,
        limit: q.limit,
        nodeOk: (slot) => !types || types.has(g.nodeType(slot)),
        edgeWeight: this.evidenceFilter(q),
        importance: (slot) => rank[slot] ?? 0,
      },
    );
    return {
      nodes: res.nodes.map((n) => this.node(g.nodeId(n))),
      edges: res.edges.map((e) => this.edge(e.slot, e.weight, e.key)),
      truncated: res.truncated,
    };
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
    const g = this.graph;
    const others = Math.max(1, g.order - 1);
    const filter = this.evidenceFilter(q);
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
      nodes: p.nodes.map((n) => this.node(g.nodeId(n))),
      edges: p.edges.map((e) => this.edge(e)),
      length: p.edges.length,
      cost: p.cost,
      hubs: p.hubs.map((n) => g.nodeId(n)),
    }));
  }

  async getRelation(id: string): Promise<Relation | null> {
    return this.relation(id);
  }

  async matchPattern(q: PatternQuery): Promise<PatternRow[]> {
    const matches = traversePattern(this.graph, (id) => this.entity(id), q);
    return assembleRows(
      q.pattern,
      groupMatches(q.pattern, matches, q.limit),
      (id) => this.entity(id)!,
      (id) => toPatternRelation(this.relation(id)!),
    );
  }

  private summary(b: GraphBatch): DocumentSummary {
    const { text: _text, sha256: _sha, sentences: _s, ...meta } = b.document;
    return { ...meta, chars: b.document.text.length, entities: b.entities.length, relations: b.relations.length };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const all = this.lazy
      ? this.lazy.documents.map((d) => d.summary)
      : [...this.docs.values()].map((b) => this.summary(b));
    return all.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    const raw = this.lazy ? this.lazyBatch(id) : this.docs.get(id);
    if (!raw) return null;
    const b = this.curated(raw);
    const mentions = b.mentions.map((m) => {
      const e = this.entity(m.entity)!;
      return { ...m, type: e.type, name_zh: e.name_zh, name_en: e.name_en };
    });
    return { ...this.summary(b), text: b.document.text, sentences: b.document.sentences, mentions };
  }

  /** Entity ids by PageRank, highest first; sorted once per graph version (200k entities take ~100 ms). */
  private ranked(): string[] {
    if (!this.rankedCache || this.rankedCache.seq !== this.seq) {
      const rank = this.rank();
      const g = this.graph;
      const slots: number[] = [];
      g.forEachNode((slot) => slots.push(slot));
      slots.sort((a, b) => rank[b] - rank[a] || (g.nodeId(a) < g.nodeId(b) ? -1 : 1));
      this.rankedCache = { seq: this.seq, ids: slots.map((slot) => g.nodeId(slot)) };
    }
    return this.rankedCache.ids;
  }

  async overview(limit: number, filter: OverviewFilter = {}): Promise<OverviewEntry[]> {
    const g = this.graph;
    const types = filter.types?.length ? new Set(filter.types) : null;
    const docs = filter.documents ? new Set(filter.documents) : null;
    const keep = (id: string) =>
      (!types || types.has(g.nodeType(g.node(id)))) &&
      (!docs || this.entityDocuments(id).some((d) => docs.has(d.doc.id)));
    const ids: string[] = [];
    for (const id of this.ranked()) {
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
    return ids.map((id) => ({ ...this.node(id), community: community.get(id) ?? 0 }));
  }

  async stats(): Promise<Stats> {
    const entitiesByType: Stats['entitiesByType'] = {};
    this.graph.forEachNode((slot) => {
      const t = this.graph.nodeType(slot);
      entitiesByType[t] = (entitiesByType[t] ?? 0) + 1;
    });
    const relationsByType: Stats['relationsByType'] = {};
    let evidence = 0;
    this.graph.forEachEdge((slot) => {
      const t = this.graph.edgeType(slot);
      relationsByType[t] = (relationsByType[t] ?? 0) + 1;
      evidence += this.graph.edgeWeight(slot);
    });
    return {
      documents: this.lazy ? this.lazy.documents.length : this.docs.size,
      entities: this.graph.order,
      relations: this.graph.size,
      evidence,
      entitiesByType,
      relationsByType,
      version: await this.version(),
    };
  }

  async exportGraph(): Promise<GraphExport> {
    await this.serialize(() => this.ensureFull());
    const byId = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      documents: byId(
        [...this.docs.values()].map((b) => ({
          id: b.document.id,
          file: b.document.file,
          title_zh: b.document.title_zh,
          title_en: b.document.title_en,
          year: b.document.year,
        })),
      ),
      entities: byId([...this.entities.values()].map(exportedEntity)),
      relations: byId(
        [...this.relationContribs.keys()]
          .map((id) => mergeRelation(this.contribsOf(id)!))
          .map((r) => ({
            id: r.id,
            source: r.source,
            target: r.target,
            type: r.type,
            attributes: r.attributes,
            evidence: r.evidence.map((ev) => ({
              document: ev.document,
              sentence: ev.sentence,
              text: ev.text,
              start: ev.start,
              end: ev.end,
            })),
          })),
      ),
    };
  }

  async indicators(place?: string): Promise<IndicatorSeries[]> {
    const docs = (await this.listDocuments()).map((d) => ({
      document: d.id,
      points: this.documentBatch(d.id)?.indicators ?? [],
    }));
    return indicatorSeries(docs, place);
  }

  async timeline(entityId: string): Promise<TimelineItem[] | null> {
    const e = await this.getEntity(entityId);
    return e ? entityTimeline(e, await this.listDocuments()) : null;
  }

  async compare(a: string, b: string, opts: { types?: EntityType[] } = {}): Promise<Comparison | null> {
    const docs = await this.listDocuments();
    const da = compareSide(a, docs);
    const db = compareSide(b, docs);
    if (!da || !db) return null;
    const rows: CompareRow[] = [];
    for (const id of new Set([...da, ...db])) {
      const batch = this.curated(this.documentBatch(id)!);
      const counts = this.mentionCounts(batch);
      for (const be of batch.entities) {
        const e = this.entity(be.id);
        if (!e) continue;
        rows.push({
          document: id,
          id: e.id,
          type: e.type,
          name_zh: e.name_zh,
          name_en: e.name_en,
          mentions: counts.get(be.id) ?? 0,
          facts: be.facts,
        });
      }
    }
    return compareSides({ spec: a, documents: da }, { spec: b, documents: db }, rows, opts.types);
  }

  async curations(): Promise<Curation[]> {
    return [...this.curationLog];
  }

  addCuration(c: Curation): Promise<void> {
    return this.serialize(async () => {
      await this.ensureFull();
      if (this.curationLog.some((x) => x.id === c.id)) throw new Error(`curation ${c.id} is already recorded`);
      this.persistence?.append({ seq: this.seq + 1, op: 'curate', curation: c });
      this.seq++;
      this.curationLog = [...this.curationLog, c];
      this.rebuild();
      this.maybeCompact();
    });
  }

  /** The merged graph built again from every extracted batch with the current log (after a curation or an undo). */
  private rebuild(): void {
    const batches = [...this.docs.values()];
    this.docs = new Map();
    this.entityContribs = new Map();
    this.entities = new Map();
    this.relationContribs = new Map();
    this.graph = new CompactGraph();
    this.index = new SearchIndex();
    this.rankCache = null;
    this.rankedCache = null;
    this.searchFactsCache = null;
    const touched = { entities: new Set<string>(), relations: new Set<string>() };
    for (const b of batches) this.apply(b, touched);
    for (const id of touched.entities) this.refreshEntity(id);
    for (const id of touched.relations) this.refreshRelation(id);
  }

  /** The batch stored for one document, as it was written (crash tests compare it with what was sent). */
  documentBatch(id: string): GraphBatch | undefined {
    return this.lazy ? this.lazyBatch(id) : this.docs.get(id);
  }
}
