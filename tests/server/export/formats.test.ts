import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { cypherString, toCsv, toCypher, toGexf, toGraphml, toJson } from '../../../server/export/formats';
import { viewExport } from '../../../server/export/view';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import type { GraphExport } from '../../../server/model';
import { sampleBatches } from '../../helpers/batches';

let g: GraphExport;
beforeAll(async () => {
  const store = new EmbeddedStore();
  await store.init();
  const [a, b] = sampleBatches();
  // A hostile name: XML, CSV and Cypher special characters.
  a.entities[2] = { ...a.entities[2], name_en: 'Qinghe <Electronics> & "Co", \'Ltd\'; x\ny' };
  await store.upsertDocument(a);
  await store.upsertDocument(b);
  g = await store.exportGraph();
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

describe('exports parse back to the same graph', () => {
  test('json', () => {
    const back = JSON.parse(toJson(g)) as GraphExport;
    expect(back).toEqual(g);
  });

  test('graphml opens with names, types and weights', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(g));
    expect(graph.order).toBe(g.entities.length);
    expect(graph.size).toBe(g.relations.length);
    expect(graph.getNodeAttribute('e-qhdz', 'name_en')).toBe('Qinghe <Electronics> & "Co", \'Ltd\'; x\ny');
    expect(graph.getNodeAttribute('e-linchuan', 'type')).toBe('Place');
    expect(graph.getEdgeAttribute('dv-1', 'weight')).toBe(1);
    // Each relation carries its sentences with their document, title and year.
    expect(JSON.parse(graph.getEdgeAttribute('dv-1', 'evidence_json') as string)).toEqual([
      {
        document: 'doc-a',
        title_zh: '测试文档doc-a',
        title_en: 'Test document doc-a',
        year: 2024,
        sentence: 1,
        text: '青禾电子在青禾县建设青禾电池材料项目。',
      },
    ]);
  });

  test('gexf opens with names, types and weights', () => {
    const graph = parseGexf(MultiDirectedGraph, toGexf(g));
    expect(graph.order).toBe(g.entities.length);
    expect(graph.size).toBe(g.relations.length);
    expect(graph.getNodeAttribute('e-linchuan', 'name_zh')).toBe('临川市');
    expect(graph.getNodeAttribute('e-linchuan', 'type')).toBe('Place');
    const evidence = JSON.parse(graph.getEdgeAttribute('cw-1', 'evidence_json') as string);
    expect(evidence).toEqual([
      expect.objectContaining({ document: 'doc-b', year: 2025, text: expect.stringMatching(/^临川市与北辰市/) }),
    ]);
  });

  test('a view export: each entity with the documents that mention it, in json, graphml and gexf', async () => {
    const store = new EmbeddedStore();
    await store.init();
    for (const b of sampleBatches()) await store.upsertDocument(b);
    const view = await viewExport(store, ['e-linchuan', 'e-qhdz', 'e-policy'], ['su-1', 'co-1', 'dv-1']);
    // dv-1 ends at a project outside the view: left out.
    expect(view.relations.map((r) => r.id).sort()).toEqual(['co-1', 'su-1']);
    expect(view.relations.find((r) => r.id === 'su-1')!.evidence[0]).toMatchObject({ document: 'doc-a', year: 2024 });
    const linchuan = view.entities.find((e) => e.id === 'e-linchuan')!;
    expect(linchuan.documents!.map((d) => [d.id, d.year])).toEqual([
      ['doc-a', 2024],
      ['doc-b', 2025],
    ]);
    const json = JSON.parse(toJson(view)) as typeof view;
    expect(json.entities.find((e) => e.id === 'e-qhdz')!.documents!.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    for (const graph of [
      parseGraphml(MultiDirectedGraph, toGraphml(view)),
      parseGexf(MultiDirectedGraph, toGexf(view)),
    ]) {
      expect(graph.order).toBe(3);
      expect(graph.size).toBe(2);
      const docs = JSON.parse(graph.getNodeAttribute('e-qhdz', 'documents') as string);
      expect(docs).toEqual([
        { id: 'doc-a', title_zh: '测试文档doc-a', title_en: 'Test document doc-a', year: 2024, count: 2 },
        { id: 'doc-b', title_zh: '测试文档doc-b', title_en: 'Test document doc-b', year: 2025, count: 1 },
      ]);
      expect(JSON.parse(graph.getEdgeAttribute('su-1', 'evidence_json') as string)[0]).toMatchObject({
        document: 'doc-a',
        year: 2024,
        text: '临川市实施“百园兴业”行动，支持青禾电子。',
      });
    }
    await expect(viewExport(store, ['e-nobody'], [])).rejects.toThrow(/No entity e-nobody/);
    await store.close();
  });

  test('csv has neo4j-admin import headers and one row per node and relationship', () => {
    const files = toCsv(g);
    const nodes = parseCsv(files['nodes.csv']);
    const rels = parseCsv(files['relationships.csv']);
    expect(nodes[0]).toEqual([
      'id:ID',
      ':LABEL',
      'type',
      'subtype',
      'name_zh',
      'name_en',
      'aliases:string[]',
      'mentions:int',
      'attributes',
    ]);
    expect(rels[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'weight:int', 'attributes', 'evidence']);
    expect(nodes).toHaveLength(g.entities.length + 1);
    expect(rels).toHaveLength(g.relations.length + 1);
    const company = nodes.find((r) => r[0] === 'e-qhdz')!;
    expect(company[1]).toBe('Entity;Company');
    expect(company[5]).toBe('Qinghe <Electronics> & "Co", \'Ltd\'; x\ny');
    expect(JSON.parse(rels.find((r) => r[3] === 'dv-1')![6])[0].text).toBe('青禾电子在青禾县建设青禾电池材料项目。');
  });

  test('cypher script: one statement per batch, strings escaped', () => {
    const script = toCypher(g);
    expect(script).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS');
    expect(script).toContain("\\'Ltd\\'");
    expect(script.match(/MERGE \(e:Entity/g)).toHaveLength(4);
    expect(cypherString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
  });
});
