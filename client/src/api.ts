// The HTTP API, typed; errors carry the server's message.
import type {
  DocumentDetail,
  DocumentSummary,
  Elements,
  EntityDetailResponse,
  IndicatorSeries,
  PathResult,
  RelationDetail,
  SearchHit,
  TimelineItem,
} from './types';

export class ApiError extends Error {}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const res = await fetch(`/api${path}${qs.size > 0 ? `?${qs}` : ''}`);
  const body = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok || !body) throw new ApiError(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

export interface Filters {
  types: string[];
  relations: string[];
  documents: string[];
  years: string[];
}

const filterParams = (f: Filters, withTypes = true) => ({
  ...(withTypes && f.types.length ? { types: f.types.join(',') } : {}),
  ...(f.relations.length ? { relations: f.relations.join(',') } : {}),
  ...(f.documents.length ? { documents: f.documents.join(',') } : {}),
  ...(f.years.length ? { years: f.years.join(',') } : {}),
});

export const api = {
  search: (q: string, lang: string) =>
    get<{ results: SearchHit[] }>('/search', { q, limit: 8, lang }).then((r) => r.results),
  overview: (limit: number) => get<Elements>('/overview', { limit }),
  entity: (id: string, lang: string) => get<EntityDetailResponse>(`/entities/${encodeURIComponent(id)}`, { lang }),
  neighborhood: (id: string, limit: number, f: Filters, lang: string) =>
    get<Elements & { truncated: boolean }>(`/entities/${encodeURIComponent(id)}/neighborhood`, {
      depth: 1,
      limit,
      lang,
      ...filterParams(f),
    }),
  subgraph: (ids: string[], f: Filters) =>
    get<Elements>('/subgraph', { ids: ids.join(','), ...filterParams(f, false) }),
  paths: (from: string, to: string, f: Filters, lang: string) =>
    get<{ paths: PathResult[] }>('/paths', {
      from,
      to,
      lang,
      limit: 3,
      maxLength: 4,
      ...(f.relations.length ? { relations: f.relations.join(',') } : {}),
    }),
  relation: (id: string, lang: string) => get<RelationDetail>(`/relations/${encodeURIComponent(id)}`, { lang }),
  documents: () => get<{ documents: DocumentSummary[] }>('/documents').then((r) => r.documents),
  document: (id: string) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  timeline: (id: string) =>
    get<{ items: TimelineItem[] }>(`/entities/${encodeURIComponent(id)}/timeline`).then((r) => r.items),
  indicators: (place: string) => get<{ series: IndicatorSeries[] }>('/indicators', { place }).then((r) => r.series),
};
