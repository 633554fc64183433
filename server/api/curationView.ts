// What readers see of the curation log on every answer: `curated: true` on the entities and relations a curation
// changed, and ids merged away answering with the entity they went into.
import type { RequestHandler } from 'express';
import { curatedKeys, mergedInto } from '../curation/log';
import type { Curation } from '../curation/types';
import type { GraphStore } from '../store/GraphStore';

interface View {
  version: string;
  log: Curation[];
  entities: Set<string>;
  relations: Set<string>;
}

/** The log and its marks, read once per graph version. */
export class CurationView {
  private cached: Promise<View> | null = null;
  private cachedVersion = '';

  constructor(private readonly store: GraphStore) {}

  async get(): Promise<View> {
    const version = await this.store.version();
    if (!this.cached || this.cachedVersion !== version) {
      this.cachedVersion = version;
      this.cached = this.store.curations().then((log) => ({ version, log, ...curatedKeys(log) }));
      this.cached.catch(() => {
        this.cached = null;
      });
    }
    return this.cached;
  }
}

const MAX_DEPTH = 8;

/** Sets `curated: true` on entity-like and relation-like objects of an answer (in place). */
export function markCurated(value: unknown, view: Pick<View, 'entities' | 'relations'>, depth = 0): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) markCurated(v, view, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id === 'string') {
    const attrs = o.attributes as Record<string, unknown> | undefined;
    const isRelation = typeof o.source === 'string' && typeof o.target === 'string';
    if (isRelation && (view.relations.has(o.id) || attrs?.curated === 'true')) o.curated = true;
    else if (!isRelation && typeof o.name_zh === 'string' && view.entities.has(o.id)) o.curated = true;
  }
  for (const v of Object.values(o)) if (v !== null && typeof v === 'object') markCurated(v, view, depth + 1);
}

/** Wraps res.json on /api so that every JSON answer carries the marks. */
export function curatedMarks(view: CurationView): RequestHandler {
  return async (_req, res, next) => {
    let v: View;
    try {
      v = await view.get();
    } catch {
      // A store that cannot answer fails the route itself with its own error.
      return next();
    }
    if (v.entities.size > 0 || v.relations.size > 0 || v.log.length > 0) {
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        markCurated(body, v);
        return json(body);
      };
    }
    next();
  };
}

/** An entity id merged away: its own URL answers with the entity it went into; its sub-resources redirect there. */
export function mergedRedirects(view: CurationView, store: GraphStore): RequestHandler {
  return async (req, res, next) => {
    const m = /^\/entities\/([A-Za-z0-9_.:-]{1,128})(\/[a-z]+)?$/.exec(req.path);
    if (req.method !== 'GET' || !m) return next();
    const v = await view.get();
    const into = v.log.some((c) => c.action === 'merge') ? mergedInto(v.log, m[1]) : null;
    if (!into || (await store.getEntity(m[1]))) return next();
    if (m[2]) {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      return res.redirect(308, `${req.baseUrl}/entities/${into}${m[2]}${query}`);
    }
    const e = await store.getEntity(into);
    if (!e) return next();
    res.json({ ...e, mergedInto: into, mergedFrom: m[1] });
  };
}
