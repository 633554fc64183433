// The view in the URL: every part of it survives a round trip.
import { readState, stateToQuery } from '../../client/src/routing/url';
import { overviewState, type ViewState } from '../../client/src/state/viewState';

describe('view state in the URL', () => {
  test('round trip', () => {
    const s: ViewState = {
      lang: 'en',
      focus: 'e1',
      nodes: ['e1', 'e2'],
      types: ['Place'],
      relations: ['LOCATED_IN'],
      documents: ['doc-a'],
      years: ['2024'],
      co: false,
      path: ['e1', 'e2'],
      edge: 'li1',
      doc: 'doc-a',
      list: 'compare',
      cmp: ['2022', 'doc-b'],
    };
    expect(readState(stateToQuery(s))).toEqual(s);
  });

  test('defaults and junk', () => {
    expect(readState('', 'zh')).toEqual({
      lang: 'zh',
      nodes: [],
      types: [],
      relations: [],
      documents: [],
      years: [],
      co: true,
      focus: undefined,
      edge: undefined,
      doc: undefined,
    });
    expect(readState('?lang=fr&path=a', 'en')).toMatchObject({ lang: 'en' });
    expect(readState('?lang=fr&path=a', 'en').path).toBeUndefined();
    expect(readState('?list=chart&cmp=a', 'en')).not.toHaveProperty('list');
    expect(readState('?list=chart&cmp=a', 'en')).not.toHaveProperty('cmp');
  });
});

describe('URL and the explorer state', () => {
  const base: ViewState = {
    lang: 'zh',
    nodes: ['e1', 'e2', 'e3'],
    types: ['Project'],
    relations: [],
    documents: ['doc-a', 'doc-b'],
    years: [],
    co: true,
    focus: 'e2',
  };

  test('the query names only what differs from the defaults, in a stable order', () => {
    expect(stateToQuery(base)).toBe('?lang=zh&focus=e2&nodes=e1%2Ce2%2Ce3&types=Project&docs=doc-a%2Cdoc-b');
    expect(stateToQuery({ ...base, nodes: [], types: [], documents: [], focus: undefined })).toBe('?lang=zh');
  });

  test('a URL with empty items and a one-ended path reads as the view it can show', () => {
    const s = readState('?lang=en&nodes=e1,,e2&types=&path=e1,&cmp=a,b,c&co=1', 'zh');
    expect(s).toMatchObject({ lang: 'en', nodes: ['e1', 'e2'], types: [], co: true });
    expect(s.path).toBeUndefined();
    expect(s.cmp).toBeUndefined();
  });

  test('the overview keeps filters and language and drops what was drawn, focused or opened', () => {
    const s: ViewState = { ...base, path: ['e1', 'e3'], edge: 'r1', doc: 'doc-a', list: 'table' };
    const o = overviewState(s);
    expect(o).toMatchObject({ lang: 'zh', types: ['Project'], documents: ['doc-a', 'doc-b'], list: 'table' });
    expect(o.nodes).toEqual([]);
    expect([o.focus, o.path, o.edge, o.doc]).toEqual([undefined, undefined, undefined, undefined]);
    expect(stateToQuery(o)).toBe('?lang=zh&types=Project&docs=doc-a%2Cdoc-b&list=table');
    expect(s.nodes).toEqual(['e1', 'e2', 'e3']);
  });
});
