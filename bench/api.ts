// npm run bench:api — p50/p95/p99 latency of search, neighbourhood (depth 2) and paths on the corpus graph,
// embedded store, at 1, 16 and 64 concurrent clients on loopback (rate limit off). The server runs in its own process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

export async function startServer(env: Record<string, string>): Promise<{ base: string; stop: () => void }> {
  const port = 3900 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'cli.ts'), 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KG_RATE_LIMIT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, 120_000);
  return { base, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const corpus = process.env.KG_CORPUS ?? path.join(root, '..', 'shared', 'corpus');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const server = await startServer({ KG_DATA_DIR: dataDir, KG_CORPUS: corpus });
  try {
    const overview = (await (await fetch(`${server.base}/api/overview?limit=40`)).json()) as { nodes: { data: { id: string } }[] };
    const ids = overview.nodes.map((n) => n.data.id);
    const queries = ['太忻', 'taigang', 'TISCO', '太原', 'xinzhou', '项目', 'tg', '太鋼', '产业园', 'Fen River'];
    const scenarios: Record<string, string[]> = {
      search: queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
      'neighborhood depth 2': ids.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
      paths: ids.slice(0, 20).map((id, i) => `/api/paths?from=${id}&to=${ids[(i * 7 + 5) % ids.length]}&maxLength=4&limit=5`),
    };
    const rows: (LoadResult & { scenario: string; clients: number })[] = [];
    for (const [scenario, paths] of Object.entries(scenarios)) {
      await load(server.base, paths, 4, 1); // warm-up
      for (const clients of [1, 16, 64]) rows.push({ scenario, clients, ...(await load(server.base, paths, clients, seconds)) });
    }
    console.table(rows);
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
    process.stdout.write(`${JSON.stringify({ benchmark: 'api', store: 'embedded', graph: 'source corpus', machine, rows }, null, 2)}\n`);
  } finally {
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
