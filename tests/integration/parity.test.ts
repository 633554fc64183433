// One behaviour, two stores: the corpus ingested into the embedded store and into Neo4j gives the same export, the
// same overview ranking, the same search results in the same order (Chinese and Latin queries), and the same
// neighbourhoods and paths. Ranking is one module (server/store/ranking.ts); this is where that is held to.
import type { GraphExport } from '../../server/model';
import { ingestPaths } from '../../server/ingest/ingestPaths';
import { Extractor } from '../../server/ingest/pipeline';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import type { GraphStore } from '../../server/store/GraphStore';
import type { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { describeNeo4j, openNeo4j, releaseNeo4j } from '../helpers/neo4j';

jest.setTimeout(120_000);

const CHINESE = ['太原', '太忻', '太钢', '项目', '产业园', '经济区', '集团', '新材料', '半导体', '太原市'];
const LATIN = [
  'taiyuan',
  'taigang',
  'TISCO',
  'tg',
  'xinzhou',
  'tai gang',
  'Industrial Park',
  'project',
  'group',
  'zone',
];

/** Order aside: documents, entities and relations by id, evidence by document and sentence. */
function normalized(g: GraphExport): GraphExport {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    documents: byId(g.documents),
    entities: byId(g.entities).map((e) => ({ ...e, aliases: [...e.aliases].sort() })),
    relations: byId(g.relations).map((r) => ({
      ...r,
      evidence: [...r.evidence].sort((a, b) =>
        a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence,
      ),
    })),
  };
}

describeNeo4j('parity: the embedded store and Neo4j on the corpus', () => {
  let embedded: EmbeddedStore;
  let neo: Neo4jStore;
  const both = async <T>(f: (s: GraphStore) => Promise<T>): Promise<[T, T]> => [await f(embedded), await f(neo)];

  beforeAll(async () => {
    embedded = new EmbeddedStore();
    await embedded.init();
    neo = await openNeo4j();
    const extractor = new Extractor();
    for (const s of [embedded, neo]) {
      const reports = await ingestPaths(s, extractor, [CORPUS_DIR]);
      expect(reports.filter((r) => r.status === 'error')).toEqual([]);
    }
  }, 600_000);

  afterAll(async () => {
    await embedded?.close();
    await releaseNeo4j(neo);
  });

  test('equal exports: entities, relations, evidence', async () => {
    const [a, b] = await both((s) => s.exportGraph());
    expect(a.entities.length).toBeGreaterThan(300);
    expect(normalized(b)).toEqual(normalized(a));
    const [sa, sb] = await both((s) => s.stats());
    expect({ ...sb, version: '' }).toEqual({ ...sa, version: '' });
  });

  test('the same entity details (documents in the same order, degrees by type)', async () => {
    for (const { id } of await embedded.overview(40)) {
      const [a, b] = await both((s) => s.getEntity(id));
      expect(b).toEqual(a);
      expect(b!.documents.map((d) => d.id)).toEqual(a!.documents.map((d) => d.id));
    }
  });

  test('the same indicator series, timelines and comparisons', async () => {
    const [ia, ib] = await both((s) => s.indicators());
    expect(ia.length).toBeGreaterThan(5);
    expect(ib).toEqual(ia);
    const [ca, cb] = await both((s) => s.compare('2022', '2023'));
    expect(ca!.continued.length).toBeGreaterThan(0);
    expect(cb).toEqual(ca);
    for (const { id } of await embedded.overview(20)) {
      const [a, b] = await both((s) => s.timeline(id));
      expect(b).toEqual(a);
    }
  });

  test('the same overview ranking, with the same importance', async () => {
    const [a, b] = await both((s) => s.overview(50));
    expect(b.map((n) => n.id)).toEqual(a.map((n) => n.id));
    expect(b.map((n) => [n.degree, n.importance])).toEqual(a.map((n) => [n.degree, n.importance]));
  });

  test.each([...CHINESE, ...LATIN])('search %j: the same results in the same order', async (q) => {
    const [a, b] = await both((s) => s.search(q, { limit: 20 }));
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    const [ta, tb] = await both((s) => s.search(q, { limit: 10, types: ['Project', 'Company'] }));
    expect(tb).toEqual(ta);
  });

  test('the same neighbourhoods (depth 1 and 2, limits, filters)', async () => {
    const top = (await embedded.overview(12)).map((n) => n.id);
    for (const id of top) {
      for (const query of [
        { depth: 1, limit: 50 },
        { depth: 2, limit: 60 },
        { depth: 2, limit: 150, relations: ['LOCATED_IN', 'PART_OF', 'DEVELOPS'] as never },
        { depth: 1, limit: 40, types: ['Project'] as never },
      ]) {
        const [a, b] = await both((s) => s.neighborhood([id], query));
        const shape = (g: typeof a) => ({
          nodes: g.nodes.map((n) => [n.id, n.degree, n.importance]),
          edges: g.edges.map((e) => [e.id, e.weight]),
          truncated: g.truncated,
        });
        expect([id, query, shape(b)]).toEqual([id, query, shape(a)]);
      }
    }
  });

  test('the same paths, in the same order', async () => {
    const top = (await embedded.overview(16)).map((n) => n.id);
    let found = 0;
    for (let i = 0; i < 12; i++) {
      const [from, to] = [top[i], top[(i * 5 + 7) % top.length]];
      for (const query of [
        { maxLength: 4, limit: 5 },
        { maxLength: 3, limit: 3, relations: ['LOCATED_IN', 'PART_OF', 'SUPPORTS', 'DEVELOPS'] as never },
      ]) {
        const [a, b] = await both((s) => s.paths(from, to, query));
        found += a.length;
        const shape = (ps: typeof a) =>
          ps.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id), cost: p.cost }));
        expect([from, to, shape(b)]).toEqual([from, to, shape(a)]);
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});
