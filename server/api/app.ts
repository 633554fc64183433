// The Express app: security headers, logging with request ids, limits, ETags, routes, one error handler.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config';
import type { Extractor } from '../ingest/pipeline';
import type { GraphStore } from '../store/GraphStore';
import { CurationView, curatedMarks, mergedRedirects } from './curationView';
import { errorHandler, notFound, sendError } from './errors';
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

const MAX_URL = 8 * 1024;

export function createApp({ store, extractor, config, logger, clientDir }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  if (config.corsOrigin) app.use(cors({ origin: config.corsOrigin.split(',').map((s) => s.trim()) }));
  app.use((req, res, next) =>
    req.originalUrl.length > MAX_URL
      ? sendError(res, 414, 'uri_too_long', `The request URL is longer than ${MAX_URL} characters`)
      : next(),
  );

  const limiter = (): RequestHandler =>
    config.rateLimit > 0
      ? rateLimit({
          windowMs: 60_000,
          limit: config.rateLimit,
          standardHeaders: 'draft-8',
          legacyHeaders: false,
          handler: (_req, res) =>
            sendError(res, 429, 'rate_limited', `More than ${config.rateLimit} requests a minute; slow down`),
        })
      : (_req, _res, next) => next();

  const api = express.Router();
  api.get('/health', async (_req, res) => {
    const h = await store.health().catch((e: Error) => ({ ready: false, kind: store.kind, detail: e.message }));
    res.status(h.ready ? 200 : 503).json({ status: h.ready ? 'ok' : 'unavailable', store: h });
  });
  api.get('/openapi.json', (_req, res) => res.json(openapi));
  // Read responses are cacheable: the ETag changes when the graph changes.
  api.use(async (req, res, next) => {
    if (req.method !== 'GET') return next();
    const version = await store.version();
    const etag = `W/"${version}-${crypto.createHash('sha1').update(req.originalUrl).digest('hex').slice(0, 16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (req.get('if-none-match') === etag) return void res.status(304).end();
    next();
  });
  api.use('/search', limiter());
  const curationView = new CurationView(store);
  api.use(curatedMarks(curationView));
  api.use(mergedRedirects(curationView, store));
  api.use(curationRoutes(store, config));
  api.use(exploreRoutes(store));
  api.use(documentRoutes(store, extractor, config, limiter()));
  api.use(graphRoutes(store));
  api.use(timeRoutes(store));
  api.use(queryRoutes(store));
  api.use(notFound);
  app.use('/api', api);

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
