// Reads across time: indicator series, an entity's timeline, and the comparison of two documents or years
// (the shared rules of ../time.ts over what Neo4j holds).
import type { BatchEntity, Comparison, IndicatorPoint, IndicatorSeries, TimelineItem } from '../../model';
import type { EntityType } from '../../ontology';
import { compareSide, compareSides, entityTimeline, indicatorSeries, type CompareRow } from '../time';
import { listDocuments } from './documents';
import { getEntity } from './entityReads';
import { parseJson } from './records';
import type { Neo4jSession } from './session';

export async function indicators(db: Neo4jSession, place?: string): Promise<IndicatorSeries[]> {
  const recs = await db.read((tx) => db.run(tx, 'indicators_list', {}));
  const docs = recs.map((r) => ({
    document: String(r.get('document')),
    points: parseJson<IndicatorPoint[]>(r.get('indicators'), []),
  }));
  return indicatorSeries(docs, place);
}

export async function timeline(db: Neo4jSession, entityId: string): Promise<TimelineItem[] | null> {
  const e = await getEntity(db, entityId);
  return e ? entityTimeline(e, await listDocuments(db)) : null;
}

export async function compare(
  db: Neo4jSession,
  a: string,
  b: string,
  opts: { types?: EntityType[] },
): Promise<Comparison | null> {
  const docs = await listDocuments(db);
  const sideA = compareSide(a, docs);
  const sideB = compareSide(b, docs);
  if (!sideA || !sideB) return null;
  const recs = await db.read((tx) => db.run(tx, 'compare_entities', { documents: [...new Set([...sideA, ...sideB])] }));
  const rows: CompareRow[] = recs.map((r) => ({
    document: String(r.get('document')),
    id: String(r.get('id')),
    type: r.get('type') as EntityType,
    name_zh: String(r.get('name_zh')),
    name_en: String(r.get('name_en')),
    mentions: Number(r.get('mentions') ?? 0),
    facts: parseJson<BatchEntity | null>(r.get('json'), null)?.facts ?? [],
  }));
  return compareSides({ spec: a, documents: sideA }, { spec: b, documents: sideB }, rows, opts.types);
}
