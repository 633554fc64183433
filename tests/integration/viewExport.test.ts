// POST /api/export/view over HTTP on both stores: a view as JSON, GraphML and GEXF with evidence and documents;
// 400 and 404 with a message for bad bodies and unknown ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { Extractor } from '../../server/ingest/pipeline';
import type { GraphStore } from '../../server/store/GraphStore';
import { sampleBatches } from '../helpers/batches';
import { onBothStores } from '../helpers/neo4j';

const VIEW = { nodes: ['e-linchuan', 'e-qhdz', 'e-policy', 'e-beichen'], edges: ['su-1', 'im-1', 'co-1', 'cw-1'] };

onBothStores('view export', (kind, open, close) => {
  describe(`view export on the ${kind} store`, () => {
    let app: Express;
    let store: GraphStore;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-view-'));

    beforeAll(async () => {
      store = await open(dir);
      for (const b of sampleBatches()) await store.upsertDocument(b);
      const config = { ...loadConfig({ KG_RATE_LIMIT: '0' }), dataDir: dir };
      app = createApp({ store, extractor: new Extractor(), config, logger: pino({ level: 'silent' }) });
    }, 120_000);
    afterAll(async () => {
      await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const post = (body: object) => request(app).post('/api/export/view').send(body);

    test('json: the view with each sentence’s year and each entity’s documents', async () => {
      const res = await post({ format: 'json', ...VIEW });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/policy-graph-view\.json/);
      const g = JSON.parse(res.text);
      expect(g.entities.map((e: { id: string }) => e.id).sort()).toEqual([...VIEW.nodes].sort());
      expect(g.relations.map((r: { id: string }) => r.id).sort()).toEqual([...VIEW.edges].sort());
      const cw = g.relations.find((r: { id: string }) => r.id === 'cw-1');
      expect(cw.evidence).toEqual([
        expect.objectContaining({ document: 'doc-b', year: 2025, text: '临川市与北辰市合作共建北辰临川产业园。' }),
      ]);
      const linchuan = g.entities.find((e: { id: string }) => e.id === 'e-linchuan');
      expect(linchuan.documents.map((d: { id: string; year: number }) => [d.id, d.year])).toEqual([
        ['doc-a', 2024],
        ['doc-b', 2025],
      ]);
      expect(g.documents.map((d: { id: string }) => d.id).sort()).toEqual(['doc-a', 'doc-b']);
    });

    test('graphml and gexf open in graphology with evidence and documents', async () => {
      for (const format of ['graphml', 'gexf'] as const) {
        const res = await post({ format, ...VIEW });
        expect(res.status).toBe(200);
        const text = res.text || (res.body as Buffer).toString('utf8');
        const graph = (format === 'graphml' ? parseGraphml : parseGexf)(MultiDirectedGraph, text);
        expect(graph.order).toBe(4);
        expect(graph.size).toBe(4);
        expect(graph.getNodeAttribute('e-beichen', 'name_en')).toBe('Beichen');
        const ev = JSON.parse(graph.getEdgeAttribute('im-1', 'evidence_json') as string);
        expect(ev).toEqual([
          {
            document: 'doc-a',
            title_zh: '测试文档doc-a',
            title_en: 'Test document doc-a',
            year: 2024,
            sentence: 2,
            text: '临川市实施“百园兴业”行动，支持青禾电子。',
          },
        ]);
        const docs = JSON.parse(graph.getNodeAttribute('e-beichen', 'documents') as string);
        expect(docs.map((d: { id: string }) => d.id)).toEqual(['doc-b']);
      }
    });

    test('bad bodies are 400, unknown entities 404, with a message', async () => {
      expect((await post({ format: 'pdf', ...VIEW })).status).toBe(400);
      expect((await post({ format: 'json', nodes: [], edges: [] })).body.error.message).toMatch(/nodes are required/);
      expect((await post({ format: 'json', nodes: ['a b'], edges: [] })).status).toBe(400);
      expect((await post({ format: 'json', nodes: ['e-qhdz'], edges: [], extra: 1 })).status).toBe(400);
      const missing = await post({ format: 'json', nodes: ['e-nobody'], edges: [] });
      expect([missing.status, missing.body.error.message]).toEqual([404, 'No entity e-nobody']);
    });
  });
});
