import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';
import type { GraphStore } from '../../../server/store/GraphStore';
import { sampleBatches } from '../../helpers/batches';
import { describeGraphStore } from './contract';
import { describeStoreLifecycle } from './lifecycleContract';

describeGraphStore('embedded (memory)', async () => {
  const s = new EmbeddedStore();
  await s.init();
  return s;
});

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describeGraphStore('embedded (on disk)', async () => {
  const s = new EmbeddedStore({ dataDir: tmp() });
  await s.init();
  return s;
});

describeStoreLifecycle('embedded (memory)', async () => {
  const s = new EmbeddedStore();
  await s.init();
  return s;
});

describeStoreLifecycle('embedded (on disk)', async () => {
  const s = new EmbeddedStore({ dataDir: tmp() });
  await s.init();
  return s;
});

describe('embedded store persistence', () => {
  test('through the contract: compacts on a stop only after changes, and says how it opened', async () => {
    const dir = tmp();
    const a: GraphStore = new EmbeddedStore({ dataDir: dir });
    await a.init();
    expect(a.opening).toEqual({ notes: [], fromImage: false });
    expect(await a.compactIfJournaled?.()).toBe(false);
    for (const b of sampleBatches()) await a.upsertDocument(b);
    expect(await a.compactIfJournaled?.()).toBe(true);
    expect(fs.statSync(path.join(dir, 'graph.journal')).size).toBe(0);
    expect(await a.compactIfJournaled?.()).toBe(false);
    await a.close();
    const b: GraphStore = new EmbeddedStore({ dataDir: dir });
    await b.init();
    expect(b.opening).toEqual({ notes: [], fromImage: true });
    expect((await b.stats()).documents).toBe(2);
    // Serving from the image and unchanged: nothing to write.
    expect(await b.compactIfJournaled?.()).toBe(false);
  });

  test('a reopened store has the same graph, from the journal and from a snapshot', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    for (const b of sampleBatches()) await a.upsertDocument(b);
    const expected = await a.exportGraph();
    await a.close();
    const b = new EmbeddedStore({ dataDir: dir });
    await b.init();
    expect(await b.exportGraph()).toEqual(expected);
    await b.compact();
    expect(fs.statSync(path.join(dir, 'graph.journal')).size).toBe(0);
    const c = new EmbeddedStore({ dataDir: dir });
    await c.init();
    expect(await c.exportGraph()).toEqual(expected);
    expect(await c.version()).toBe(await b.version());
  });

  test('indicators, timelines and comparisons are served alike from the journal and from an image', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    const [docA, docB] = sampleBatches();
    const point = {
      indicator: 'gdp_growth',
      name_en: 'GDP growth',
      place: '临川市',
      place_id: 'e-linchuan',
      period: '2024',
      value: 5,
      unit: 'percent' as const,
      kind: 'actual' as const,
      evidence: { sentence: 0, start: 0, end: 3, text: '青禾县' },
    };
    await a.upsertDocument({ ...docA, indicators: [point] });
    await a.upsertDocument(docB);
    const views = async (s: EmbeddedStore) => [
      await s.indicators(),
      await s.indicators('e-linchuan'),
      await s.timeline('e-qhdz'),
      await s.compare('doc-a', '2025'),
    ];
    const expected = await views(a);
    expect((expected[0] as unknown[]).length).toBe(1);
    await a.compact();
    const b = new EmbeddedStore({ dataDir: dir });
    await b.init();
    expect(b.startedFromImage).toBe(true);
    expect(await views(b)).toEqual(expected);
    expect(b.startedFromImage).toBe(true);
  });

  test('a torn last journal entry (crash mid-write) is dropped and reported', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    const [first, second] = sampleBatches();
    await a.upsertDocument(first);
    const expected = await a.exportGraph();
    await a.upsertDocument(second);
    const journal = path.join(dir, 'graph.journal');
    const full = fs.readFileSync(journal);
    const firstLineEnd = full.indexOf(10) + 1;
    fs.writeFileSync(journal, full.subarray(0, firstLineEnd + Math.floor((full.length - firstLineEnd) / 2)));
    const b = new EmbeddedStore({ dataDir: dir });
    await b.init();
    expect(await b.exportGraph()).toEqual(expected);
    expect(b.loadNotes.join(' ')).toMatch(/unfinished journal entry/);
    // The store keeps working after the repair.
    await b.upsertDocument(second);
    const c = new EmbeddedStore({ dataDir: dir });
    await c.init();
    expect((await c.stats()).documents).toBe(2);
  });

  test('a corrupt snapshot is reported and left untouched', async () => {
    const dir = tmp();
    const damaged = '{"format":"policy-graph/2","seq":3,"documents":2}\n{"document":{"id":"doc-a"';
    fs.writeFileSync(path.join(dir, 'graph.snapshot.json'), damaged);
    const s = new EmbeddedStore({ dataDir: dir });
    await expect(s.init()).rejects.toMatchObject({ name: 'CorruptStoreError' });
    expect(fs.readFileSync(path.join(dir, 'graph.snapshot.json'), 'utf8')).toBe(damaged);
    // A snapshot missing documents its header announces is damaged too.
    fs.writeFileSync(path.join(dir, 'graph.snapshot.json'), '{"format":"policy-graph/2","seq":3,"documents":2}\n');
    await expect(new EmbeddedStore({ dataDir: dir }).init()).rejects.toMatchObject({ name: 'CorruptStoreError' });
  });

  test('damage inside the journal (not at its end) is corruption, not a crash to repair', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    for (const b of sampleBatches()) await a.upsertDocument(b);
    const journal = path.join(dir, 'graph.journal');
    const text = fs.readFileSync(journal, 'utf8');
    fs.writeFileSync(journal, text.replace('青禾', '青木'));
    const s = new EmbeddedStore({ dataDir: dir });
    await expect(s.init()).rejects.toMatchObject({ name: 'CorruptStoreError' });
  });
});
