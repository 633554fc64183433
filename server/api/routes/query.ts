// Pattern questions: POST /api/query {pattern, params, descendants, limit} → rows (server/query).
import express, { Router } from 'express';
import { patternQuery } from '../../query/request';
import type { GraphStore } from '../../store/GraphStore';

export function queryRoutes(store: GraphStore): Router {
  const r = Router();
  r.post('/query', express.json({ limit: '16kb' }), async (req, res) => {
    const q = patternQuery(req.body);
    const rows = await store.matchPattern(q);
    res.json({ rows, limit: q.limit });
  });
  return r;
}
