// The view lives in the URL: focus, visible nodes, filters, language, open panel; back/forward restore it.
import { LIST_KINDS, type ViewState } from '../state/viewState';

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

export function readState(search = location.search, fallbackLang: 'zh' | 'en' = 'zh'): ViewState {
  const q = new URLSearchParams(search);
  const path = list(q.get('path'));
  const cmp = list(q.get('cmp'));
  const kind = LIST_KINDS.find((k) => k === q.get('list'));
  const l = q.get('lang');
  return {
    lang: l === 'en' || l === 'zh' ? l : fallbackLang,
    focus: q.get('focus') ?? undefined,
    nodes: list(q.get('nodes')),
    types: list(q.get('types')),
    relations: list(q.get('rels')),
    documents: list(q.get('docs')),
    years: list(q.get('years')),
    co: q.get('co') !== '0',
    ...(path.length === 2 ? { path: [path[0], path[1]] as [string, string] } : {}),
    edge: q.get('edge') ?? undefined,
    doc: q.get('doc') ?? undefined,
    ...(kind ? { list: kind } : {}),
    ...(cmp.length === 2 ? { cmp: [cmp[0], cmp[1]] as [string, string] } : {}),
  };
}

export function stateToQuery(s: ViewState): string {
  const q = new URLSearchParams();
  q.set('lang', s.lang);
  if (s.focus) q.set('focus', s.focus);
  if (s.nodes.length) q.set('nodes', s.nodes.join(','));
  if (s.types.length) q.set('types', s.types.join(','));
  if (s.relations.length) q.set('rels', s.relations.join(','));
  if (s.documents.length) q.set('docs', s.documents.join(','));
  if (s.years.length) q.set('years', s.years.join(','));
  if (!s.co) q.set('co', '0');
  if (s.path) q.set('path', s.path.join(','));
  if (s.edge) q.set('edge', s.edge);
  if (s.doc) q.set('doc', s.doc);
  if (s.list) q.set('list', s.list);
  if (s.cmp) q.set('cmp', s.cmp.join(','));
  return `?${q.toString()}`;
}

export function pushState(s: ViewState, replace = false): void {
  const url = `${location.pathname}${stateToQuery(s)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
