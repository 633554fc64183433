// The part of the GraphStore contract the server and the command line use around reads and writes: compacting
// after a bulk change. The embedded store always runs it, Neo4j when it is available.
import type { GraphStore } from '../../../server/store/GraphStore';
import { sampleBatches } from '../../helpers/batches';

export function describeStoreLifecycle(
  name: string,
  makeStore: () => Promise<GraphStore>,
  cleanup: (s: GraphStore) => Promise<void> = async () => undefined,
): void {
  describe(`GraphStore contract, compaction: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await cleanup(store);
      await store.close();
    });

    test('compact() changes nothing that is read or stored, and writes go on after it', async () => {
      await store.compact();
      expect((await store.stats()).documents).toBe(0);
      for (const b of sampleBatches()) await store.upsertDocument(b);
      const before = { graph: await store.exportGraph(), version: await store.version(), stats: await store.stats() };
      await store.compact();
      expect(await store.exportGraph()).toEqual(before.graph);
      expect(await store.version()).toBe(before.version);
      expect(await store.stats()).toEqual(before.stats);
      expect((await store.search('青禾', { limit: 5 })).map((h) => h.id)).toContain('e-qhdz');
      expect(await store.removeDocument('doc-b')).toBe(true);
      expect((await store.stats()).documents).toBe(1);
      expect(await store.version()).not.toBe(before.version);
    });
  });
}
