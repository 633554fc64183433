// The contribution merger: each document's batch as extraction made it, and the merged graph built from them with
// the curation log replayed (entities merged from their contributions, relations merged when read).
import type { BatchRelation, Entity, GraphBatch, Relation } from '../../model';
import { curateBatch } from '../../curation/apply';
import type { Curation } from '../../curation/types';
import { SearchIndex } from '../../search/index';
import { mergeAttributes, mergeEntity, mergeRelation, type EntityContribution } from '../merge';
import { CompactGraph } from './CompactGraph';
import { ValueSharer } from './shareValues';

/** What a batch touched, to be merged once after many batches. */
export interface Touched {
  entities: Set<string>;
  relations: Set<string>;
}

/** The document a contribution came from (validation keeps a batch's evidence to its own document). */
function docOf(r: BatchRelation): string {
  return r.evidence[0].document;
}

/** How often each entity is mentioned in the batch. */
export function mentionCounts(batch: GraphBatch): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

export class ContributionMerger {
  /** Each document's batch as extraction made it. */
  readonly docs = new Map<string, GraphBatch>();
  readonly entityContribs = new Map<string, Map<string, EntityContribution>>();
  /** Each relation's contributions, one per document, in document order. */
  private readonly relationContribs = new Map<string, BatchRelation | BatchRelation[]>();

  /**
   * `log`: the curation log in force, read on every use. The graph, entities and index may be an image's, already
   * merged (then batches are applied with `merged`, and `adoptIndex` gives the changeable index once all are in).
   */
  constructor(
    private readonly log: () => readonly Curation[],
    readonly graph = new CompactGraph(),
    readonly entities = new Map<string, Entity>(),
    private changeableIndex = new SearchIndex(),
  ) {}

  get index(): SearchIndex {
    return this.changeableIndex;
  }

  /** The index of an image's entities made changeable (they were merged already; see the constructor). */
  adoptIndex(index: SearchIndex): void {
    this.changeableIndex = index;
  }

  /** A merger of the same batches built again with the current log (after a curation or an undo). */
  rebuilt(): ContributionMerger {
    const next = new ContributionMerger(this.log);
    const touched: Touched = { entities: new Set(), relations: new Set() };
    for (const b of this.docs.values()) next.apply(b, touched);
    next.mergeTouched(touched);
    return next;
  }

  /**
   * Every batch's contributions, with repeated values shared; with `merged` the merged views are already right and
   * only contributions are recorded, else everything is merged once at the end.
   */
  async applyAll(batches: Iterable<GraphBatch>, pause: () => Promise<void>, merged = false): Promise<void> {
    const sharer = new ValueSharer();
    const touched: Touched = { entities: new Set(), relations: new Set() };
    for (const batch of batches) {
      sharer.share(batch);
      this.apply(batch, merged ? 'merged' : touched);
      await pause();
    }
    this.mergeTouched(touched);
  }

  mergeTouched(touched: Touched): void {
    for (const id of touched.entities) this.refreshEntity(id);
    for (const id of touched.relations) this.refreshRelation(id);
  }

  /**
   * Records the batch's contributions. `merge`: what to do with the entities and relations it touches: merge them
   * now (undefined), note them for one merge after many batches (sets), or nothing when the merged views are
   * already right (loading the batches behind an image).
   */
  apply(raw: GraphBatch, merge?: Touched | 'merged'): void {
    const docId = raw.document.id;
    this.docs.set(docId, raw);
    const batch = this.curated(raw);
    const counts = mentionCounts(batch);
    for (const e of batch.entities) {
      let m = this.entityContribs.get(e.id);
      if (!m) this.entityContribs.set(e.id, (m = new Map()));
      m.set(docId, { document: docId, entity: e, mentions: counts.get(e.id) ?? 0 });
      if (merge === undefined) this.refreshEntity(e.id);
      else if (merge !== 'merged') merge.entities.add(e.id);
    }
    for (const r of batch.relations) {
      this.addRelation(r, batch.document.text);
      if (merge === undefined) this.refreshRelation(r.id);
      else if (merge !== 'merged') merge.relations.add(r.id);
    }
  }

  unapply(raw: GraphBatch): void {
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

  /** The batch as the curation log makes it (the same object when no curation is in effect). */
  curated(raw: GraphBatch): GraphBatch {
    const log = this.log();
    return log.length === 0 ? raw : curateBatch(raw, log);
  }

  /** A relation's contributions; a lone one is stored as itself (most relations have one: 2M one-item lists cost ~80 MB). */
  contribsOf(id: string): BatchRelation[] | undefined {
    const v = this.relationContribs.get(id);
    return v === undefined ? undefined : Array.isArray(v) ? v : [v];
  }

  relationIds(): IterableIterator<string> {
    return this.relationContribs.keys();
  }

  relation(id: string): Relation | null {
    const contribs = this.contribsOf(id);
    return contribs && contribs.length > 0 ? mergeRelation(contribs) : null;
  }

  relationAttributes(id: string): Record<string, string> {
    const contribs = this.contribsOf(id);
    if (!contribs) throw new Error(`no relation ${id}`);
    return mergeAttributes(contribs);
  }

  private addRelation(r: BatchRelation, text: string): void {
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
  }

  private refreshEntity(id: string): void {
    const contribs = this.entityContribs.get(id);
    if (!contribs || contribs.size === 0) {
      this.entityContribs.delete(id);
      this.entities.delete(id);
      this.changeableIndex.remove(id);
      this.graph.dropNode(id);
      return;
    }
    const merged = mergeEntity([...contribs.values()]);
    this.entities.set(id, merged);
    this.changeableIndex.set(id, merged, merged);
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
    this.graph.setEdge(id, first.source, first.target, first.type, evidenceCount(contribs));
  }
}

/** Distinct evidence sentences over all contributions (what mergeRelation counts as the weight). */
function evidenceCount(contribs: BatchRelation[]): number {
  if (contribs.length === 1 && contribs[0].evidence.length <= 1) return contribs[0].evidence.length;
  const seen = new Set<string>();
  for (const c of contribs) for (const e of c.evidence) seen.add(`${e.document}|${e.sentence}`);
  return seen.size;
}
