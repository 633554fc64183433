// The API under malformed, oversized and hostile input: a JSON 4xx, the process keeps serving, the graph is unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pino from 'pino';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { Extractor } from '../../server/ingest/pipeline';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import { sampleBatches } from '../helpers/batches';
import { listen, type Listening } from '../helpers/listen';

let server: Listening;
let base = '';
let store: EmbeddedStore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-'));

beforeAll(async () => {
  store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  for (const b of sampleBatches()) await store.upsertDocument(b);
  const app = createApp({ store, extractor: new Extractor(), config: { ...loadConfig({ KG_RATE_LIMIT: '0', KG_API_TOKEN: 'hostile-token-0123456789' }), dataDir: dir }, logger: pino({ level: 'silent' }) });
  server = await listen(app);
  base = server.base;
});
afterAll(async () => {
  await server.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function get(p: string): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const res = await fetch(`${base}${p}`);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

/** Percent-encoding; a lone surrogate cannot be encoded, so it is sent as the bytes a broken client would send. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

const HOSTILE = [
  "') DETACH DELETE n //",
  'MATCH (n) DETACH DELETE n',
  '"}]->() RETURN 1 UNION MATCH (n) DELETE n //',
  '\u0000\u0001\u0007\u001b[31m',
  '\ud800',
  '𠀀𠀁𠀂',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  'a'.repeat(250),
  '\u202e\u200b\ufeff',
];

describe('hostile input', () => {
  test.each(HOSTILE)('search %j answers JSON and changes nothing', async (q) => {
    const before = await store.exportGraph();
    const res = await fetch(`${base}/api/search?q=${enc(q)}`);
    expect([200, 400]).toContain(res.status);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await store.exportGraph()).toEqual(before);
  });

  test.each(HOSTILE)('ids %j are rejected or not found, never an error 500', async (id) => {
    for (const p of [`/api/entities/${enc(id)}`, `/api/entities/${enc(id)}/neighborhood`, `/api/relations/${enc(id)}`, `/api/documents/${enc(id)}`, `/api/paths?from=${enc(id)}&to=e-qhdz`]) {
      const r = await get(p);
      expect([400, 404]).toContain(r.status);
      expect(r.body.error?.code).toMatch(/bad_request|not_found/);
    }
  });

  test('a 1 MB query string gets a JSON 414 and the server keeps serving', async () => {
    const r = await get(`/api/search?q=${'x'.repeat(1024 * 1024)}`);
    expect(r.status).toBe(414);
    expect(r.body.error?.code).toBe('uri_too_long');
    expect((await get('/api/search?q=qinghe')).status).toBe(200);
  });

  test('unknown enum values, repeated parameters and unknown parameters are 400', async () => {
    for (const p of ['/api/search?q=a&types=Project,Spaceship', '/api/search?q=a&q=b', '/api/entities/e-qhdz/neighborhood?relations=KNOWS', '/api/entities/e-qhdz/neighborhood?years=20x4', '/api/export?format=../../x', '/api/overview?limit=-1', '/api/search?q=a&limit=1e9']) {
      const r = await get(p);
      expect([p, r.status]).toEqual([p, 400]);
    }
  });

  test('uploads: a 50 MB file is 413; deletion of an unknown document is 404; nothing changes', async () => {
    const before = await store.exportGraph();
    const form = new FormData();
    form.append('files', new Blob([Buffer.from('太原市建设项目开工。'.repeat(Math.ceil((50 * 1024 * 1024) / 30))).subarray(0, 50 * 1024 * 1024)]), 'big.txt');
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { Authorization: 'Bearer hostile-token-0123456789' }, body: form });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    const del = await fetch(`${base}/api/documents/nope`, { method: 'DELETE', headers: { Authorization: 'Bearer hostile-token-0123456789' } });
    expect(del.status).toBe(404);
    expect(await store.exportGraph()).toEqual(before);
  });

  test('random query strings never crash the search (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (q) => {
        const res = await fetch(`${base}/api/search?q=${enc(q)}`);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect((await get('/api/health')).status).toBe(200);
  });
});
