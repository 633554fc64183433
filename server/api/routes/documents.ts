// Documents: list and read (open to all); upload and delete (with the API token).
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import type { Config } from '../../config';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Extractor } from '../../ingest/pipeline';
import type { GraphBatch } from '../../model';
import type { GraphStore } from '../../store/GraphStore';
import { entityId, langOnly } from '../params';
import { requireToken } from '../auth';

export function documentRoutes(
  store: GraphStore,
  extractor: Extractor,
  config: Config,
  uploadLimiter: RequestHandler,
): Router {
  const r = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxUploadBytes, files: 20, fields: 10, parts: 30 },
  });

  r.get('/documents', async (req, res) => {
    langOnly.parse(req.query);
    res.json({ documents: await store.listDocuments() });
  });

  r.get('/documents/:id', async (req, res) => {
    const id = entityId.parse(req.params.id);
    langOnly.parse(req.query);
    const d = await store.getDocument(id);
    if (!d) throw new NotFoundError(`No document ${id}`);
    res.json(d);
  });

  r.post('/documents', uploadLimiter, requireToken(config), upload.array('files', 20), async (req, res) => {
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    if (files.length === 0)
      throw new InvalidInputError('No files: send multipart/form-data with one or more "files" parts');
    // Extract every file first: one bad file stores nothing.
    const batches: GraphBatch[] = [];
    for (const f of files) {
      const name = Buffer.from(f.originalname, 'latin1').toString('utf8');
      batches.push(await extractor.extractFile({ buffer: f.buffer, fileName: name }));
    }
    const results = [];
    for (const b of batches) {
      const r2 = await store.upsertDocument(b);
      results.push({ ...r2, title_zh: b.document.title_zh, title_en: b.document.title_en, year: b.document.year });
    }
    res.status(201).json({ documents: results });
  });

  r.delete('/documents/:id', requireToken(config), async (req, res) => {
    const id = entityId.parse(req.params.id);
    if (!(await store.removeDocument(id))) throw new NotFoundError(`No document ${id}`);
    res.json({ removed: id });
  });

  return r;
}
