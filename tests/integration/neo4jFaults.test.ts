// Neo4j lost in the middle of an ingest: one transaction per document, so each document is either wholly stored
// or absent, never half; the writes that failed say so (503 material), and once the database is back the same
// ingest completes and the graph equals the embedded store's. The outage is the connection cut at a proxy, as a
// database that died mid-transaction looks to the app (the server rolls back what was not committed).
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import { StoreUnavailableError } from '../../server/errors';
import type { GraphBatch } from '../../server/model';
import { Neo4jStore } from '../../server/store/neo4j/Neo4jStore';
import { bigBatch } from '../helpers/bigBatch';
import { describeNeo4j, NEO4J, openNeo4j, releaseNeo4j } from '../helpers/neo4j';
import { TcpProxy } from '../helpers/tcpProxy';

jest.setTimeout(180_000);

/** What a document left in the store: 'whole', 'absent', or 'partial' (which must never happen). */
async function state(store: Neo4jStore, b: GraphBatch): Promise<'whole' | 'absent' | 'partial'> {
  const doc = await store.getDocument(b.document.id);
  const entities = await Promise.all(b.entities.map((e) => store.getEntity(e.id)));
  const relations = await Promise.all(b.relations.map((r) => store.getRelation(r.id)));
  const present = [doc, ...entities, ...relations].filter((x) => x !== null).length;
  if (present === 0) return 'absent';
  const evidenceOk = relations.every(
    (r) => r !== null && r.evidence.length === 1 && r.evidence[0].document === b.document.id,
  );
  return present === 1 + entities.length + relations.length && evidenceOk ? 'whole' : 'partial';
}

describeNeo4j('Neo4j faults during an ingest', () => {
  let direct: Neo4jStore;
  let proxy: TcpProxy;
  let viaProxy: Neo4jStore;

  beforeAll(async () => {
    direct = await openNeo4j();
    const target = new URL(NEO4J!.uri);
    proxy = new TcpProxy(await TcpProxy.freePort(), { host: target.hostname, port: Number(target.port || 7687) });
    await proxy.up();
    viaProxy = new Neo4jStore({ ...NEO4J!, uri: `bolt://127.0.0.1:${proxy.port}` });
    await viaProxy.init();
  });

  afterAll(async () => {
    await viaProxy?.close();
    await proxy?.down();
    await releaseNeo4j(direct);
  });

  test('cut mid-ingest: every document whole or absent; after recovery the same ingest completes', async () => {
    const batches = Array.from({ length: 10 }, (_, i) => bigBatch(`doc-f${i}`, 1));
    const failures: unknown[] = [];
    // The connection goes a moment into the fourth document's transaction.
    for (const [i, b] of batches.entries()) {
      if (i === 3) setTimeout(() => void proxy.down(), 40);
      try {
        await viaProxy.upsertDocument(b);
      } catch (e) {
        failures.push(e);
      }
    }
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((e) => e instanceof StoreUnavailableError)).toBe(true);
    const states = await Promise.all(batches.map((b) => state(direct, b)));
    expect(states).not.toContain('partial');
    expect(states.slice(0, 3)).toEqual(['whole', 'whole', 'whole']);
    expect(states).toContain('absent');

    // Back up: the same ingest again stores what was missing and leaves the rest unchanged.
    await proxy.up();
    for (const b of batches) await viaProxy.upsertDocument(b);
    expect(await Promise.all(batches.map((b) => state(direct, b)))).toEqual(batches.map(() => 'whole'));
    const reference = new EmbeddedStore();
    await reference.init();
    for (const b of batches) await reference.upsertDocument(b);
    expect(await direct.exportGraph()).toEqual(await reference.exportGraph());
    await reference.close();
  });
});
