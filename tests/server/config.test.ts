import path from 'node:path';
import { loadConfig } from '../../server/config';

describe('loadConfig', () => {
  test('defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      dataDir: path.resolve('./data'),
      corpusDir: path.resolve('./corpus'),
      rateLimit: 120,
    });
    expect(c.neo4j).toBeUndefined();
    expect(c.apiToken).toBeUndefined();
  });

  test('Neo4j is used when NEO4J_URI is set', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' }).neo4j).toEqual({
      uri: 'bolt://localhost:7687',
      user: 'neo4j',
      password: 'secret',
    });
  });

  test.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NEO4J_URI: 'http://x' }, /NEO4J_URI/],
    [{ KG_API_TOKEN: 'short' }, /KG_API_TOKEN.*16/],
    [{ KG_RATE_LIMIT: '-1' }, /KG_RATE_LIMIT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('a bad value fails with a clear message: %o', (env, msg) => {
    expect(() => loadConfig(env)).toThrow(msg);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).name).toBe('ConfigError');
    }
  });
});
