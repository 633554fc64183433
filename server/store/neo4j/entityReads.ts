// Reads of single entities and relations, and of entities by id (the other readers build on these).
import type { Entity, EntityDetail, GraphNode, Relation } from '../../model';
import { relationTypeOfId } from '../../ontology';
import { importanceOf, type RankingView } from './rankingView';
import { evidenceOf, relationAttributes, toEntity, toEntityDetail, toNode, type Row } from './records';
import type { Neo4jSession, Runner } from './session';

export async function getEntity(db: Neo4jSession, id: string): Promise<EntityDetail | null> {
  const recs = await db.read((tx) => db.run(tx, 'entity_get', { id }));
  if (recs.length === 0) return null;
  const r = recs[0];
  return toEntityDetail(r.get('entity') as Row, r.get('degree'), r.get('documents'));
}

/** The entities of `ids` that exist (in the order Neo4j returns them). */
export async function readEntities(db: Neo4jSession, tx: Runner, ids: string[]): Promise<Entity[]> {
  return (await db.run(tx, 'entities_by_id', { ids })).map((r) => toEntity(r.get('entity') as Row));
}

/** The entities of `ids` that exist as graph nodes, with their importance in the view. */
export async function readNodes(db: Neo4jSession, tx: Runner, ids: string[], view: RankingView): Promise<GraphNode[]> {
  return (await db.run(tx, 'entities_by_id', { ids })).map((r) => {
    const p = r.get('entity') as Row;
    return toNode(p, importanceOf(view, String(p.id)));
  });
}

/** A relation with all its evidence; null when the id names no relation type or no relation. */
export async function readRelation(db: Neo4jSession, tx: Runner, id: string): Promise<Relation | null> {
  const type = relationTypeOfId(id);
  if (!type) return null;
  const recs = await db.run(tx, 'relation_get', { id }, type);
  if (recs.length === 0) return null;
  const row = recs[0].toObject() as Row;
  const evidence = evidenceOf(row.evidence_json);
  return {
    id,
    source: String(row.source),
    target: String(row.target),
    type,
    attributes: relationAttributes(row.attributes),
    weight: evidence.length,
    evidence,
  };
}
