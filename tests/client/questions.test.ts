// The question builder's patterns, the ready questions, and the answer as table lines and CSV.
import { parsePattern } from '../../server/query/parser';
import { patternQuery } from '../../server/query/request';
import type { PatternRow } from '../../server/query/types';
import {
  builderPattern,
  hopChoices,
  nextTypes,
  patternParamNames,
  type Builder,
} from '../../client/src/questions/builder';
import { READY_QUESTIONS, readyRequest } from '../../client/src/questions/ready';
import { boundIds, columns, rowsCsv, tableRows } from '../../client/src/questions/results';
import { ENTITY_TYPES } from '../../server/ontology';

const zone = { id: 'e-zone', name_zh: '青禾新区', name_en: 'Qinghe New Area' };

describe('question builder', () => {
  test('steps become a pattern the server accepts: types, relations, direction, an entity as {id: $param}', () => {
    const b: Builder = {
      nodes: [{ type: 'Company' }, { type: 'Project' }, { type: 'Place', entity: zone }],
      hops: [
        { relation: 'DEVELOPS', direction: 'out' },
        { relation: 'LOCATED_IN', direction: 'out' },
      ],
      descendants: true,
    };
    const req = builderPattern(b);
    expect(req).toEqual({
      pattern: '(n1:Company)-[:DEVELOPS]->(n2:Project)-[:LOCATED_IN]->(n3:Place {id: $n3})',
      params: { n3: 'e-zone' },
      descendants: true,
    });
    const q = patternQuery({ ...req, limit: 10 });
    expect(q.pattern.nodes.map((n) => n.label)).toEqual(['Company', 'Project', 'Place']);
    expect(q.descendants).toBe(true);
  });

  test('any type, any relation and an incoming relation; descendants only with a place entity', () => {
    const req = builderPattern({
      nodes: [{ type: 'Policy', entity: { id: 'p1', name_zh: '甲', name_en: 'A' } }, { type: '' }, { type: '' }],
      hops: [
        { relation: 'IMPLEMENTS', direction: 'in' },
        { relation: '', direction: 'any' },
      ],
      descendants: true,
    });
    expect(req).toEqual({
      pattern: '(n1:Policy {id: $n1})<-[:IMPLEMENTS]-(n2)--(n3)',
      params: { n1: 'p1' },
      descendants: false,
    });
    expect(() => parsePattern(req.pattern)).not.toThrow();
  });

  test('step choices follow the ontology: a company develops projects, a project is developed by companies', () => {
    const fromCompany = hopChoices('Company');
    expect(fromCompany).toContainEqual({ relation: 'DEVELOPS', direction: 'out', to: ['Project'] });
    expect(fromCompany.some((c) => c.relation === 'HELD_IN')).toBe(false);
    expect(nextTypes('Project', { relation: 'DEVELOPS', direction: 'in' }, ENTITY_TYPES)).toEqual([
      'Company',
      'Organization',
    ]);
    expect(nextTypes('Project', { relation: '', direction: 'any' }, ENTITY_TYPES)).toEqual([...ENTITY_TYPES]);
    expect(nextTypes('Place', { relation: 'PART_OF', direction: 'any' }, ENTITY_TYPES)).toContain('Place');
  });

  test('at most four nodes; a typed pattern names its parameters once, in order', () => {
    const five: Builder = {
      nodes: Array.from({ length: 5 }, () => ({ type: '' as const })),
      hops: Array.from({ length: 4 }, () => ({ relation: '' as const, direction: 'any' as const })),
      descendants: false,
    };
    expect(() => builderPattern(five)).toThrow(/1 to 4 nodes/);
    expect(patternParamNames('(a {name: $who})-->(b {id: $b_1})<--(c {name: $who})')).toEqual(['who', 'b_1']);
  });

  test('every ready question is a valid pattern with its one parameter', () => {
    for (const q of READY_QUESTIONS) {
      const req = readyRequest(q, 'e-x');
      const parsed = patternQuery({ ...req, limit: 5 });
      expect(parsed.params).toEqual({ [q.param.name]: 'e-x' });
      const constrained = parsed.pattern.nodes.filter((n) => n.id !== null);
      expect(constrained.map((n) => n.label)).toEqual([q.param.type]);
    }
  });
});

const rows: PatternRow[] = [
  {
    bindings: {
      c: { id: 'e-co', type: 'Company', name_zh: '青禾电子', name_en: 'Qinghe Electronics, "Ltd"' },
      p: { id: 'e-pr', type: 'Project', name_zh: '青禾电池项目', name_en: 'Qinghe Battery Project' },
    },
    relations: [
      {
        id: 'dv-1',
        type: 'DEVELOPS',
        source: 'e-co',
        target: 'e-pr',
        evidence: [
          { document: 'd1', sentence: 3, text: '青禾电子建设青禾电池项目，投资10亿元。', year: 2024 },
          { document: 'd2', sentence: 1, text: '青禾电池项目投产。', year: 2025 },
        ],
      },
    ],
  },
  {
    bindings: {
      c: { id: 'e-co2', type: 'Company', name_zh: '白河能源', name_en: 'Baihe Energy' },
      p: { id: 'e-pr', type: 'Project', name_zh: '青禾电池项目', name_en: 'Qinghe Battery Project' },
    },
    relations: [
      {
        id: 'dv-2',
        type: 'DEVELOPS',
        source: 'e-co2',
        target: 'e-pr',
        evidence: [{ document: 'd2', sentence: 4, text: '白河能源参与青禾电池项目。', year: 2025 }],
      },
    ],
  },
];
const docs = [
  { id: 'd1', title_zh: '2024年政府工作报告', title_en: '2024 Government Work Report', year: 2024 },
  { id: 'd2', title_zh: '2025年政府工作报告', title_en: '2025 Government Work Report', year: 2025 },
];

describe('answers as tables', () => {
  test('one line per row: entities by column, the first sentence of each relation with its document and year', () => {
    expect(columns(rows)).toEqual(['c', 'p']);
    const t = tableRows(rows, docs);
    expect(t.map((r) => r.entities.map((e) => e.id))).toEqual([
      ['e-co', 'e-pr'],
      ['e-co2', 'e-pr'],
    ]);
    expect(t[0].evidence).toEqual([
      {
        relation: 'dv-1',
        type: 'DEVELOPS',
        source: 'e-co',
        target: 'e-pr',
        document: 'd1',
        title_zh: '2024年政府工作报告',
        title_en: '2024 Government Work Report',
        year: 2024,
        sentence: 3,
        text: '青禾电子建设青禾电池项目，投资10亿元。',
        count: 2,
      },
    ]);
    expect(boundIds(rows)).toEqual(['e-co', 'e-pr', 'e-co2']);
    expect(tableRows([], docs)).toEqual([]);
  });

  test('CSV: a byte-order mark, a header, one quoted line per row with titles in the chosen language', () => {
    const csv = rowsCsv(rows, docs, 'en');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'c_id,c_name_zh,c_name_en,c_type,p_id,p_name_zh,p_name_en,p_type,relations,documents,titles,years,sentences',
    );
    expect(lines[1]).toBe(
      'e-co,青禾电子,"Qinghe Electronics, ""Ltd""",Company,e-pr,青禾电池项目,Qinghe Battery Project,Project,' +
        'DEVELOPS,d1,2024 Government Work Report,2024,青禾电子建设青禾电池项目，投资10亿元。',
    );
    expect(lines).toHaveLength(3);
    expect(rowsCsv(rows, docs, 'zh')).toContain(',2025年政府工作报告,2025,');
  });
});
