// The filter state: what the API is asked, what a change touches, what stays visible, which documents are in view.
import {
  documentsInView,
  edgeShown,
  filterCopy,
  filterDelta,
  filterParams,
  filtersOf,
  noFilters,
  nodeShown,
  relationParam,
  toggled,
} from '../../client/src/filters/filterState';
import type { ViewState } from '../../client/src/state/viewState';
import type { DocumentSummary } from '../../client/src/types';

const state: ViewState = {
  lang: 'en',
  nodes: ['e1'],
  focus: 'e1',
  types: ['Project', 'Company'],
  relations: ['LOCATED_IN'],
  documents: ['doc-a'],
  years: ['2024'],
  co: false,
};

describe('filter state', () => {
  test('the filters of a view are its five filter fields, nothing else', () => {
    expect(filtersOf(state)).toEqual({
      types: ['Project', 'Company'],
      relations: ['LOCATED_IN'],
      documents: ['doc-a'],
      years: ['2024'],
      co: false,
    });
  });

  test('a copy can change without touching the state', () => {
    const c = filterCopy(state);
    c.types.push('Place');
    c.years.length = 0;
    expect(state.types).toEqual(['Project', 'Company']);
    expect(state.years).toEqual(['2024']);
  });

  test('a change tells evidence filters (documents, years) from type filters', () => {
    const f = filterCopy(state);
    expect(filterDelta(state, f)).toEqual({ evidence: false, types: false });
    expect(filterDelta(state, { ...f, years: [] })).toEqual({ evidence: true, types: false });
    expect(filterDelta(state, { ...f, documents: ['doc-a', 'doc-b'] })).toEqual({ evidence: true, types: false });
    expect(filterDelta(state, { ...f, types: ['Project'] })).toEqual({ evidence: false, types: true });
    // Relation types and co-occurrence are hidden and shown on the canvas: no new request.
    expect(filterDelta(state, { ...f, relations: [], co: true })).toEqual({ evidence: false, types: false });
    expect(filterDelta(state, noFilters())).toEqual({ evidence: true, types: true });
  });

  test('visibility: node types, typed relations, and co-occurrence by its own switch', () => {
    expect(nodeShown('Project', state)).toBe(true);
    expect(nodeShown('Place', state)).toBe(false);
    expect(nodeShown('Place', noFilters())).toBe(true);
    expect(edgeShown('LOCATED_IN', state)).toBe(true);
    expect(edgeShown('SUPPORTS', state)).toBe(false);
    expect(edgeShown('CO_OCCURS', state)).toBe(false);
    expect(edgeShown('CO_OCCURS', { relations: ['LOCATED_IN'], co: true })).toBe(true);
    expect(edgeShown('SUPPORTS', noFilters())).toBe(true);
  });

  test('query parameters: lists joined, relations spelled out only when some are hidden', () => {
    expect(filterParams(filtersOf(state))).toEqual({
      types: 'Project,Company',
      relations: 'LOCATED_IN',
      documents: 'doc-a',
      years: '2024',
    });
    expect(filterParams(noFilters())).toEqual({ relations: undefined });
    expect(relationParam({ relations: ['LOCATED_IN'], co: true })).toBe('LOCATED_IN,CO_OCCURS');
    const typedOnly = relationParam({ relations: [], co: false })!.split(',');
    expect(typedOnly).toContain('LOCATED_IN');
    expect(typedOnly).not.toContain('CO_OCCURS');
  });

  test('documents in view: by id and by year, every document when neither is chosen', () => {
    const doc = (id: string, year: number) => ({ id, year }) as DocumentSummary;
    const docs = [doc('doc-a', 2023), doc('doc-b', 2024), doc('doc-c', 2024)];
    expect(documentsInView(docs, noFilters()).map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(documentsInView(docs, { documents: [], years: ['2024'] }).map((d) => d.id)).toEqual(['doc-b', 'doc-c']);
    expect(documentsInView(docs, { documents: ['doc-a', 'doc-b'], years: ['2024'] }).map((d) => d.id)).toEqual([
      'doc-b',
    ]);
  });

  test('ticking and unticking: an empty list means every item, and a full list is written empty', () => {
    const all = ['a', 'b', 'c'];
    expect(toggled([], all, 'b', false)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], all, 'b', true)).toEqual([]);
    expect(toggled(['a'], all, 'c', true)).toEqual(['a', 'c']);
    expect(toggled(['a'], all, 'a', true)).toEqual(['a']);
    expect(toggled(['a', 'c'], all, 'a', false)).toEqual(['c']);
  });
});
