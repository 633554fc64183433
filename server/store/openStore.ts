// The store the configuration asks for: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import type { Config } from '../config';
import { EmbeddedStore } from './embedded/EmbeddedStore';
import type { GraphStore } from './GraphStore';
import { Neo4jStore } from './neo4j/Neo4jStore';

export async function openStore(config: Config): Promise<GraphStore> {
  const store: GraphStore = config.neo4j ? new Neo4jStore(config.neo4j) : new EmbeddedStore({ dataDir: config.dataDir });
  await store.init();
  return store;
}
