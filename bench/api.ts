// npm run bench:api — p50/p95/p99 latency of search, neighbourhood (depth 2) and paths, embedded store, at 1, 16
// and 64 concurrent clients on loopback (rate limit off), on the corpus graph and on the generated 200k-entity graph
// (BENCH_API_GRAPHS=corpus,generated). The server runs in its own process, as in production.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchSize, generatedStore } from './generatedStore';
import { load, type LoadResult } from './httpLoad';

const root = path.join(__dirname, '..');

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url}`);
}

export async function startServer(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ base: string; startMs: number; stop: () => void }> {
  const port = 3900 + Math.floor(Math.random() * 500);
  const t0 = Date.now();
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join(root, 'server', 'cli.ts'), 'serve'],
    {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KG_RATE_LIMIT: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, 600_000);
  return { base, startMs: Date.now() - t0, stop: () => child.kill('SIGTERM') };
}

type Row = LoadResult & { graph: string; scenario: string; clients: number };

async function measure(
  graph: string,
  base: string,
  scenarios: Record<string, string[]>,
  seconds: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [scenario, paths] of Object.entries(scenarios)) {
    await load(base, paths, 4, 1); // warm-up
    for (const clients of [1, 16, 64])
      rows.push({ graph, scenario, clients, ...(await load(base, paths, clients, seconds)) });
  }
  return rows;
}

async function corpusGraph(seconds: number): Promise<Row[]> {
  const corpus = process.env.KG_CORPUS ?? path.join(root, '..', 'shared', 'corpus');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
  const server = await startServer({ KG_DATA_DIR: dataDir, KG_CORPUS: corpus });
  try {
    const overview = (await (await fetch(`${server.base}/api/overview?limit=40`)).json()) as {
      nodes: { data: { id: string } }[];
    };
    const ids = overview.nodes.map((n) => n.data.id);
    const queries = ['太忻', 'taigang', 'TISCO', '太原', 'xinzhou', '项目', 'tg', '太鋼', '产业园', 'Fen River'];
    return await measure(
      'corpus',
      server.base,
      {
        search: queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
        'neighborhood depth 2': ids.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
        paths: ids
          .slice(0, 20)
          .map((id, i) => `/api/paths?from=${id}&to=${ids[(i * 7 + 5) % ids.length]}&maxLength=4&limit=5`),
      },
      seconds,
    );
  } finally {
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function generated(seconds: number): Promise<{ rows: Row[]; startMs: number }> {
  const size = benchSize();
  const g = await generatedStore(size);
  const server = await startServer({ KG_DATA_DIR: g.dir, KG_CORPUS: path.join(g.dir, 'no-corpus') }, [
    '--max-old-space-size=8000',
  ]);
  try {
    const overview = (await (await fetch(`${server.base}/api/overview?limit=40`)).json()) as {
      nodes: { data: { id: string } }[];
    };
    const hubs = overview.nodes.map((n) => n.data.id);
    const some = Array.from({ length: 40 }, (_, i) => `g${(i * 7919) % size.entities}`);
    const label = `generated ${Math.round(size.entities / 1000)}k entities / ${Math.round(size.relations / 1e6)}M relations`;
    const rows = await measure(
      label,
      server.base,
      {
        search: ['实体12', 'Entity 4711', 'shiti', 'entity', '实体199', 'Entity 1'].map(
          (q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`,
        ),
        'neighborhood depth 2': some.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
        paths: some
          .slice(0, 20)
          .map((id, i) => `/api/paths?from=${id}&to=${hubs[i % hubs.length]}&maxLength=4&limit=5`),
      },
      seconds,
    );
    return { rows, startMs: server.startMs };
  } finally {
    server.stop();
    g.cleanup();
  }
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const graphs = (process.env.BENCH_API_GRAPHS ?? 'corpus,generated').split(',');
  const rows: Row[] = [];
  let serverStartMs: number | undefined;
  if (graphs.includes('corpus')) rows.push(...(await corpusGraph(seconds)));
  if (graphs.includes('generated')) {
    const g = await generated(seconds);
    rows.push(...g.rows);
    serverStartMs = g.startMs;
  }
  console.table(rows);
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'api', store: 'embedded', machine, ...(serverStartMs ? { generatedServerStartMs: serverStartMs } : {}), rows }, null, 2)}\n`,
  );
}

if (require.main === module) void main();
