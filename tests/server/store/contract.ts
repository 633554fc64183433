// One contract for every GraphStore: the embedded store always runs it, Neo4j when NEO4J_URI is set.
import type { GraphBatch, IndicatorPoint } from '../../../server/model';
import type { GraphStore } from '../../../server/store/GraphStore';
import { makeBatch, entity, place, sampleBatches } from '../../helpers/batches';

/** A GDP growth point for 临川市 read from sentence 0 of a test document. */
function growth(kind: IndicatorPoint['kind'], period: string, value: number, text: string): IndicatorPoint {
  return {
    indicator: 'gdp_growth',
    name_en: 'GDP growth',
    place: '临川市',
    place_id: 'e-linchuan',
    period,
    value,
    unit: 'percent',
    kind,
    ...(kind === 'target' ? { qualifier: '左右' as const } : {}),
    evidence: { sentence: 0, start: 0, end: text.length, text },
  };
}

/** A report of `year` on 临川市 with the given indicator points. */
function report(id: string, year: number, sentence: string, indicators: IndicatorPoint[]): GraphBatch {
  return { ...makeBatch(id, [sentence], [place('e-linchuan', '临川市', 'Linchuan', 'city')], [], year), indicators };
}

export function describeGraphStore(
  name: string,
  makeStore: () => Promise<GraphStore>,
  cleanup: (s: GraphStore) => Promise<void> = async () => undefined,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      for (const b of sampleBatches()) await store.upsertDocument(b);
    });
    afterEach(async () => {
      await cleanup(store);
      await store.close();
    });

    test('stores documents, entities merged across documents, relations with evidence', async () => {
      const stats = await store.stats();
      expect(stats.documents).toBe(2);
      expect(stats.entities).toBe(7);
      expect(stats.relations).toBe(9);
      expect(stats.entitiesByType).toEqual({ Place: 3, Company: 1, Project: 2, Policy: 1 });
      const linchuan = await store.getEntity('e-linchuan');
      expect(linchuan?.name_en).toBe('Linchuan');
      expect(linchuan?.documents.map((d) => d.id).sort()).toEqual(['doc-a', 'doc-b']);
      expect(linchuan?.degree).toMatchObject({ PART_OF: 1, IMPLEMENTS: 1, COOPERATES_WITH: 1, CO_OCCURS: 1 });
      const company = await store.getEntity('e-qhdz');
      expect(company?.aliases).toContain('青禾电子集团');
      const project = await store.getEntity('e-proj');
      expect(project?.attributes.investment?.[0]).toMatchObject({ value: 7000000000, unit: 'CNY', document: 'doc-a' });
    });

    test('re-ingesting a document changes nothing', async () => {
      const before = await store.exportGraph();
      const v = await store.version();
      const res = await store.upsertDocument(sampleBatches()[0]);
      expect(res.changed).toBe(false);
      expect(await store.version()).toBe(v);
      expect(await store.exportGraph()).toEqual(before);
    });

    test('a new version of a document replaces what it contributed', async () => {
      const changed = makeBatch(
        'doc-b',
        ['临川市与北辰市合作。'],
        [
          entity('e-linchuan', 'Place', '临川市', 'Linchuan', { subtype: 'city' }),
          entity('e-beichen', 'Place', '北辰市', 'Beichen', { subtype: 'city' }),
        ],
        [{ id: 'cw-1', source: 'e-beichen', target: 'e-linchuan', type: 'COOPERATES_WITH', sentence: 0 }],
      );
      expect((await store.upsertDocument(changed)).changed).toBe(true);
      expect(await store.getEntity('e-park')).toBeNull();
      expect(await store.getRelation('li-2')).toBeNull();
      expect((await store.getRelation('cw-1'))?.evidence).toHaveLength(1);
      expect((await store.getRelation('cw-1'))?.evidence[0].text).toBe('临川市与北辰市合作。');
    });

    test('an invalid batch is refused whole and leaves no trace', async () => {
      const before = await store.exportGraph();
      const bad = makeBatch(
        'doc-c',
        ['某句子。'],
        [entity('e-x', 'Company', '某公司', 'Some Company')],
        [{ id: 'li-x', source: 'e-x', target: 'e-missing', type: 'LOCATED_IN', sentence: 0 }],
      );
      await expect(store.upsertDocument(bad)).rejects.toMatchObject({ name: 'InvalidBatchError' });
      const wrongType = makeBatch(
        'doc-c',
        ['某句子。'],
        [entity('e-x', 'Company', '某公司', 'Some Company'), entity('e-y', 'Policy', '某政策', 'Some Policy')],
        [{ id: 'li-y', source: 'e-x', target: 'e-y', type: 'LOCATED_IN', sentence: 0 }],
      );
      await expect(store.upsertDocument(wrongType)).rejects.toMatchObject({ name: 'InvalidBatchError' });
      expect(await store.exportGraph()).toEqual(before);
    });

    test('removing a document removes its evidence and what is left without evidence', async () => {
      expect(await store.removeDocument('doc-a')).toBe(true);
      expect(await store.removeDocument('doc-a')).toBe(false);
      expect(await store.getEntity('e-proj')).toBeNull();
      expect(await store.getEntity('e-policy')).toBeNull();
      expect(await store.getRelation('dv-1')).toBeNull();
      const company = await store.getEntity('e-qhdz');
      expect(company?.documents.map((d) => d.id)).toEqual(['doc-b']);
      expect(company?.aliases).not.toContain('青禾电子集团');
      expect((await store.stats()).documents).toBe(1);
    });

    test('search finds names in Chinese, pinyin, initials, English and traditional characters, best first', async () => {
      // Three names start with 青禾: equal prefix matches, ranked by importance (the company has most ties).
      const prefix = await store.search('青禾', { limit: 5 });
      expect(prefix.map((h) => h.name_zh)).toEqual(['青禾电子', expect.any(String), expect.any(String)]);
      expect(prefix.map((h) => h.name_zh).sort()).toEqual(['青禾县', '青禾电子', '青禾电池材料项目']);
      expect((await store.search('青禾县', { limit: 5 }))[0]).toMatchObject({ name_zh: '青禾县', matched: '青禾县' });
      expect((await store.search('qinghedianzi', { limit: 5 }))[0].id).toBe('e-qhdz');
      expect((await store.search('qing he dian zi', { limit: 5 }))[0].id).toBe('e-qhdz');
      expect((await store.search('qhdz', { limit: 5 }))[0].id).toBe('e-qhdz');
      expect((await store.search('Electronics', { limit: 5 }))[0].id).toBe('e-qhdz');
      expect((await store.search('臨川', { limit: 5 }))[0].id).toBe('e-linchuan');
      expect((await store.search('临川', { limit: 5, types: ['Project'] })).map((h) => h.id)).toEqual(['e-park']);
      expect(await store.search('完全无关', { limit: 5 })).toEqual([]);
    });

    test('neighbourhood: depth, filters by relation, type, document and year, node limit with truncated', async () => {
      const one = await store.neighborhood(['e-qhdz'], { depth: 1, limit: 50 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual(['e-linchuan', 'e-park', 'e-policy', 'e-proj', 'e-qhdz']);
      expect(one.truncated).toBe(false);
      const two = await store.neighborhood(['e-qhdz'], { depth: 2, limit: 50 });
      expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['e-qinghe', 'e-beichen']));
      const typed = await store.neighborhood(['e-qhdz'], { depth: 1, limit: 50, relations: ['DEVELOPS'] });
      expect(typed.nodes.map((n) => n.id).sort()).toEqual(['e-proj', 'e-qhdz']);
      expect(typed.edges.map((e) => e.type)).toEqual(['DEVELOPS']);
      const places = await store.neighborhood(['e-qhdz'], { depth: 2, limit: 50, types: ['Place'] });
      expect(places.nodes.every((n) => n.type === 'Place' || n.id === 'e-qhdz')).toBe(true);
      const docB = await store.neighborhood(['e-qhdz'], { depth: 1, limit: 50, documents: ['doc-b'] });
      expect(docB.nodes.map((n) => n.id).sort()).toEqual(['e-park', 'e-qhdz']);
      const y2024 = await store.neighborhood(['e-qhdz'], { depth: 1, limit: 50, years: [2024] });
      expect(y2024.nodes.map((n) => n.id)).not.toContain('e-park');
      const limited = await store.neighborhood(['e-qhdz'], { depth: 2, limit: 3 });
      expect(limited.nodes).toHaveLength(3);
      expect(limited.truncated).toBe(true);
      // Typed ties come before co-occurrence when the limit cuts.
      expect(limited.nodes.map((n) => n.id)).toContain('e-proj');
    });

    test('paths: ranked by specificity, hubs avoided unless needed and named, filters apply', async () => {
      // s and t both in the hub 中枢市 (tied to 40 more places); s-q-r-t typed; s-m-t co-occurrence (2025).
      const leaves = Array.from({ length: 40 }, (_, i) => place(`e-leaf${i}`, `叶${i}镇`, `Ye ${i}`, 'town'));
      const hubDoc = makeBatch(
        'doc-hub',
        ['甲公司位于中枢市，乙项目位于中枢市。', '甲公司开发丙项目，丁政策支持丙项目和乙项目。', '中枢市辖各镇。'],
        [
          entity('e-s', 'Company', '甲公司', 'Jia Company'),
          entity('e-t', 'Project', '乙项目', 'Yi Project'),
          place('e-hub', '中枢市', 'Zhongshu', 'city'),
          entity('e-q', 'Project', '丙项目', 'Bing Project'),
          entity('e-r', 'Policy', '丁政策', 'Ding Policy'),
          ...leaves,
        ],
        [
          { id: 'li-hs', source: 'e-s', target: 'e-hub', type: 'LOCATED_IN', sentence: 0 },
          { id: 'li-ht', source: 'e-t', target: 'e-hub', type: 'LOCATED_IN', sentence: 0 },
          { id: 'dv-sq', source: 'e-s', target: 'e-q', type: 'DEVELOPS', sentence: 1 },
          { id: 'su-rq', source: 'e-r', target: 'e-q', type: 'SUPPORTS', sentence: 1 },
          { id: 'su-rt', source: 'e-r', target: 'e-t', type: 'SUPPORTS', sentence: 1 },
          ...leaves.map((l, i) => ({
            id: `li-l${i}`,
            source: l.id,
            target: 'e-hub',
            type: 'LOCATED_IN' as const,
            sentence: 2,
          })),
        ],
        2024,
      );
      const coDoc = makeBatch(
        'doc-co',
        ['甲公司与戊公司、乙项目同时提及。'],
        [
          entity('e-s', 'Company', '甲公司', 'Jia Company'),
          entity('e-m', 'Company', '戊公司', 'Wu Company'),
          entity('e-t', 'Project', '乙项目', 'Yi Project'),
        ],
        [
          { id: 'co-sm', source: 'e-s', target: 'e-m', type: 'CO_OCCURS', sentence: 0 },
          { id: 'co-mt', source: 'e-m', target: 'e-t', type: 'CO_OCCURS', sentence: 0 },
        ],
        2025,
      );
      await store.upsertDocument(hubDoc);
      await store.upsertDocument(coDoc);
      const ids = (ps: { nodes: { id: string }[] }[]) => ps.map((p) => p.nodes.map((n) => n.id).join('>'));
      const all = await store.paths('e-s', 'e-t', { maxLength: 4, limit: 5, avoidHubs: false });
      // The hub path is the shortest but the least specific: last, and named.
      expect(ids(all)).toEqual(['e-s>e-q>e-r>e-t', 'e-s>e-m>e-t', 'e-s>e-hub>e-t']);
      expect(all.map((p) => p.hubs)).toEqual([[], [], ['e-hub']]);
      for (let i = 1; i < all.length; i++) expect(all[i].cost).toBeGreaterThan(all[i - 1].cost);
      // Hubs avoided by default.
      expect(ids(await store.paths('e-s', 'e-t', { maxLength: 4, limit: 5 }))).toEqual([
        'e-s>e-q>e-r>e-t',
        'e-s>e-m>e-t',
      ]);
      // When only the hub joins them, the path uses it and names it.
      const forced = await store.paths('e-s', 'e-t', {
        maxLength: 2,
        limit: 5,
        relations: ['LOCATED_IN', 'DEVELOPS', 'SUPPORTS'],
      });
      expect(ids(forced)).toEqual(['e-s>e-hub>e-t']);
      expect(forced[0].hubs).toEqual(['e-hub']);
      // Years, documents and entity types filter the paths as they filter the view.
      expect(ids(await store.paths('e-s', 'e-t', { maxLength: 4, limit: 5, years: [2024] }))).toEqual([
        'e-s>e-q>e-r>e-t',
      ]);
      expect(ids(await store.paths('e-s', 'e-t', { maxLength: 4, limit: 5, documents: ['doc-co'] }))).toEqual([
        'e-s>e-m>e-t',
      ]);
      expect(
        ids(
          await store.paths('e-s', 'e-t', { maxLength: 4, limit: 5, types: ['Project', 'Company'], avoidHubs: false }),
        ),
      ).toEqual(['e-s>e-m>e-t']);
    });

    test('paths: shortest first, typed relations preferred, filters, none when unreachable', async () => {
      const paths = await store.paths('e-proj', 'e-beichen', { maxLength: 4, limit: 5 });
      expect(paths.length).toBeGreaterThan(0);
      expect(paths[0].nodes[0].id).toBe('e-proj');
      expect(paths[0].nodes[paths[0].nodes.length - 1].id).toBe('e-beichen');
      for (let i = 1; i < paths.length; i++) expect(paths[i].cost).toBeGreaterThanOrEqual(paths[i - 1].cost);
      for (const p of paths) expect(p.edges).toHaveLength(p.nodes.length - 1);
      const typedOnly = await store.paths('e-proj', 'e-beichen', {
        maxLength: 4,
        limit: 5,
        relations: ['DEVELOPS', 'SUPPORTS', 'IMPLEMENTS', 'COOPERATES_WITH', 'PART_OF', 'LOCATED_IN'],
      });
      expect(typedOnly.every((p) => p.edges.every((e) => e.type !== 'CO_OCCURS'))).toBe(true);
      expect(typedOnly[0].nodes.map((n) => n.id)).toEqual(['e-proj', 'e-qinghe', 'e-linchuan', 'e-beichen']);
      expect(await store.paths('e-proj', 'e-beichen', { maxLength: 1, limit: 5 })).toEqual([]);
      expect(await store.paths('e-proj', 'nope', { maxLength: 3, limit: 5 })).toEqual([]);
    });

    test('relations carry their evidence sentences with offsets into the document text', async () => {
      const rel = await store.getRelation('dv-1');
      expect(rel).toMatchObject({ source: 'e-qhdz', target: 'e-proj', type: 'DEVELOPS', weight: 1 });
      const doc = await store.getDocument('doc-a');
      const ev = rel!.evidence[0];
      expect(doc!.text.slice(ev.start, ev.end)).toBe(ev.text);
      expect(ev.text).toBe('青禾电子在青禾县建设青禾电池材料项目。');
    });

    test('documents: list, read with mention offsets, unknown ids', async () => {
      const docs = await store.listDocuments();
      expect(docs.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
      expect(docs[1]).toMatchObject({ year: 2025, title_en: 'Test document doc-b' });
      const d = await store.getDocument('doc-a');
      for (const m of d!.mentions) expect(d!.text.slice(m.start, m.end)).toBe(m.surface);
      expect(d!.mentions.find((m) => m.entity === 'e-qhdz')).toMatchObject({
        type: 'Company',
        name_en: 'Qinghe Electronics',
      });
      expect(await store.getDocument('nope')).toBeNull();
      expect(await store.getEntity('nope')).toBeNull();
      expect(await store.getRelation('li-nope')).toBeNull();
    });

    test('overview ranks entities and gives communities; export has the fixed JSON fields', async () => {
      const top = await store.overview(3);
      expect(top).toHaveLength(3);
      expect(top.map((t) => t.id)).toContain('e-linchuan');
      for (const t of top) expect(typeof t.community).toBe('number');
      const g = await store.exportGraph();
      expect(Object.keys(g)).toEqual(['documents', 'entities', 'relations']);
      expect(Object.keys(g.documents[0]).sort()).toEqual(['file', 'id', 'title_en', 'title_zh', 'year']);
      expect(Object.keys(g.entities[0]).sort()).toEqual([
        'aliases',
        'attributes',
        'id',
        'mentions',
        'name_en',
        'name_zh',
        'subtype',
        'type',
      ]);
      expect(Object.keys(g.relations[0]).sort()).toEqual(['attributes', 'evidence', 'id', 'source', 'target', 'type']);
      expect(Object.keys(g.relations[0].evidence[0]).sort()).toEqual(['document', 'end', 'sentence', 'start', 'text']);
      expect(g.entities).toHaveLength(7);
      expect(g.relations).toHaveLength(9);
    });

    test('the version changes with every change', async () => {
      const v1 = await store.version();
      await store.removeDocument('doc-b');
      const v2 = await store.version();
      expect(v2).not.toBe(v1);
    });

    test('indicators are stored with their document: series by indicator and place, in period order', async () => {
      await store.upsertDocument(
        report('doc-r1', 2022, '临川市生产总值增长6%左右。', [growth('target', '2022', 6, '增长6%左右')]),
      );
      const r2 = report('doc-r2', 2023, '临川市生产总值增长5.1%，今年增长5.5%左右。', [
        growth('target', '2023', 5.5, '增长5.5%左右'),
        growth('actual', '2022', 5.1, '增长5.1%'),
      ]);
      await store.upsertDocument(r2);
      const series = await store.indicators();
      expect(series).toHaveLength(1);
      expect(series[0]).toMatchObject({
        indicator: 'gdp_growth',
        name_zh: '地区生产总值增速',
        name_en: 'GDP growth',
        place: '临川市',
      });
      expect(series[0].place_id).toBe('e-linchuan');
      expect(series[0].points.map((p) => [p.period, p.kind, p.value, p.evidence.document])).toEqual([
        ['2022', 'target', 6, 'doc-r1'],
        ['2022', 'actual', 5.1, 'doc-r2'],
        ['2023', 'target', 5.5, 'doc-r2'],
      ]);
      expect(series[0].points[0]).toEqual({
        period: '2022',
        kind: 'target',
        value: 6,
        unit: 'percent',
        qualifier: '左右',
        evidence: { document: 'doc-r1', sentence: 0, text: '增长6%左右' },
      });
      expect(await store.indicators('e-linchuan')).toEqual(series);
      expect(await store.indicators('e-beichen')).toEqual([]);
      // A new version of a document replaces its points; removing it removes them.
      await store.upsertDocument({ ...r2, indicators: [growth('actual', '2022', 5.2, '增长5.1%')] });
      expect((await store.indicators())[0].points.map((p) => p.value)).toEqual([6, 5.2]);
      await store.upsertDocument({ ...r2, indicators: [] });
      expect((await store.indicators())[0].points.map((p) => p.value)).toEqual([6]);
      await store.removeDocument('doc-r1');
      expect(await store.indicators()).toEqual([]);
    });

    test('timeline: one item per document in time order, statuses and changed amounts', async () => {
      const later = makeBatch(
        'doc-c',
        ['青禾电池材料项目建成投产，总投资80亿元。'],
        [
          entity('e-proj', 'Project', '青禾电池材料项目', 'Qinghe Battery Materials Project', {
            facts: [
              { kind: 'status', value: '投产', date: '2026-05', text: '建成投产', document: 'doc-c', sentence: 0 },
              { kind: 'investment', value: 8e9, unit: 'CNY', text: '总投资80亿元', document: 'doc-c', sentence: 0 },
            ],
          }),
        ],
        [],
        2026,
      );
      await store.upsertDocument(later);
      const items = await store.timeline('e-proj');
      expect(items?.map((i) => [i.document, i.year, i.mentions, i.changed])).toEqual([
        ['doc-a', 2024, 1, []],
        ['doc-c', 2026, 1, ['investment']],
      ]);
      expect(items?.[0]).toMatchObject({ title_zh: '测试文档doc-a', title_en: 'Test document doc-a', statuses: [] });
      expect(items?.[1].statuses).toEqual([{ status: '投产', date: '2026-05', text: '建成投产' }]);
      expect(items?.[1].attributes).toEqual([{ kind: 'investment', value: 8e9, unit: 'CNY', text: '总投资80亿元' }]);
      expect((await store.timeline('e-linchuan'))?.map((i) => i.document)).toEqual(['doc-a', 'doc-b']);
      expect(await store.timeline('e-missing')).toBeNull();
    });

    test('compare two documents or two years: added, dropped, continued, changed', async () => {
      const byYear = await store.compare('2024', '2025');
      const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
      expect(byYear).not.toBeNull();
      expect(byYear!.a).toEqual({ spec: '2024', documents: ['doc-a'] });
      expect(byYear!.b).toEqual({ spec: '2025', documents: ['doc-b'] });
      expect(ids(byYear!.added)).toEqual(['e-beichen', 'e-park']);
      expect(ids(byYear!.dropped)).toEqual(['e-policy', 'e-proj', 'e-qinghe']);
      expect(ids(byYear!.continued)).toEqual(['e-linchuan', 'e-qhdz']);
      expect(byYear!.changed).toEqual([]);
      expect(byYear!.continued.find((e) => e.id === 'e-linchuan')).toEqual({
        id: 'e-linchuan',
        type: 'Place',
        name_zh: '临川市',
        name_en: 'Linchuan',
        mentions_a: 2,
        mentions_b: 1,
      });
      expect(await store.compare('doc-a', 'doc-b')).toEqual({
        ...byYear,
        a: { spec: 'doc-a', documents: ['doc-a'] },
        b: { spec: 'doc-b', documents: ['doc-b'] },
      });
      const projects = await store.compare('doc-b', 'doc-a', { types: ['Project'] });
      expect(ids(projects!.added)).toEqual(['e-proj']);
      expect(ids(projects!.dropped)).toEqual(['e-park']);
      expect(projects!.continued).toEqual([]);
      // A project whose investment differs between the two sides is changed.
      await store.upsertDocument(
        makeBatch(
          'doc-c',
          ['青禾电池材料项目总投资80亿元。'],
          [
            entity('e-proj', 'Project', '青禾电池材料项目', 'Qinghe Battery Materials Project', {
              facts: [
                { kind: 'investment', value: 8e9, unit: 'CNY', text: '总投资80亿元', document: 'doc-c', sentence: 0 },
              ],
            }),
          ],
          [],
          2026,
        ),
      );
      const changed = await store.compare('2024', '2026');
      expect(changed!.changed).toEqual([
        {
          id: 'e-proj',
          type: 'Project',
          name_zh: '青禾电池材料项目',
          name_en: 'Qinghe Battery Materials Project',
          mentions_a: 1,
          mentions_b: 1,
          changes: [{ kind: 'investment', a: [7000000000], b: [8e9] }],
        },
      ]);
      expect(await store.compare('2024', '1999')).toBeNull();
      expect(await store.compare('doc-missing', 'doc-a')).toBeNull();
    });
  });
}
