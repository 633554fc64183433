// The default store: the whole graph in memory, made durable by a journal and snapshots. A composition of one-job
// parts: persistence (journal, snapshot) and the image beside it, the contribution merger (each document's batch
// and the merged graph), and the read model every read is answered from: the image right after a start from one,
// the loaded graph from the first write on.
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
import { effectiveLog } from '../../curation/log';
import type { Curation } from '../../curation/types';
import { CorruptStoreError } from '../../errors';
import type { EntityType } from '../../ontology';
import type { PatternQuery, PatternRow } from '../../query/types';
import type { GraphStore, OverviewFilter, StoreHealth, UpsertResult } from '../GraphStore';
import { validateBatch } from '../validateBatch';
import { buildImage } from './buildImage';
import * as documentQueries from './documentQueries';
import { searchEntities } from './entitySearch';
import { exportMerged } from './exportGraph';
import * as graphQueries from './graphQueries';
import { readImage, removeImage, writeImage } from './image';
import { ImageReadModel } from './imageReadModel';
import { LoadedReadModel } from './loadedReadModel';
import { ContributionMerger } from './merger';
import { Persistence, type JournalOp } from './persistence';
import type { ReadModel } from './readModel';

export interface EmbeddedStoreOptions {
  /** Folder for the snapshot and journal; omit for a memory-only store (tests). */
  dataDir?: string;
  compactAtBytes?: number;
}

/** Omit over each member of a union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A journal entry without its sequence number (the store gives it the next one). */
type Change = OmitEach<JournalOp, 'seq'>;

/** A pause that gives the event loop a turn at most every 20 ms of work. */
function pauser(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < 20) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = Date.now();
  };
}

