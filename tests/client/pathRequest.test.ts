// The path finder's request under the view's filters, and what of the answer is drawn and highlighted.
import { pathElements, pathHighlight, pathQuery, PATH_LIMIT } from '../../client/src/paths/pathRequest';
import type { PathResult } from '../../client/src/types';

const node = (id: string) => ({ data: { id } }) as PathResult['nodes'][number];
const edge = (id: string) => ({ data: { id } }) as PathResult['edges'][number];
const path = (nodes: string[], edges: string[]) =>
  ({
    length: edges.length,
    cost: edges.length,
    hubs: [],
    hops: [],
    nodes: nodes.map(node),
    edges: edges.map(edge),
  }) as PathResult;

describe('path requests', () => {
  test('the query carries both ends, the language, the hub switch and the view filters', () => {
    const q = pathQuery(
      'e1',
      'e9',
      { types: ['Project'], relations: [], documents: ['doc-a'], years: [], co: false },
      true,
      'en',
    );
    expect(q).toMatchObject({ from: 'e1', to: 'e9', lang: 'en', avoidHubs: 'true', limit: PATH_LIMIT });
    expect(q).toMatchObject({ types: 'Project', documents: 'doc-a' });
    expect(q).not.toHaveProperty('years');
    expect(String(q.relations).split(',')).not.toContain('CO_OCCURS');
    expect(
      pathQuery('e1', 'e9', { types: [], relations: [], documents: [], years: [], co: true }, false, 'zh'),
    ).toEqual(expect.objectContaining({ avoidHubs: 'false', relations: undefined, lang: 'zh' }));
  });

  test('every path is drawn; one is highlighted at a time; none when it does not exist', () => {
    const paths = [path(['e1', 'e2', 'e9'], ['r1', 'r2']), path(['e1', 'e3', 'e9'], ['r3', 'r4'])];
    const els = pathElements(paths);
    expect(els.nodes.map((n) => n.data.id)).toEqual(['e1', 'e2', 'e9', 'e1', 'e3', 'e9']);
    expect(els.edges.map((e) => e.data.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(pathHighlight(paths, 1)).toEqual({ nodes: ['e1', 'e3', 'e9'], edges: ['r3', 'r4'] });
    expect(pathHighlight(paths, 2)).toEqual({ nodes: [], edges: [] });
    expect(pathHighlight(null, 0)).toEqual({ nodes: [], edges: [] });
  });
});
