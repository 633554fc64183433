// The view in the URL: every part of it survives a round trip.
import { readState, stateToQuery, type ViewState } from '../../client/src/state';

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
