// The one interface every layer above the stores uses.
import type {
  Comparison,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  GraphBatch,
  GraphExport,
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
} from '../model';
import type { Curation } from '../curation/types';
import type { EntityType } from '../ontology';
import type { PatternQuery, PatternRow } from '../query/types';

export interface UpsertResult {
  document: string;
  /** false when the document was already stored with the same content: nothing changed. */
  changed: boolean;
  entities: number;
  relations: number;
}

export interface OverviewFilter {
  types?: EntityType[];
  documents?: string[];
}

export interface StoreHealth {
  ready: boolean;
  kind: 'embedded' | 'neo4j';
  detail: string;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Loads or connects; applies schema. */
  init(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;
  /** A token that changes whenever the graph changes (used for ETags). */
  version(): Promise<string>;
  /**
   * Puts what was written into the store's own compact form now (after a bulk change: an ingest, an import), so
   * that the next start is quick; nothing read or stored changes. Neo4j manages its own storage: a no-op there.
   */
  compact(): Promise<void>;
  /**
   * Optional, for stores that journal their writes: compacts only when changes came in since the last compaction
   * (the server calls it on a graceful stop). Whether it compacted.
   */
  compactIfJournaled?(): Promise<boolean>;
  /** Optional: how opening went, for the log: what loading had to repair, and whether it served from an image. */
  readonly opening?: { notes: string[]; fromImage: boolean };

  /** Atomic and idempotent: replaces everything the document contributed before. */
  upsertDocument(batch: GraphBatch): Promise<UpsertResult>;
  /** Removes the document, its evidence, and relations and entities left without evidence. false when unknown. */
  removeDocument(id: string): Promise<boolean>;
  /**
   * Empties the store (every document, entity and relation, and the curation log unless `keepCurations`: a rebuild
   * from the documents keeps people's corrections); the version still changes.
   */
  clear(opts?: { keepCurations?: boolean }): Promise<void>;

  /** The curation log, oldest first, undo records included (server/curation). */
  curations(): Promise<Curation[]>;
  /**
   * Appends one curation (already resolved and checked against the graph) atomically: every read after it serves the
   * extracted graph with the log replayed over it. The version changes.
   */
  addCuration(c: Curation): Promise<void>;

  getEntity(id: string): Promise<EntityDetail | null>;
  search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]>;
  neighborhood(ids: string[], query: NeighborhoodQuery): Promise<Subgraph>;
  paths(from: string, to: string, query: PathQuery): Promise<GraphPath[]>;
  getRelation(id: string): Promise<Relation | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<DocumentDetail | null>;
  /**
   * The most important entities, with communities of the view; with a filter, only entities of those types and
   * mentioned in one of those documents (an empty documents list keeps nothing).
   */
  overview(limit: number, filter?: OverviewFilter): Promise<OverviewEntry[]>;
  stats(): Promise<Stats>;
  exportGraph(): Promise<GraphExport>;

  /** Indicator series (by indicator and place, points in period order); only those of a Place entity when given. */
  indicators(place?: string): Promise<IndicatorSeries[]>;
  /** One item per document that mentions the entity, in time order; null when the entity is unknown. */
  timeline(entityId: string): Promise<TimelineItem[] | null>;
  /**
   * Entities added, dropped, continued and changed from side a to side b, each a document id or a year (all documents
   * of that year); null when a side names no stored document.
   */
  compare(a: string, b: string, opts?: { types?: EntityType[] }): Promise<Comparison | null>;

  /**
   * The rows of a pattern question (server/query): one per distinct tuple of bound entities, ordered by their ids, with
   * the relations of the paths that bound them. PatternError (400) when more than MAX_MATCHES paths match.
   */
  matchPattern(q: PatternQuery): Promise<PatternRow[]>;
}
