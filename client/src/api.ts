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
import { RELATION_TYPES } from './types';

export class ApiError extends Error {}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const res = await fetch(`/api${path}${qs.size > 0 ? `?${qs}` : ''}`);
  const body = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok || !body) throw new ApiError(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

export interface Filters {
  types: string[];
  /** Typed relation types shown (empty: all). */
  relations: string[];
  documents: string[];
  years: string[];
  /** Co-occurrence shown. */
  co: boolean;
}

/** The relation types the view shows, as the API's `relations` list (none: every type). */
export function relationParam(f: Pick<Filters, 'relations' | 'co'>): string | undefined {
  const typed = f.relations.length > 0 ? f.relations : RELATION_TYPES.filter((r) => r !== 'CO_OCCURS');
  if (f.relations.length === 0 && f.co) return undefined;
  return (f.co ? [...typed, 'CO_OCCURS'] : typed).join(',');
}

/** The view's filters as query parameters: paths and expansions answer under the same filters as the view. */
const filterParams = (f: Filters) => ({
  ...(f.types.length ? { types: f.types.join(',') } : {}),
  relations: relationParam(f),
  ...(f.documents.length ? { documents: f.documents.join(',') } : {}),
  ...(f.years.length ? { years: f.years.join(',') } : {}),
});

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
    get<PathsResponse>('/paths', {
      from,
      to,
      lang,
      limit: 3,
      maxLength: 4,
      avoidHubs: String(avoidHubs),
      ...filterParams(f),
    }),
  relation: (id: string, lang: string) => get<RelationDetail>(`/relations/${encodeURIComponent(id)}`, { lang }),
  documents: () => get<{ documents: DocumentSummary[] }>('/documents').then((r) => r.documents),
  document: (id: string) => get<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  timeline: (id: string) =>
    get<{ items: TimelineItem[] }>(`/entities/${encodeURIComponent(id)}/timeline`).then((r) => r.items),
  indicators: (place: string) => get<{ series: IndicatorSeries[] }>('/indicators', { place }).then((r) => r.series),
};
