// Small hand-made batches for store tests (names invented for the tests).
import type { BatchEntity, BatchRelation, GraphBatch } from '../../server/model';
import type { EntityType, PlaceSubtype, RelationType } from '../../server/ontology';

export function entity(
  id: string,
  type: EntityType,
  name_zh: string,
  name_en: string,
  extra: Partial<BatchEntity> = {},
): BatchEntity {
  return { id, type, name_zh, name_en, aliases: [], facts: [], source: 'rule', rule: 'test', ...extra };
}

export function place(id: string, name_zh: string, name_en: string, subtype: PlaceSubtype): BatchEntity {
  return entity(id, 'Place', name_zh, name_en, { subtype });
}

/** A document whose sentences are the given strings; relations cite sentences by index. */
export function makeBatch(
  docId: string,
  sentences: string[],
  entities: BatchEntity[],
  relations: {
    id: string;
    source: string;
    target: string;
    type: RelationType;
    sentence: number;
    attributes?: Record<string, string>;
  }[],
  year: number | null = 2024,
): GraphBatch {
  let text = '';
  const spans = sentences.map((s) => {
    const start = text.length;
    text += s;
    const span = { start, end: text.length };
    text += '\n';
    return span;
  });
  const mentions = entities.flatMap((e) => {
    const out = [];
    for (const [i, s] of sentences.entries()) {
      const at = s.indexOf(e.name_zh);
      if (at >= 0)
        out.push({
          entity: e.id,
          sentence: i,
          start: spans[i].start + at,
          end: spans[i].start + at + e.name_zh.length,
          surface: e.name_zh,
        });
    }
    return out;
  });
  const rels: BatchRelation[] = [];
  for (const r of relations) {
    const span = spans[r.sentence];
    const ev = {
      document: docId,
      sentence: r.sentence,
      text: sentences[r.sentence],
      start: span.start,
      end: span.end,
      year,
      rule: 'test',
    };
    const existing = rels.find((x) => x.id === r.id);
    if (existing) existing.evidence.push(ev);
    else
      rels.push({
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        attributes: r.attributes ?? {},
        evidence: [ev],
      });
  }
  return {
    document: {
      id: docId,
      file: `${docId}.txt`,
      title_zh: `测试文档${docId}`,
      title_en: `Test document ${docId}`,
      year,
      text,
      sha256: docId,
      sentences: spans,
    },
    entities,
    mentions,
    relations: rels,
  };
}

/** Two documents about an invented county: a place hierarchy, a company, its project, a policy. */
export function sampleBatches(): GraphBatch[] {
  const a = makeBatch(
    'doc-a',
    ['青禾县位于临川市。', '青禾电子在青禾县建设青禾电池材料项目。', '临川市实施“百园兴业”行动，支持青禾电子。'],
    [
      place('e-qinghe', '青禾县', 'Qinghe County', 'county'),
      place('e-linchuan', '临川市', 'Linchuan', 'city'),
      entity('e-qhdz', 'Company', '青禾电子', 'Qinghe Electronics', { aliases: ['青禾电子集团'] }),
      entity('e-proj', 'Project', '青禾电池材料项目', 'Qinghe Battery Materials Project', {
        facts: [
          { kind: 'investment', value: 7000000000, unit: 'CNY', text: '总投资70亿元', document: 'doc-a', sentence: 1 },
        ],
      }),
      entity('e-policy', 'Policy', '百园兴业行动', 'Hundred Parks Campaign'),
    ],
    [
      { id: 'po-1', source: 'e-qinghe', target: 'e-linchuan', type: 'PART_OF', sentence: 0 },
      { id: 'dv-1', source: 'e-qhdz', target: 'e-proj', type: 'DEVELOPS', sentence: 1 },
      { id: 'li-1', source: 'e-proj', target: 'e-qinghe', type: 'LOCATED_IN', sentence: 1 },
      { id: 'im-1', source: 'e-linchuan', target: 'e-policy', type: 'IMPLEMENTS', sentence: 2 },
      { id: 'su-1', source: 'e-policy', target: 'e-qhdz', type: 'SUPPORTS', sentence: 2 },
      { id: 'co-1', source: 'e-linchuan', target: 'e-qhdz', type: 'CO_OCCURS', sentence: 2 },
    ],
    2024,
  );
  const b = makeBatch(
    'doc-b',
    ['临川市与北辰市合作共建北辰临川产业园。', '青禾电子入驻北辰临川产业园。'],
    [
      place('e-linchuan', '临川市', 'Linchuan', 'city'),
      place('e-beichen', '北辰市', 'Beichen', 'city'),
      entity('e-park', 'Project', '北辰临川产业园', 'Beichen–Linchuan Industrial Park'),
      entity('e-qhdz', 'Company', '青禾电子', 'Qinghe Electronics'),
    ],
    [
      { id: 'cw-1', source: 'e-beichen', target: 'e-linchuan', type: 'COOPERATES_WITH', sentence: 0 },
      { id: 'li-2', source: 'e-park', target: 'e-beichen', type: 'LOCATED_IN', sentence: 0 },
      { id: 'co-2', source: 'e-park', target: 'e-qhdz', type: 'CO_OCCURS', sentence: 1 },
    ],
    2025,
  );
  return [a, b];
}
