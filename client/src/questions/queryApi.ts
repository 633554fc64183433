// The two calls the question panel makes: a pattern question, and a search kept to one entity type.
import type { EntityType, SearchHit } from '../types';
import type { PatternRequest } from './builder';
import type { PatternRow } from './results';

export class QueryError extends Error {}

export async function askPattern(req: PatternRequest, limit: number): Promise<PatternRow[]> {
  const res = await fetch('/api/query', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...req, limit }),
  });
  const body = (await res.json().catch(() => null)) as { rows?: PatternRow[]; error?: { message: string } } | null;
  if (!res.ok || !body?.rows) throw new QueryError(body?.error?.message ?? `HTTP ${res.status}`);
  return body.rows;
}

export async function searchTyped(q: string, type: EntityType | '', lang: string): Promise<SearchHit[]> {
  const qs = new URLSearchParams({ q, limit: '8', lang });
  if (type) qs.set('types', type);
  const res = await fetch(`/api/search?${qs}`);
  if (!res.ok) return [];
  return ((await res.json()) as { results: SearchHit[] }).results;
}
