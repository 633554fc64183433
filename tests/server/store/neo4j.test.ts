// The Neo4j store: every Cypher file is linted by Neo4j's own parser and snapshotted with its parameters;
// the contract suite runs against the live Neo4j that the test setup starts (or NEO4J_URI).
import fs from 'node:fs';
import { toCypherStatements } from '../../../server/export/formats';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../server/ontology';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import { compilePattern } from '../../../server/query/cypher';
import { patternQuery } from '../../../server/query/request';
import {
  CYPHER_DIR,
  QUERY_PARAMS,
  QueryRegistry,
  TEMPLATED,
  type QueryName,
} from '../../../server/store/neo4j/queries';
import { sampleBatches } from '../../helpers/batches';
import { describeNeo4j, NEO4J, openNeo4j, releaseNeo4j } from '../../helpers/neo4j';
import { describeGraphStore } from './contract';
import { describeStoreLifecycle } from './lifecycleContract';

// The package declares ESM-only types but ships a CommonJS build, which is what Jest loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery: (
    q: string,
    schema: Record<string, unknown>,
  ) => { diagnostics: { severity?: number; message: string }[] };
};

const schema = {
  labels: ['Entity', 'Document', 'GraphMeta', 'Curation', ...ENTITY_TYPES],
  relationshipTypes: ['CONTRIBUTES', ...RELATION_TYPES],
};

function lint(query: string, parameters: Record<string, unknown>): string[] {
  return lintCypherQuery(query, { ...schema, parameters }).diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
  );
}

describe('Cypher files', () => {
  const registry = new QueryRegistry();

  test('every .cypher file in cypher/ is a registered query or the schema', () => {
    const files = fs
      .readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.replace(/\.cypher$/, ''))
      .sort();
    expect(files).toEqual([...Object.keys(QUERY_PARAMS), 'schema'].sort());
  });

  test.each(Object.keys(QUERY_PARAMS) as QueryName[])(
    '%s: no syntax error, no undefined variable or parameter',
    (name) => {
      const params = QUERY_PARAMS[name] as Record<string, unknown>;
      const placeholder = TEMPLATED[name];
      const types =
        placeholder === '__LABEL__' ? ENTITY_TYPES : placeholder === '__REL_TYPE__' ? RELATION_TYPES : [undefined];
      for (const t of types) {
        const text = registry.text(name, t);
        expect(text).not.toMatch(/__LABEL__|__REL_TYPE__/);
        expect(lint(text, params)).toEqual([]);
      }
      // The query and its parameters are a reviewed diff.
      expect({ query: registry.text(name, types[0]), params }).toMatchSnapshot();
    },
  );

  test('templated queries refuse anything but the ontology names', () => {
    expect(() => registry.text('relation_get', 'Place' as never)).toThrow();
    expect(() => registry.text('entity_set_merged', 'LOCATED_IN' as never)).toThrow();
    expect(() => registry.text('relation_get', 'LOCATED_IN]->() DETACH DELETE (n) //' as never)).toThrow();
  });

  test.each(registry.schema.map((s, i) => [i, s]))('schema statement %i lints', (_i, statement) => {
    expect(lint(statement as string, {})).toEqual([]);
    expect(statement).toMatch(/IF NOT EXISTS/);
  });

  test.each([
    ['(c:Company)-[:DEVELOPS]->(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})', { zone: 'x' }, true],
    ['(x:Policy {id: $id})<-[:SUPPORTS|IMPLEMENTS*1..2]-(o)--(y)', { id: 'x' }, false],
    ['(a:Company {name: $n})-[*1..4]-(b)', { n: 'x' }, false],
  ])('generated pattern query %s lints', (pattern, params, descendants) => {
    const c = compilePattern(patternQuery({ pattern, params, descendants }));
    expect(lint(c.text, c.params)).toEqual([]);
  });

  test('the exported Cypher script lints and escapes hostile strings', async () => {
    const store = new EmbeddedStore();
    await store.init();
    const [a] = sampleBatches();
    a.entities[0] = { ...a.entities[0], name_en: "O'Brien\\' }) DETACH DELETE n //\n" };
    await store.upsertDocument(a);
    const statements = toCypherStatements(await store.exportGraph());
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) expect(lint(s, {})).toEqual([]);
  });
});

// Live: the Neo4j the test setup started (or NEO4J_URI), emptied before each test.
// The contract closes each store itself; the cleanup only lets the next suite have the database.
if (NEO4J) {
  describeGraphStore(
    'neo4j',
    () => openNeo4j(),
    () => releaseNeo4j(),
  );
  describeStoreLifecycle(
    'neo4j',
    () => openNeo4j(),
    () => releaseNeo4j(),
  );
} else
  describeNeo4j('GraphStore contract: neo4j', () =>
    test('needs a live Neo4j (see the test setup message)', () => undefined),
  );
