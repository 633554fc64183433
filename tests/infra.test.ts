// docker-compose.yml: Neo4j 5 community and the app, wired together; validated by docker compose when it exists.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.join(__dirname, '..');

describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        environment?: Record<string, string>;
        depends_on?: Record<string, { condition: string }>;
        healthcheck?: { test: string[] };
        volumes?: string[];
      }
    >;
    volumes: Record<string, unknown>;
  };

  test('Neo4j 5 community with auth from the environment, data in a volume, a health check', () => {
    const neo = compose.services.neo4j;
    expect(neo.image).toMatch(/^neo4j:5(\.[\d.]+)?-community$/);
    expect(neo.environment?.NEO4J_AUTH).toMatch(/\$\{NEO4J_USER.*\}\/\$\{NEO4J_PASSWORD.*\}/);
    expect(neo.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
  });

  test('the app is built from the Dockerfile and waits for a healthy Neo4j', () => {
    const app = compose.services.app;
    expect(app.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(app.depends_on?.neo4j.condition).toBe('service_healthy');
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  const client = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  const hasCompose = client.status === 0;
  (hasCompose ? test : test.skip)('docker compose config accepts the file (needs the compose plugin)', () => {
    expect(() => execFileSync('docker', ['compose', 'config', '-q'], { cwd: root, encoding: 'utf8' })).not.toThrow();
  });
});
