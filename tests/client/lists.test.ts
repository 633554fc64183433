// The plain logic behind the explorer's lists: sorting, rows of an entity set, a comparison on the graph, and why
// the canvas is empty.
import { compareFileName, compareStatus, entitiesToDraw } from '../../client/src/lists/compareGraph';
import { explainEmpty } from '../../client/src/lists/emptyState';
import { groupByType, mentionedIds, toEntityRows } from '../../client/src/lists/entityRows';
import { sortRows } from '../../client/src/lists/sortRows';
import type { CompareEntity, Comparison } from '../../server/model';

const noFilters = { types: [], relations: [], documents: [], years: [], co: true };

describe('sortRows', () => {
  const rows = [
    { id: 'a', n: 3, zh: '太原市', en: 'Taiyuan' },
    { id: 'b', n: 10, zh: '北京市', en: 'Beijing' },
    { id: 'c', n: 3, zh: '晋中市', en: '' },
    { id: 'd', n: 1, zh: '阳曲县', en: 'Yangqu County' },
  ];
  test('numbers by value, ties in the order given, both directions', () => {
    expect(sortRows(rows, (r) => r.n, 'desc', 'en').map((r) => r.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(sortRows(rows, (r) => r.n, 'asc', 'en').map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });
  test('Chinese names in pinyin order; empty cells last either way', () => {
    // běi, jìn, tài, yáng
    expect(sortRows(rows, (r) => r.zh, 'asc', 'zh-CN').map((r) => r.zh)).toEqual([
      '北京市',
      '晋中市',
      '太原市',
      '阳曲县',
    ]);
    expect(sortRows(rows, (r) => r.en, 'asc', 'en').map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, (r) => r.en, 'desc', 'en').map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  test('does not change the rows it is given', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, (r) => r.n, 'asc', 'en');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('entity rows', () => {
  const summaries = [
    {
      id: 'p1',
      type: 'Project' as const,
      name_zh: '地铁2号线',
      name_en: 'Metro Line 2',
      mentions: 4,
      documents: [
        { id: 'd2023', year: 2023, count: 1 },
        { id: 'd2022a', year: 2022, count: 2 },
        { id: 'd2022b', year: 2022, count: 1 },
        { id: 'dx', year: null, count: 0 },
      ],
    },
    { id: 'c1', type: 'Company' as const, name_zh: '太钢集团', name_en: 'TISCO', mentions: 2, documents: [] },
    { id: 'p2', type: 'Project' as const, name_zh: '迎宾桥', name_en: 'Yingbin Bridge', mentions: 1, documents: [] },
  ];
  test('documents counted, distinct years ascending', () => {
    const [p1, c1] = toEntityRows(summaries);
    expect(p1).toMatchObject({ documentCount: 4, years: [2022, 2023] });
    expect(c1).toMatchObject({ documentCount: 0, years: [] });
  });
  test('grouped by type in the ontology order, order kept inside a group', () => {
    expect(groupByType(summaries).map((g) => [g.type, g.rows.map((r) => r.id)])).toEqual([
      ['Project', ['p1', 'p2']],
      ['Company', ['c1']],
    ]);
  });
  test("a document's entities: distinct, in order of first mention", () => {
    expect(mentionedIds([{ entity: 'x' }, { entity: 'y' }, { entity: 'x' }, { entity: 'z' }])).toEqual(['x', 'y', 'z']);
  });
});

describe('a comparison on the graph', () => {
  const e = (id: string, ma: number, mb: number): CompareEntity => ({
    id,
    type: 'Project',
    name_zh: id,
    name_en: id,
    mentions_a: ma,
    mentions_b: mb,
  });
  const c: Comparison = {
    a: { spec: '2022', documents: ['x'] },
    b: { spec: 'doc/2023 report', documents: ['y'] },
    added: [e('n1', 0, 1), e('n2', 0, 5)],
    dropped: [e('d1', 2, 0), e('d2', 9, 0), e('d3', 1, 0), e('d4', 1, 0)],
    continued: [e('k1', 1, 1), e('k2', 3, 3)],
    changed: [{ ...e('k2', 3, 3), changes: [{ kind: 'status', a: ['开工'], b: ['竣工'] }] }],
  };
  test('each entity has its side; a changed one is continued', () => {
    const s = compareStatus(c);
    expect([s.get('n1'), s.get('d3'), s.get('k2'), s.size]).toEqual(['added', 'dropped', 'continued', 8]);
  });
  test('drawn: the most mentioned of each side in turn, up to the cap', () => {
    expect(entitiesToDraw(c, 5)).toEqual(['n2', 'k2', 'd2', 'n1', 'k1']);
    expect(entitiesToDraw(c, 100)).toHaveLength(8);
    expect(entitiesToDraw(c, 100).slice(-2)).toEqual(['d3', 'd4']);
  });
  test('file names from the sides asked for', () => {
    expect(compareFileName(c, 'csv')).toBe('compare-2022-doc_2023_report.csv');
  });
});

describe('why the canvas is empty', () => {
  const drawn = [{ type: 'Place' }, { type: 'Place' }, { type: 'Policy' }, { type: 'Project' }];
  test('nothing drawn: the filters in force, or a blank start', () => {
    const f = { ...noFilters, years: ['2025'], documents: ['d1'] };
    expect(explainEmpty([], f)).toEqual({ kind: 'noMatch', filters: f });
    expect(explainEmpty([], noFilters)).toEqual({ kind: 'blank' });
    expect(explainEmpty([], { ...noFilters, co: false })).toMatchObject({ kind: 'noMatch' });
  });
  test('the type filter hides some or all of what is drawn: how many of each type', () => {
    expect(explainEmpty(drawn, { ...noFilters, types: ['Company'] })).toEqual({
      kind: 'hidden',
      all: true,
      drawn: 4,
      hidden: [
        { type: 'Project', count: 1 },
        { type: 'Place', count: 2 },
        { type: 'Policy', count: 1 },
      ],
    });
    expect(explainEmpty(drawn, { ...noFilters, types: ['Place', 'Project'] })).toEqual({
      kind: 'hidden',
      all: false,
      drawn: 4,
      hidden: [{ type: 'Policy', count: 1 }],
    });
    expect(explainEmpty(drawn, { ...noFilters, types: ['Place', 'Project', 'Policy'] })).toBeNull();
    expect(explainEmpty(drawn, noFilters)).toBeNull();
  });
});
