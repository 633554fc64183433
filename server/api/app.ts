// The Express app: security headers, logging with request ids, limits, ETags, routes, one error handler.
import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Extractor } from '../ingest/pipeline';
import type { GraphStore } from '../store/GraphStore';
import { CurationView, curatedMarks, mergedRedirects } from './curationView';
import { errorHandler, notFound } from './errors';
import { graphEtags, rateLimiter, requestLogging, securityHeaders, urlLengthLimit } from './middleware';
import { openapi } from './openapi';
import { curationRoutes } from './routes/curations';
import { documentRoutes } from './routes/documents';
import { exploreRoutes } from './routes/explore';
import { graphRoutes } from './routes/graph';
import { queryRoutes } from './routes/query';
import { timeRoutes } from './routes/time';

export interface AppDeps {
  store: GraphStore;
  extractor: Extractor;
  config: Config;
  logger: Logger;
  /** Built client files; served at / when present. */
  clientDir?: string;
}

export function createApp({ store, extractor, config, logger, clientDir }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(requestLogging(logger));
  app.use(securityHeaders());
  if (config.corsOrigin) app.use(cors({ origin: config.corsOrigin.split(',').map((s) => s.trim()) }));
  app.use(urlLengthLimit);
  app.use('/api', apiRouter({ store, extractor, config }));
  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(notFound);
  app.use(errorHandler);
  return app;
}

function apiRouter({ store, extractor, config }: Pick<AppDeps, 'store' | 'extractor' | 'config'>): express.Router {
  const api = express.Router();
  api.get('/health', async (_req, res) => {
    const h = await store.health().catch((e: Error) => ({ ready: false, kind: store.kind, detail: e.message }));
    res.status(h.ready ? 200 : 503).json({ status: h.ready ? 'ok' : 'unavailable', store: h });
  });
  api.get('/openapi.json', (_req, res) => res.json(openapi));
  api.use(graphEtags(store));
  api.use('/search', rateLimiter(config));
  const curationView = new CurationView(store);
  api.use(curatedMarks(curationView));
  api.use(mergedRedirects(curationView, store));
  api.use(curationRoutes(store, config));
  api.use(exploreRoutes(store));
  api.use(documentRoutes(store, extractor, config, rateLimiter(config)));
  api.use(graphRoutes(store));
  api.use(timeRoutes(store));
  api.use(queryRoutes(store));
  api.use(notFound);
  return api;
}
