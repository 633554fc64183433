// One place turns errors into HTTP: typed AppErrors keep their status; anything else is a 500 without a stack.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from '../errors';

export function sendError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export const notFound: RequestHandler = (req, res) =>
  sendError(res, 404, 'not_found', `No route ${req.method} ${req.path.slice(0, 200)}`);

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  if (err instanceof ZodError) {
    const msg = err.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
    return sendError(res, 400, 'bad_request', msg.slice(0, 500));
  }
  if (err instanceof AppError) return sendError(res, err.status, err.code, err.message);
  const e = err as { type?: string; status?: number; code?: string; message?: string };
  if (e.code === 'LIMIT_FILE_SIZE') return sendError(res, 413, 'too_large', 'The file is larger than the upload limit');
  if (
    e.code === 'LIMIT_FILE_COUNT' ||
    e.code === 'LIMIT_UNEXPECTED_FILE' ||
    e.code === 'LIMIT_PART_COUNT' ||
    e.code === 'LIMIT_FIELD_COUNT'
  )
    return sendError(res, 400, 'bad_request', `Upload rejected: ${e.message}`);
  if (e.type === 'entity.too.large') return sendError(res, 413, 'too_large', 'The request body is too large');
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500)
    return sendError(res, e.status, 'bad_request', e.message ?? 'Bad request');
  req.log?.error({ err }, 'unhandled error');
  return sendError(res, 500, 'internal', 'Internal error');
};
