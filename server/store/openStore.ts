// The store the configuration asks for: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import type { Config } from '../config';
import { StoreUnavailableError } from '../errors';
import { EmbeddedStore } from './embedded/EmbeddedStore';
import type { GraphStore } from './GraphStore';
import { Neo4jStore } from './neo4j/Neo4jStore';

/**
 * `serving`: the server starts even when Neo4j is not up yet, answers 503 until it is, and applies the schema on
 * the first request that reaches it; commands (ingest, export) fail at once instead.
 */
export async function openStore(
  config: Config,
  opts: { serving?: boolean; onUnavailable?: (e: StoreUnavailableError) => void } = {},
): Promise<GraphStore> {
  const store: GraphStore = config.neo4j
    ? new Neo4jStore(config.neo4j)
    : new EmbeddedStore({ dataDir: config.dataDir });
  try {
    await store.init();
  } catch (e) {
    if (!(opts.serving && e instanceof StoreUnavailableError)) throw e;
    opts.onUnavailable?.(e);
  }
  return store;
}
