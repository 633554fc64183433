// The Neo4j store: the same contract as the embedded store, with every query a parameterised file in cypher/.
// This class only composes the modules beside it, one job each.
import type { Curation } from '../../curation/types';
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
} from '../../model';
import type { EntityType } from '../../ontology';
import type { PatternQuery, PatternRow } from '../../query/types';
import type { GraphStore, OverviewFilter, StoreHealth, UpsertResult } from '../GraphStore';
import { CurationReplay } from './curationReplay';
import * as documents from './documents';
import * as entities from './entityReads';
import { neighborhood } from './neighborhood';
import * as whole from './overview';
import { paths } from './paths';
import { matchPattern } from './patterns';
import { QueryRegistry } from './queries';
import { RankingCache } from './rankingView';
import { searchView } from './search';
import { Neo4jSession, type Neo4jOptions } from './session';
import * as time from './timeReads';
import { GraphWriter } from './writer';

export type { Neo4jOptions } from './session';

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly db: Neo4jSession;
  private readonly ranking: RankingCache;
  private readonly writer: GraphWriter;
  private readonly curationLog: CurationReplay;

  constructor(opts: Neo4jOptions, queries = new QueryRegistry()) {
    this.db = new Neo4jSession(opts, queries);
    this.ranking = new RankingCache(this.db);
    this.writer = new GraphWriter(this.db);
    this.curationLog = new CurationReplay(this.db, this.writer);
  }

  init(): Promise<void> {
    return this.db.init();
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Nothing to do: Neo4j manages its own storage and makes each transaction durable itself. */
  async compact(): Promise<void> {}

  health(): Promise<StoreHealth> {
    return this.db.health();
  }

  async version(): Promise<string> {
    return `n${await this.db.read((tx) => this.db.version(tx))}`;
  }

  upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    return this.writer.upsertDocument(batch);
  }

  removeDocument(id: string): Promise<boolean> {
    return this.writer.removeDocument(id);
  }

  clear(opts: { keepCurations?: boolean } = {}): Promise<void> {
    return this.writer.clear(opts);
  }

  curations(): Promise<Curation[]> {
    return this.curationLog.curations();
  }

  /** Records the curation and replays the new log over every document whose curated batch changes, in one step. */
  addCuration(c: Curation): Promise<void> {
    return this.curationLog.addCuration(c);
  }

  getEntity(id: string): Promise<EntityDetail | null> {
    return entities.getEntity(this.db, id);
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    return searchView(await this.ranking.current(), q, opts);
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    return neighborhood(this.db, await this.ranking.current(), ids, q);
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    if (from === to) return [];
    return paths(this.db, await this.ranking.current(), from, to, q);
  }

  getRelation(id: string): Promise<Relation | null> {
    return this.db.read((tx) => entities.readRelation(this.db, tx, id));
  }

  matchPattern(q: PatternQuery): Promise<PatternRow[]> {
    return matchPattern(this.db, q);
  }

  listDocuments(): Promise<DocumentSummary[]> {
    return documents.listDocuments(this.db);
  }

  getDocument(id: string): Promise<DocumentDetail | null> {
    return documents.getDocument(this.db, id);
  }

  async overview(limit: number, filter: OverviewFilter = {}): Promise<OverviewEntry[]> {
    return whole.overview(this.db, await this.ranking.current(), limit, filter);
  }

  stats(): Promise<Stats> {
    return whole.stats(this.db);
  }

  exportGraph(): Promise<GraphExport> {
    return whole.exportGraph(this.db);
  }

  indicators(place?: string): Promise<IndicatorSeries[]> {
    return time.indicators(this.db, place);
  }

  timeline(entityId: string): Promise<TimelineItem[] | null> {
    return time.timeline(this.db, entityId);
  }

  compare(a: string, b: string, opts: { types?: EntityType[] } = {}): Promise<Comparison | null> {
    return time.compare(this.db, a, b, opts);
  }
}
