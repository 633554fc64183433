// The document reads of the embedded store: documents with their mentions, indicator series, timelines and
// comparisons, answered from whichever read model the store serves from.
import type { Comparison, DocumentDetail, DocumentSummary, IndicatorSeries, TimelineItem } from '../../model';
import type { EntityType } from '../../ontology';
import { compareSide, compareSides, entityTimeline, indicatorSeries, type CompareRow } from '../time';
import { getEntity } from './graphQueries';
import { mentionCounts } from './merger';
import { summaryOf, type ReadModel } from './readModel';

export function listDocuments(read: ReadModel): DocumentSummary[] {
  return read.documents().sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function getDocument(read: ReadModel, id: string): DocumentDetail | null {
  const raw = read.batch(id);
  if (!raw) return null;
  const b = read.curated(raw);
  const mentions = b.mentions.map((m) => {
    const e = read.entity(m.entity)!;
    return { ...m, type: e.type, name_zh: e.name_zh, name_en: e.name_en };
  });
  return { ...summaryOf(b), text: b.document.text, sentences: b.document.sentences, mentions };
}

export function indicators(read: ReadModel, place?: string): IndicatorSeries[] {
  const docs = listDocuments(read).map((d) => ({ document: d.id, points: read.batch(d.id)?.indicators ?? [] }));
  return indicatorSeries(docs, place);
}

export function timeline(read: ReadModel, entityId: string): TimelineItem[] | null {
  const e = getEntity(read, entityId);
  return e ? entityTimeline(e, listDocuments(read)) : null;
}

export function compare(read: ReadModel, a: string, b: string, types?: EntityType[]): Comparison | null {
  const docs = listDocuments(read);
  const da = compareSide(a, docs);
  const db = compareSide(b, docs);
  if (!da || !db) return null;
  const rows: CompareRow[] = [];
  for (const id of new Set([...da, ...db])) {
    const batch = read.curated(read.batch(id)!);
    const counts = mentionCounts(batch);
    for (const be of batch.entities) {
      const e = read.entity(be.id);
      if (!e) continue;
      rows.push({
        document: id,
        id: e.id,
        type: e.type,
        name_zh: e.name_zh,
        name_en: e.name_en,
        mentions: counts.get(be.id) ?? 0,
        facts: be.facts,
      });
    }
  }
  return compareSides({ spec: a, documents: da }, { spec: b, documents: db }, rows, types);
}
