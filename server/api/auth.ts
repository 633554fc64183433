// Writes (uploads, deletions, curations) need `Authorization: Bearer $KG_API_TOKEN`; without a token they are off.
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { sendError } from './errors';

export function requireToken(config: Config): RequestHandler {
  return (req, res, next) => {
    if (!config.apiToken)
      return sendError(res, 403, 'forbidden', 'Changes are disabled: set KG_API_TOKEN to enable them');
    const m = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    const given = Buffer.from(m?.[1] ?? '');
    const want = Buffer.from(config.apiToken);
    if (!m || given.length !== want.length || !crypto.timingSafeEqual(given, want))
      return sendError(res, 401, 'unauthorized', 'A valid Authorization: Bearer token is required');
    next();
  };
}