function sameBatch(a: GraphBatch, b: GraphBatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly persistence: Persistence | null;
  private curationLog: Curation[] = [];
  private seq = 0;
  private writeQueue: Promise<unknown> = Promise.resolve();
  /** The loaded graph: every batch and the merged graph; null while serving from an image. */
  private loaded: LoadedReadModel | null;
  /** Set when the store started from an image, until the first write loads every batch (`ensureLoaded`). */
  private image: ImageReadModel | null = null;
  /** What reads are answered from: the image or the loaded graph, set when either changes. */
  private read: ReadModel;
  /** What loading had to repair (an unfinished journal entry, a stale temporary file). */
  loadNotes: string[] = [];

  constructor(opts: EmbeddedStoreOptions = {}) {
    this.persistence = opts.dataDir ? new Persistence(opts.dataDir, opts.compactAtBytes) : null;
    this.loaded = new LoadedReadModel(new ContributionMerger(() => this.curationLog));
    this.read = this.loaded;
  }

  async init(): Promise<void> {
    if (!this.persistence) return;
    const peek = this.persistence.peek();
    const img = peek?.journalEmpty ? readImage(this.persistence.dir, peek) : null;
    if (img) {
      this.loadNotes = this.persistence.removeTemporaryFiles();
      this.curationLog = await this.persistence.readCurations();
      this.seq = img.seq;
      this.image = new ImageReadModel(img, this.persistence, () => this.curationLog);
      this.loaded = null;
      this.read = this.image;
      return;
    }
    const state = await this.persistence.load();
    this.loadNotes = state.notes;
    this.seq = state.seq;
    this.curationLog = state.curations;
    // Merge each entity and relation once, after every document's contribution is in.
    const merger = new ContributionMerger(() => this.curationLog);
    await merger.applyAll(state.documents.values(), async () => undefined);
    this.serveLoaded(merger);
  }

  /** True while the store serves from its image without having read the documents' batches. */
  get startedFromImage(): boolean {
    return this.image !== null;
  }

  get opening(): { notes: string[]; fromImage: boolean } {
    return { notes: this.loadNotes, fromImage: this.startedFromImage };
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

  /** Reads go to the loaded graph from now on; a new read model, so nothing computed for an older graph is kept. */
  private serveLoaded(merger: ContributionMerger, rank: Float64Array | null = null): void {
    this.loaded = new LoadedReadModel(merger, rank);
    this.read = this.loaded;
  }

  /**
   * The loaded graph, reading every batch first when serving from an image. It pauses between documents, and
   * reads keep being answered from the image meanwhile: the merged graph, entities and ranks are already right,
   * and only the contributions are built.
   */
  private async ensureLoaded(): Promise<ContributionMerger> {
    const image = this.image;
    if (!image) return this.loaded!.merger;
    const state = await this.persistence!.load(pauser());
    if (state.seq !== this.seq) {
      throw new CorruptStoreError(
        `${this.persistence!.dir} changed under this process (version ${state.seq}, image ${this.seq}); restart it`,
      );
    }
    const merger = new ContributionMerger(() => this.curationLog, image.graph, image.entities);
    await merger.applyAll(state.documents.values(), pauser(), true);
    image.parseAll();
    merger.adoptIndex(image.index.toChangeable());
    this.image = null;
    // Ranks and graph arrays are views of the image's array file: copies let that buffer (over 100 MB at 2M
    // relations) go.
    this.serveLoaded(merger, Float64Array.from(image.rank()));
    merger.graph.detach();
    return merger;
  }

  private serialize<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  /** Journal first: once it is durable the in-memory change cannot fail (what it changes was checked). */
  private journal(change: Change): void {
    this.persistence?.append({ ...change, seq: this.seq + 1 } as JournalOp);
    this.seq++;
  }

  upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    return this.serialize(async () => {
      validateBatch(batch);
      const merger = await this.ensureLoaded();
      const id = batch.document.id;
      const old = merger.docs.get(id);
      const result = { document: id, entities: batch.entities.length, relations: batch.relations.length };
      if (old && sameBatch(old, batch)) return { ...result, changed: false };
      this.journal({ op: 'upsert', batch });
      if (old) merger.unapply(old);
      merger.apply(batch);
      this.changed(merger);
      return { ...result, changed: true };
    });
  }

  removeDocument(id: string): Promise<boolean> {
    return this.serialize(async () => {
      const merger = await this.ensureLoaded();
      const old = merger.docs.get(id);
      if (!old) return false;
      this.journal({ op: 'remove', id });
      merger.unapply(old);
      this.changed(merger);
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
        this.journal({ op: 'curations', log: [] });
        this.curationLog = [];
      });
    }
    await this.compact();
  }

  /** After a change: reads see the new graph, and a long journal becomes a snapshot. */
  private changed(merger: ContributionMerger): void {
    this.serveLoaded(merger);
    if (this.persistence?.shouldCompact()) this.writeSnapshot();
  }

  /** Writes a snapshot now (the CLI calls it after a bulk ingest). */
  compact(): Promise<void> {
    return this.serialize(() => {
      // Started from an image and unchanged since: the snapshot and the image on disk are this state.
      if (!this.image) this.writeSnapshot();
    });
  }

  /**
   * Writes a snapshot and image when the journal holds changes (the server does this on a graceful stop): the next
   * start then serves from the image at once instead of loading every batch. Returns whether it wrote one.
   */
  compactIfJournaled(): Promise<boolean> {
    return this.serialize(() => {
      if (this.image || !this.persistence?.journaled) return false;
      this.writeSnapshot();
      return true;
    });
  }

  /** The snapshot, then the image that lets the next start skip rebuilding the graph. */
  private writeSnapshot(): void {
    const loaded = this.loaded;
    if (!this.persistence || !loaded) return;
    removeImage(this.persistence.dir);
    const written = this.persistence.compact(this.seq, loaded.merger.docs.values(), this.curationLog);
    // The image reads relations back from the snapshot's extracted batches: it only fits an uncurated graph.
    if (effectiveLog(this.curationLog).length === 0)
      writeImage(this.persistence.dir, buildImage(loaded, this.seq, written));
  }

  async curations(): Promise<Curation[]> {
    return [...this.curationLog];
  }

  addCuration(c: Curation): Promise<void> {
    return this.serialize(async () => {
      const merger = await this.ensureLoaded();
      if (this.curationLog.some((x) => x.id === c.id)) throw new Error(`curation ${c.id} is already recorded`);
      this.journal({ op: 'curate', curation: c });
      this.curationLog = [...this.curationLog, c];
      // The merged graph built again from every extracted batch with the new log.
      this.changed(merger.rebuilt());
    });
  }

  async exportGraph(): Promise<GraphExport> {
    return exportMerged(await this.serialize(() => this.ensureLoaded()));
  }

  /** The batch stored for one document, as it was written (crash tests compare it with what was sent). */
  documentBatch(id: string): GraphBatch | undefined {
    return this.read.batch(id);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    return graphQueries.getEntity(this.read, id);
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    return searchEntities(this.read, await this.version(), q, opts);
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    return graphQueries.neighborhoodOf(this.read, ids, q);
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    return graphQueries.pathsBetween(this.read, from, to, q);
  }

  async getRelation(id: string): Promise<Relation | null> {
    return graphQueries.getRelation(this.read, id);
  }

  async matchPattern(q: PatternQuery): Promise<PatternRow[]> {
    return graphQueries.matchPattern(this.read, q);
  }

  async overview(limit: number, filter: OverviewFilter = {}): Promise<OverviewEntry[]> {
    return graphQueries.overview(this.read, limit, filter);
  }

  async stats(): Promise<Stats> {
    return graphQueries.stats(this.read, await this.version());
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return documentQueries.listDocuments(this.read);
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    return documentQueries.getDocument(this.read, id);
  }

  async indicators(place?: string): Promise<IndicatorSeries[]> {
    return documentQueries.indicators(this.read, place);
  }

  async timeline(entityId: string): Promise<TimelineItem[] | null> {
    return documentQueries.timeline(this.read, entityId);
  }

  async compare(a: string, b: string, opts: { types?: EntityType[] } = {}): Promise<Comparison | null> {
    return documentQueries.compare(this.read, a, b, opts.types);
  }
}
