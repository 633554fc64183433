// The view's filters: what the API is asked under them, what a change touches, and what stays visible.
import { RELATION_TYPES, type DocumentSummary } from '../types';
import type { ViewState } from '../state/viewState';

export interface Filters {
  types: string[];
  /** Typed relation types shown (empty: all). */
  relations: string[];
  documents: string[];
  years: string[];
  /** Co-occurrence shown. */
  co: boolean;
}

export type FilterChange = Pick<ViewState, 'types' | 'relations' | 'documents' | 'years' | 'co'>;

/** No filter at all (the reset button, and the reset of an empty canvas). */
export function noFilters(): FilterChange {
  return { types: [], relations: [], documents: [], years: [], co: true };
}

export function filtersOf(s: FilterChange): Filters {
  return { types: s.types, relations: s.relations, documents: s.documents, years: s.years, co: s.co };
}

/** A copy that a filter panel may change without touching the state it came from. */
export function filterCopy(s: FilterChange): FilterChange {
  return {
    types: [...s.types],
    relations: [...s.relations],
    documents: [...s.documents],
    years: [...s.years],
    co: s.co,
  };
}

const same = (a: string[], b: string[]) => a.join() === b.join();

/** What a change of filters touches: evidence (documents, years) changes which relations exist; types the overview. */
export function filterDelta(before: FilterChange, after: FilterChange): { evidence: boolean; types: boolean } {
  return {
    evidence: !same(before.documents, after.documents) || !same(before.years, after.years),
    types: !same(before.types, after.types),
  };
}

export function nodeShown(type: string, f: Pick<FilterChange, 'types'>): boolean {
  return f.types.length === 0 || f.types.includes(type);
}

/** Co-occurrence has its own switch; typed relations follow the relation filter. */
export function edgeShown(type: string, f: Pick<FilterChange, 'relations' | 'co'>): boolean {
  return type === 'CO_OCCURS' ? f.co : f.relations.length === 0 || f.relations.includes(type);
}

/** The documents the view draws from (every document when no document or year is chosen). */
export function documentsInView(docs: DocumentSummary[], f: Pick<FilterChange, 'documents' | 'years'>) {
  return docs.filter(
    (d) =>
      (f.documents.length === 0 || f.documents.includes(d.id)) &&
      (f.years.length === 0 || f.years.includes(String(d.year))),
  );
}

/** The relation types the view shows, as the API's `relations` list (none: every type). */
export function relationParam(f: Pick<Filters, 'relations' | 'co'>): string | undefined {
  const typed = f.relations.length > 0 ? f.relations : RELATION_TYPES.filter((r) => r !== 'CO_OCCURS');
  if (f.relations.length === 0 && f.co) return undefined;
  return (f.co ? [...typed, 'CO_OCCURS'] : typed).join(',');
}

/** The view's filters as query parameters: paths and expansions answer under the same filters as the view. */
export function filterParams(f: Filters): Record<string, string | undefined> {
  return {
    ...(f.types.length ? { types: f.types.join(',') } : {}),
    relations: relationParam(f),
    ...(f.documents.length ? { documents: f.documents.join(',') } : {}),
    ...(f.years.length ? { years: f.years.join(',') } : {}),
  };
}

/**
 * A filter list after one item is ticked or unticked. An empty list means every item; a list holding every item is
 * written empty again.
 */
export function toggled(selected: string[], all: string[], value: string, on: boolean): string[] {
  const from = selected.length === 0 ? [...all] : [...selected];
  const next = on ? [...new Set([...from, value])] : from.filter((v) => v !== value);
  return next.length === all.length ? [] : next;
}
