// Neo4j down at start or gone mid-run: every store-backed route answers 503 with a clear message, the process keeps
// serving, and it recovers when the database returns. The outage is a proxy in front of Neo4j switched off and
// on; without NEO4J_URI there is nothing behind the proxy, so only the outage half runs.
import pino from 'pino';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { Extractor } from '../../server/ingest/pipeline';
import { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import { openStore } from '../../server/store/openStore';
import { sampleBatches } from '../helpers/batches';
import { listen, type Listening } from '../helpers/listen';
import { openNeo4j, releaseNeo4j } from '../helpers/neo4j';
import { TcpProxy } from '../helpers/tcpProxy';

jest.setTimeout(60_000);

const live = process.env.NEO4J_URI ? new URL(process.env.NEO4J_URI) : null;
let proxy: TcpProxy;
let server: Listening;
let base = '';
let store: Neo4jStore;
/** Holds the shared test database (and empties it) while this file writes to it. */
let holder: Neo4jStore | undefined;

async function get(
  p: string,
): Promise<{ status: number; body: { error?: { code: string; message: string } } & Record<string, unknown> }> {
  const res = await fetch(`${base}${p}`);
  return { status: res.status, body: (await res.json()) as never };
}

beforeAll(async () => {
  if (live) holder = await openNeo4j();
  proxy = new TcpProxy(
    await TcpProxy.freePort(),
    live ? { host: live.hostname, port: Number(live.port || 7687) } : null,
  );
  const config = loadConfig({
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    KG_RATE_LIMIT: '0',
    KG_API_TOKEN: 'store-down-token-0123456789',
  });
  // The database is down when the server starts: it starts anyway.
  const notes: string[] = [];
  store = (await openStore(config, { serving: true, onUnavailable: (e) => notes.push(e.message) })) as Neo4jStore;
  expect(notes.join()).toMatch(/Neo4j is not reachable/);
  const app = createApp({ store, extractor: new Extractor(), config, logger: pino({ level: 'silent' }) });
  server = await listen(app);
  base = server.base;
});

afterAll(async () => {
  await server.close();
  await store.close();
  await proxy.down();
  if (holder) await releaseNeo4j(holder);
});

test('with the database down, reads, writes and health answer 503 with a clear message', async () => {
  for (const p of [
    '/api/search?q=taigang',
    '/api/stats',
    '/api/documents',
    '/api/entities/e123/neighborhood',
    '/api/overview',
  ]) {
    const res = await get(p);
    expect([p, res.status]).toEqual([p, 503]);
    expect(res.body.error?.code).toBe('store_unavailable');
    expect(res.body.error?.message).toMatch(/Neo4j is not reachable/);
  }
  const health = await get('/api/health');
  expect(health.status).toBe(503);
  expect(JSON.stringify(health.body)).toMatch(/not reachable/);
  const form = new FormData();
  form.append('files', new Blob(['2024年，青禾新材料有限公司在临川经济开发区建设碳纤维项目。']), 'a.txt');
  const up = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { Authorization: 'Bearer store-down-token-0123456789' },
    body: form,
  });
  expect(up.status).toBe(503);
  expect(((await up.json()) as { error: { message: string } }).error.message).toMatch(/Neo4j is not reachable/);
});

(live ? test : test.skip)('it recovers when the database returns, and a mid-run outage is a 503 again', async () => {
  await proxy.up();
  // The schema is applied by the first request that reaches the database.
  await store.upsertDocument(sampleBatches()[0]);
  const ok = await get('/api/search?q=taigang');
  expect(ok.status).toBe(200);
  const stats = await get('/api/stats');
  expect(stats.body.documents).toBeGreaterThanOrEqual(1);
  await proxy.down();
  expect((await get('/api/search?q=taigang')).status).toBe(503);
  await proxy.up();
  expect((await get('/api/stats')).status).toBe(200);
  await store.removeDocument(sampleBatches()[0].document.id);
});
