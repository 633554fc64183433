// A generated graph written to an embedded-store folder once and reused by the store, API and side-by-side
// benchmarks (BENCH_GRAPH_DIR keeps it between runs; building 2M relations takes minutes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { generateGraph, type GraphSize } from './generateGraph';

export function benchSize(): GraphSize {
  return {
    entities: Number(process.env.BENCH_ENTITIES ?? 200_000),
    relations: Number(process.env.BENCH_RELATIONS ?? 2_000_000),
    documents: Number(process.env.BENCH_DOCS ?? 200),
  };
}

export interface GeneratedStore {
  dir: string;
  /** Build and snapshot times, when this call built it. */
  built?: { buildMs: number; snapshotMs: number };
  cleanup: () => void;
}

export async function generatedStore(size: GraphSize): Promise<GeneratedStore> {
  const keep = process.env.BENCH_GRAPH_DIR;
  const dir = keep
    ? path.join(keep, `${size.entities}-${size.relations}-${size.documents}`)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-graph-'));
  const cleanup = () => {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  };
  const done = path.join(dir, 'complete');
  if (fs.existsSync(done)) {
    // Kept from a run with no image, or an image of an older format: write its snapshot and image again.
    const kept = new EmbeddedStore({ dataDir: dir });
    await kept.init();
    if (!kept.startedFromImage) await kept.compact();
    await kept.close();
    return { dir, cleanup };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const store = new EmbeddedStore({ dataDir: dir, compactAtBytes: Number.MAX_SAFE_INTEGER });
  await store.init();
  let t0 = Date.now();
  for (const b of generateGraph(size)) await store.upsertDocument(b);
  const buildMs = Date.now() - t0;
  t0 = Date.now();
  await store.compact();
  const snapshotMs = Date.now() - t0;
  await store.close();
  fs.writeFileSync(done, '');
  return { dir, built: { buildMs, snapshotMs }, cleanup };
}
