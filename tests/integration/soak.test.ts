// A bounded soak: the production server (built, own process) under 64 concurrent clients on loopback for
// SOAK_SECONDS (60), mixing every read route: no error, and its memory stays flat once warm.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from '../../bench/httpLoad';
import { CORPUS_DIR } from '../helpers/corpus';
import { TcpProxy } from '../helpers/tcpProxy';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
jest.setTimeout((SECONDS + 120) * 1000);

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-soak-'));
let child: ChildProcess;
let base = '';

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

beforeAll(async () => {
  const port = await TcpProxy.freePort();
  child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'cli.js'), 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KG_DATA_DIR: dir, KG_CORPUS: CORPUS_DIR, KG_RATE_LIMIT: '0', LOG_LEVEL: 'error', NEO4J_URI: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start');
});

afterAll(() => {
  child?.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`${SECONDS} s at 64 clients: no error, memory flat`, async () => {
  const overview = (await (await fetch(`${base}/api/overview?limit=30`)).json()) as { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] };
  const ids = overview.nodes.map((n) => n.data.id);
  const docs = ((await (await fetch(`${base}/api/documents`)).json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
  expect(ids.length).toBe(30);
  const paths = [
    ...['太忻', 'taigang', 'TISCO', 'xinzhou', '项目', 'tg', '产业园'].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    ...ids.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
    ...ids.map((id) => `/api/entities/${id}`),
    ...ids.slice(0, 10).map((id, i) => `/api/paths?from=${id}&to=${ids[(i * 7 + 5) % ids.length]}&maxLength=4`),
    ...overview.edges.slice(0, 10).map((e) => `/api/relations/${e.data.id}`),
    ...docs.map((d) => `/api/documents/${d}`),
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
  expect(result.errors).toBe(0);
  expect(result.requests).toBeGreaterThan(SECONDS * 20);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const early = median(samples.slice(0, third));
  const late = median(samples.slice(-third));
  // Flat: the last third of the run holds no more than the first third plus a margin for heap growth steps.
  expect(late).toBeLessThan(early * 1.15 + 40);
  process.stdout.write(`soak: ${result.requests} requests, ${result.rps}/s, p95 ${result.p95} ms, p99 ${result.p99} ms, RSS ${Math.round(early)} → ${Math.round(late)} MB\n`);
});
