// The rows the Neo4j store's write queries take, built from a batch (no Neo4j needed).
import type { IndicatorPoint } from '../../../../server/model';
import { mergeEntity } from '../../../../server/store/merge';
import { contributionRows, documentProps, evidenceRows, mergedProps } from '../../../../server/store/neo4j/writeRows';
import { sampleBatches } from '../../../helpers/batches';

describe('write rows', () => {
  const [a, b] = sampleBatches();

  test('document properties: counts, the batch as given, no indicators property when there are none', () => {
    const props = documentProps(a, 'BATCH');
    expect(props).toMatchObject({
      file: 'doc-a.txt',
      title_zh: '测试文档doc-a',
      year: 2024,
      kind: null,
      chars: a.document.text.length,
      entity_count: 5,
      relation_count: 6,
      batch_json: 'BATCH',
      indicators_json: null,
    });
    const point: IndicatorPoint = {
      indicator: 'gdp_growth',
      name_en: 'GDP growth',
      place: '临川市',
      period: '2024',
      value: 5.5,
      unit: 'percent',
      kind: 'target',
      evidence: { sentence: 0, start: 0, end: 4, text: '增长5.5%' },
    };
    const withIndicators = { ...a, indicators: [point] };
    expect(JSON.parse(String(documentProps(withIndicators, 'B').indicators_json))).toEqual([point]);
  });

  test('one contribution per entity, with the sentences of the document that mention it', () => {
    const rows = contributionRows(a);
    expect(rows.map((r) => [r.id, r.mentions])).toEqual([
      ['e-qinghe', 2],
      ['e-linchuan', 2],
      ['e-qhdz', 2],
      ['e-proj', 1],
      ['e-policy', 0],
    ]);
    const company = rows.find((r) => r.id === 'e-qhdz')!;
    expect(company).toMatchObject({ type: 'Company', name_zh: '青禾电子', name_en: 'Qinghe Electronics' });
    expect(JSON.parse(String(company.json)).aliases).toEqual(['青禾电子集团']);
  });

  test('merged properties carry aliases as text and the search tokens of every name form', () => {
    const merged = mergeEntity([
      { document: 'doc-a', entity: a.entities[2], mentions: 2 },
      { document: 'doc-b', entity: b.entities[3], mentions: 1 },
    ]);
    const props = mergedProps(merged);
    expect(props).toMatchObject({
      type: 'Company',
      subtype: null,
      name_zh: '青禾电子',
      aliases: ['青禾电子集团'],
      aliases_text: '青禾电子集团',
      mentions: 3,
    });
    const tokens = String(props.search_tokens).split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['青禾电子', '青禾电子集团', 'qingheelectronics']));
    expect(tokens.some((t) => t.startsWith('qinghe') && t !== 'qingheelectronics')).toBe(true);
  });

  test('evidence rows: the document, its year (or -1), the evidence and attributes as JSON', () => {
    const rels = a.relations.filter((r) => r.type === 'LOCATED_IN');
    const [row] = evidenceRows(a, rels);
    expect(row).toMatchObject({ id: 'li-1', source: 'e-proj', target: 'e-qinghe', document: 'doc-a', count: 1 });
    expect(row.year).toBe(2024);
    const [evidence] = JSON.parse(String(row.evidence_json)) as { text: string }[];
    expect(evidence.text).toBe('青禾电子在青禾县建设青禾电池材料项目。');
    expect(JSON.parse(String(row.attributes_json))).toEqual({});
    const undated = { ...b, document: { ...b.document, year: null } };
    expect(evidenceRows(undated, b.relations).map((r) => r.year)).toEqual([-1, -1, -1]);
  });
});
