// Curations over HTTP on the five source documents, on both stores: each action, each error code, the marks and
// redirects readers see, and undoing everything newest first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { ingestPaths } from '../../server/ingest/ingestPaths';
import { Extractor } from '../../server/ingest/pipeline';
import type { GraphStore } from '../../server/store/GraphStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { onBothStores } from '../helpers/neo4j';

const TOKEN = 'test-token-0123456789abcdef';

interface Hit {
  id: string;
  name_zh: string;
  type: string;
}

onBothStores('curations API', (kind, open, close) => {
  describe(`curations API on the ${kind} store`, () => {
    let app: Express;
    let store: GraphStore;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-curations-'));
    let original: unknown;

    beforeAll(async () => {
      store = await open(dir);
      const extractor = new Extractor();
      const reports = await ingestPaths(store, extractor, [CORPUS_DIR]);
      expect(reports.filter((r) => r.status === 'error')).toEqual([]);
      const config = { ...loadConfig({ KG_API_TOKEN: TOKEN, KG_RATE_LIMIT: '0' }), dataDir: dir };
      app = createApp({ store, extractor, config, logger: pino({ level: 'silent' }) });
      original = (await request(app).get('/api/export').query({ format: 'json' })).text;
    }, 300_000);
    afterAll(async () => {
      await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const post = (body: object, editor?: string) => {
      const r = request(app).post('/api/curations').set('Authorization', `Bearer ${TOKEN}`);
      return (editor ? r.set('X-Editor', editor) : r).send(body);
    };
    const undo = (id: string) => request(app).delete(`/api/curations/${id}`).set('Authorization', `Bearer ${TOKEN}`);
    const search = async (q: string, types?: string): Promise<Hit[]> =>
      (
        await request(app)
          .get('/api/search')
          .query({ q, limit: 10, ...(types ? { types } : {}) })
      ).body.results;

    test('writes need the token; bad requests are 400, unknown ids 404, conflicts 409', async () => {
      const taigang = (await search('太钢集团'))[0];
      expect(
        (await request(app).post('/api/curations').send({ action: 'delete_entity', entity: taigang.id })).status,
      ).toBe(401);
      expect((await post({ action: 'paint', entity: taigang.id })).status).toBe(400);
      expect((await post({ action: 'rename', entity: taigang.id })).status).toBe(400);
      expect((await post({ action: 'merge', entity: taigang.id })).status).toBe(400);
      expect((await post({ action: 'rename', entity: 'e0000000000000000', name_zh: '无' })).status).toBe(404);
      expect((await post({ action: 'reject_relation', relation: 'su0000000000000000' })).status).toBe(404);
      const self = await post({ action: 'merge', entity: taigang.id, into: taigang.id });
      expect(self.status).toBe(409);
      expect(self.body.error.message).toMatch(/itself/);
      expect((await undo('c-unknown')).status).toBe(404);
      expect((await request(app).get('/api/curations')).body).toEqual({ curations: [], total: 0 });
    });

    test('merge, rename, reject, confirm and add are recorded, seen by readers, and undone newest first', async () => {
      const companies = await search('集团', 'Company');
      const [into, from] = companies;
      expect(into.id).not.toBe(from.id);

      // merge: the merged-away id answers with the entity it went into.
      const merged = await post({ action: 'merge', entity: from.id, into: into.id, note: 'one group' }, 'Li Wei');
      expect(merged.status).toBe(201);
      expect(merged.body).toMatchObject({
        action: 'merge',
        entity: from.id,
        into: into.id,
        editor: 'Li Wei',
        note: 'one group',
        target: { name_zh: into.name_zh },
      });
      const old = await request(app).get(`/api/entities/${from.id}`);
      expect(old.status).toBe(200);
      expect(old.body).toMatchObject({ id: into.id, mergedInto: into.id, mergedFrom: from.id, curated: true });
      expect(old.body.aliases).toContain(from.name_zh);
      const hood = await request(app).get(`/api/entities/${from.id}/neighborhood`).redirects(0);
      expect(hood.status).toBe(308);
      expect(hood.headers.location).toBe(`/api/entities/${into.id}/neighborhood`);
      expect((await search(from.name_zh)).map((h) => h.id)).not.toContain(from.id);

      // rename: search finds the new name, marked curated.
      const renamed = await post({
        action: 'rename',
        entity: into.id,
        name_zh: '测试更名集团',
        name_en: 'Renamed Group',
      });
      expect(renamed.status).toBe(201);
      const hit = (await request(app).get('/api/search').query({ q: '测试更名集团' })).body.results[0];
      expect(hit).toMatchObject({ id: into.id, name_zh: '测试更名集团', curated: true });

      // reject: the relation leaves the neighbourhood and its own URL.
      const around = (await request(app).get(`/api/entities/${into.id}/neighborhood`)).body;
      // A relation the extraction made (not one the merge moved), so that undoing brings it back as it was.
      const extracted = new Set(JSON.parse(original as string).relations.map((r: { id: string }) => r.id));
      const edge = around.edges.find((e: { data: { id: string } }) => extracted.has(e.data.id));
      const relId = edge.data.id as string;
      const rejected = await post({ action: 'reject_relation', relation: relId });
      expect(rejected.status).toBe(201);
      expect(rejected.body).toMatchObject({ source: edge.data.source, target: edge.data.target, type: edge.data.type });
      expect((await request(app).get(`/api/relations/${relId}`)).status).toBe(404);
      const after = (await request(app).get(`/api/entities/${into.id}/neighborhood`)).body;
      expect(after.edges.map((e: { data: { id: string } }) => e.data.id)).not.toContain(relId);
      expect((await post({ action: 'reject_relation', relation: relId })).status).toBe(404);

      // confirm and add: relations carry curated: true.
      const other = after.edges.find((e: { data: { id: string } }) => e.data.id !== relId);
      const confirmed = await post({ action: 'confirm_relation', relation: other.data.id });
      expect(confirmed.status).toBe(201);
      expect((await request(app).get(`/api/relations/${other.data.id}`)).body).toMatchObject({ curated: true });
      const place = (await search('太原市', 'Place'))[0];
      const added = await post({ action: 'add_relation', source: into.id, target: place.id, type: 'CO_OCCURS' });
      expect([201, 409]).toContain(added.status);

      // the log, newest first, and per entity.
      const log = (await request(app).get('/api/curations')).body;
      const ids = [merged.body.id, renamed.body.id, rejected.body.id, confirmed.body.id];
      if (added.status === 201) ids.push(added.body.id);
      expect(log.curations.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
      const mine = (await request(app).get('/api/curations').query({ entity: from.id })).body.curations;
      expect(mine.map((c: { id: string }) => c.id)).toEqual([merged.body.id]);

      // an undo that later curations depend on is a conflict.
      const early = await undo(merged.body.id);
      expect(early.status).toBe(409);
      expect(early.body.error.message).toContain(renamed.body.id);

      for (const id of [...ids].reverse()) {
        const u = await undo(id);
        expect(u.status).toBe(200);
        expect(u.body).toMatchObject({ action: 'undo', curation: id, editor: 'editor' });
      }
      expect((await undo(merged.body.id)).status).toBe(409);
      const back = (await request(app).get('/api/export').query({ format: 'json' })).text;
      expect(JSON.parse(back).entities).toEqual(JSON.parse(original as string).entities);
      expect(JSON.parse(back).relations).toEqual(JSON.parse(original as string).relations);
      expect((await request(app).get(`/api/entities/${from.id}`)).body).toMatchObject({ id: from.id });
      expect((await request(app).get(`/api/relations/${relId}`)).status).toBe(200);
    }, 300_000);

    test('deleted entities are absent from search, neighbourhoods, paths, overview and pattern questions', async () => {
      const taigang = (await search('太钢集团'))[0];
      const del = await post({ action: 'delete_entity', entity: taigang.id });
      expect(del.status).toBe(201);
      expect((await request(app).get(`/api/entities/${taigang.id}`)).status).toBe(404);
      expect((await search('太钢集团')).map((h) => h.id)).not.toContain(taigang.id);
      const overview = (await request(app).get('/api/overview').query({ limit: 200 })).body;
      expect(overview.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain(taigang.id);
      const rows = (
        await request(app)
          .post('/api/query')
          .send({ pattern: '(c:Company {name: $n})--(x)', params: { n: '太钢集团' } })
      ).body.rows;
      expect(rows).toEqual([]);
      const exp = JSON.parse((await request(app).get('/api/export').query({ format: 'json' })).text);
      expect(exp.entities.map((e: { id: string }) => e.id)).not.toContain(taigang.id);
      expect(exp.curations.map((c: { id: string }) => c.id)).toContain(del.body.id);
      expect((await undo(del.body.id)).status).toBe(200);
      expect((await search('太钢集团'))[0].id).toBe(taigang.id);
    }, 120_000);
  });
});
