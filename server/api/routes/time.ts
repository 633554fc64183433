// Time routes: indicator series, an entity's timeline, what changed between two documents or years (JSON or CSV).
import { Router, type Response } from 'express';
import { NotFoundError } from '../../errors';
import { csvCell } from '../../export/formats';
import { loadCatalogue } from '../../ingest/indicators/catalogue';
import type { Comparison, IndicatorSeries } from '../../model';
import type { EntityType } from '../../ontology';
import type { GraphStore } from '../../store/GraphStore';
import { compareQuery, entityId, indicatorKey, indicatorsQuery, langOnly } from '../params';

const rowsToCsv = (rows: (string | number | null)[][]): string =>
  rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

export function indicatorsCsv(series: IndicatorSeries[]): string {
  const rows: (string | number | null)[][] = [
    [
      'indicator',
      'name_en',
      'place',
      'place_id',
      'period',
      'kind',
      'value',
      'unit',
      'qualifier',
      'document',
      'sentence',
      'evidence',
    ],
  ];
  for (const s of series)
    for (const p of s.points)
      rows.push([
        s.indicator,
        s.name_en,
        s.place,
        s.place_id,
        p.period,
        p.kind,
        p.value,
        p.unit,
        p.qualifier ?? null,
        p.evidence.document,
        p.evidence.sentence,
        p.evidence.text,
      ]);
  return rowsToCsv(rows);
}

export function compareCsv(c: Comparison): string {
  const rows: (string | number | null)[][] = [
    ['change', 'id', 'type', 'name_zh', 'name_en', 'mentions_a', 'mentions_b', 'what_changed'],
  ];
  for (const change of ['added', 'dropped', 'continued', 'changed'] as const)
    for (const e of c[change])
      rows.push([
        change,
        e.id,
        e.type,
        e.name_zh,
        e.name_en,
        e.mentions_a,
        e.mentions_b,
        (e.changes ?? []).map((x) => `${x.kind}: ${x.a.join('/')} → ${x.b.join('/')}`).join('; ') || null,
      ]);
  return rowsToCsv(rows);
}

const sendCsv = (res: Response, name: string, body: string) =>
  res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(body);

export function timeRoutes(store: GraphStore): Router {
  const r = Router();
  const catalogue = loadCatalogue();

  r.get('/indicators', async (req, res) => {
    const q = indicatorsQuery.parse(req.query);
    if (q.place && !(await store.getEntity(q.place))) throw new NotFoundError(`No entity ${q.place}`);
    const series = await store.indicators(q.place);
    if (q.format === 'csv') return void sendCsv(res, 'indicators', indicatorsCsv(series));
    res.json({ place: q.place ?? null, series });
  });

  r.get('/indicators/:key', async (req, res) => {
    const key = indicatorKey.parse(req.params.key);
    const q = indicatorsQuery.parse(req.query);
    const def = catalogue.byKey.get(key);
    if (!def) throw new NotFoundError(`No indicator ${key}`);
    if (q.place && !(await store.getEntity(q.place))) throw new NotFoundError(`No entity ${q.place}`);
    const series = (await store.indicators(q.place)).filter((s) => s.indicator === key);
    if (q.format === 'csv') return void sendCsv(res, `indicator-${key}`, indicatorsCsv(series));
    res.json({ indicator: key, name_en: def.en, place: q.place ?? null, series });
  });

  r.get('/entities/:id/timeline', async (req, res) => {
    const id = entityId.parse(req.params.id);
    langOnly.parse(req.query);
    const items = await store.timeline(id);
    if (!items) throw new NotFoundError(`No entity ${id}`);
    res.json({ entity: id, items });
  });

  r.get('/compare', async (req, res) => {
    const q = compareQuery.parse(req.query);
    const c = await store.compare(q.a, q.b, { types: q.types as EntityType[] | undefined });
    if (!c) throw new NotFoundError(`No document or year with documents: ${q.a} or ${q.b}`);
    if (q.format === 'csv') return void sendCsv(res, `compare-${q.a}-${q.b}`, compareCsv(c));
    res.json(c);
  });

  return r;
}
