// The real app over HTTP, on the five source documents.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/api/app';
import { openapi } from '../../server/api/openapi';
import { loadConfig } from '../../server/config';
import { ingestPaths } from '../../server/ingest/ingestPaths';
import { Extractor } from '../../server/ingest/pipeline';
import type { GraphStore } from '../../server/store/GraphStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { onBothStores } from '../helpers/neo4j';

const TOKEN = 'test-token-0123456789abcdef';

/** The same API tests on each store: the embedded one always, Neo4j when a live one is there. */
function describeApi(
  kind: GraphStore['kind'],
  open: (dir: string) => Promise<GraphStore>,
  close: (s: GraphStore) => Promise<void>,
): void {
  describe(`API on the ${kind} store`, () => {
    let app: Express;
    let store: GraphStore;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-api-'));

    beforeAll(async () => {
      store = await open(dir);
      const extractor = new Extractor();
      const reports = await ingestPaths(store, extractor, [CORPUS_DIR]);
      expect(reports.filter((r) => r.status === 'error')).toEqual([]);
      const config = { ...loadConfig({ KG_API_TOKEN: TOKEN, KG_RATE_LIMIT: '0' }), dataDir: dir };
      app = createApp({ store, extractor, config, logger: pino({ level: 'silent' }) });
    }, 300_000);
    afterAll(async () => {
      await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    async function searchFirst(q: string): Promise<{ id: string; name_zh: string; name_en: string; type: string }> {
      const res = await request(app).get('/api/search').query({ q });
      expect(res.status).toBe(200);
      return res.body.results[0];
    }

    describe('search', () => {
      test('documents say the period they report on and plan for', async () => {
        const docs = (await request(app).get('/api/documents')).body.documents as {
          id: string;
          covers_year?: number;
          plans_year?: number;
        }[];
        // The 2023 report (001) reviews 2022 and plans 2023 (manifest); the 2022 review (000) covers 2022 only.
        expect(docs.find((d) => d.id.startsWith('001_'))).toMatchObject({ covers_year: 2022, plans_year: 2023 });
        expect(docs.find((d) => d.id.startsWith('000_'))?.covers_year).toBe(2022);
      });

      test('太忻 finds 太忻一体化经济区 first, with both names', async () => {
        const first = await searchFirst('太忻');
        expect(first).toMatchObject({
          name_zh: '太忻一体化经济区',
          name_en: 'Taiyuan–Xinzhou Integrated Economic Zone',
          type: 'Place',
        });
      });

      test.each(['taigang', 'TISCO', 'tg', '太鋼', 'tai gang'])('%s finds 太钢', async (q) => {
        expect((await searchFirst(q)).name_zh).toBe('太钢集团');
      });

      test('Xinzhou finds 太忻一体化经济区 among the results', async () => {
        const res = await request(app).get('/api/search').query({ q: 'Xinzhou', limit: 10 });
        expect(res.body.results.map((r: { name_zh: string }) => r.name_zh)).toContain('太忻一体化经济区');
      });

      test('type filter and bad parameters', async () => {
        const res = await request(app).get('/api/search').query({ q: '太原', types: 'Project' });
        expect(res.body.results.length).toBeGreaterThan(0);
        expect(res.body.results.every((r: { type: string }) => r.type === 'Project')).toBe(true);
        for (const query of [
          {},
          { q: '' },
          { q: 'x', types: 'Spaceship' },
          { q: 'x', limit: '0' },
          { q: 'x', limit: 'many' },
          { q: 'x', extra: '1' },
          { q: 'x'.repeat(300) },
        ]) {
          const bad = await request(app).get('/api/search').query(query);
          expect(bad.status).toBe(400);
          expect(bad.body.error.code).toBe('bad_request');
          expect(typeof bad.body.error.message).toBe('string');
        }
      });
    });

    describe('entities, neighbourhoods, paths, relations', () => {
      test('an entity with attributes, documents and degree; unknown ids give 404', async () => {
        const zone = await searchFirst('太忻一体化经济区');
        const res = await request(app).get(`/api/entities/${zone.id}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: zone.id, type: 'Place', subtype: 'zone', name_zh: '太忻一体化经济区' });
        expect(res.body.documents.length).toBeGreaterThan(1);
        expect(Object.values(res.body.degree as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
        expect((await request(app).get('/api/entities/e0000000000000000')).status).toBe(404);
        expect((await request(app).get('/api/entities/bad%20id')).status).toBe(400);
      });

      test('the neighbourhood of 太忻一体化经济区 contains projects located in it', async () => {
        const zone = await searchFirst('太忻一体化经济区');
        const res = await request(app).get(`/api/entities/${zone.id}/neighborhood`).query({ depth: 2, limit: 200 });
        expect(res.status).toBe(200);
        const nodes = new Map(
          res.body.nodes.map((n: { data: { id: string; type: string; name_zh: string } }) => [n.data.id, n.data]),
        );
        const locatedHere = res.body.edges.filter(
          (e: { data: { type: string; target: string; source: string } }) =>
            e.data.type === 'LOCATED_IN' &&
            (nodes.get(e.data.target) as { name_zh: string })?.name_zh.startsWith('太忻一体化经济区'),
        );
        const projects = locatedHere
          .map((e: { data: { source: string } }) => nodes.get(e.data.source) as { type: string })
          .filter((n: { type: string }) => n.type === 'Project');
        expect(projects.length).toBeGreaterThan(0);
        for (const e of res.body.edges)
          expect(e.data).toEqual(
            expect.objectContaining({
              id: expect.any(String),
              source: expect.any(String),
              target: expect.any(String),
              type: expect.any(String),
              weight: expect.any(Number),
              evidenceCount: expect.any(Number),
            }),
          );
        const small = await request(app).get(`/api/entities/${zone.id}/neighborhood`).query({ depth: 2, limit: 5 });
        expect(small.body.nodes).toHaveLength(5);
        expect(small.body.truncated).toBe(true);
        const filtered = await request(app)
          .get(`/api/entities/${zone.id}/neighborhood`)
          .query({ relations: 'LOCATED_IN,PART_OF' });
        expect(
          filtered.body.edges.every((e: { data: { type: string } }) => ['LOCATED_IN', 'PART_OF'].includes(e.data.type)),
        ).toBe(true);
        expect((await request(app).get(`/api/entities/${zone.id}/neighborhood`).query({ depth: 9 })).status).toBe(400);
      });

      test('a path from 太钢 to 太忻一体化经济区 exists and every hop has evidence, in the chosen language', async () => {
        const from = await searchFirst('太钢');
        const to = await searchFirst('太忻一体化经济区');
        const res = await request(app).get('/api/paths').query({ from: from.id, to: to.id, lang: 'en' });
        expect(res.status).toBe(200);
        expect(res.body.paths.length).toBeGreaterThan(0);
        for (const p of res.body.paths) {
          expect(p.nodes[0].data.id).toBe(from.id);
          expect(p.nodes[p.nodes.length - 1].data.id).toBe(to.id);
          for (const hop of p.hops) {
            expect(hop.evidence.text.length).toBeGreaterThan(5);
            expect(hop.statement).toMatch(/^[^\u4e00-\u9fff]+$/);
          }
        }
        const zh = await request(app).get('/api/paths').query({ from: from.id, to: to.id, lang: 'zh' });
        expect(zh.body.paths[0].hops[0].statement).toMatch(/[\u4e00-\u9fff]/);
        expect((await request(app).get('/api/paths').query({ from: from.id, to: 'e0000000000000000' })).status).toBe(
          404,
        );
        expect((await request(app).get('/api/paths').query({ from: from.id })).status).toBe(400);
      });

      test('paths avoid hubs by default, give each hop its document and year, and honour the filters', async () => {
        const from = await searchFirst('太钢');
        const to = await searchFirst('太忻一体化经济区');
        const res = await request(app).get('/api/paths').query({ from: from.id, to: to.id });
        expect(res.status).toBe(200);
        expect(res.body.avoidHubs).toBe(true);
        expect(res.body.paths.length).toBeGreaterThan(0);
        for (const p of res.body.paths) {
          for (const hop of p.hops) {
            expect(hop.evidence).toMatchObject({ document: expect.any(String), title_zh: expect.any(String) });
            expect(hop.evidence.title_zh.length).toBeGreaterThan(0);
            expect(hop.evidence.year).toBeGreaterThan(2000);
          }
          // A path names a hub only when every path had to use one.
          if (!res.body.hubsRequired) expect(p.hubs).toEqual([]);
        }
        for (let i = 1; i < res.body.paths.length; i++)
          expect(res.body.paths[i].cost).toBeGreaterThanOrEqual(res.body.paths[i - 1].cost);
        const withHubs = await request(app).get('/api/paths').query({ from: from.id, to: to.id, avoidHubs: 'false' });
        expect(withHubs.body.avoidHubs).toBe(false);
        expect(withHubs.body.paths.some((p: { hubs: unknown[] }) => p.hubs.length > 0)).toBe(true);
        const typed = await request(app)
          .get('/api/paths')
          .query({ from: from.id, to: to.id, relations: 'LOCATED_IN,PART_OF,SUPPORTS,DEVELOPS,IMPLEMENTS' });
        for (const p of typed.body.paths) for (const hop of p.hops) expect(hop.type).not.toBe('CO_OCCURS');
        const year = withHubs.body.paths[0].hops[0].evidence.year as number;
        const inYear = await request(app)
          .get('/api/paths')
          .query({ from: from.id, to: to.id, years: String(year), avoidHubs: 'false' });
        expect(inYear.status).toBe(200);
        for (const p of inYear.body.paths) for (const hop of p.hops) expect(hop.evidence.year).toBe(year);
        expect(
          (await request(app).get('/api/paths').query({ from: from.id, to: to.id, avoidHubs: 'maybe' })).status,
        ).toBe(400);
      });

      test('expansions honour the filters: years and entity types', async () => {
        const zone = await searchFirst('太忻一体化经济区');
        const edges = (await request(app).get(`/api/entities/${zone.id}/neighborhood`)).body.edges.length;
        expect(edges).toBeGreaterThan(0);
        const places = await request(app).get(`/api/entities/${zone.id}/neighborhood`).query({ types: 'Place' });
        for (const n of places.body.nodes) if (n.data.id !== zone.id) expect(n.data.type).toBe('Place');
        const noCo = await request(app)
          .get(`/api/entities/${zone.id}/neighborhood`)
          .query({ relations: 'LOCATED_IN,PART_OF,SUPPORTS,DEVELOPS,IMPLEMENTS' });
        for (const e of noCo.body.edges) expect(e.data.type).not.toBe('CO_OCCURS');
      });

      test('a subgraph of given ids restores a view: those nodes and the relations among them', async () => {
        const a = await searchFirst('太钢');
        const b = await searchFirst('太原市');
        const res = await request(app)
          .get('/api/subgraph')
          .query({ ids: `${a.id},${b.id},e0000000000000000` });
        expect(res.status).toBe(200);
        expect(res.body.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([a.id, b.id].sort());
        expect(res.body.edges.length).toBeGreaterThan(0);
        expect((await request(app).get('/api/subgraph').query({ ids: 'bad id' })).status).toBe(400);
      });

      test('a relation with all its evidence sentences', async () => {
        const zone = await searchFirst('太忻一体化经济区');
        const nb = await request(app).get(`/api/entities/${zone.id}/neighborhood`);
        const edge =
          nb.body.edges.find((e: { data: { evidenceCount: number } }) => e.data.evidenceCount > 1) ?? nb.body.edges[0];
        const res = await request(app).get(`/api/relations/${edge.data.id}`).query({ lang: 'en' });
        expect(res.status).toBe(200);
        expect(res.body.evidence).toHaveLength(edge.data.evidenceCount);
        const doc = await request(app).get(`/api/documents/${res.body.evidence[0].document}`);
        const ev = res.body.evidence[0];
        expect(doc.body.text.slice(ev.start, ev.end)).toBe(ev.text);
        expect(ev.title_zh.length).toBeGreaterThan(0);
        expect((await request(app).get('/api/relations/li0000000000000000')).status).toBe(404);
      });
    });

    describe('documents, overview, stats, ontology, export, health, openapi', () => {
      test('documents list with manifest titles; a document with its entity mentions', async () => {
        const list = await request(app).get('/api/documents');
        expect(list.body.documents).toHaveLength(5);
        const d = list.body.documents.find((x: { id: string }) => x.id === '003_764ab70759810c1d');
        expect(d).toMatchObject({ title_zh: '山西太原：加快建设国家区域中心城市', year: 2025 });
        const full = await request(app).get(`/api/documents/${d.id}`);
        expect(full.body.mentions.length).toBeGreaterThan(50);
        for (const m of full.body.mentions) expect(full.body.text.slice(m.start, m.end)).toBe(m.surface);
        expect((await request(app).get('/api/documents/nope')).status).toBe(404);
      });

      test('overview: important entities with communities and the edges among them', async () => {
        const res = await request(app).get('/api/overview').query({ limit: 20 });
        expect(res.body.nodes).toHaveLength(20);
        expect(res.body.nodes.map((n: { data: { name_zh: string } }) => n.data.name_zh)).toContain('太原市');
        expect(res.body.nodes.every((n: { data: { community: number } }) => typeof n.data.community === 'number')).toBe(
          true,
        );
        const ids = new Set(res.body.nodes.map((n: { data: { id: string } }) => n.data.id));
        expect(res.body.edges.length).toBeGreaterThan(0);
        for (const e of res.body.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      });

      test('overview honours the type, document and year filters', async () => {
        type Node = { data: { id: string; type: string; name_zh: string } };
        const projects = await request(app).get('/api/overview').query({ limit: 15, types: 'Project,Company' });
        expect(projects.status).toBe(200);
        expect(projects.body.nodes.length).toBe(15);
        expect(new Set(projects.body.nodes.map((n: Node) => n.data.type))).toEqual(new Set(['Project', 'Company']));
        // Year 2023 is the 2023 report alone: every entity shown is one it mentions, and 太原市 is among them.
        const y2023 = await request(app).get('/api/overview').query({ limit: 25, years: '2023' });
        const ids = y2023.body.nodes.map((n: Node) => n.data.id);
        expect(y2023.body.nodes.map((n: Node) => n.data.name_zh)).toContain('太原市');
        const summaries = await request(app)
          .get('/api/entities')
          .query({ ids: ids.join(',') });
        expect(summaries.body.entities).toHaveLength(ids.length);
        for (const e of summaries.body.entities as { documents: { id: string }[] }[])
          expect(e.documents.map((d) => d.id)).toContain('001_0eb4157994b25008');
        // Its relations have evidence in that year's report.
        for (const e of y2023.body.edges.slice(0, 10)) {
          const rel = await request(app).get(`/api/relations/${e.data.id}`);
          expect(rel.body.evidence.map((ev: { document: string }) => ev.document)).toContain('001_0eb4157994b25008');
        }
        // A document filter and a year filter together keep what both allow: nothing here.
        const none = await request(app)
          .get('/api/overview')
          .query({ documents: '003_764ab70759810c1d', years: '2022' });
        expect(none.body.nodes).toEqual([]);
        const doc = await request(app).get('/api/overview').query({ limit: 10, documents: '003_764ab70759810c1d' });
        expect(doc.body.nodes.length).toBe(10);
        expect((await request(app).get('/api/overview').query({ years: '22' })).status).toBe(400);
        expect((await request(app).get('/api/overview').query({ types: 'Thing' })).status).toBe(400);
      });

      test('entity summaries: names, type, mentions and documents with years, in the order asked', async () => {
        const zone = await searchFirst('太忻');
        const city = await searchFirst('太原市');
        const res = await request(app)
          .get('/api/entities')
          .query({ ids: [city.id, 'e-not-there', zone.id].join(',') });
        expect(res.status).toBe(200);
        expect(res.body.entities.map((e: { id: string }) => e.id)).toEqual([city.id, zone.id]);
        const [c] = res.body.entities;
        expect(c).toMatchObject({ name_zh: '太原市', name_en: 'Taiyuan', type: 'Place' });
        expect(c.mentions).toBeGreaterThan(100);
        expect(c.documents).toHaveLength(5);
        expect(c.documents.map((d: { year: number }) => d.year).sort()).toEqual([2022, 2022, 2022, 2023, 2025]);
        expect((await request(app).get('/api/entities')).status).toBe(400);
        expect((await request(app).get('/api/entities').query({ ids: 'a b' })).status).toBe(400);
      });

      test('stats and ontology', async () => {
        const stats = await request(app).get('/api/stats');
        expect(stats.body).toMatchObject({ store: kind, documents: 5 });
        expect(stats.body.entities).toBeGreaterThan(300);
        const onto = await request(app).get('/api/ontology');
        expect(onto.body.entityTypes.map((t: { key: string }) => t.key)).toEqual([
          'Project',
          'Company',
          'Place',
          'Policy',
          'Organization',
          'Person',
          'Industry',
          'Event',
        ]);
        expect(onto.body.relationTypes.find((t: { key: string }) => t.key === 'LOCATED_IN')).toMatchObject({
          zh: '位于',
          statement_en: '{{a}} is located in {{b}}',
        });
      });

      test('exports in every format', async () => {
        const json = await request(app).get('/api/export').query({ format: 'json' });
        const stats = await request(app).get('/api/stats');
        expect(json.body.entities).toHaveLength(stats.body.entities);
        expect(json.body.relations).toHaveLength(stats.body.relations);
        const csv = await request(app)
          .get('/api/export')
          .query({ format: 'csv' })
          .buffer(true)
          .parse((res, cb) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(csv.headers['content-type']).toMatch(/zip/);
        expect((csv.body as Buffer).subarray(0, 2).toString()).toBe('PK');
        for (const format of ['graphml', 'gexf', 'cypher'])
          expect((await request(app).get('/api/export').query({ format })).status).toBe(200);
        expect((await request(app).get('/api/export').query({ format: 'xls' })).status).toBe(400);
      });

      test('health, openapi, ETag, security headers, unknown routes', async () => {
        const h = await request(app).get('/api/health');
        expect(h.body).toMatchObject({ status: 'ok', store: { ready: true, kind } });
        const r1 = await request(app).get('/api/stats');
        expect(r1.headers.etag).toBeDefined();
        expect(r1.headers['x-content-type-options']).toBe('nosniff');
        expect(r1.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
        expect((await request(app).get('/api/stats').set('If-None-Match', r1.headers.etag)).status).toBe(304);
        const nf = await request(app).get('/api/nothing-here');
        expect(nf.status).toBe(404);
        expect(nf.body.error.code).toBe('not_found');
        const spec = await request(app).get('/api/openapi.json');
        expect(spec.body.openapi).toBe('3.0.3');
      });

      test('the OpenAPI document lists exactly the routes the app serves', () => {
        type Layer = {
          route?: { path: string; methods: Record<string, boolean> };
          name?: string;
          handle?: { stack?: Layer[] };
        };
        const routes = new Set<string>();
        const walk = (stack: Layer[]) => {
          for (const l of stack) {
            if (l.route)
              for (const m of Object.keys(l.route.methods))
                routes.add(`${m} /api${l.route.path.replace(/:(\w+)/g, '{$1}')}`);
            else if (l.handle?.stack) walk(l.handle.stack);
          }
        };
        walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
        const documented = new Set(
          Object.entries(openapi.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)),
        );
        expect([...routes].sort()).toEqual([...documented].sort());
      });
    });

    describe('time: indicators, timelines, comparisons', () => {
      type Point = { period: string; kind: string; value: number; evidence: { document: string; text: string } };
      type Series = { indicator: string; place: string; place_id: string | null; points: Point[] };

      test('GDP growth of 太原市 in 2022: the target of the 2022 report and the result the 2023 report gives', async () => {
        const res = await request(app).get('/api/indicators/gdp_growth');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ indicator: 'gdp_growth', name_en: 'GDP growth' });
        const taiyuan = (res.body.series as Series[]).find((s) => s.place === '太原市')!;
        expect(taiyuan.place_id).toBeTruthy();
        const y2022 = taiyuan.points.filter((p) => p.period === '2022');
        expect(y2022).toContainEqual(expect.objectContaining({ kind: 'target', value: 7 }));
        expect(y2022).toContainEqual(expect.objectContaining({ kind: 'actual', value: 3.3 }));
        expect(y2022.find((p) => p.kind === 'actual')?.evidence.document).toBe('001_0eb4157994b25008');
        const periods = taiyuan.points.map((p) => p.period);
        expect(periods).toEqual([...periods].sort());
        // The place's own series: GDP growth among them, every one for that place.
        const place = await request(app).get('/api/indicators').query({ place: taiyuan.place_id });
        expect(place.status).toBe(200);
        expect((place.body.series as Series[]).every((s) => s.place_id === taiyuan.place_id)).toBe(true);
        expect((place.body.series as Series[]).map((s) => s.indicator)).toContain('gdp_growth');
        const csv = await request(app).get('/api/indicators').query({ place: taiyuan.place_id, format: 'csv' });
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        const lines = csv.text.trim().split('\n');
        expect(lines[0]).toBe(
          'indicator,name_en,place,place_id,period,kind,value,unit,qualifier,document,sentence,evidence',
        );
        expect(
          lines.some((l) => l.startsWith('gdp_growth,GDP growth,太原市,') && l.includes(',2022,actual,3.3,')),
        ).toBe(true);
      });

      test('indicators: unknown ids and keys give 404, bad parameters 400', async () => {
        expect((await request(app).get('/api/indicators/no_such_indicator')).status).toBe(404);
        expect((await request(app).get('/api/indicators').query({ place: 'e-missing' })).status).toBe(404);
        for (const [url, query] of [
          ['/api/indicators', { place: 'bad id!' }],
          ['/api/indicators', { format: 'xml' }],
          ['/api/indicators', { extra: '1' }],
          ['/api/indicators/GDP-Growth', {}],
        ] as const) {
          const res = await request(app).get(url).query(query);
          expect(res.status).toBe(400);
          expect(res.body.error.code).toBe('bad_request');
        }
      });

      test('the timeline of an entity: one item per document, in time order, with statuses', async () => {
        const { id } = await searchFirst('太忻');
        const res = await request(app).get(`/api/entities/${id}/timeline`);
        expect(res.status).toBe(200);
        const items = res.body.items as { document: string; year: number; mentions: number; statuses: unknown[] }[];
        const entity = await request(app).get(`/api/entities/${id}`);
        expect(items.map((i) => i.document).sort()).toEqual(
          (entity.body.documents as { id: string }[]).map((d) => d.id).sort(),
        );
        expect(items.length).toBeGreaterThan(1);
        const years = items.map((i) => i.year);
        expect(years).toEqual([...years].sort((a, b) => a - b));
        for (const i of items) expect(i.mentions).toBeGreaterThan(0);
        expect((await request(app).get('/api/entities/e-missing/timeline')).status).toBe(404);
        expect((await request(app).get('/api/entities/e1/timeline').query({ lang: 'fr' })).status).toBe(400);
      });

      test('compare 2022 with 2023: added, dropped and continued entities with names in both languages', async () => {
        const res = await request(app).get('/api/compare').query({ a: '2022', b: '2023' });
        expect(res.status).toBe(200);
        expect(res.body.a.documents).toEqual(['000_b23c1fd6fedac783', '002_08a82e60138c1273', '004_dcf08f31ebd92ceb']);
        expect(res.body.b.documents).toEqual(['001_0eb4157994b25008']);
        type Item = { id: string; name_zh: string; name_en: string; mentions_a: number; mentions_b: number };
        for (const list of ['added', 'dropped', 'continued'] as const) {
          const items = res.body[list] as Item[];
          expect(items.length).toBeGreaterThan(0);
          for (const e of items) {
            expect(e.name_zh).toMatch(/[\u3400-\u9fff]/);
            expect(e.name_en).toMatch(/[A-Za-z]/);
            expect(e.name_en).not.toMatch(/[\u3400-\u9fff]/);
          }
        }
        expect((res.body.added as Item[]).every((e) => e.mentions_a === 0 && e.mentions_b >= 0)).toBe(true);
        expect((res.body.dropped as Item[]).every((e) => e.mentions_b === 0)).toBe(true);
        const continued = new Set((res.body.continued as Item[]).map((e) => e.id));
        expect((res.body.changed as Item[]).every((e) => continued.has(e.id))).toBe(true);
        expect(continued.has((await searchFirst('太忻')).id)).toBe(true);
        // By document and by type; CSV.
        const projects = await request(app)
          .get('/api/compare')
          .query({ a: '004_dcf08f31ebd92ceb', b: '001_0eb4157994b25008', types: 'Project' });
        expect(projects.status).toBe(200);
        for (const list of ['added', 'dropped', 'continued', 'changed'])
          expect((projects.body[list] as { type: string }[]).every((e) => e.type === 'Project')).toBe(true);
        const csv = await request(app).get('/api/compare').query({ a: '2022', b: '2023', format: 'csv' });
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        const lines = csv.text.trim().split('\n');
        expect(lines[0]).toBe('change,id,type,name_zh,name_en,mentions_a,mentions_b,what_changed');
        for (const c of ['added', 'dropped', 'continued']) expect(lines.some((l) => l.startsWith(`${c},`))).toBe(true);
      });

      test('compare: unknown documents or years give 404, bad parameters 400', async () => {
        expect((await request(app).get('/api/compare').query({ a: '1999', b: '2023' })).status).toBe(404);
        expect((await request(app).get('/api/compare').query({ a: '2022', b: 'doc-missing' })).status).toBe(404);
        for (const query of [
          {},
          { a: '2022' },
          { a: '2022', b: '2023', types: 'Spaceship' },
          { a: 'x y', b: '2023' },
        ]) {
          const res = await request(app).get('/api/compare').query(query);
          expect(res.status).toBe(400);
        }
      });
    });

    describe('glosses and English names', () => {
      test('a Chinese sentence comes back as words with pinyin and CC-CEDICT glosses', async () => {
        const res = await request(app).get('/api/gloss').query({ text: '推进经济建设' });
        expect(res.status).toBe(200);
        const words = res.body.words as { word: string; pinyin: string; english: string[] }[];
        expect(words.map((w) => w.word).join('')).toBe('推进经济建设');
        const economy = words.find((w) => w.word.includes('经济'))!;
        expect(economy.pinyin).toMatch(/jīng/);
        expect(economy.english.join(' ')).toMatch(/econom/);
        expect(
          (
            await request(app)
              .get('/api/gloss')
              .query({ text: 'x'.repeat(400) })
          ).status,
        ).toBe(400);
      }, 60_000);

      test('every entity of the corpus graph has an English name without Chinese characters', async () => {
        const g = await request(app).get('/api/export').query({ format: 'json' });
        const bad = (g.body.entities as { name_zh: string; name_en: string }[]).filter(
          (e) => !e.name_en.trim() || /[\u3400-\u9fff]/.test(e.name_en),
        );
        expect(bad).toEqual([]);
      });
    });

    describe('uploads and deletion', () => {
      test('without a token: 401; with uploads disabled: 403', async () => {
        expect((await request(app).post('/api/documents').attach('files', Buffer.from('临川市'), 'a.txt')).status).toBe(
          401,
        );
        expect(
          (
            await request(app)
              .post('/api/documents')
              .set('Authorization', 'Bearer wrong-token-0123456789')
              .attach('files', Buffer.from('临川市'), 'a.txt')
          ).status,
        ).toBe(401);
        const closed = createApp({
          store,
          extractor: new Extractor(),
          config: { ...loadConfig({ KG_RATE_LIMIT: '0' }) },
          logger: pino({ level: 'silent' }),
        });
        expect((await request(closed).post('/api/documents').attach('files', Buffer.from('x'), 'a.txt')).status).toBe(
          403,
        );
        expect((await request(closed).delete('/api/documents/x')).status).toBe(403);
      });

      test('an uploaded GBK file becomes searchable and its deletion removes it again', async () => {
        const text = '临川市2025年经济工作要点\n重点支持青禾智造、北辰锂电等企业发展，加快建设青禾锂电池产业园。';
        const before = (await request(app).get('/api/stats')).body;
        const up = await request(app)
          .post('/api/documents')
          .set('Authorization', `Bearer ${TOKEN}`)
          .attach('files', iconv.encode(text, 'gbk'), '临川要点.txt');
        expect(up.status).toBe(201);
        const docId = up.body.documents[0].document;
        expect(up.body.documents[0]).toMatchObject({ changed: true, title_zh: '临川市2025年经济工作要点', year: 2025 });
        const found = await request(app).get('/api/search').query({ q: '北辰锂电' });
        expect(found.body.results[0]).toMatchObject({ name_zh: '北辰锂电', type: 'Company' });
        expect(
          (await request(app).delete(`/api/documents/${docId}`).set('Authorization', `Bearer ${TOKEN}`)).status,
        ).toBe(200);
        expect((await request(app).get('/api/search').query({ q: '北辰锂电' })).body.results).toEqual([]);
        const after = (await request(app).get('/api/stats')).body;
        expect({ ...after, version: '' }).toEqual({ ...before, version: '' });
        expect(
          (await request(app).delete(`/api/documents/${docId}`).set('Authorization', `Bearer ${TOKEN}`)).status,
        ).toBe(404);
      });

      test('bad uploads get clear errors and store nothing', async () => {
        const before = (await request(app).get('/api/stats')).body;
        const auth = { Authorization: `Bearer ${TOKEN}` };
        const cases: [Buffer, string, number][] = [
          [Buffer.alloc(0), 'empty.txt', 415],
          [Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]), 'binary.txt', 415],
          [Buffer.from('MZ\x90\x00'), 'program.exe', 415],
          [Buffer.from('PK\x03\x04broken'), 'broken.docx', 415],
          [Buffer.from('%PDF-1.7\ntruncated'), 'broken.pdf', 415],
        ];
        for (const [buf, name, status] of cases) {
          const res = await request(app).post('/api/documents').set(auth).attach('files', buf, name);
          expect([res.status, name]).toEqual([status, name]);
          expect(res.body.error.message).toContain(name);
        }
        // One good file and one bad file: nothing is stored.
        const mixed = await request(app)
          .post('/api/documents')
          .set(auth)
          .attach('files', Buffer.from('临川市重点支持青禾智造。'), 'good.txt')
          .attach('files', Buffer.alloc(0), 'bad.txt');
        expect(mixed.status).toBe(415);
        expect((await request(app).post('/api/documents').set(auth)).status).toBe(400);
        expect({ ...(await request(app).get('/api/stats')).body }).toEqual(before);
      });
    });
  });
}

onBothStores('API', describeApi);
