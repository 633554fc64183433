// The parameter rows the write queries take, made from a batch or a merged entity. Pure.
import type { BatchRelation, Entity, GraphBatch } from '../../model';
import { searchForms, searchTokens } from '../../search/keys';

/** A document's node properties; `batchJson` is the batch as extracted, kept to replay curations over it. */
export function documentProps(batch: GraphBatch, batchJson: string): Record<string, unknown> {
  const doc = batch.document;
  return {
    file: doc.file,
    title_zh: doc.title_zh,
    title_en: doc.title_en,
    year: doc.year,
    kind: doc.kind ?? null,
    published: doc.published ?? null,
    covers_year: doc.covers_year ?? null,
    plans_year: doc.plans_year ?? null,
    chars: doc.text.length,
    entity_count: batch.entities.length,
    relation_count: batch.relations.length,
    batch_json: batchJson,
    // Null removes the property: a new version without indicators leaves none behind.
    indicators_json: batch.indicators?.length ? JSON.stringify(batch.indicators) : null,
  };
}

/** One row per entity of the batch: its own view of the entity and how often the document mentions it. */
export function contributionRows(batch: GraphBatch): Record<string, unknown>[] {
  const counts = new Map<string, number>();
  for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return batch.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name_zh: e.name_zh,
    name_en: e.name_en,
    json: JSON.stringify(e),
    mentions: counts.get(e.id) ?? 0,
  }));
}

/** The properties of an entity's merged view, with the keys search reads. */
export function mergedProps(e: Entity): Record<string, unknown> {
  return {
    type: e.type,
    subtype: e.subtype ?? null,
    name_zh: e.name_zh,
    name_en: e.name_en,
    aliases: e.aliases,
    aliases_text: e.aliases.join(' '),
    attributes_json: JSON.stringify(e.attributes),
    mentions: e.mentions,
    search_tokens: searchTokens(searchForms(e)),
  };
}

/** One row per relation: the document's evidence for it (a year of -1 when the document has none). */
export function evidenceRows(batch: GraphBatch, relations: BatchRelation[]): Record<string, unknown>[] {
  const doc = batch.document;
  return relations.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    document: doc.id,
    evidence_json: JSON.stringify(r.evidence),
    count: r.evidence.length,
    year: doc.year ?? -1,
    attributes_json: JSON.stringify(r.attributes),
  }));
}
