// Jest global teardown: stops the Neo4j the setup started (and only that one).
import { stop } from '../../scripts/neo4j/local';
import { STARTED_HOME_VAR } from './neo4jGlobalSetup';

export default async function globalTeardown(): Promise<void> {
  const home = process.env[STARTED_HOME_VAR];
  if (home) await stop({ home });
}
