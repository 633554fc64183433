// Curations: the log (open to all) and changes to it (with the API token): POST records one, DELETE undoes one.
import express, { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config';
import { curationsOf } from '../../curation/log';
import { recordCuration } from '../../curation/record';
import { curationRequest, type CurationRequest } from '../../curation/types';
import type { GraphStore } from '../../store/GraphStore';
import { requireToken } from '../auth';
import { entityId } from '../params';

const listQuery = z
  .object({ entity: entityId.optional(), limit: z.coerce.number().int().min(1).max(10_000).default(1000) })
  .strict();

const editorHeader = z.string().trim().min(1).max(100).default('editor');

export function curationRoutes(store: GraphStore, config: Config): Router {
  const r = Router();
  // One curation at a time: each is checked against the graph the one before it left.
  let queue: Promise<unknown> = Promise.resolve();
  const record = (req: CurationRequest, editor: string) => {
    const run = queue.then(() => recordCuration(store, req, { editor }));
    queue = run.catch(() => undefined);
    return run;
  };
  // Browsers send header values as Latin-1 only: the explorer percent-encodes a name such as 李伟.
  const editorOf = (h: string | undefined) => {
    let v = h;
    try {
      v = h === undefined ? h : decodeURIComponent(h);
    } catch {
      // Not percent-encoding: taken as it is.
    }
    return editorHeader.parse(v === undefined || v.trim() === '' ? undefined : v);
  };

  r.get('/curations', async (req, res) => {
    const q = listQuery.parse(req.query);
    const log = await store.curations();
    const list = q.entity ? curationsOf(log, q.entity) : [...log].reverse();
    res.json({ curations: list.slice(0, q.limit), total: list.length });
  });

  r.post('/curations', requireToken(config), express.json({ limit: '64kb' }), async (req, res) => {
    const body = curationRequest.parse(req.body);
    res.status(201).json(await record(body, editorOf(req.get('x-editor'))));
  });

  r.delete('/curations/:id', requireToken(config), async (req, res) => {
    const id = entityId.parse(req.params.id);
    res.json(await record({ action: 'undo', curation: id }, editorOf(req.get('x-editor'))));
  });

  return r;
}
