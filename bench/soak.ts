// npm run bench:soak — a bounded soak: the production server (built, own process) under 64 concurrent clients on
// loopback for SOAK_SECONDS (60), mixing every read route. Prints requests, errors, latency and memory at the start
// and the end (a benchmark, not a test: figures depend on the machine). Exits non-zero when a request failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { load } from './httpLoad';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const root = path.join(__dirname, '..');
const corpus = process.env.KG_CORPUS ?? path.join(root, '..', 'shared', 'corpus');

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-soak-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'cli.js'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KG_DATA_DIR: dir,
      KG_CORPUS: corpus,
      KG_RATE_LIMIT: '0',
      LOG_LEVEL: 'error',
      NEO4J_URI: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const until = Date.now() + 90_000;
    while (
      !(await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > until) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    const overview = (await (await fetch(`${base}/api/overview?limit=30`)).json()) as {
      nodes: { data: { id: string } }[];
      edges: { data: { id: string } }[];
    };
    const ids = overview.nodes.map((n) => n.data.id);
    const docs = ((await (await fetch(`${base}/api/documents`)).json()) as { documents: { id: string }[] }).documents;
    const paths = [
      ...['太忻', 'taigang', 'TISCO', 'xinzhou', '项目', 'tg', '产业园'].map(
        (q) => `/api/search?q=${encodeURIComponent(q)}`,
      ),
      ...ids.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
      ...ids.map((id) => `/api/entities/${id}`),
      ...ids.slice(0, 10).map((id, i) => `/api/paths?from=${id}&to=${ids[(i * 7 + 5) % ids.length]}&maxLength=4`),
      ...overview.edges.slice(0, 10).map((e) => `/api/relations/${e.data.id}`),
      ...docs.map((d) => `/api/documents/${d.id}`),
      '/api/stats',
      '/api/overview?limit=40',
      `/api/gloss?text=${encodeURIComponent('推进经济建设，太原钢铁集团建设新项目')}`,
    ];
    // Warm up (JIT, caches, the gloss dictionary, heap growth), then measure.
    await load(base, paths, 64, 5);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(rssMB(child.pid!)), 1000);
    const result = await load(base, paths, 64, SECONDS);
    clearInterval(timer);
    const third = Math.max(1, Math.floor(samples.length / 3));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const early = median(samples.slice(0, third));
    const late = median(samples.slice(-third));
    const row = {
      seconds: SECONDS,
      clients: 64,
      requests: result.requests,
      errors: result.errors,
      rps: result.rps,
      p95_ms: result.p95,
      p99_ms: result.p99,
      rss_first_third_MB: Math.round(early),
      rss_last_third_MB: Math.round(late),
      memory_growth_MB: Math.round(late - early),
    };
    console.table([row]);
    process.stdout.write(`${JSON.stringify({ benchmark: 'soak', cpus: os.cpus().length, row })}\n`);
    if (result.errors > 0) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
