// Whole-graph reads: the overview (most important entities, with communities of the view), counts, the export.
import type { GraphExport, OverviewEntry, Stats } from '../../model';
import { exportedEntity } from '../../model';
import type { EntityType, RelationType } from '../../ontology';
import type { OverviewFilter } from '../GraphStore';
import { subgraphImportance } from '../graphAlgorithms';
import { byImportance } from '../ranking';
import { listDocuments } from './documents';
import { readNodes } from './entityReads';
import { importanceOf, type RankingView } from './rankingView';
import { evidenceOf, relationAttributes, toEntity, type Row } from './records';
import type { Neo4jSession } from './session';

export async function overview(
  db: Neo4jSession,
  view: RankingView,
  limit: number,
  filter: OverviewFilter,
): Promise<OverviewEntry[]> {
  const types = filter.types?.length ? new Set(filter.types) : null;
  // Entities mentioned in the documents kept: each document's contributions, as a comparison reads them.
  const documents = filter.documents;
  const inDocs = documents
    ? new Set((await db.read((tx) => db.run(tx, 'compare_entities', { documents }))).map((r) => String(r.get('id'))))
    : null;
  const all: string[] = [];
  view.graph.forEachNode((slot) => {
    const id = view.graph.nodeId(slot);
    if ((!types || types.has(view.graph.nodeType(slot))) && (!inDocs || inDocs.has(id))) all.push(id);
  });
  const ids = byImportance(all, (id) => importanceOf(view, id)).slice(0, limit);
  return db.read(async (tx) => {
    const nodes = await readNodes(db, tx, ids, view);
    const edges = (await db.run(tx, 'subgraph_edges', { ids, relations: null })).map((r) => {
      const o = r.toObject() as Row;
      return {
        source: String(o.source),
        target: String(o.target),
        type: o.type as RelationType,
        weight: Number(o.weight ?? 1),
      };
    });
    // Communities of the view itself, as the embedded store gives them.
    const community = subgraphImportance(ids, edges).community;
    return nodes.map((n) => ({ ...n, community: community.get(n.id) ?? 0 }));
  });
}

export function stats(db: Neo4jSession): Promise<Stats> {
  return db.read(async (tx) => {
    const documents = Number((await db.run(tx, 'stats_documents', {}))[0]?.get('documents') ?? 0);
    const entitiesByType: Stats['entitiesByType'] = {};
    let entities = 0;
    for (const r of await db.run(tx, 'stats_entities', {})) {
      entitiesByType[r.get('type') as EntityType] = Number(r.get('n'));
      entities += Number(r.get('n'));
    }
    const relationsByType: Stats['relationsByType'] = {};
    let relations = 0;
    let evidence = 0;
    for (const r of await db.run(tx, 'stats_relations', {})) {
      relationsByType[r.get('type') as RelationType] = Number(r.get('n'));
      relations += Number(r.get('n'));
      evidence += Number(r.get('evidence') ?? 0);
    }
    const version = `n${await db.version(tx)}`;
    return { documents, entities, relations, evidence, entitiesByType, relationsByType, version };
  });
}

export async function exportGraph(db: Neo4jSession): Promise<GraphExport> {
  const documents = (await listDocuments(db)).map((d) => ({
    id: d.id,
    file: d.file,
    title_zh: d.title_zh,
    title_en: d.title_en,
    year: d.year,
  }));
  return db.read(async (tx) => {
    const entities = (await db.run(tx, 'export_entities', {})).map((r) =>
      exportedEntity(toEntity(r.get('entity') as Row)),
    );
    const relations = (await db.run(tx, 'export_relations', {})).map((r) => {
      const o = r.toObject() as Row;
      return {
        id: String(o.id),
        source: String(o.source),
        target: String(o.target),
        type: o.type as RelationType,
        attributes: relationAttributes(o.attributes),
        evidence: evidenceOf(o.evidence_json).map((e) => ({
          document: e.document,
          sentence: e.sentence,
          text: e.text,
          start: e.start,
          end: e.end,
        })),
      };
    });
    return { documents, entities, relations };
  });
}
