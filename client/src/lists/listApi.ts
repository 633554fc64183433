// The API calls of the lists, tables and comparisons: entity summaries, a comparison (JSON or CSV).
import { get } from '../api';
import type { Comparison } from '../../../server/model';
import type { EntitySummary } from './entityRows';

/** Ids per request: a query string stays well under the server's limit. */
const CHUNK = 400;

export const listApi = {
  async entities(ids: string[]): Promise<EntitySummary[]> {
    const out: EntitySummary[] = [];
    for (let i = 0; i < ids.length; i += CHUNK)
      out.push(
        ...(await get<{ entities: EntitySummary[] }>('/entities', { ids: ids.slice(i, i + CHUNK).join(',') })).entities,
      );
    return out;
  },
  compare: (a: string, b: string, types: string[]) =>
    get<Comparison>('/compare', { a, b, ...(types.length ? { types: types.join(',') } : {}) }),
  async compareCsv(a: string, b: string, types: string[]): Promise<string> {
    const qs = new URLSearchParams({ a, b, format: 'csv', ...(types.length ? { types: types.join(',') } : {}) });
    const res = await fetch(`/api/compare?${qs}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.text();
  },
};
