// npm run bench:ingest — characters per second of the whole pipeline (extraction + embedded store) on the corpus
// and on a generated corpus of ≥ 10 MB, in this thread and on 1 and 2 worker threads, beside jieba tagging alone
// on the same sentences (the floor).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeText } from '../server/ingest/normalize';
import { Extractor } from '../server/ingest/pipeline';
import { splitSentences } from '../server/ingest/sentences';
import { tagger } from '../server/lexicon/tagger';
import { ExtractorPool } from '../server/ingest/workers/ExtractorPool';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { foldText } from '../server/text/fold';
import { generateCorpus } from './generateCorpus';

interface Doc {
  file: string;
  text: string;
}

/** One table row: throughput of the pipeline over `docs` in `ms`, beside jieba alone on the same text. */
function row(
  label: string,
  threads: string,
  docs: Doc[],
  ms: number,
  jiebaMs: number,
  cores: number,
  stats: { entities: number; relations: number },
): Record<string, number | string> {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1048576;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    corpus: label,
    threads,
    documents: docs.length,
    chars,
    MB: r2(mb),
    pipeline_ms: Math.round(ms),
    pipeline_chars_per_s: Math.round(chars / (ms / 1000)),
    pipeline_MB_per_s: r2(mb / (ms / 1000)),
    MB_per_s_per_core: r2(mb / (ms / 1000) / cores),
    jieba_tag_ms: Math.round(jiebaMs),
    ratio_to_jieba: r2(ms / jiebaMs),
    entities: stats.entities,
    relations: stats.relations,
  };
}

/** Extraction on `workers` threads, the store written from this one, as `kg ingest` does it. */
async function measureWorkers(
  label: string,
  docs: Doc[],
  workers: number,
  jiebaMs: number,
): Promise<Record<string, number | string>> {
  const pool = new ExtractorPool(workers);
  try {
    // Warm every worker (dictionary load, JIT) on other text before the clock starts.
    const warm = generateCorpus(99, 100_000 * workers, 50_000);
    await Promise.all(warm.map((w) => pool.extractFile({ buffer: Buffer.from(w.text), fileName: w.file })));
    const store = new EmbeddedStore();
    await store.init();
    const t0 = process.hrtime.bigint();
    const inFlight = docs
      .slice(0, workers * 2)
      .map((d) => pool.extractFile({ buffer: Buffer.from(d.text), fileName: d.file }));
    for (let i = 0; i < docs.length; i++) {
      const batch = await inFlight[i];
      if (i + workers * 2 < docs.length)
        inFlight.push(
          pool.extractFile({ buffer: Buffer.from(docs[i + workers * 2].text), fileName: docs[i + workers * 2].file }),
        );
      await store.upsertDocument(batch);
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return row(
      label,
      `${workers} worker${workers > 1 ? 's' : ''}`,
      docs,
      ms,
      jiebaMs,
      Math.min(workers, os.availableParallelism()),
      await store.stats(),
    );
  } finally {
    await pool.close();
  }
}

async function measure(label: string, docs: Doc[]): Promise<Record<string, number | string>> {
  const extractor = new Extractor();
  const jieba = tagger(extractor.gazetteer.allNames());
  // Warm up the dictionary and the JIT on other text (a generated document with other names), so that the
  // measured run starts with cold caches but compiled code.
  for (const w of generateCorpus(99, 150_000, 50_000)) extractor.extractText(w.text, { fileName: w.file });
  for (const w of generateCorpus(98, 150_000, 50_000))
    for (const s of splitSentences(w.text)) jieba.tag(w.text.slice(s.start, s.end), true);
  let t0 = process.hrtime.bigint();
  for (const d of docs) {
    const clean = foldText(normalizeText(d.text).text);
    for (const s of splitSentences(clean)) jieba.tag(clean.slice(s.start, s.end), true);
  }
  const jiebaMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const store = new EmbeddedStore();
  await store.init();
  t0 = process.hrtime.bigint();
  for (const d of docs) await store.upsertDocument(extractor.extractText(d.text, { fileName: d.file }));
  const pipelineMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return row(label, 'this thread', docs, pipelineMs, jiebaMs, 1, await store.stats());
}

async function main(): Promise<void> {
  const corpusDir = process.env.KG_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus');
  const sourceDocs = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));
  const mb = Number(process.env.BENCH_MB ?? 10);
  const generated = generateCorpus(7, (mb * 1024 * 1024) / 3);
  const rows = [
    await measure('source corpus (5 documents)', sourceDocs),
    await measure(`generated (${mb} MB)`, generated),
  ];
  const jiebaMs = Number(rows[1].jieba_tag_ms);
  for (const workers of [1, 2]) rows.push(await measureWorkers(`generated (${mb} MB)`, generated, workers, jiebaMs));
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  console.table(rows);
  process.stdout.write(`${JSON.stringify({ benchmark: 'ingest', machine, rows }, null, 2)}\n`);
}

void main();
