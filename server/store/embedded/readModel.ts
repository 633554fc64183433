// What every read of the embedded store is answered from. Two implementations: the image a restart serves from
// (imageReadModel.ts) and the loaded graph every write goes through (loadedReadModel.ts); the store picks one when
// it opens and after a write, never per call.
import type { DocumentMeta, DocumentSummary, Entity, GraphBatch, Relation } from '../../model';
import type { NameIndex } from '../../search/index';
import type { CompactGraph } from './CompactGraph';
import type { SearchFacts } from './image';

export interface ReadModel {
  readonly graph: CompactGraph;
  readonly index: NameIndex;
  /** The merged entity, or undefined when unknown. */
  entity(id: string): Entity | undefined;
  /** The merged relation with its evidence, or null when unknown. */
  relation(id: string): Relation | null;
  /** A relation's merged attributes (it must exist). */
  relationAttributes(id: string): Record<string, string>;
  /** The documents that mention an entity, with how often. */
  entityDocuments(id: string): { doc: DocumentMeta; count: number }[];
  /** PageRank by node slot. */
  rank(): Float64Array;
  /** Entity ids by PageRank, highest first. */
  ranked(): string[];
  /** Per node slot: what search ranks every hit by. */
  searchFacts(): SearchFacts;
  /** Every document, in no particular order. */
  documents(): DocumentSummary[];
  readonly documentCount: number;
  /** A document's batch as extraction made it. */
  batch(id: string): GraphBatch | undefined;
  /** The batch as the curation log makes it. */
  curated(raw: GraphBatch): GraphBatch;
}

/** A document's summary: its metadata and counts, without its text. */
export function summaryOf(b: GraphBatch): DocumentSummary {
  const { text: _text, sha256: _sha, sentences: _s, ...meta } = b.document;
  return { ...meta, chars: b.document.text.length, entities: b.entities.length, relations: b.relations.length };
}

/** Entity ids by rank, highest first, then by id (200k entities take ~100 ms: callers keep the result). */
export function rankedIds(g: CompactGraph, rank: Float64Array): string[] {
  const slots: number[] = [];
  g.forEachNode((slot) => slots.push(slot));
  slots.sort((a, b) => rank[b] - rank[a] || (g.nodeId(a) < g.nodeId(b) ? -1 : 1));
  return slots.map((slot) => g.nodeId(slot));
}
