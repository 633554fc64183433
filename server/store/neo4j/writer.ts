// Writes: documents in and out of the graph, each in one transaction (all of it lands or none of it). The graph
// holds every document's curated contributions; entities are merged from them as the embedded store merges them.
import { curateBatch } from '../../curation/apply';
import type { BatchEntity, GraphBatch } from '../../model';
import { RELATION_TYPES, type EntityType } from '../../ontology';
import type { UpsertResult } from '../GraphStore';
import { mergeEntity, type EntityContribution } from '../merge';
import { validateBatch } from '../validateBatch';
import type { Neo4jSession, Runner } from './session';
import { readBatch, readCurations } from './storedLog';
import { contributionRows, documentProps, evidenceRows, mergedProps } from './writeRows';

export class GraphWriter {
  constructor(private readonly db: Neo4jSession) {}

  /** Removes a document's evidence and contributions; returns the entities whose merged view must be recomputed. */
  async unapply(tx: Runner, old: GraphBatch): Promise<string[]> {
    for (const type of RELATION_TYPES) {
      const ids = old.relations.filter((r) => r.type === type).map((r) => r.id);
      if (ids.length > 0) await this.db.run(tx, 'relation_remove_evidence', { ids, document: old.document.id }, type);
    }
    await this.db.run(tx, 'entity_remove_contributions', { document: old.document.id });
    return old.entities.map((e) => e.id);
  }

  /** A document's curated contributions: its entities, their merged views, its relations' evidence. */
  async contribute(tx: Runner, batch: GraphBatch, touched: string[]): Promise<void> {
    await this.db.run(tx, 'entity_contribute', { document: batch.document.id, rows: contributionRows(batch) });
    await this.remerge(tx, [...new Set([...touched, ...batch.entities.map((e) => e.id)])]);
    for (const type of RELATION_TYPES) {
      const rels = batch.relations.filter((r) => r.type === type);
      if (rels.length > 0) await this.db.run(tx, 'relation_add_evidence', { rows: evidenceRows(batch, rels) }, type);
    }
  }

  /** Recomputes the merged view of each entity from the contributions left (one write per entity label). */
  private async remerge(tx: Runner, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const recs = await this.db.run(tx, 'entity_contributions', { ids });
    const byType = new Map<EntityType, { id: string; props: Record<string, unknown> }[]>();
    for (const r of recs) {
      const contribs: EntityContribution[] = (
        r.get('contributions') as { document: string; json: string; mentions: number }[]
      ).map((c) => ({
        document: c.document,
        entity: JSON.parse(c.json) as BatchEntity,
        mentions: Number(c.mentions),
      }));
      const e = mergeEntity(contribs);
      const list = byType.get(e.type) ?? [];
      list.push({ id: e.id, props: mergedProps(e) });
      byType.set(e.type, list);
    }
    for (const [type, rows] of byType) await this.db.run(tx, 'entity_set_merged', { rows }, type);
  }

  async upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    validateBatch(batch);
    const doc = batch.document;
    const result = { document: doc.id, entities: batch.entities.length, relations: batch.relations.length };
    const json = JSON.stringify(batch);
    return this.db.write(async (tx) => {
      const old = await readBatch(this.db, tx, doc.id);
      if (old && JSON.stringify(old) === json) return { ...result, changed: false };
      // The document keeps its extracted batch; the graph gets it with the curation log replayed.
      const log = await readCurations(this.db, tx);
      const touched = old ? await this.unapply(tx, curateBatch(old, log)) : [];
      await this.db.run(tx, 'document_upsert', { id: doc.id, props: documentProps(batch, json) });
      await this.contribute(tx, curateBatch(batch, log), touched);
      await this.db.run(tx, 'graph_version_bump', {});
      return { ...result, changed: true };
    });
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.db.write(async (tx) => {
      const old = await readBatch(this.db, tx, id);
      if (!old) return false;
      const touched = await this.unapply(tx, curateBatch(old, await readCurations(this.db, tx)));
      await this.db.run(tx, 'document_delete', { id });
      await this.remerge(tx, touched);
      await this.db.run(tx, 'graph_version_bump', {});
      return true;
    });
  }

  async clear(opts: { keepCurations?: boolean } = {}): Promise<void> {
    await this.db.autoCommit('graph_clear');
    await this.db.write(async (tx) => {
      if (!opts.keepCurations) await this.db.run(tx, 'curations_clear', {});
      await this.db.run(tx, 'graph_version_bump', {});
    });
  }
}
