// What the graph is made from, as stored: each document's extracted batch and the curation log over them.
import { curationLog, type Curation } from '../../curation/types';
import type { GraphBatch } from '../../model';
import { parseJson } from './records';
import type { Neo4jSession, Runner } from './session';

/** A document's batch as extracted (before curation), or null when the document is unknown. */
export async function readBatch(db: Neo4jSession, tx: Runner, id: string): Promise<GraphBatch | null> {
  const recs = await db.run(tx, 'document_get_batch', { id });
  return recs.length > 0 ? parseJson<GraphBatch | null>(recs[0].get('batch'), null) : null;
}

/** The curation log as stored (read in the transaction that uses it). */
export async function readCurations(db: Neo4jSession, tx: Runner): Promise<Curation[]> {
  const recs = await db.run(tx, 'curations_list', {});
  return curationLog.parse(recs.map((r) => JSON.parse(String(r.get('json'))) as unknown));
}
