// Curations on both stores: each action changes the served graph as it says, survives a re-ingest and a restart,
// and any sequence of curations undone newest first gives back the graph exactly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { recordCuration } from '../../../server/curation/record';
import { ZodError } from 'zod';
import { curationRequest, type CurationRequest } from '../../../server/curation/types';
import { AppError } from '../../../server/errors';
import { relationId } from '../../../server/ids';
import type { GraphBatch } from '../../../server/model';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import type { GraphStore } from '../../../server/store/GraphStore';
import { sampleBatches } from '../../helpers/batches';
import { onBothStores } from '../../helpers/neo4j';

/** The sample batches with relation ids made as the pipeline makes them (from source, type and target). */
function batches(): GraphBatch[] {
  return sampleBatches().map((b) => ({
    ...b,
    relations: b.relations.map((r) => ({ ...r, id: relationId(r.source, r.type, r.target) })),
  }));
}

const rel = (s: string, t: string, type: Parameters<typeof relationId>[1]) => relationId(s, type, t);

/** Everything a reader can see of the graph, in a comparable form. */
async function view(store: GraphStore): Promise<unknown> {
  const exp = await store.exportGraph();
  const ids = exp.entities.map((e) => e.id);
  const around = await store.neighborhood(ids, { depth: 1, limit: 100 });
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    exp,
    stats: { ...(await store.stats()), version: null },
    nodes: byId(around.nodes).map((n) => ({ ...n, importance: Math.round(n.importance * 1e9) })),
    edges: byId(around.edges),
    search: (await store.search('青禾', { limit: 10 })).map((h) => h.id).sort(),
    docs: await Promise.all(exp.documents.map((d) => store.getDocument(d.id))),
  };
}

