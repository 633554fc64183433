// The documents: their list, and one document with its text and its mentions of the curated graph's entities.
import { curateBatch } from '../../curation/apply';
import type { DocumentDetail, DocumentSummary, Entity } from '../../model';
import { readEntities } from './entityReads';
import { toDocumentSummary, type Row } from './records';
import type { Neo4jSession } from './session';
import { readBatch, readCurations } from './storedLog';

export async function listDocuments(db: Neo4jSession): Promise<DocumentSummary[]> {
  const recs = await db.read((tx) => db.run(tx, 'documents_list', {}));
  return recs.map((r) => toDocumentSummary(r.toObject() as Row));
}

export function getDocument(db: Neo4jSession, id: string): Promise<DocumentDetail | null> {
  return db.read(async (tx) => {
    const raw = await readBatch(db, tx, id);
    if (!raw) return null;
    const b = curateBatch(raw, await readCurations(db, tx));
    const ids = [...new Set(b.mentions.map((m) => m.entity))];
    const ents = new Map<string, Entity>((await readEntities(db, tx, ids)).map((e) => [e.id, e]));
    const { text, sha256: _s, sentences, ...meta } = b.document;
    return {
      ...meta,
      chars: text.length,
      entities: raw.entities.length,
      relations: raw.relations.length,
      text,
      sentences,
      mentions: b.mentions
        .filter((m) => ents.has(m.entity))
        .map((m) => ({
          ...m,
          type: ents.get(m.entity)!.type,
          name_zh: ents.get(m.entity)!.name_zh,
          name_en: ents.get(m.entity)!.name_en,
        })),
    };
  });
}
