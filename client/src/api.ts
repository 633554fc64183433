// The HTTP API, typed; errors carry the server's message.
import type {
  DocumentDetail,
  DocumentSummary,
  Elements,
  EntityDetailResponse,
  IndicatorSeries,
  PathsResponse,
  RelationDetail,
  SearchHit,
  TimelineItem,
} from './types';
import { filterParams, type Filters } from './filters/filterState';
import { pathQuery } from './paths/pathRequest';

export type { Filters };

export class ApiError extends Error {}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const res = await fetch(`/api${path}${qs.size > 0 ? `?${qs}` : ''}`);
  const body = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok || !body) throw new ApiError(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

export const api = {
  search: (q: string, lang: string) =>
    get<{ results: SearchHit[] }>('/search', { q, limit: 8, lang }).then((r) => r.results),
  overview: (limit: number, f?: Filters) => get<Elements>('/overview', { limit, ...(f ? filterParams(f) : {}) }),
  entity: (id: string, lang: string) => get<EntityDetailResponse>(`/entities/${encodeURIComponent(id)}`, { lang }),
  neighborhood: (id: string, limit: number, f: Filters, lang: string) =>
    get<Elements & { truncated: boolean }>(`/entities/${encodeURIComponent(id)}/neighborhood`, {
      depth: 1,
      limit,
      lang,
      ...filterParams(f),
    }),
  // Relations stay: the view hides and shows them by type without asking again.
  subgraph: (ids: string[], f: Pick<Filters, 'documents' | 'years'>) =>
    get<Elements>('/subgraph', {
      ids: ids.join(','),
      ...(f.documents.length ? { documents: f.documents.join(',') } : {}),
      ...(f.years.length ? { years: f.years.join(',') } : {}),
    }),
  paths: (from: string, to: string, f: Filters, avoidHubs: boolean, lang: string) =>
    get<PathsResponse>('/paths', pathQuery(from, to, f, avoidHubs, lang)),
  relation: (id: string, lang: string) => get<RelationDetail>(`/relations/${encodeURIComponent(id)}`, { lang }),
  documents: () => get<{ documents: DocumentSummary[] }>('/documents').then((r) => r.documents),
  document: (id: string) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  timeline: (id: string) =>
    get<{ items: TimelineItem[] }>(`/entities/${encodeURIComponent(id)}/timeline`).then((r) => r.items),
  indicators: (place: string) => get<{ series: IndicatorSeries[] }>('/indicators', { place }).then((r) => r.series),
};
