// The ranking view the Neo4j store builds from the rows Neo4j returns: the same importance and the same search
// answers as the embedded store's for the same graph (no Neo4j needed: the rows are made from an export).
import type { GraphExport } from '../../../../server/model';
import { EmbeddedStore } from '../../../../server/store/embedded/EmbeddedStore';
import {
  buildRankingView,
  importanceOf,
  type EntityRow,
  type RankingView,
  type RelationRow,
} from '../../../../server/store/neo4j/rankingView';
import { searchView } from '../../../../server/store/neo4j/search';
import { sampleBatches } from '../../../helpers/batches';

/** The rows graph_entities and graph_relations return for this graph (ordered by id, as they are). */
function rowsOf(g: GraphExport): { entities: EntityRow[]; relations: RelationRow[] } {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : 1);
  return {
    entities: g.entities
      .map((e) => ({
        id: e.id,
        type: e.type,
        subtype: e.subtype,
        name_zh: e.name_zh,
        name_en: e.name_en,
        aliases: e.aliases,
        mentions: e.mentions,
      }))
      .sort(byId),
    relations: g.relations
      .map((r) => ({ id: r.id, source: r.source, target: r.target, type: r.type, weight: r.evidence.length }))
      .sort(byId),
  };
}

describe('ranking view', () => {
  let embedded: EmbeddedStore;
  let view: RankingView;

  beforeAll(async () => {
    embedded = new EmbeddedStore();
    await embedded.init();
    for (const b of sampleBatches()) await embedded.upsertDocument(b);
    const { entities, relations } = rowsOf(await embedded.exportGraph());
    view = buildRankingView(7, entities, relations);
  });

  afterAll(() => embedded.close());

  test('holds every entity and relation, with their names and mentions', () => {
    expect(view.version).toBe(7);
    expect(view.graph.order).toBe(7);
    expect(view.graph.size).toBe(9);
    expect(view.entities.get('e-qhdz')).toEqual({
      type: 'Company',
      subtype: null,
      name_zh: '青禾电子',
      name_en: 'Qinghe Electronics',
      mentions: 3,
    });
    expect(view.entities.get('e-linchuan')?.subtype).toBe('city');
  });

  test('importance is the embedded store’s for every entity; an unknown id has none', async () => {
    const nodes = await embedded.overview(100);
    expect(nodes).toHaveLength(7);
    for (const n of nodes) expect(importanceOf(view, n.id)).toBe(n.importance);
    expect(importanceOf(view, 'e-nowhere')).toBe(0);
    expect(importanceOf(view, 'e-linchuan')).toBeGreaterThan(importanceOf(view, 'e-policy'));
  });

  test.each([
    ['青禾', {}],
    ['青禾', { types: ['Company' as const] }],
    ['qinghe', {}],
    ['Linchuan', {}],
    ['北辰临川', {}],
    ['qhdz', {}],
  ])('search %s %j answers as the embedded store does', async (q, opts) => {
    const got = searchView(view, q, { limit: 10, ...opts });
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(await embedded.search(q, { limit: 10, ...opts }));
  });

  test('search keeps only the types asked for and at most the limit', () => {
    const companies = searchView(view, '青禾', { limit: 10, types: ['Company'] });
    expect(companies.map((h) => h.id)).toEqual(['e-qhdz']);
    expect(searchView(view, '青禾', { limit: 1 })).toHaveLength(1);
    expect(searchView(view, '青禾', { limit: 10 }).map((h) => h.id)).toEqual(
      expect.arrayContaining(['e-qinghe', 'e-qhdz', 'e-proj']),
    );
  });
});
