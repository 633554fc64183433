// A store that starts from its image answers every read exactly as one that rebuilt everything from the snapshot,
// reads batches from disk only when asked, and becomes a full store on its first write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphBatch } from '../../../../server/model';
import { ingestPaths } from '../../../../server/ingest/ingestPaths';
import { Extractor } from '../../../../server/ingest/pipeline';
import { EmbeddedStore } from '../../../../server/store/embedded/EmbeddedStore';
import { IMAGE_DIR, arrayViewer, type ArrayTable } from '../../../../server/store/embedded/image';
import { sampleBatches } from '../../../helpers/batches';
import { CORPUS_DIR } from '../../../helpers/corpus';

jest.setTimeout(120_000);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-image-'));
const source = path.join(root, 'source');
const extractor = new Extractor();

beforeAll(async () => {
  const store = new EmbeddedStore({ dataDir: source });
  await store.init();
  await ingestPaths(store, extractor, [CORPUS_DIR]);
  for (const b of sampleBatches()) await store.upsertDocument(b);
  await store.compact();
  await store.close();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The batch under another document id (its evidence follows it). */
function renamed(b: GraphBatch, id: string): GraphBatch {
  const c = JSON.parse(JSON.stringify(b)) as GraphBatch;
  c.document.id = id;
  for (const r of c.relations) for (const ev of r.evidence) ev.document = id;
  return c;
}

/** A copy of the stored folder, optionally without its image. */
async function open(name: string, opts: { image: boolean }): Promise<EmbeddedStore> {
  const dir = path.join(root, name);
  fs.cpSync(source, dir, { recursive: true });
  if (!opts.image) fs.rmSync(path.join(dir, IMAGE_DIR), { recursive: true, force: true });
  const s = new EmbeddedStore({ dataDir: dir });
  await s.init();
  return s;
}

/** Every read the API makes, over every entity, relation and document. */
async function everyRead(
  s: EmbeddedStore,
  ids: { entities: string[]; relations: string[]; documents: string[] },
): Promise<unknown[]> {
  const out: unknown[] = [await s.stats(), await s.listDocuments(), await s.overview(30), await s.version()];
  for (const q of ['太原', 'taigang', 'TISCO', '青禾', 'xinzhou', '项目', 'tg', 'Fen River'])
    out.push(await s.search(q, { limit: 10 }));
  for (const id of ids.entities) out.push(await s.getEntity(id));
  for (const id of ids.entities.slice(0, 40)) {
    out.push(await s.neighborhood([id], { depth: 2, limit: 60 }));
    out.push(await s.neighborhood([id], { depth: 1, limit: 60, documents: [ids.documents[0]] }));
  }
  for (let i = 0; i + 1 < Math.min(ids.entities.length, 30); i++)
    out.push(await s.paths(ids.entities[i], ids.entities[i + 1], { maxLength: 4, limit: 5 }));
  for (const id of ids.relations) out.push(await s.getRelation(id));
  for (const id of ids.documents) out.push(await s.getDocument(id));
  return out;
}

test('reads from the image equal reads from a full load, without loading the batches', async () => {
  const full = await open('full', { image: false });
  expect(full.startedFromImage).toBe(false);
  const g = await full.exportGraph();
  const ids = {
    entities: g.entities.map((e) => e.id),
    relations: g.relations.map((r) => r.id),
    documents: g.documents.map((d) => d.id),
  };
  expect(ids.entities.length).toBeGreaterThan(300);
  const fast = await open('fast', { image: true });
  expect(fast.startedFromImage).toBe(true);
  const expected = await everyRead(full, ids);
  const actual = await everyRead(fast, ids);
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect([i, actual[i]]).toEqual([i, expected[i]]);
  // Reads did not turn it into a full store; an export does, and exports the same graph.
  expect(fast.startedFromImage).toBe(true);
  expect(await fast.exportGraph()).toEqual(g);
  expect(fast.startedFromImage).toBe(false);
});

test('the first write loads the batches, and the result equals the same write on a full store', async () => {
  const full = await open('full-w', { image: false });
  const fast = await open('fast-w', { image: true });
  expect(fast.startedFromImage).toBe(true);
  const [first, second] = sampleBatches();
  // Replace one sample document with the other's content under its id, and remove a corpus document.
  const changed = renamed(second, first.document.id);
  const corpusDoc = (await full.listDocuments()).find(
    (d) => d.id !== first.document.id && d.id !== second.document.id,
  )!.id;
  for (const s of [full, fast]) {
    expect((await s.upsertDocument(changed)).changed).toBe(true);
    expect(await s.removeDocument(corpusDoc)).toBe(true);
  }
  expect(fast.startedFromImage).toBe(false);
  expect(await fast.exportGraph()).toEqual(await full.exportGraph());
  expect(await fast.stats()).toEqual(await full.stats());
  // Its next snapshot carries a new image, and a restart from it sees the change.
  await fast.compact();
  await fast.close();
  const again = new EmbeddedStore({ dataDir: path.join(root, 'fast-w') });
  await again.init();
  expect(again.startedFromImage).toBe(true);
  expect(await again.stats()).toEqual(await full.stats());
  expect(await again.getDocument(corpusDoc)).toBeNull();
});

test('reads are answered from the image while the first write loads the batches', async () => {
  const fast = await open('fast-r', { image: true });
  const id = (await fast.search('太原', { limit: 1 }))[0].id;
  const before = await fast.getEntity(id);
  const [first] = sampleBatches();
  const write = fast.upsertDocument(renamed(first, 'while-loading'));
  // A read that arrives once the write has started: the event loop is not held for the whole load.
  const during = await new Promise<{ fromImage: boolean; entity: unknown; documents: number }>((resolve) =>
    setImmediate(async () =>
      resolve({
        fromImage: fast.startedFromImage,
        entity: await fast.getEntity(id),
        documents: (await fast.listDocuments()).length,
      }),
    ),
  );
  expect((await write).changed).toBe(true);
  expect(during.fromImage).toBe(true);
  expect(during.entity).toEqual(before);
  expect((await fast.listDocuments()).length).toBe(during.documents + 1);
  expect(fast.startedFromImage).toBe(false);
});

test('an image that does not match the snapshot and journal is not used', async () => {
  // Journal entries after the snapshot: the image is older than the state.
  const dir = path.join(root, 'stale');
  fs.cpSync(source, dir, { recursive: true });
  const s = new EmbeddedStore({ dataDir: dir, compactAtBytes: Number.MAX_SAFE_INTEGER });
  await s.init();
  const [first] = sampleBatches();
  await s.upsertDocument(renamed(first, 'later-doc'));
  await s.close();
  const reopened = new EmbeddedStore({ dataDir: dir });
  await reopened.init();
  expect(reopened.startedFromImage).toBe(false);
  expect((await reopened.listDocuments()).map((d) => d.id)).toContain('later-doc');

  // A damaged image: the store loads the snapshot instead and says nothing is wrong with the data.
  for (const [name, damage] of [
    ['truncated', (d: string) => fs.truncateSync(path.join(d, IMAGE_DIR, 'arrays.bin'), 10)],
    ['garbage', (d: string) => fs.writeFileSync(path.join(d, IMAGE_DIR, 'entities.jsonl'), '{not json')],
    ['no-meta', (d: string) => fs.rmSync(path.join(d, IMAGE_DIR, 'meta.json'))],
    // Same length, other order: edge keys no longer sorted, so binary search would miss them.
    [
      'unsorted',
      (d: string) => {
        const f = path.join(d, IMAGE_DIR, 'edge-keys.txt');
        const keys = fs.readFileSync(f, 'utf8').split('\n');
        fs.writeFileSync(f, [keys[1], keys[0], ...keys.slice(2)].join('\n'));
      },
    ],
  ] as const) {
    const d = path.join(root, name);
    fs.cpSync(source, d, { recursive: true });
    damage(d);
    const store = new EmbeddedStore({ dataDir: d });
    await store.init();
    expect([name, store.startedFromImage]).toEqual([name, false]);
    expect((await store.stats()).documents).toBe(
      (await (await open(`${name}-ref`, { image: false })).stats()).documents,
    );
  }
});

test('arrays are read back from their offsets: in place when aligned, copied otherwise, never past the end', () => {
  const ints = Int32Array.of(7, -1, 2 ** 30);
  const reals = Float64Array.of(0.5, -2.25);
  // Ints at byte 0, reals at byte 16; the same bytes shifted by one make every array unaligned.
  const bin = Buffer.alloc(32);
  Buffer.from(ints.buffer).copy(bin, 0);
  Buffer.from(reals.buffer).copy(bin, 16);
  const shifted = Buffer.concat([Buffer.alloc(1), bin]).subarray(1);
  const arrays = {
    src: { offset: 0, length: 3, kind: 'i32' },
    weights: { offset: 16, length: 2, kind: 'f64' },
    types: { offset: 16, length: 20, kind: 'u8' },
  } as Partial<ArrayTable> as ArrayTable;
  for (const b of [bin, shifted]) {
    const view = arrayViewer(b, arrays);
    expect([...view('src')]).toEqual([7, -1, 2 ** 30]);
    expect([...view('weights')]).toEqual([0.5, -2.25]);
    expect(() => view('types')).toThrow('array types runs past the end of the file');
  }
  expect(arrayViewer(bin, arrays)('src').buffer).toBe(bin.buffer);
  expect(arrayViewer(shifted, arrays)('src').buffer).not.toBe(shifted.buffer);
});
