// The two read models of the embedded store answer alike: the image one (a start from an image) and the loaded one
// (every batch in memory), built from the same documents.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphBatch } from '../../../../server/model';
import { EmbeddedStore } from '../../../../server/store/embedded/EmbeddedStore';
import { readImage } from '../../../../server/store/embedded/image';
import { ImageReadModel } from '../../../../server/store/embedded/imageReadModel';
import { LoadedReadModel } from '../../../../server/store/embedded/loadedReadModel';
import { ContributionMerger } from '../../../../server/store/embedded/merger';
import { Persistence } from '../../../../server/store/embedded/persistence';
import type { ReadModel } from '../../../../server/store/embedded/readModel';
import { generateGraph } from '../../../../bench/generateGraph';
import { sampleBatches } from '../../../helpers/batches';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-read-model-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const batches: GraphBatch[] = [
  ...sampleBatches(),
  ...generateGraph({ entities: 300, relations: 900, documents: 3 }, 5),
];
let image: ImageReadModel;
let loaded: LoadedReadModel;

beforeAll(async () => {
  const store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  for (const b of batches) await store.upsertDocument(b);
  await store.compact();
  await store.close();
  const persistence = new Persistence(dir);
  const img = readImage(dir, persistence.peek()!);
  expect(img).not.toBeNull();
  image = new ImageReadModel(img!, persistence, () => []);
  const merger = new ContributionMerger(() => []);
  // Copies: the merger keeps views of what it is given.
  await merger.applyAll(
    batches.map((b) => JSON.parse(JSON.stringify(b)) as GraphBatch),
    async () => undefined,
  );
  loaded = new LoadedReadModel(merger);
});

/** Every entity id of a model's graph, sorted. */
function entityIds(m: ReadModel): string[] {
  const ids: string[] = [];
  m.graph.forEachNode((slot) => ids.push(m.graph.nodeId(slot)));
  return ids.sort();
}

function relationIds(m: ReadModel): string[] {
  const ids: string[] = [];
  m.graph.forEachEdge((slot) => ids.push(m.graph.edgeKey(slot)));
  return ids.sort();
}

test('the same entities, with the same documents, ranks and search facts', () => {
  const ids = entityIds(loaded);
  expect(ids.length).toBeGreaterThan(300);
  expect(entityIds(image)).toEqual(ids);
  const factsOf = (m: ReadModel, id: string) => {
    const slot = m.graph.node(id);
    const f = m.searchFacts();
    return { rank: m.rank()[slot], mentions: f.mentions[slot], nameLength: f.nameLength[slot] };
  };
  const docsOf = (m: ReadModel, id: string) =>
    m
      .entityDocuments(id)
      .map((d) => `${d.doc.id}:${d.count}`)
      .sort();
  for (const id of ids) {
    expect(image.entity(id)).toEqual(loaded.entity(id));
    expect([id, factsOf(image, id)]).toEqual([id, factsOf(loaded, id)]);
    expect([id, docsOf(image, id)]).toEqual([id, docsOf(loaded, id)]);
  }
  expect(image.ranked()).toEqual(loaded.ranked());
  expect(image.entity('no-such-entity')).toBeUndefined();
  expect(loaded.entity('no-such-entity')).toBeUndefined();
});

test('the same relations, with their evidence and attributes', () => {
  const ids = relationIds(loaded);
  expect(ids.length).toBeGreaterThan(800);
  expect(relationIds(image)).toEqual(ids);
  for (const id of ids) {
    expect(image.relation(id)).toEqual(loaded.relation(id));
    expect(image.relationAttributes(id)).toEqual(loaded.relationAttributes(id));
  }
  expect(image.relation('no-such-relation')).toBeNull();
  expect(loaded.relation('no-such-relation')).toBeNull();
});

test('the same documents and batches, and the same search answers', () => {
  const byId = (m: ReadModel) => m.documents().sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(byId(image)).toEqual(byId(loaded));
  expect(image.documentCount).toBe(batches.length);
  expect(loaded.documentCount).toBe(batches.length);
  for (const b of batches) {
    expect(image.batch(b.document.id)).toEqual(b);
    expect(loaded.batch(b.document.id)).toEqual(b);
  }
  expect(image.batch('no-such-document')).toBeUndefined();
  const answer = (m: ReadModel, q: string) =>
    m.index
      .match(q)
      .map((h) => `${h.id}|${h.score}|${h.matched}`)
      .sort();
  for (const q of ['青禾', 'qinghe', 'Linchuan', '实体1', 'entity', '体12'])
    expect([q, answer(image, q)]).toEqual([q, answer(loaded, q)]);
  expect(image.index.size).toBe(loaded.index.size);
});
