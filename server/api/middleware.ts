// The app's own middleware: request ids in logs, security headers, URL length and rate limits, ETags on reads.
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config';
import type { GraphStore } from '../store/GraphStore';
import { sendError } from './errors';

const MAX_URL = 8 * 1024;

/** Request logging; each request gets an id, echoed in X-Request-Id so a client can quote it. */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = crypto.randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
  });
}

/** helmet's headers; the explorer's images and layout worker come from blob: and data: URLs. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
      },
    },
  });
}

export const urlLengthLimit: RequestHandler = (req, res, next) =>
  req.originalUrl.length > MAX_URL
    ? sendError(res, 414, 'uri_too_long', `The request URL is longer than ${MAX_URL} characters`)
    : next();

/** A per-client limit of requests a minute (config.rateLimit; 0 means none). */
export function rateLimiter(config: Config): RequestHandler {
  return config.rateLimit > 0
    ? rateLimit({
        windowMs: 60_000,
        limit: config.rateLimit,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) =>
          sendError(res, 429, 'rate_limited', `More than ${config.rateLimit} requests a minute; slow down`),
      })
    : (_req, _res, next) => next();
}

/** Read responses are cacheable: the ETag changes when the graph changes. */
export function graphEtags(store: GraphStore): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET') return next();
    const version = await store.version();
    const etag = `W/"${version}-${crypto.createHash('sha1').update(req.originalUrl).digest('hex').slice(0, 16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (req.get('if-none-match') === etag) return void res.status(304).end();
    next();
  };
}
