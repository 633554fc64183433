// Reads from an image (a start without loading the batches): the graph, ranks and search index as the image holds
// them, entities parsed on first read, a relation's contributions read from their own byte ranges of the snapshot,
// and a document's batch from its line, a few kept.
import type { BatchRelation, DocumentMeta, DocumentSummary, Entity, GraphBatch, Relation } from '../../model';
import { curateBatch } from '../../curation/apply';
import type { Curation } from '../../curation/types';
import { CorruptStoreError } from '../../errors';
import { PackedSearchIndex } from '../../search/packedIndex';
import { mergeRelation } from '../merge';
import { CompactGraph } from './CompactGraph';
import { IMAGE_DIR, type GraphImage, type SearchFacts } from './image';
import type { ByteRange, Persistence } from './persistence';
import { rankedIds, type ReadModel } from './readModel';

/** How many documents' batches are kept after they were read. */
const KEPT_BATCHES = 16;

export class ImageReadModel implements ReadModel {
  readonly graph: CompactGraph;
  readonly index: PackedSearchIndex;
  /** Entities parsed so far (all of them once the store loads its batches: see `parseAll`). */
  readonly entities = new Map<string, Entity>();
  private readonly position: Map<string, number>;
  /** Batches read from the snapshot, most recently used last. */
  private readonly cache = new Map<string, GraphBatch>();
  private rankedValue: string[] | null = null;

  constructor(
    private readonly img: GraphImage,
    private readonly persistence: Persistence,
    private readonly log: () => readonly Curation[],
  ) {
    this.graph = CompactGraph.unpack(img.graph);
    // Entity numbers of the packed index are image positions, which stay valid after the graph changes.
    const nameOf = (i: number): string =>
      (this.entities.get(img.graph.nodeIds[i]) ?? (JSON.parse(img.entities.get(i)) as Entity)).name_zh;
    this.index = new PackedSearchIndex(img.searchIndex, img.graph.nodeIds, nameOf);
    this.position = new Map(img.documents.map((d, i) => [d.summary.id, i]));
  }

  get documentCount(): number {
    return this.img.documents.length;
  }

  entity(id: string): Entity | undefined {
    const e = this.entities.get(id);
    if (e) return e;
    const slot = this.graph.node(id);
    if (slot < 0) return undefined;
    const parsed = JSON.parse(this.img.entities.get(slot)) as Entity;
    if (parsed.id !== id) throw this.mismatch('the image does not match its graph');
    this.entities.set(id, parsed);
    return parsed;
  }

  /** Every entity parsed (before the store turns to the loaded graph, which keeps them all). */
  parseAll(): Map<string, Entity> {
    for (let slot = 0; slot < this.img.entities.length; slot++) this.entity(this.graph.nodeId(slot));
    return this.entities;
  }

  /** Each contribution is read from its own byte range of the snapshot, not from its whole document. */
  relation(id: string): Relation | null {
    const slot = this.graph.edgeSlotOf(id);
    if (slot < 0) return null;
    const rows = this.img.relationRanges;
    const ranges: ByteRange[] = [];
    for (let k = rows.offsets[slot]; k < rows.offsets[slot + 1]; k++)
      ranges.push({ offset: rows.starts[k], length: rows.lengths[k] });
    const contribs = this.persistence.readRanges<BatchRelation>(ranges);
    if (contribs.some((c) => c.id !== id)) throw this.mismatch('the image does not match the snapshot');
    return contribs.length > 0 ? mergeRelation(contribs) : null;
  }

  relationAttributes(id: string): Record<string, string> {
    return this.img.relationAttributes[id] ?? {};
  }

  entityDocuments(id: string): { doc: DocumentMeta; count: number }[] {
    const slot = this.graph.node(id);
    const rows = this.img.entityDocuments;
    const out: { doc: DocumentMeta; count: number }[] = [];
    for (let k = rows.offsets[slot]; k < rows.offsets[slot + 1]; k++)
      out.push({ doc: this.img.documents[rows.items[k]].summary, count: rows.counts![k] });
    return out;
  }

  rank(): Float64Array {
    return this.img.pagerank;
  }

  ranked(): string[] {
    return (this.rankedValue ??= rankedIds(this.graph, this.rank()));
  }

  searchFacts(): SearchFacts {
    return this.img.searchFacts;
  }

  documents(): DocumentSummary[] {
    return this.img.documents.map((d) => d.summary);
  }

  batch(id: string): GraphBatch | undefined {
    const pos = this.position.get(id);
    if (pos === undefined) return undefined;
    let b = this.cache.get(id);
    if (b) this.cache.delete(id);
    else [b] = this.persistence.readRanges<GraphBatch>([this.img.documents[pos]]);
    this.cache.set(id, b);
    if (this.cache.size > KEPT_BATCHES) this.cache.delete(this.cache.keys().next().value!);
    return b;
  }

  curated(raw: GraphBatch): GraphBatch {
    const log = this.log();
    return log.length === 0 ? raw : curateBatch(raw, log);
  }

  private mismatch(what: string): CorruptStoreError {
    return new CorruptStoreError(`${this.persistence.dir}: ${what}; delete ${IMAGE_DIR} and restart`);
  }
}
