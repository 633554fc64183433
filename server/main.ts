// Start the app: open the store, ingest the corpus folder on first start, serve API and UI, shut down cleanly.
import fs from 'node:fs';
import http from 'node:http';
import pino from 'pino';
import { createApp } from './api/app';
import type { Config } from './config';
import { ingestPaths, listDocuments } from './ingest/ingestPaths';
import { withExtractor, workerCount } from './ingest/workers/chooseExtractor';
import { Extractor } from './ingest/pipeline';
import type { GraphStore } from './store/GraphStore';
import { openStore } from './store/openStore';
import { warmGlossary } from './translate/gloss';
import { projectPath } from './util/projectRoot';

/** Opens the configured store and logs how: recovered on load, from an image, how long it took. */
async function openLogged(config: Config, logger: pino.Logger): Promise<GraphStore> {
  const opening = Date.now();
  const store = await openStore(config, {
    serving: true,
    onUnavailable: (e) => logger.warn({ err: e.message }, 'the store is not reachable yet: answering 503 until it is'),
  });
  if (store.opening) {
    for (const note of store.opening.notes) logger.warn({ note }, 'store recovered on load');
    logger.info({ ms: Date.now() - opening, fromImage: store.opening.fromImage }, 'store opened');
  }
  return store;
}

/** An empty store gets the corpus folder on its first start. */
async function ingestCorpusIfEmpty(
  store: GraphStore,
  extractor: Extractor,
  config: Config,
  logger: pino.Logger,
): Promise<void> {
  const stats = await store.stats().catch(() => null);
  if (stats?.documents !== 0 || !fs.existsSync(config.corpusDir)) return;
  logger.info({ corpus: config.corpusDir }, 'store is empty: ingesting the corpus folder');
  const workers = workerCount(listDocuments([config.corpusDir]).length, config.ingestWorkers);
  const reports = await withExtractor(
    workers,
    (chosen, ahead) =>
      ingestPaths(
        store,
        chosen,
        [config.corpusDir],
        (r) =>
          r.status === 'error'
            ? logger.warn({ file: r.file, error: r.error }, 'not ingested')
            : logger.info({ file: r.file, entities: r.entities, relations: r.relations }, 'ingested'),
        ahead,
      ),
    extractor,
  );
  await store.compact();
  logger.info(
    {
      documents: reports.filter((r) => r.status !== 'error').length,
      failed: reports.filter((r) => r.status === 'error').length,
    },
    'corpus ingested',
  );
}

export async function startServer(config: Config): Promise<{ server: http.Server; close: () => Promise<void> }> {
  const logger = pino({ level: config.logLevel });
  const store = await openLogged(config, logger);
  const extractor = new Extractor();
  await ingestCorpusIfEmpty(store, extractor, config, logger);
  warmGlossary();
  const app = createApp({ store, extractor, config, logger, clientDir: projectPath('dist', 'client') });
  // Long query strings reach Express and get a JSON 414 instead of a bare 431 from the HTTP parser.
  const server = http.createServer({ maxHeaderSize: 2 * 1024 * 1024 }, app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  logger.info(
    {
      url: `http://localhost:${typeof address === 'object' && address ? address.port : config.port}`,
      store: store.kind,
    },
    'Policy Graph is serving',
  );
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const t0 = Date.now();
      if (await store.compactIfJournaled?.())
        logger.info({ ms: Date.now() - t0 }, 'snapshot and image written: the next start serves from the image');
      await store.close();
    })());
  return { server, close };
}
