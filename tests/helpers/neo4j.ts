// The live Neo4j the tests share (see neo4jGlobalSetup.ts), one suite at a time: Community has one user database,
// so a suite takes a lock, starts from an empty graph and releases the lock when it is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../server/store/embedded/EmbeddedStore';
import type { GraphStore } from '../../server/store/GraphStore';
import { Neo4jStore, type Neo4jOptions } from '../../server/store/neo4j/Neo4jStore';

export const NEO4J: Neo4jOptions | null = process.env.NEO4J_URI
  ? { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }
  : null;

/** `describe` when a live Neo4j is there, `describe.skip` otherwise (the setup said why). */
export const describeNeo4j: jest.Describe = NEO4J ? describe : describe.skip;

const LOCK = path.join(os.tmpdir(), `policy-graph-neo4j-${(NEO4J?.uri ?? '').replace(/\W+/g, '_')}.lock`);

/** Waits for the database to be free (another test file may hold it); a lock left by a dead process is taken over. */
async function lock(timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      const holder = Number(fs.readFileSync(path.join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (holder > 0 && !isAlive(holder)) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`the test Neo4j stayed locked by pid ${holder}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let held = 0;

/** An empty Neo4j store for this test file; call releaseNeo4j() in afterAll. Reentrant within one file. */
export async function openNeo4j(extra: Pick<Neo4jOptions, 'observe'> = {}): Promise<Neo4jStore> {
  if (!NEO4J) throw new Error('no live Neo4j (NEO4J_URI unset)');
  if (held++ === 0) await lock();
  const store = new Neo4jStore({ ...NEO4J, ...extra });
  await store.init();
  await store.clear();
  return store;
}

export async function releaseNeo4j(store?: Neo4jStore): Promise<void> {
  await store?.close();
  if (--held === 0) fs.rmSync(LOCK, { recursive: true, force: true });
}

/** How a suite opens and closes the store it runs on (`observe` sees every Cypher statement Neo4j is sent). */
export type StoreSuite = (
  kind: GraphStore['kind'],
  open: (dir: string, observe?: (q: string) => void) => Promise<GraphStore>,
  close: (s: GraphStore) => Promise<void>,
) => void;

/** One suite on both stores: the embedded one always, Neo4j when a live one is there (else a skipped placeholder). */
export function onBothStores(title: string, suite: StoreSuite): void {
  suite(
    'embedded',
    async (dir) => {
      const s = new EmbeddedStore({ dataDir: dir });
      await s.init();
      return s;
    },
    (s) => s.close(),
  );
  if (NEO4J) {
    suite(
      'neo4j',
      (_dir, observe) => openNeo4j({ observe }),
      (s) => releaseNeo4j(s as Neo4jStore),
    );
  } else {
    describeNeo4j(`${title} on the neo4j store`, () =>
      test('needs a live Neo4j (see the test setup message)', () => undefined),
    );
  }
}
