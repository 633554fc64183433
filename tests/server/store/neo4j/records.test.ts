// Record mapping of the Neo4j store: rows as Neo4j returns them, made into the model's values (no Neo4j needed).
import {
  edgeWeight,
  evidenceOf,
  parseJson,
  relationAttributes,
  toDocumentSummary,
  toEntity,
  toEntityDetail,
  toFetchedTie,
  toGraphEdge,
  toNode,
} from '../../../../server/store/neo4j/records';

const ev = (document: string, sentence: number) => ({
  document,
  sentence,
  text: `句子${sentence}`,
  start: sentence * 10,
  end: sentence * 10 + 5,
  year: 2024,
  rule: 'test',
});

const companyRow = {
  id: 'e-qhdz',
  type: 'Company',
  subtype: null,
  name_zh: '青禾电子',
  name_en: 'Qinghe Electronics',
  aliases: ['青禾电子集团'],
  attributes_json: JSON.stringify({ investment: [{ kind: 'investment', value: 7 }] }),
  mentions: 3,
  degree: 4,
};

describe('parseJson', () => {
  test('parses a JSON string and falls back on anything else', () => {
    expect(parseJson('{"a":1}', {})).toEqual({ a: 1 });
    expect(parseJson('{broken', { b: 2 })).toEqual({ b: 2 });
    expect(parseJson(null, [])).toEqual([]);
    expect(parseJson(42, 'none')).toBe('none');
  });
});

describe('relation attributes and evidence', () => {
  test('attributes of several documents merge: the first value of a key wins, implicit only if all say so', () => {
    const merged = relationAttributes([
      JSON.stringify({ amount: '70亿元', implicit: 'true' }),
      JSON.stringify({ amount: '80亿元', status: '在建' }),
    ]);
    expect(merged).toEqual({ amount: '70亿元', status: '在建' });
    expect(relationAttributes([JSON.stringify({ implicit: 'true' })])).toEqual({ implicit: 'true' });
    expect(relationAttributes(null)).toEqual({});
    expect(relationAttributes([])).toEqual({});
  });

  test('evidence of every document, by document then sentence; unreadable lists are skipped', () => {
    const got = evidenceOf([
      JSON.stringify([ev('doc-b', 0)]),
      '{broken',
      JSON.stringify([ev('doc-a', 2), ev('doc-a', 1)]),
    ]);
    expect(got.map((e) => [e.document, e.sentence])).toEqual([
      ['doc-a', 1],
      ['doc-a', 2],
      ['doc-b', 0],
    ]);
    expect(got[0].text).toBe('句子1');
    expect(evidenceOf(null)).toEqual([]);
  });
});

describe('entities and nodes', () => {
  test('an entity row keeps names, aliases, parsed attributes and mentions; no subtype key when none', () => {
    const e = toEntity(companyRow);
    expect(e).toEqual({
      id: 'e-qhdz',
      type: 'Company',
      name_zh: '青禾电子',
      name_en: 'Qinghe Electronics',
      aliases: ['青禾电子集团'],
      attributes: { investment: [{ kind: 'investment', value: 7 }] },
      mentions: 3,
    });
    expect('subtype' in e).toBe(false);
    const row = { id: 'e-qinghe', type: 'Place', subtype: 'county', name_zh: '青禾县', name_en: 'Qinghe' };
    const county = toEntity(row);
    expect(county.subtype).toBe('county');
    expect(county.aliases).toEqual([]);
    expect(county.attributes).toEqual({});
    expect(county.mentions).toBe(0);
  });

  test('a node has degree and the importance given, and no attributes', () => {
    const n = toNode(companyRow, 0.25);
    expect(n).toMatchObject({ id: 'e-qhdz', name_zh: '青禾电子', degree: 4, importance: 0.25, mentions: 3 });
    expect('attributes' in n).toBe(false);
  });

  test('entity detail: degree by relation type without contributions, documents by id without empty rows', () => {
    const d = toEntityDetail(
      companyRow,
      [
        { type: 'DEVELOPS', n: 2 },
        { type: 'CONTRIBUTES', n: 5 },
        { type: null, n: 0 },
        { type: 'SUPPORTS', n: 1 },
      ],
      [
        { id: 'doc-b', title_zh: '乙', title_en: 'B', year: 2025, count: 1 },
        { id: null, title_zh: '', title_en: '', year: null, count: 0 },
        { id: 'doc-a', title_zh: '甲', title_en: 'A', year: 2024, count: 2 },
      ],
    );
    expect(d.degree).toEqual({ DEVELOPS: 2, SUPPORTS: 1 });
    expect(d.documents).toEqual([
      { id: 'doc-a', title_zh: '甲', title_en: 'A', year: 2024, count: 2 },
      { id: 'doc-b', title_zh: '乙', title_en: 'B', year: 2025, count: 1 },
    ]);
    expect(d.name_en).toBe('Qinghe Electronics');
  });
});

describe('relation weights under filters', () => {
  const row = {
    id: 'dv-1',
    source: 'e-qhdz',
    target: 'e-proj',
    type: 'DEVELOPS',
    weight: 6,
    docs: ['doc-a', 'doc-b', 'doc-c'],
    years: [2023, 2024, 2024],
    counts: [1, 2, 3],
    attributes: [JSON.stringify({ status: '在建' })],
    sourceType: 'Company',
    targetType: 'Project',
  };

  test('without a filter the weight is all the evidence', () => {
    expect(edgeWeight(row, {})).toBe(6);
    expect(edgeWeight(row, { documents: [], years: [] })).toBe(6);
  });

  test('documents and years keep the evidence they hold, and both filters apply together', () => {
    expect(edgeWeight(row, { documents: ['doc-a', 'doc-c'] })).toBe(4);
    expect(edgeWeight(row, { years: [2024] })).toBe(5);
    expect(edgeWeight(row, { documents: ['doc-a', 'doc-b'], years: [2024] })).toBe(2);
    expect(edgeWeight(row, { documents: ['doc-x'] })).toBe(0);
  });

  test('an edge counts all its evidence and carries the filtered weight; a tie knows its ends’ types', () => {
    expect(toGraphEdge(row, 2)).toEqual({
      id: 'dv-1',
      source: 'e-qhdz',
      target: 'e-proj',
      type: 'DEVELOPS',
      weight: 2,
      evidenceCount: 6,
      attributes: { status: '在建' },
    });
    expect(toFetchedTie(row, 3)).toEqual({
      id: 'dv-1',
      source: 'e-qhdz',
      target: 'e-proj',
      type: 'DEVELOPS',
      weight: 3,
      sourceType: 'Company',
      targetType: 'Project',
    });
  });
});

describe('document summaries', () => {
  test('optional fields only when stored; counts as numbers', () => {
    const stored = {
      id: 'doc-a',
      file: 'doc-a.txt',
      title_zh: '甲',
      title_en: 'A',
      year: 2024,
      kind: 'report',
      published: '2024-01-20',
      covers_year: 2023,
      plans_year: 2024,
      chars: 120,
      entities: 5,
      relations: 6,
    };
    // Every field stored comes back as it was.
    expect(toDocumentSummary(stored)).toEqual(stored);
    const bare = toDocumentSummary({ id: 'doc-b', file: 'doc-b.txt', title_zh: null, year: null, covers_year: null });
    expect(bare).toEqual({
      id: 'doc-b',
      file: 'doc-b.txt',
      title_zh: '',
      title_en: '',
      year: null,
      chars: 0,
      entities: 0,
      relations: 0,
    });
  });
});
