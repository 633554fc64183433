// npm run bench:store — the embedded store at scale: build time, snapshot size, cold start (load of a stored
// graph), memory (heap plus array buffers), and in-process neighbourhood (depth 2) and path latencies, on a generated graph.
// Sizes: BENCH_ENTITIES (200000), BENCH_RELATIONS (2000000), BENCH_DOCS (200).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { generateGraph } from './generateGraph';
import { benchSize, generatedStore } from './generatedStore';

const gc = (globalThis as { gc?: () => void }).gc;
/** JS heap plus array buffers (the image's typed arrays and string bytes live outside the heap). */
const memoryMB = () => {
  gc?.();
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.arrayBuffers) / 1048576);
};

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
}

async function main(): Promise<void> {
  const size = benchSize();
  const g = await generatedStore(size);
  try {
    // A copy, so the write measured below leaves the kept graph as it was.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-store-'));
    fs.cpSync(g.dir, work, { recursive: true });
    // Let buffers freed while the kept graph was checked be released before the baseline (their backing stores
    // go after a collection, not during it).
    memoryMB();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const memory0 = memoryMB();
    const t0 = Date.now();
    const store = new EmbeddedStore({ dataDir: work });
    await store.init();
    const coldMs = Date.now() - t0;
    const memory = memoryMB() - memory0;
    const fromImage = store.startedFromImage;
    const stats = await store.stats();
    let t = Date.now();
    const ids = (await store.overview(50)).map((o) => o.id);
    const firstQueryMs = Date.now() - t;
    const nb: number[] = [];
    const pa: number[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `g${(i * 7919) % size.entities}`;
      let h = process.hrtime.bigint();
      await store.neighborhood([id], { depth: 2, limit: 150 });
      nb.push(Number(process.hrtime.bigint() - h) / 1e6);
      h = process.hrtime.bigint();
      await store.paths(id, ids[i % ids.length], { maxLength: 4, limit: 5 });
      pa.push(Number(process.hrtime.bigint() - h) / 1e6);
    }
    // The first write after an image start reads every batch from the snapshot.
    const memoryReads = memoryMB() - memory0;
    t = Date.now();
    const [extra] = generateGraph({ entities: size.entities, relations: 1000, documents: 1 }, 99);
    await store.upsertDocument({
      ...extra,
      document: { ...extra.document, id: 'bench-extra' },
      relations: extra.relations.map((r) => ({
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, document: 'bench-extra' })),
      })),
    });
    const firstWriteMs = Date.now() - t;
    const memoryAfterWrite = memoryMB() - memory0;
    await store.close();
    fs.rmSync(work, { recursive: true, force: true });
    const row = {
      entities: stats.entities,
      relations: stats.relations,
      ...(g.built
        ? {
            build_s: Math.round(g.built.buildMs / 100) / 10,
            snapshot_write_s: Math.round(g.built.snapshotMs / 100) / 10,
          }
        : {}),
      snapshot_MB: Math.round(fs.statSync(path.join(g.dir, 'graph.snapshot.json')).size / 1048576),
      cold_start_s: Math.round(coldMs / 10) / 100,
      started_from_image: fromImage,
      first_ranking_s: Math.round(firstQueryMs / 100) / 10,
      memory_MB: memory,
      memory_after_reads_MB: memoryReads,
      first_write_s: Math.round(firstWriteMs / 100) / 10,
      memory_after_first_write_MB: memoryAfterWrite,
      memory_MB_per_100k_entities: Math.round((memory / stats.entities) * 100_000),
      neighborhood_p50_ms: pct(nb, 50),
      neighborhood_p95_ms: pct(nb, 95),
      paths_p50_ms: pct(pa, 50),
      paths_p95_ms: pct(pa, 95),
    };
    console.table([row]);
    process.stdout.write(
      `${JSON.stringify({ benchmark: 'store', store: 'embedded', machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, row }, null, 2)}\n`,
    );
  } finally {
    g.cleanup();
  }
}

if (require.main === module) void main();
