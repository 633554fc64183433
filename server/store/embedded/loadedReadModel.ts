// Reads from the loaded graph: every batch in memory with its contributions. A new one is made after each write,
// so what it computes once (ranks, their order, search facts) is always of the current graph.
import type { DocumentMeta, DocumentSummary, Entity, GraphBatch, Relation } from '../../model';
import type { SearchIndex } from '../../search/index';
import { importance } from '../ranking';
import type { CompactGraph } from './CompactGraph';
import type { SearchFacts } from './image';
import type { ContributionMerger } from './merger';
import { rankedIds, summaryOf, type ReadModel } from './readModel';

export class LoadedReadModel implements ReadModel {
  readonly graph: CompactGraph;
  readonly index: SearchIndex;
  private rankValue: Float64Array | null;
  private rankedValue: string[] | null = null;
  private facts: SearchFacts | null = null;

  /** `rank`: the graph's ranks when already known (an image's, when nothing changed since). */
  constructor(
    readonly merger: ContributionMerger,
    rank: Float64Array | null = null,
  ) {
    this.graph = merger.graph;
    this.index = merger.index;
    this.rankValue = rank;
  }

  get documentCount(): number {
    return this.merger.docs.size;
  }

  entity(id: string): Entity | undefined {
    return this.merger.entities.get(id);
  }

  relation(id: string): Relation | null {
    return this.merger.relation(id);
  }

  relationAttributes(id: string): Record<string, string> {
    return this.merger.relationAttributes(id);
  }

  entityDocuments(id: string): { doc: DocumentMeta; count: number }[] {
    return [...(this.merger.entityContribs.get(id)?.values() ?? [])].map((c) => ({
      doc: this.merger.docs.get(c.document)!.document,
      count: c.mentions,
    }));
  }

  rank(): Float64Array {
    return (this.rankValue ??= importance(this.graph));
  }

  ranked(): string[] {
    return (this.rankedValue ??= rankedIds(this.graph, this.rank()));
  }

  searchFacts(): SearchFacts {
    if (!this.facts) {
      const g = this.graph;
      const value = { mentions: new Int32Array(g.nodeCapacity), nameLength: new Int32Array(g.nodeCapacity) };
      g.forEachNode((slot) => {
        const e = this.merger.entities.get(g.nodeId(slot))!;
        value.mentions[slot] = e.mentions;
        value.nameLength[slot] = e.name_zh.length;
      });
      this.facts = value;
    }
    return this.facts;
  }

  documents(): DocumentSummary[] {
    return [...this.merger.docs.values()].map(summaryOf);
  }

  batch(id: string): GraphBatch | undefined {
    return this.merger.docs.get(id);
  }

  curated(raw: GraphBatch): GraphBatch {
    return this.merger.curated(raw);
  }
}
