import fc from 'fast-check';
import { queryKey, searchForms } from '../../../server/search/keys';
import { SearchIndex } from '../../../server/search/index';
import { PackedSearchIndex } from '../../../server/search/packedIndex';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import { generateGraph } from '../../../bench/generateGraph';
import { sampleBatches } from '../../helpers/batches';
import type { GraphStore } from '../../../server/store/GraphStore';
import { StringTable } from '../../../server/util/stringTable';

/** A changeable index of every entity the store holds, as the store indexes them. */
async function indexOf(store: GraphStore): Promise<SearchIndex> {
  const index = new SearchIndex();
  for (const e of (await store.exportGraph()).entities) index.set(e.id, e, e);
  return index;
}

describe('search keys', () => {
  test('Chinese names and aliases, pinyin with and without spaces, initials, English words', () => {
    const f = searchForms({ name_zh: '青禾电子', aliases: ['青禾电子集团'], name_en: 'Qinghe Electronics Co., Ltd.' });
    expect(f.zh).toEqual(['青禾电子', '青禾电子集团']);
    expect(f.pinyin).toEqual(['qinghedianzi', 'qinghedianzijituan']);
    expect(f.initials).toEqual(['qhdz', 'qhdzjt']);
    expect(f.enWords).toEqual(['qinghe', 'electronics', 'co', 'ltd']);
    expect(queryKey('Qing He  Dian Zi').compact).toBe('qinghedianzi');
    expect(queryKey('臨川').key).toBe('临川');
    expect(queryKey('“百园兴业”').key).toBe('百园兴业');
  });
});

