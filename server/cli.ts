// Command line: ingest, export, stats, serve — with the same configuration as the server.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { loadConfig, type Config } from './config';
import { importCurations, parseCurationFile } from './curation/importLog';
import { toGold } from './export/gold';
import type { GraphExport } from './model';
import { EXPORT_FORMATS, toCsv, toCypher, toGexf, toGraphml, toJson, type ExportFormat } from './export/formats';
import { ingestPaths, listDocuments } from './ingest/ingestPaths';
import { withExtractor, workerCount } from './ingest/workers/chooseExtractor';
import { startServer } from './main';
import type { GraphStore } from './store/GraphStore';
import { openStore } from './store/openStore';

const USAGE = `usage:
  kg ingest <file-or-folder>...          extract and store documents (txt, md, html, docx, pdf)
  kg export --format json|graphml|gexf|csv|cypher [--out FILE]   (json includes the curation log)
  kg export --format gold --out DIR       the curated graph as gold files, one per document
  kg import-curations FILE                replay another graph's curation log (a json export) here
  kg stats                                counts of documents, entities and relations
  kg clear --yes [--keep-curations]       empty the configured store (embedded or Neo4j) to rebuild the graph
  kg serve                                start the API and the explorer (ingests KG_CORPUS when empty)`;

/** Runs `fn` on the configured store and closes it after, whatever happens. */
async function withStore<T>(config: Config, fn: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function ingest(config: Config, paths: string[]): Promise<number> {
  if (paths.length === 0) throw new Error(`ingest needs at least one file or folder\n${USAGE}`);
  return withStore(config, async (store) => {
    const t0 = Date.now();
    const workers = workerCount(listDocuments(paths).length, config.ingestWorkers);
    const reports = await withExtractor(workers, (extractor, ahead) =>
      ingestPaths(
        store,
        extractor,
        paths,
        (r) => {
          const line =
            r.status === 'error'
              ? `error      ${r.file}: ${r.error}`
              : `${r.status.padEnd(10)} ${r.file} → ${r.document} (${r.entities} entities, ${r.relations} relations)`;
          process.stdout.write(`${line}\n`);
        },
        ahead,
      ),
    );
    await store.compact();
    const failed = reports.filter((r) => r.status === 'error').length;
    process.stdout.write(
      `${reports.length - failed} document(s) ingested, ${failed} failed, in ${Date.now() - t0} ms\n`,
    );
    return failed > 0 ? 1 : 0;
  });
}

async function exportGold(config: Config, out: string | undefined): Promise<number> {
  if (!out) throw new Error('--format gold needs --out DIR (one file per document)');
  return withStore(config, async (store) => {
    const files = await toGold(store);
    fs.mkdirSync(out, { recursive: true });
    for (const [f, c] of files) fs.writeFileSync(path.join(out, f), `${JSON.stringify(c, null, 1)}\n`);
    process.stderr.write(`exported ${files.size} gold file(s) to ${out}\n`);
    return 0;
  });
}

/** CSV files into a zip (when `out` ends in .zip) or a folder. */
async function writeCsv(g: GraphExport, out: string | undefined): Promise<void> {
  const files = toCsv(g);
  if (out?.endsWith('.zip')) {
    const zip = new JSZip();
    for (const [f, c] of Object.entries(files)) zip.file(f, c);
    fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  } else {
    const dir = out ?? '.';
    fs.mkdirSync(dir, { recursive: true });
    for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), c);
  }
}

async function exportGraph(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (values.format === 'gold') return exportGold(config, values.out);
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format))
    throw new Error(`--format must be one of ${[...EXPORT_FORMATS, 'gold'].join(', ')}`);
  return withStore(config, async (store) => {
    const g = await store.exportGraph();
    if (format === 'csv') await writeCsv(g, values.out);
    else {
      const text =
        format === 'json'
          ? toJson(g, await store.curations())
          : { graphml: toGraphml, gexf: toGexf, cypher: toCypher }[format](g);
      if (values.out) fs.writeFileSync(values.out, text);
      else process.stdout.write(text);
    }
    if (values.out)
      process.stderr.write(
        `exported ${g.entities.length} entities and ${g.relations.length} relations to ${values.out}\n`,
      );
    return 0;
  });
}

async function importCurationFile(config: Config, args: string[]): Promise<number> {
  if (args.length !== 1) throw new Error(`import-curations needs one file\n${USAGE}`);
  const log = parseCurationFile(JSON.parse(fs.readFileSync(args[0], 'utf8')) as unknown);
  return withStore(config, async (store) => {
    const { added, skipped } = await importCurations(store, log);
    await store.compact();
    process.stdout.write(`${added} curation(s) applied, ${skipped} already recorded\n`);
    return 0;
  });
}

async function clearStore(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { yes: { type: 'boolean' }, 'keep-curations': { type: 'boolean' } },
    strict: true,
  });
  // Deleting a whole graph is never the default: the flag says the user meant it.
  if (!values.yes) throw new Error(`clear deletes every document, entity and relation; confirm with --yes\n${USAGE}`);
  return withStore(config, async (store) => {
    const before = await store.stats();
    await store.clear({ keepCurations: values['keep-curations'] === true });
    process.stdout.write(
      `cleared the ${store.kind} store: ${before.documents} document(s), ${before.entities} entities, ${before.relations} relations removed\n`,
    );
    return 0;
  });
}

async function serve(config: Config): Promise<number> {
  const { close } = await startServer(config);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => void close().then(() => process.exit(0)));
  return -1;
}

/** The exit code, or -1 while serving. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'ingest':
      return ingest(config, rest);
    case 'export':
      return exportGraph(config, rest);
    case 'import-curations':
      return importCurationFile(config, rest);
    case 'stats':
      return withStore(config, async (store) => {
        process.stdout.write(`${JSON.stringify({ store: store.kind, ...(await store.stats()) }, null, 2)}\n`);
        return 0;
      });
    case 'clear':
      return clearStore(config, rest);
    case 'serve':
      return serve(config);
    default:
      process.stderr.write(`${USAGE}\n`);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`${e.name === 'Error' ? '' : `${e.name}: `}${e.message}\n`);
    process.exitCode = 1;
  },
);
