// Pattern questions over HTTP on the five source documents: the same rows from both stores.
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
import type { PatternRow } from '../../server/query/types';
import type { GraphStore } from '../../server/store/GraphStore';
import { CORPUS_DIR } from '../helpers/corpus';
import { onBothStores } from '../helpers/neo4j';

const QUESTIONS: Record<string, { pattern: string; params?: Record<string, string>; descendants?: boolean }> = {
  'companies developing projects located in 太原市 or any place part of it': {
    pattern: '(c:Company)-[:DEVELOPS]->(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})',
    params: { zone: '太原市' },
    descendants: true,
  },
  'projects located in 山西省, with its descendants': {
    pattern: '(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})',
    params: { zone: '山西省' },
    descendants: true,
  },
  'projects located in 山西省 itself': {
    pattern: '(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})',
    params: { zone: '山西省' },
  },
  'what each policy supports, and who implements it': {
    pattern: '(x:Policy)-[:SUPPORTS|IMPLEMENTS]-(p)',
  },
  'what 太钢集团 is linked to, one or two hops away': {
    pattern: '(c:Company {name: $c})-[*1..2]-(x)',
    params: { c: '太钢集团' },
  },
};

const answers = new Map<string, PatternRow[]>();

function describeQuery(
  kind: GraphStore['kind'],
  open: (dir: string) => Promise<GraphStore>,
  close: (s: GraphStore) => Promise<void>,
): void {
  describe(`pattern questions on the ${kind} store`, () => {
    let app: Express;
    let store: GraphStore;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-query-'));

    beforeAll(async () => {
      store = await open(dir);
      const extractor = new Extractor();
      await ingestPaths(store, extractor, [CORPUS_DIR]);
      const config = { ...loadConfig({ KG_RATE_LIMIT: '0' }), dataDir: dir };
      app = createApp({ store, extractor, config, logger: pino({ level: 'silent' }) });
    }, 300_000);
    afterAll(async () => {
      await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const ask = async (name: string): Promise<PatternRow[]> => {
      const res = await request(app)
        .post('/api/query')
        .send({ limit: 200, ...QUESTIONS[name] });
      expect(res.status).toBe(200);
      return res.body.rows;
    };

    test.each(Object.keys(QUESTIONS))('%s: rows ordered by bound ids, relations with evidence', async (name) => {
      const rows = await ask(name);
      expect(rows.length).toBeGreaterThan(0);
      const keys = rows.map((r) => Object.values(r.bindings).map((e) => e.id));
      expect([...keys].sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1))).toEqual(keys);
      for (const r of rows) {
        expect(r.relations.length).toBeGreaterThan(0);
        for (const rel of r.relations) {
          expect(rel.evidence.length).toBeGreaterThan(0);
          expect(rel.evidence[0]).toEqual({
            document: expect.any(String),
            sentence: expect.any(Number),
            text: expect.any(String),
            year: expect.anything(),
          });
        }
      }
      if (kind === 'embedded') answers.set(name, rows);
      else expect(rows).toEqual(answers.get(name));
    });

    test('descendants widen a place to the places PART_OF it', async () => {
      const own = await ask('projects located in 山西省 itself');
      const all = await ask('projects located in 山西省, with its descendants');
      expect(all.length).toBeGreaterThan(own.length);
      expect(own.every((r) => r.bindings.z.name_zh === '山西省')).toBe(true);
      const companies = await ask('companies developing projects located in 太原市 or any place part of it');
      expect(companies[0].bindings).toMatchObject({ c: { type: 'Company' }, p: { type: 'Project' } });
      expect(companies[0].relations.map((r) => r.type)).toEqual(expect.arrayContaining(['DEVELOPS', 'LOCATED_IN']));
    });

    test('limit, and 400 with a message for anything outside the language', async () => {
      const one = await request(app).post('/api/query').send({ pattern: '(x:Policy)-[:SUPPORTS]->(p)', limit: 1 });
      expect(one.body.rows).toHaveLength(1);
      for (const [body, message] of [
        [{ pattern: 'CREATE (n:Company)' }, /CREATE is not allowed/],
        [{ pattern: 'MATCH (n) DETACH DELETE n' }, /not allowed/],
        [{ pattern: '(n:Spaceship)' }, /Unknown label/],
        [{ pattern: '(a)-[:KNOWS]-(b)' }, /Unknown relation type/],
        [{ pattern: '(a)-[*1..9]-(b)' }, /too deep/],
        [{ pattern: '(a)-->(b)-->(c)-->(d)-->(e)-->(f)-->(g)' }, /6 hops/],
        [{ pattern: '(a)-->(b)', limit: 500 }, /limit/],
        [{ pattern: '(a {name: $n})' }, /Missing parameter \$n/],
        [{ pattern: '(a)-[*1..4]-(b)' }, /more than 20000 paths/],
        [{ pattern: 42 }, /pattern/],
      ] as const) {
        const res = await request(app).post('/api/query').send(body);
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
        expect(res.body.error.message).toMatch(message);
      }
      expect((await request(app).post('/api/query').set('content-type', 'application/json').send('{')).status).toBe(
        400,
      );
    });
  });
}

onBothStores('pattern questions', describeQuery);
