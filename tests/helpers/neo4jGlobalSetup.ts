// Jest global setup: a live Neo4j for the Neo4j half of the suites. With NEO4J_URI set, that server is used as it is.
// Otherwise the local one (the neo4j/ Maven module) is started on a free port in a fresh folder, its address is
// exported to the test workers, and the teardown stops it. Without Java or Maven the Neo4j tests are skipped and
// this says why; with KG_REQUIRE_NEO4J=1 (CI) a Neo4j that cannot start fails the run instead.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, missingPrerequisite, ROOT, start } from '../../scripts/neo4j/local';

export const STARTED_HOME_VAR = 'KG_TEST_NEO4J_HOME';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.stdout.write(`\nNeo4j tests use ${process.env.NEO4J_URI}\n`);
    return;
  }
  const required = process.env.KG_REQUIRE_NEO4J === '1';
  const why = missingPrerequisite();
  if (why) {
    if (required) throw new Error(`KG_REQUIRE_NEO4J=1 but Neo4j cannot run here: ${why}`);
    process.stdout.write(`\nNeo4j tests skipped: ${why}\n`);
    return;
  }
  // Its own folder and port: a developer's `npm run neo4j -- start` (data/neo4j, 7687) is never touched.
  const home = path.join(ROOT, '.tmp', 'neo4j-test');
  fs.rmSync(home, { recursive: true, force: true });
  const options = {
    home,
    port: await freePort(),
    user: 'neo4j',
    password: 'policy-graph-test',
    heapMb: 1024,
    pageCacheMb: 128,
  };
  const t0 = Date.now();
  try {
    await start(options, { log: (l) => process.stdout.write(`\n${l}\n`) });
  } catch (e) {
    if (required) throw e;
    process.stdout.write(`\nNeo4j tests skipped: Neo4j did not start: ${(e as Error).message}\n`);
    return;
  }
  process.stdout.write(
    `\nNeo4j started for the tests on port ${options.port} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  process.env.NEO4J_URI = `bolt://127.0.0.1:${options.port}`;
  process.env.NEO4J_USER = options.user;
  process.env.NEO4J_PASSWORD = options.password;
  process.env[STARTED_HOME_VAR] = home;
}