onBothStores('curations', (kind, open, close) => {
  describe(`curations on the ${kind} store`, () => {
    let store: GraphStore;
    let dir: string;
    const meta = { editor: 'tester' };
    const curate = (req: CurationRequest) => recordCuration(store, req, meta);

    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-curation-'));
      store = await open(dir);
      for (const b of batches()) await store.upsertDocument(b);
    });
    afterEach(async () => {
      await close(store);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('rename keeps the old name as an alias; search finds the new name', async () => {
      const c = await curate({ action: 'rename', entity: 'e-qhdz', name_zh: '青禾科技', name_en: 'Qinghe Tech' });
      expect(c).toMatchObject({ action: 'rename', editor: 'tester', note: null });
      const e = await store.getEntity('e-qhdz');
      expect(e).toMatchObject({ name_zh: '青禾科技', name_en: 'Qinghe Tech' });
      expect(e!.aliases).toEqual(expect.arrayContaining(['青禾电子', '青禾电子集团']));
      expect((await store.search('青禾科技', { limit: 3 }))[0].id).toBe('e-qhdz');
    });

    test('retype changes the type; relations the ontology no longer allows leave', async () => {
      await curate({ action: 'retype', entity: 'e-park', type: 'Place', subtype: 'zone' });
      const e = await store.getEntity('e-park');
      expect(e).toMatchObject({ type: 'Place', subtype: 'zone' });
      // A zone may lie in a city; the co-occurrence stays.
      expect(await store.getRelation(rel('e-park', 'e-beichen', 'LOCATED_IN'))).not.toBeNull();
      expect(await store.getRelation(rel('e-park', 'e-qhdz', 'CO_OCCURS'))).not.toBeNull();
    });

    test('merge moves mentions, aliases, facts and relations; one link with all the evidence', async () => {
      // 北辰临川产业园 into 青禾电池材料项目 (both projects): both are in a city or county.
      await curate({ action: 'merge', entity: 'e-park', into: 'e-proj', note: 'same site' });
      expect(await store.getEntity('e-park')).toBeNull();
      const e = (await store.getEntity('e-proj'))!;
      expect(e.aliases).toContain('北辰临川产业园');
      expect(e.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
      expect(e.mentions).toBe(3);
      expect(e.attributes.investment?.[0].value).toBe(7000000000);
      const moved = await store.getRelation(rel('e-proj', 'e-beichen', 'LOCATED_IN'));
      expect(moved).toMatchObject({ source: 'e-proj', target: 'e-beichen' });
      expect(moved!.attributes.curated).toBe('true');
      // 青禾电子 develops it (doc-a) and co-occurs with the park (doc-b): the co-occurrence joins nothing new.
      const co = await store.getRelation(rel('e-proj', 'e-qhdz', 'CO_OCCURS'));
      expect(co!.evidence.map((ev) => ev.document)).toEqual(['doc-b']);
      const doc = (await store.getDocument('doc-b'))!;
      expect(doc.mentions.filter((m) => m.entity === 'e-proj').map((m) => m.surface)).toEqual([
        '北辰临川产业园',
        '北辰临川产业园',
      ]);
    });

    test('merging two links into one keeps every evidence sentence', async () => {
      // 北辰市 into 临川市: 北辰市–临川市 cooperation becomes a loop and goes; park LOCATED_IN joins 临川市.
      await curate({ action: 'merge', entity: 'e-beichen', into: 'e-linchuan' });
      const s = await store.stats();
      expect(s.entities).toBe(6);
      expect(await store.getRelation(rel('e-beichen', 'e-linchuan', 'COOPERATES_WITH'))).toBeNull();
      const li = await store.getRelation(rel('e-park', 'e-linchuan', 'LOCATED_IN'));
      expect(li?.evidence.map((ev) => `${ev.document}:${ev.sentence}`)).toEqual(['doc-b:0']);
    });

    test('split moves an alias with its mentions and the relations whose evidence reads it', async () => {
      // doc-a names the company 青禾电子 (alias 青禾电子集团 is never mentioned): add a mention by renaming in doc-b.
      const b = batches()[1];
      b.document.text = b.document.text.replace('青禾电子入驻', '青禾集团入驻');
      b.mentions = b.mentions.map((m) => (m.entity === 'e-qhdz' ? { ...m, surface: '青禾集团' } : m));
      b.entities = b.entities.map((e) => (e.id === 'e-qhdz' ? { ...e, aliases: ['青禾集团'] } : e));
      await store.upsertDocument(b);
      const c = await curate({ action: 'split', entity: 'e-qhdz', aliases: ['青禾集团'], name_en: 'Qinghe Group' });
      if (c.action !== 'split') throw new Error('not a split');
      const created = (await store.getEntity(c.created))!;
      expect(created).toMatchObject({ name_zh: '青禾集团', name_en: 'Qinghe Group', type: 'Company', mentions: 1 });
      expect((await store.getEntity('e-qhdz'))!.aliases).not.toContain('青禾集团');
      expect(await store.getRelation(rel('e-park', c.created, 'CO_OCCURS'))).not.toBeNull();
      expect(await store.getRelation(rel('e-park', 'e-qhdz', 'CO_OCCURS'))).toBeNull();
      expect(await store.getRelation(rel('e-qhdz', 'e-proj', 'DEVELOPS'))).not.toBeNull();
    });

    test('delete_entity hides the entity and its relations from every read; undo brings them back', async () => {
      const before = await view(store);
      const c = await curate({ action: 'delete_entity', entity: 'e-policy' });
      expect(await store.getEntity('e-policy')).toBeNull();
      expect((await store.search('百园兴业', { limit: 5 })).map((h) => h.id)).not.toContain('e-policy');
      expect((await store.overview(50)).map((o) => o.id)).not.toContain('e-policy');
      const around = await store.neighborhood(['e-linchuan'], { depth: 2, limit: 50 });
      expect(around.nodes.map((n) => n.id)).not.toContain('e-policy');
      expect((await store.exportGraph()).relations.some((r) => r.source === 'e-policy')).toBe(false);
      expect(await store.paths('e-linchuan', 'e-qhdz', { maxLength: 3, limit: 5 })).not.toContainEqual(
        expect.objectContaining({ nodes: expect.arrayContaining([expect.objectContaining({ id: 'e-policy' })]) }),
      );
      await curate({ action: 'undo', curation: c.id });
      expect(await view(store)).toEqual(before);
    });

    test('reject hides a relation, confirm marks one, add_relation links two entities with evidence', async () => {
      const su = rel('e-policy', 'e-qhdz', 'SUPPORTS');
      await curate({ action: 'reject_relation', relation: su });
      expect(await store.getRelation(su)).toBeNull();
      expect((await store.getEntity('e-policy'))!.degree.SUPPORTS).toBeUndefined();
      const li = rel('e-proj', 'e-qinghe', 'LOCATED_IN');
      await curate({ action: 'confirm_relation', relation: li });
      expect((await store.getRelation(li))!.attributes).toMatchObject({ curated: 'true', confirmed: 'true' });
      const added = await curate({
        action: 'add_relation',
        source: 'e-policy',
        target: 'e-park',
        type: 'SUPPORTS',
        evidence: { document: 'doc-b', start: 0, end: 5 },
        note: 'the policy names the park',
      });
      if (added.action !== 'add_relation') throw new Error('not an add');
      const r = (await store.getRelation(added.relation))!;
      expect(r).toMatchObject({ source: 'e-policy', target: 'e-park', type: 'SUPPORTS' });
      expect(r.evidence).toEqual([
        expect.objectContaining({ document: 'doc-b', sentence: 0, text: '临川市与北辰市合作共建北辰临川产业园。' }),
      ]);
      // Without evidence: the first sentence naming both ends, else the first naming the source.
      const both = await curate({ action: 'add_relation', source: 'e-linchuan', target: 'e-qhdz', type: 'SUPPORTS' });
      if (both.action !== 'add_relation') throw new Error('not an add');
      expect((await store.getRelation(both.relation))!.evidence[0].text).toBe(
        '临川市实施“百园兴业”行动，支持青禾电子。',
      );
      const auto = await curate({ action: 'add_relation', source: 'e-linchuan', target: 'e-proj', type: 'SUPPORTS' });
      if (auto.action !== 'add_relation') throw new Error('not an add');
      expect(auto.evidence).toMatchObject({ document: 'doc-a' });
      expect((await store.getRelation(auto.relation))!.evidence[0].text).toBe('青禾县位于临川市。');
    });

    test('errors: unknown entity or relation 404, merge into itself and dependent undo 409', async () => {
      const status = (p: Promise<unknown>) =>
        p.then(
          () => 0,
          (e: unknown) => (e instanceof AppError ? e.status : -1),
        );
      expect(await status(curate({ action: 'rename', entity: 'e-none', name_zh: '无' }))).toBe(404);
      expect(await status(curate({ action: 'reject_relation', relation: 'su0000' }))).toBe(404);
      expect(await status(curate({ action: 'merge', entity: 'e-proj', into: 'e-proj' }))).toBe(409);
      expect(await status(curate({ action: 'merge', entity: 'e-proj', into: 'e-qhdz' }))).toBe(409);
      const m = await curate({ action: 'merge', entity: 'e-park', into: 'e-proj' });
      expect(await status(curate({ action: 'rename', entity: 'e-park', name_zh: '园' }))).toBe(404);
      await curate({ action: 'rename', entity: 'e-proj', name_zh: '青禾园区' });
      expect(await status(curate({ action: 'undo', curation: m.id }))).toBe(409);
      expect(await status(curate({ action: 'undo', curation: 'c-none' }))).toBe(404);
      expect((await store.curations()).map((c) => c.action)).toEqual(['merge', 'rename']);
    });

    test('curations survive a re-ingest of a changed document and a restart', async () => {
      await curate({ action: 'rename', entity: 'e-linchuan', name_zh: '临川市区' });
      await curate({ action: 'delete_entity', entity: 'e-policy' });
      const b = batches()[0];
      b.document.title_en = 'Changed title';
      await store.upsertDocument(b);
      expect((await store.getEntity('e-linchuan'))!.name_zh).toBe('临川市区');
      expect(await store.getEntity('e-policy')).toBeNull();
      if (store.kind === 'embedded') {
        await close(store);
        store = await open(dir);
        expect((await store.getEntity('e-linchuan'))!.name_zh).toBe('临川市区');
        expect(await store.getEntity('e-policy')).toBeNull();
        expect((await store.curations()).length).toBe(2);
        // After a snapshot too (the image is not written while curations are in effect).
        await (store as EmbeddedStore).compact();
        await close(store);
        store = await open(dir);
        expect((await store.getEntity('e-linchuan'))!.name_zh).toBe('临川市区');
      }
      // A rebuild from the documents keeps the log.
      await store.clear({ keepCurations: true });
      for (const x of batches()) await store.upsertDocument(x);
      expect((await store.getEntity('e-linchuan'))!.name_zh).toBe('临川市区');
      expect(await store.getEntity('e-policy')).toBeNull();
      await store.clear();
      expect(await store.curations()).toEqual([]);
    });

    test('property: any curations undone newest first give back the original graph', async () => {
      const original = await view(store);
      const step = fc.record({
        action: fc.integer({ min: 0, max: 7 }),
        a: fc.nat(),
        b: fc.nat(),
        name: fc.constantFrom('甲乙', '新名称', 'Alpha'),
      });
      const types = ['Project', 'Company', 'Place', 'Policy'] as const;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
          const done: string[] = [];
          for (const s of steps) {
            const exp = await store.exportGraph();
            const ent = exp.entities[s.a % exp.entities.length];
            const other = exp.entities[s.b % exp.entities.length];
            const r = exp.relations[s.a % Math.max(1, exp.relations.length)];
            const reqs: CurationRequest[] = [
              { action: 'rename', entity: ent.id, name_zh: s.name },
              { action: 'retype', entity: ent.id, type: types[s.b % types.length] },
              { action: 'merge', entity: ent.id, into: other.id },
              { action: 'split', entity: ent.id, aliases: ent.aliases.slice(0, 1) },
              { action: 'delete_entity', entity: ent.id },
              { action: 'reject_relation', relation: r?.id ?? 'none' },
              { action: 'confirm_relation', relation: r?.id ?? 'none' },
              { action: 'add_relation', source: ent.id, target: other.id, type: 'CO_OCCURS' },
            ];
            try {
              done.push((await curate(curationRequest.parse(reqs[s.action]))).id);
            } catch (e) {
              // Requests the graph refuses (400/404/409) change nothing.
              if (!(e instanceof AppError) && !(e instanceof ZodError)) throw e;
            }
          }
          for (const id of done.reverse()) await curate({ action: 'undo', curation: id });
          expect(await view(store)).toEqual(original);
        }),
        { numRuns: kind === 'neo4j' ? 12 : 40 },
      );
    }, 240_000);
  });
});