describe('SearchIndex ranking', () => {
  const idx = new SearchIndex();
  idx.set('a', { name_zh: '青禾县', aliases: [], name_en: 'Qinghe County' }, { name_zh: '青禾县' });
  idx.set(
    'b',
    { name_zh: '云岭青禾经济开发区', aliases: [], name_en: 'Yunling Qinghe Economic Development Zone' },
    { name_zh: '云岭青禾经济开发区' },
  );
  idx.set('c', { name_zh: '青禾', aliases: [], name_en: 'Qinghe' }, { name_zh: '青禾' });

  test('exact > prefix > contains', () => {
    const hits = idx.match('青禾').sort((x, y) => y.score - x.score);
    expect(hits.map((h) => h.id)).toEqual(['c', 'a', 'b']);
  });

  test('fuzzy Latin matches with one typo, when nothing matches exactly', () => {
    expect(idx.match('Yunlnig').map((h) => h.id)).toEqual(['b']);
    expect(idx.match('zzzzzz')).toEqual([]);
  });

  test('removal takes an entity out of every index', () => {
    const local = new SearchIndex();
    local.set('x', { name_zh: '北辰材料', aliases: [], name_en: 'Beichen Materials' }, { name_zh: '北辰材料' });
    local.remove('x');
    expect(local.match('北辰')).toEqual([]);
    expect(local.match('beichen')).toEqual([]);
    expect(local.size).toBe(0);
  });

  test('any query string is answered without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        expect(Array.isArray(idx.match(q))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('search on a large graph with a common word', () => {
  test('the best hits are the same whether or not weaker tiers are skipped once enough are found', async () => {
    const store = new EmbeddedStore();
    for (const b of generateGraph({ entities: 3000, relations: 9000, documents: 6 })) await store.upsertDocument(b);
    const index = await indexOf(store);
    for (const q of ['实体12', 'entity', 'shiti', 'Entity 17', '体12']) {
      const all = index
        .match(q)
        .map((h) => `${h.id}:${h.score}`)
        .sort();
      const cut = index.match(q, { enough: 10 });
      // Everything the cut-off answer holds is in the full answer with the same score ...
      expect(cut.every((h) => all.includes(`${h.id}:${h.score}`))).toBe(true);
      // ... and the ranked answer keeps the stronger tiers on top.
      const top = await store.search(q, { limit: 10 });
      const full = index.match(q);
      expect(top.length).toBe(Math.min(10, full.length));
      // Exact and prefix matches (tier 70 and up) outrank every contains match even with the importance bonus.
      if (full.filter((h) => h.score >= 70).length >= 10) expect(top.every((h) => h.score >= 70)).toBe(true);
      expect(new Set(top.map((h) => h.id)).size).toBe(top.length);
    }
  });
});

describe('packed index (a start from an image) and changeable index agree', () => {
  const queries = [
    '青禾',
    'qinghe',
    'qh',
    'Qinghe',
    '实体1',
    '体12',
    'entity',
    'entiy 12',
    'shiti',
    '新材料',
    'materials',
    'zzz',
    'Linchuan',
  ];
  const sorted = (hits: { id: string; score: number; matched: string }[]) =>
    hits.map((h) => `${h.id}|${h.score}|${h.matched}`).sort();
  let live: SearchIndex;
  let packed: PackedSearchIndex;
  let ids: string[];
  let bonus: Float64Array;
  beforeAll(async () => {
    const store = new EmbeddedStore();
    for (const b of sampleBatches()) await store.upsertDocument(b);
    for (const b of generateGraph({ entities: 400, relations: 1200, documents: 3 })) await store.upsertDocument(b);
    live = await indexOf(store);
    const entities = (await store.exportGraph()).entities;
    ids = entities.map((e) => e.id);
    // Any bonus order will do for equal answers; a skewed one checks that stopping early loses no top hit.
    bonus = Float64Array.from(ids, (_, i) => (i * 7919) % 10);
    const image = live.pack((id) => ids.indexOf(id), bonus);
    // Tokens as an image stores them: bytes and offsets, decoded only where a search looks.
    const encoded = image.tokens.encode();
    packed = new PackedSearchIndex(
      { ...image, tokens: StringTable.fromBytes(encoded.bytes, encoded.ends) },
      ids,
      (i) => entities[i].name_zh,
    );
  });

  test('every kind of query is answered as by the index it was packed from', () => {
    for (const q of queries) expect([q, sorted(packed.match(q))]).toEqual([q, sorted(live.match(q))]);
    expect(packed.size).toBe(live.size);
    fc.assert(
      fc.property(fc.stringMatching(/^[青禾实体新材料qinghetyz12 ]{1,6}$/), (q) => {
        expect(sorted(packed.match(q))).toEqual(sorted(live.match(q)));
      }),
      { numRuns: 200 },
    );
  });

  test('with a limit, both stop early in long lists and keep exactly the best hits', () => {
    const index = new Map(ids.map((id, i) => [id, i]));
    const topBy = (hits: { id: string; score: number }[], k: number) =>
      hits
        .map((h) => ({ id: h.id, total: Math.round((h.score + bonus[index.get(h.id)!]) * 100) / 100 }))
        .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1))
        .slice(0, k)
        .map((h) => `${h.id}|${h.total}`);
    // The packed index stores each hit's bonus; the changeable one is told it by the caller.
    const source = { version: 1, of: (id: string) => bonus[index.get(id)!], max: 9 };
    for (const k of [1, 5, 20]) {
      for (const q of queries) {
        const full = topBy(live.match(q), k);
        expect([q, k, topBy(packed.match(q, { enough: k }), k)]).toEqual([q, k, full]);
        expect([q, k, topBy(live.match(q, { enough: k, bonus: source }), k)]).toEqual([q, k, full]);
      }
    }
    expect(packed.match('entity', { enough: 5 }).length).toBeLessThan(live.match('entity').length / 4);
    expect(live.match('entity', { enough: 5, bonus: source }).length).toBeLessThan(live.match('entity').length / 4);
  });

  test('made changeable, it takes changes and answers as the live index after the same changes', () => {
    const changeable = packed.toChangeable();
    expect(changeable.size).toBe(live.size);
    for (const ix of [live, changeable]) {
      ix.set('g8', { name_zh: '临川新港', aliases: ['新港'], name_en: 'Linchuan New Port' }, { name_zh: '临川新港' });
      ix.remove('g16');
    }
    for (const q of [...queries, '新港', 'xingang', 'new port'])
      expect([q, sorted(changeable.match(q))]).toEqual([q, sorted(live.match(q))]);
    expect(changeable.match('xingang').map((h) => h.id)).toContain('g8');
    // The packed index itself never changes: it answers as before.
    expect(packed.match('xingang')).toEqual([]);
  });
});

describe('search that forgives', () => {
  const index = new SearchIndex();
  const put = (id: string, name_zh: string, name_en: string) =>
    index.set(id, { name_zh, aliases: [], name_en }, { name_zh });
  put('a', '青禾综合改革示范区', 'Qinghe Comprehensive Reform Demonstration Zone');
  put('b', '北辰一体化', 'Beichen Integration');
  put('c', '北辰一体化经济区', 'Beichen Integrated Economic Zone');

  test('several English words in any order, not adjacent', () => {
    expect(index.match('comprehensive reform zone').map((h) => h.id)).toEqual(['a']);
    expect(index.match('zone qinghe').map((h) => h.id)).toEqual(['a']);
  });

  test('a Chinese query one character off finds the name, marked as a near match and ranked below exact ones', () => {
    const near = index.match('北辰一休化');
    expect(near.map((h) => [h.id, h.near])).toEqual([['b', true]]);
    const exact = index.match('北辰一体化');
    expect(exact.find((h) => h.id === 'b')?.near).toBeUndefined();
    expect(Math.max(...near.map((h) => h.score))).toBeLessThan(Math.min(...exact.map((h) => h.score)));
  });
});
