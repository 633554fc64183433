// npm run bench:kuzu — the embedded store beside Kùzu (an embedded Cypher database, `kuzu` npm package installed
// apart in bench/kuzu) on the same generated graph: load time, memory, and the two explorer queries, in-process,
// sequentially and with 16 concurrent callers. Kùzu answers the raw pattern (2-hop rows, one shortest path); the
// embedded store does its whole job (ranked, limited neighbourhood with induced edges; up to 5 ranked paths), so
// the ratio is conservative for the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RELATION_TYPES } from '../server/ontology';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { generateGraph } from './generateGraph';
import { benchSize, generatedStore } from './generatedStore';

interface KuzuResult {
  getAll(): Promise<Record<string, unknown>[]>;
}
interface KuzuModule {
  Database: new (dbPath: string, bufferManagerSize?: number) => { close(): Promise<void> };
  Connection: new (
    db: unknown,
    threads?: number,
  ) => {
    query(q: string): Promise<KuzuResult>;
    prepare(q: string): Promise<unknown>;
    execute(p: unknown, params: Record<string, unknown>): Promise<KuzuResult>;
    close(): Promise<void>;
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const started = Date.now();
const progress = (what: string) => process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${what}\n`);
const mb = (n: number) => Math.round(n / 1048576);
/** JS heap plus array buffers (the store's image arrays live outside the heap). */
const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
/** A collection, then time for freed buffers' backing stores to go, so a baseline does not count them. */
async function settle(): Promise<void> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  gc?.();
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
}

/** p50/p95 of `fn` over `args`, called by `clients` concurrent loops. */
async function time<T>(
  args: T[],
  clients: number,
  fn: (a: T) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const lat: number[] = [];
  let next = 0;
  const loop = async () => {
    while (next < args.length) {
      const a = args[next++];
      const t = process.hrtime.bigint();
      await fn(a);
      lat.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { p50: pct(lat, 50), p95: pct(lat, 95) };
}

async function main(): Promise<void> {
  const size = benchSize();
  const kuzuDir = path.join(__dirname, 'kuzu', 'node_modules', 'kuzu');
  if (!fs.existsSync(kuzuDir)) throw new Error('kuzu is not installed: npm run bench:kuzu installs it into bench/kuzu');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const kuzu = require(kuzuDir) as KuzuModule;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kuzu-'));
  try {
    // The same merged graph as CSV: one row per entity, one per relation with its evidence count as weight.
    const types = new Map<string, string>();
    const rels = new Map<string, { s: string; t: string; type: string; w: number }>();
    for (const b of generateGraph(size)) {
      for (const e of b.entities) types.set(e.id, e.type);
      for (const r of b.relations) {
        const prev = rels.get(r.id);
        if (prev) prev.w += r.evidence.length;
        else rels.set(r.id, { s: r.source, t: r.target, type: r.type, w: r.evidence.length });
      }
    }
    const nodesCsv = path.join(work, 'entities.csv');
    const relsCsv = path.join(work, 'relations.csv');
    fs.writeFileSync(nodesCsv, [...types].map(([id, t]) => `${id},${t}`).join('\n'));
    const out = fs.openSync(relsCsv, 'w');
    let chunk: string[] = [];
    for (const [id, r] of rels) {
      chunk.push(`${r.s},${r.t},${id},${r.type},${r.w}`);
      if (chunk.length === 100_000) {
        fs.writeSync(out, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    fs.writeSync(out, chunk.join('\n'));
    fs.closeSync(out);
    rels.clear();

    progress(`CSV written: ${types.size} entities`);
    await settle();
    const rss0 = process.memoryUsage().rss;
    let t0 = Date.now();
    const db = new kuzu.Database(path.join(work, 'db'));
    const conn = new kuzu.Connection(db);
    await conn.query('CREATE NODE TABLE Entity(id STRING, type STRING, PRIMARY KEY (id))');
    await conn.query('CREATE REL TABLE R(FROM Entity TO Entity, id STRING, rtype STRING, weight INT64)');
    await conn.query(`COPY Entity FROM '${nodesCsv}' (HEADER=false)`);
    await conn.query(`COPY R FROM '${relsCsv}' (HEADER=false)`);
    const kuzuLoadMs = Date.now() - t0;
    progress(`kuzu loaded in ${kuzuLoadMs} ms`);
    const kuzuRss = process.memoryUsage().rss - rss0;
    // Of the formulations tried (OPTIONAL MATCH, two-hop pattern, variable length) this one returns the rows the
    // embedded store ranks, and is the fastest but one; OPTIONAL MATCH was 5× slower.
    const nb = await conn.prepare(
      'MATCH (a:Entity {id: $id})-[r1:R]-(b:Entity)-[r2:R]-(c:Entity) RETURN b.id, r1.rtype, r1.weight, c.id, r2.rtype, r2.weight',
    );
    const sp = await conn.prepare(
      'MATCH p = (a:Entity {id: $a})-[:R* SHORTEST 1..4]-(b:Entity {id: $b}) RETURN length(p) AS hops',
    );

    const g = await generatedStore(size);
    await settle();
    const heap0 = memory();
    t0 = Date.now();
    const store = new EmbeddedStore({ dataDir: g.dir });
    await store.init();
    const storeLoadMs = Date.now() - t0;
    progress(`embedded store loaded in ${storeLoadMs} ms`);
    gc?.();
    const storeHeap = memory() - heap0;
    const hubs = (await store.overview(40)).map((o) => o.id);
    const ids = Array.from(
      { length: Number(process.env.BENCH_QUERIES ?? 200) },
      (_, i) => `g${(i * 7919) % size.entities}`,
    );
    const pairs = ids.map((id, i) => [id, hubs[i % hubs.length]] as const);
    // Same answers where they overlap: the shortest path length.
    for (const [a, b] of pairs.slice(0, 20)) {
      const k = await (await conn.execute(sp, { a, b })).getAll();
      const mine = await store.paths(a, b, { maxLength: 4, limit: 5 });
      const kh = k.length > 0 ? Number(k[0].hops) : null;
      const eh = mine.length > 0 ? mine[0].length : null;
      if (kh !== eh && !(eh !== null && kh !== null && eh <= kh + 1))
        throw new Error(`shortest path ${a}→${b}: kuzu ${kh}, embedded ${eh}`);
    }
    progress('shortest-path lengths agree');
    const rows: Record<string, string | number>[] = [];
    for (const clients of [1, 16]) {
      progress(`timing at ${clients} client(s)`);
      const kN = await time(ids, clients, async (id) => (await conn.execute(nb, { id })).getAll());
      const eN = await time(ids, clients, (id) => store.neighborhood([id], { depth: 2, limit: 150 }));
      rows.push({
        query: 'neighbourhood depth 2',
        clients,
        kuzu_p50_ms: kN.p50,
        kuzu_p95_ms: kN.p95,
        embedded_p50_ms: eN.p50,
        embedded_p95_ms: eN.p95,
        kuzu_over_embedded_p95: Math.round((kN.p95 / eN.p95) * 10) / 10,
      });
      const kP = await time(pairs, clients, async ([a, b]) => (await conn.execute(sp, { a, b })).getAll());
      const eP = await time(pairs, clients, ([a, b]) => store.paths(a, b, { maxLength: 4, limit: 5 }));
      rows.push({
        query: 'paths (max 4 hops)',
        clients,
        kuzu_p50_ms: kP.p50,
        kuzu_p95_ms: kP.p95,
        embedded_p50_ms: eP.p50,
        embedded_p95_ms: eP.p95,
        kuzu_over_embedded_p95: Math.round((kP.p95 / eP.p95) * 10) / 10,
      });
    }
    const load = {
      entities: types.size,
      relations: (await store.stats()).relations,
      relation_types: RELATION_TYPES.length,
      kuzu_load_s: Math.round(kuzuLoadMs / 100) / 10,
      kuzu_rss_MB: mb(kuzuRss),
      embedded_cold_start_s: Math.round(storeLoadMs / 100) / 10,
      embedded_memory_MB: mb(storeHeap),
    };
    console.table([load]);
    console.table(rows);
    process.stdout.write(
      `${JSON.stringify({ benchmark: 'side-by-side', engines: ['embedded', 'kuzu 0.11.3'], machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, load, rows }, null, 2)}\n`,
    );
    await conn.close();
    await db.close();
    g.cleanup();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main();
