// npm run bench:store — the embedded store at scale: build time, memory, snapshot size, cold start (load of a
// stored graph), and in-process neighbourhood (depth 2) and path latencies, on a generated graph.
// Sizes: BENCH_ENTITIES (200000), BENCH_RELATIONS (2000000), BENCH_DOCS (200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { generateGraph } from './generateGraph';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
}

async function main(): Promise<void> {
  const size = { entities: Number(process.env.BENCH_ENTITIES ?? 200_000), relations: Number(process.env.BENCH_RELATIONS ?? 2_000_000), documents: Number(process.env.BENCH_DOCS ?? 200) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-store-'));
  try {
    const heap0 = heapMB();
    const store = new EmbeddedStore({ dataDir: dir, compactAtBytes: Number.MAX_SAFE_INTEGER });
    await store.init();
    let t0 = Date.now();
    for (const b of generateGraph(size)) await store.upsertDocument(b);
    const buildMs = Date.now() - t0;
    t0 = Date.now();
    await store.compact();
    const snapshotMs = Date.now() - t0;
    const stats = await store.stats();
    const heap = heapMB() - heap0;
    const ids = (await store.overview(50)).map((o) => o.id);
    const nb: number[] = [];
    const pa: number[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `g${(i * 7919) % size.entities}`;
      let t = process.hrtime.bigint();
      await store.neighborhood([id], { depth: 2, limit: 150 });
      nb.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      await store.paths(id, ids[i % ids.length], { maxLength: 4, limit: 5 });
      pa.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await store.close();
    const snapshotMB = Math.round(fs.statSync(path.join(dir, 'graph.snapshot.json')).size / 1048576);
    t0 = Date.now();
    const cold = new EmbeddedStore({ dataDir: dir });
    await cold.init();
    const coldMs = Date.now() - t0;
    const row = {
      entities: stats.entities,
      relations: stats.relations,
      build_s: Math.round(buildMs / 100) / 10,
      snapshot_write_s: Math.round(snapshotMs / 100) / 10,
      snapshot_MB: snapshotMB,
      cold_start_s: Math.round(coldMs / 100) / 10,
      heap_MB: heap,
      heap_MB_per_100k_entities: Math.round((heap / stats.entities) * 100_000),
      neighborhood_p50_ms: pct(nb, 50),
      neighborhood_p95_ms: pct(nb, 95),
      paths_p50_ms: pct(pa, 50),
      paths_p95_ms: pct(pa, 95),
    };
    console.table([row]);
    process.stdout.write(`${JSON.stringify({ benchmark: 'store', store: 'embedded', machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, row }, null, 2)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
