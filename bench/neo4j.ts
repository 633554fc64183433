// npm run bench:neo4j — the embedded store and Neo4j 5 side by side in one run, on the corpus graph and on the
// generated graph (200k entities / 2M relations; BENCH_ENTITIES, BENCH_RELATIONS, BENCH_DOCS change it): load time
// through the same GraphStore.upsertDocument, then p50/p95 of search, neighbourhood depth 2 and paths in-process and
// over HTTP (the production server in its own process), at 1 and 16 clients. Neo4j is a local one this script
// starts in .tmp/neo4j-bench (BENCH_NEO4J_HEAP_MB, BENCH_NEO4J_PAGECACHE_MB) and stops at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, ROOT, start, stop } from '../scripts/neo4j/local';
import type { GraphBatch } from '../server/model';
import { ingestPaths } from '../server/ingest/ingestPaths';
import { Extractor } from '../server/ingest/pipeline';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import type { GraphStore } from '../server/store/GraphStore';
import { Neo4jStore } from '../server/store/neo4j/Neo4jStore';
import { startServer } from './api';
import { generateGraph } from './generateGraph';
import { benchSize } from './generatedStore';
import { load } from './httpLoad';

const started = Date.now();
const progress = (what: string) => process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${what}\n`);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
}

/** p50/p95 of `fn` over `args`, called by `clients` concurrent loops (after one warm-up pass over a few). */
async function time<T>(
  args: T[],
  clients: number,
  fn: (a: T) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  for (const a of args.slice(0, 5)) await fn(a);
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

interface Workload {
  graph: string;
  searches: string[];
  seeds: string[];
  pairs: [string, string][];
}

type Row = {
  graph: string;
  query: string;
  via: string;
  clients: number;
  embedded_p50_ms: number;
  embedded_p95_ms: number;
  neo4j_p50_ms: number;
  neo4j_p95_ms: number;
};

async function loadInto(store: GraphStore, batches: Iterable<GraphBatch>): Promise<number> {
  const t0 = Date.now();
  let n = 0;
  for (const b of batches) {
    await store.upsertDocument(b);
    if (++n % 20 === 0) progress(`  ${store.kind}: ${n} documents`);
  }
  return Date.now() - t0;
}

async function inProcess(w: Workload, embedded: GraphStore, neo: GraphStore): Promise<Row[]> {
  const rows: Row[] = [];
  const queries: [string, (s: GraphStore) => (a: never) => Promise<unknown>, unknown[]][] = [
    ['search', (s) => (q: string) => s.search(q, { limit: 10 }), w.searches],
    ['neighbourhood depth 2', (s) => (id: string) => s.neighborhood([id], { depth: 2, limit: 150 }), w.seeds],
    [
      'paths (max 4 hops)',
      (s) =>
        ([a, b]: [string, string]) =>
          s.paths(a, b, { maxLength: 4, limit: 5 }),
      w.pairs,
    ],
  ];
  for (const clients of [1, 16]) {
    for (const [query, fn, args] of queries) {
      progress(`  in-process ${query}, ${clients} client(s)`);
      const e = await time(args as never[], clients, fn(embedded));
      const n = await time(args as never[], clients, fn(neo));
      rows.push({
        graph: w.graph,
        query,
        via: 'in-process',
        clients,
        embedded_p50_ms: e.p50,
        embedded_p95_ms: e.p95,
        neo4j_p50_ms: n.p50,
        neo4j_p95_ms: n.p95,
      });
    }
  }
  return rows;
}

async function overHttp(
  w: Workload,
  embeddedEnv: Record<string, string>,
  neoEnv: Record<string, string>,
  seconds: number,
): Promise<Row[]> {
  const scenarios: Record<string, string[]> = {
    search: w.searches.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`),
    'neighbourhood depth 2': w.seeds.map((id) => `/api/entities/${id}/neighborhood?depth=2&limit=150`),
    'paths (max 4 hops)': w.pairs.map(([a, b]) => `/api/paths?from=${a}&to=${b}&maxLength=4&limit=5`),
  };
  const results = new Map<string, { p50: number; p95: number; errors: number }>();
  for (const [name, env] of [
    ['embedded', embeddedEnv],
    ['neo4j', neoEnv],
  ] as const) {
    const server = await startServer(env, ['--max-old-space-size=8000']);
    try {
      for (const [query, paths] of Object.entries(scenarios)) {
        await load(server.base, paths, 4, 2); // warm-up (JIT, Neo4j's plan cache and page cache)
        for (const clients of [1, 16]) {
          progress(`  HTTP ${name} ${query}, ${clients} client(s)`);
          const r = await load(server.base, paths, clients, seconds);
          results.set(`${name}|${query}|${clients}`, r);
        }
      }
    } finally {
      server.stop();
    }
  }
  const rows: Row[] = [];
  for (const clients of [1, 16]) {
    for (const query of Object.keys(scenarios)) {
      const e = results.get(`embedded|${query}|${clients}`)!;
      const n = results.get(`neo4j|${query}|${clients}`)!;
      if (e.errors + n.errors > 0) throw new Error(`HTTP errors in ${query}: embedded ${e.errors}, neo4j ${n.errors}`);
      rows.push({
        graph: w.graph,
        query,
        via: 'HTTP',
        clients,
        embedded_p50_ms: e.p50,
        embedded_p95_ms: e.p95,
        neo4j_p50_ms: n.p50,
        neo4j_p95_ms: n.p95,
      });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const graphs = (process.env.BENCH_NEO4J_GRAPHS ?? 'corpus,generated').split(',');
  const home = path.join(ROOT, '.tmp', 'neo4j-bench');
  fs.rmSync(home, { recursive: true, force: true });
  const o = {
    home,
    port: await freePort(),
    user: 'neo4j',
    password: 'policy-graph-bench',
    heapMb: Number(process.env.BENCH_NEO4J_HEAP_MB ?? 4096),
    pageCacheMb: Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? 2048),
  };
  progress(`starting Neo4j (heap ${o.heapMb} MB, page cache ${o.pageCacheMb} MB)`);
  await start(o);
  const neoOpts = { uri: `bolt://127.0.0.1:${o.port}`, user: o.user, password: o.password };
  const neoEnv = {
    NEO4J_URI: neoOpts.uri,
    NEO4J_USER: o.user,
    NEO4J_PASSWORD: o.password,
    KG_CORPUS: path.join(home, 'no-corpus'),
  };
  const loads: Record<string, string | number>[] = [];
  const rows: Row[] = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  try {
    for (const graph of graphs) {
      // The batches: the corpus extracted once (extraction is not what is compared), or the generated graph.
      let batches: () => Iterable<GraphBatch>;
      let label: string;
      if (graph === 'corpus') {
        const scratch = new EmbeddedStore();
        await scratch.init();
        await ingestPaths(scratch, new Extractor(), [
          process.env.KG_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus'),
        ]);
        const docs = (await scratch.listDocuments()).map((d) => scratch.documentBatch(d.id)!);
        batches = () => docs;
        label = 'corpus';
      } else {
        const size = benchSize();
        batches = () => generateGraph(size);
        label = `generated ${Math.round(size.entities / 1000)}k / ${Math.round((size.relations / 1e6) * 10) / 10}M`;
      }
      progress(`${label}: loading`);
      const dataDir = path.join(work, graph);
      const embedded = new EmbeddedStore({ dataDir, compactAtBytes: Number.MAX_SAFE_INTEGER });
      await embedded.init();
      const embeddedMs = await loadInto(embedded, batches());
      await embedded.compact();
      const neo = new Neo4jStore(neoOpts);
      await neo.init();
      await neo.clear();
      const neoMs = await loadInto(neo, batches());
      // The first ranking read builds Neo4j's ranking view (PageRank and the search index): timed apart.
      const t0 = Date.now();
      const hubs = (await neo.overview(40)).map((n) => n.id);
      const neoViewMs = Date.now() - t0;
      const stats = await embedded.stats();
      const neoStats = await neo.stats();
      if (stats.entities !== neoStats.entities || stats.relations !== neoStats.relations)
        throw new Error(
          `${label}: the stores differ (${stats.entities}/${stats.relations} vs ${neoStats.entities}/${neoStats.relations})`,
        );
      loads.push({
        graph: label,
        documents: stats.documents,
        entities: stats.entities,
        relations: stats.relations,
        embedded_load_s: Math.round(embeddedMs / 100) / 10,
        neo4j_load_s: Math.round(neoMs / 100) / 10,
        neo4j_ranking_view_s: Math.round(neoViewMs / 100) / 10,
      });
      progress(`${label}: embedded ${embeddedMs} ms, Neo4j ${neoMs} ms (+${neoViewMs} ms ranking view)`);
      const all =
        graph === 'corpus'
          ? (await embedded.exportGraph()).entities.map((e) => e.id)
          : Array.from({ length: 200 }, (_, i) => `g${(i * 7919) % benchSize().entities}`);
      const seeds = graph === 'corpus' ? [...hubs, ...all.slice(0, 160)] : all;
      const w: Workload = {
        graph: label,
        searches:
          graph === 'corpus'
            ? ['太忻', 'taigang', 'TISCO', '太原', 'xinzhou', '项目', 'tg', '太鋼', '产业园', 'Fen River']
            : ['实体12', 'Entity 4711', 'shiti', 'entity', '实体199', 'Entity 1', '实体7', 'Entity 42'],
        seeds,
        pairs: seeds
          .slice(0, 100)
          .map((id, i) => [id, hubs[i % hubs.length]] as [string, string])
          .filter(([a, b]) => a !== b),
      };
      // Same answers before timing them.
      for (const q of w.searches)
        if (
          JSON.stringify(await embedded.search(q, { limit: 10 })) !== JSON.stringify(await neo.search(q, { limit: 10 }))
        )
          throw new Error(`${label}: search ${q} differs`);
      rows.push(...(await inProcess(w, embedded, neo)));
      await embedded.close();
      await neo.close();
      rows.push(
        ...(await overHttp(w, { KG_DATA_DIR: dataDir, KG_CORPUS: path.join(dataDir, 'no-corpus') }, neoEnv, seconds)),
      );
    }
  } finally {
    await stop(o);
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.table(loads);
  console.table(rows);
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'neo4j-side-by-side', engines: ['embedded', 'neo4j 5.26 community'], machine, neo4j: { heapMb: o.heapMb, pageCacheMb: o.pageCacheMb }, loads, rows }, null, 2)}\n`,
  );
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
