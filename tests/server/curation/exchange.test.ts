// A curation log leaves one graph in its JSON export and is replayed on another; the curated graph is written as
// gold files.
import { importCurations, parseCurationFile } from '../../../server/curation/importLog';
import { recordCuration } from '../../../server/curation/record';
import { toGold } from '../../../server/export/gold';
import { toJson } from '../../../server/export/formats';
import { relationId } from '../../../server/ids';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import { sampleBatches } from '../../helpers/batches';

async function storeWithSamples(): Promise<EmbeddedStore> {
  const s = new EmbeddedStore();
  await s.init();
  for (const b of sampleBatches())
    await s.upsertDocument({
      ...b,
      relations: b.relations.map((r) => ({ ...r, id: relationId(r.source, r.type, r.target) })),
    });
  return s;
}

test('a JSON export carries the log; importing it into a graph of the same documents gives the same graph', async () => {
  const a = await storeWithSamples();
  const meta = { editor: 'tester' };
  await recordCuration(a, { action: 'rename', entity: 'e-linchuan', name_zh: '临川市区' }, meta);
  await recordCuration(a, { action: 'merge', entity: 'e-park', into: 'e-proj' }, meta);
  const rejected = await recordCuration(
    a,
    { action: 'reject_relation', relation: relationId('e-policy', 'SUPPORTS', 'e-qhdz') },
    meta,
  );
  await recordCuration(a, { action: 'undo', curation: rejected.id }, meta);
  const file = JSON.parse(toJson(await a.exportGraph(), await a.curations())) as unknown;

  const b = await storeWithSamples();
  expect(await importCurations(b, parseCurationFile(file))).toEqual({ added: 4, skipped: 0 });
  expect(await b.exportGraph()).toEqual(await a.exportGraph());
  expect((await b.getEntity('e-linchuan'))!.name_zh).toBe('临川市区');
  expect(await importCurations(b, parseCurationFile(file))).toEqual({ added: 0, skipped: 4 });
  expect(() => parseCurationFile({ curations: [{ action: 'rename', entity: 'e1' }] })).toThrow(/curation 0/);
  expect(() => parseCurationFile({ entities: [] })).toThrow(/curations/);
});

test('the gold export writes the curated graph: canonical names, aliases, typed relations with their sentence', async () => {
  const s = await storeWithSamples();
  await recordCuration(s, { action: 'rename', entity: 'e-qhdz', name_zh: '青禾科技' }, { editor: 'x' });
  await recordCuration(
    s,
    { action: 'reject_relation', relation: relationId('e-proj', 'LOCATED_IN', 'e-qinghe') },
    { editor: 'x' },
  );
  const gold = await toGold(s);
  expect([...gold.keys()]).toEqual(['doc-a.json', 'doc-b.json']);
  const a = gold.get('doc-a.json')!;
  expect(a.doc).toBe('doc-a.txt');
  expect(a.entities.find((e) => e.id === '青禾科技')).toMatchObject({
    type: 'Company',
    aliases: ['青禾电子', '青禾电子集团'],
    mentions: 2,
  });
  expect(a.relations).toContainEqual({
    source: '青禾科技',
    type: 'DEVELOPS',
    target: '青禾电池材料项目',
    evidence: '青禾电子在青禾县建设青禾电池材料项目。',
  });
  expect(a.relations.some((r) => r.type === 'LOCATED_IN')).toBe(false);
  expect(a.relations.some((r) => r.type === 'CO_OCCURS')).toBe(false);
});
