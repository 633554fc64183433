// Snapshot lines are written piece by piece so that each relation's byte range is known; they must still be exactly
// what JSON.stringify writes, and each range must hold that relation and nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Curation } from '../../../../server/curation/types';
import type { BatchRelation, GraphBatch } from '../../../../server/model';
import {
  Persistence,
  applyJournalOp,
  batchLine,
  journalEntry,
  type ByteRange,
  type ReplayState,
} from '../../../../server/store/embedded/persistence';
import { sampleBatches } from '../../../helpers/batches';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-persistence-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a batch line is byte for byte what JSON.stringify writes', () => {
  for (const b of sampleBatches()) {
    const ranges = new Map<BatchRelation, ByteRange>();
    expect(batchLine(b, 0, ranges)).toBe(JSON.stringify(b));
    expect(ranges.size).toBe(b.relations.length);
  }
});

test('each relation is read back from its own byte range of the snapshot', async () => {
  const batches = sampleBatches();
  // Non-ASCII text before the relations: ranges are in bytes, not characters.
  const withText: GraphBatch = {
    ...batches[0],
    document: { ...batches[0].document, title_zh: '太原市政府工作报告——二〇二四年' },
  };
  const p = new Persistence(dir);
  const written = p.compact(7, [withText, ...batches.slice(1)]);
  const all = [withText, ...batches.slice(1)].flatMap((b) => b.relations);
  expect(all.length).toBeGreaterThan(3);
  const read = p.readRanges<BatchRelation>(all.map((r) => written.relations.get(r)!));
  expect(read).toEqual(all.map((r) => JSON.parse(JSON.stringify(r)) as BatchRelation));
  const lineRanges = written.lines.map(({ offset, length }) => ({ offset, length }));
  expect(p.readRanges<GraphBatch>(lineRanges).map((b) => b.document.id)).toEqual(
    [withText, ...batches.slice(1)].map((b) => b.document.id),
  );
  // Every relation lies inside its document's line, far shorter than it.
  for (const b of [withText, ...batches.slice(1)]) {
    const line = written.lines.find((l) => l.id === b.document.id)!;
    for (const r of b.relations) {
      const range = written.relations.get(r)!;
      expect(range.offset).toBeGreaterThan(line.offset);
      expect(range.offset + range.length).toBeLessThan(line.offset + line.length);
    }
  }
  expect((await p.load()).documents.size).toBe(batches.length);
});

test('a journal line is its entry only when complete and its checksum matches', () => {
  const p = new Persistence(fs.mkdtempSync(path.join(dir, 'journal-')));
  p.append({ seq: 3, op: 'remove', id: 'doc-x' });
  const line = fs.readFileSync(p.journalPath, 'utf8').replace(/\n$/, '');
  expect(journalEntry(line, true)).toEqual({ seq: 3, op: 'remove', id: 'doc-x' });
  expect(journalEntry(line, false)).toBeNull();
  expect(journalEntry(line.replace('doc-x', 'doc-y'), true)).toBeNull();
  expect(journalEntry('no-checksum', true)).toBeNull();
});

test('journal entries apply in order and older ones change nothing', () => {
  const [first, second] = sampleBatches();
  const state: ReplayState = { seq: 5, documents: new Map([[first.document.id, first]]), curations: [] };
  applyJournalOp(state, { seq: 4, op: 'remove', id: first.document.id });
  expect([...state.documents.keys()]).toEqual([first.document.id]);
  expect(state.seq).toBe(5);
  applyJournalOp(state, { seq: 6, op: 'upsert', batch: second });
  applyJournalOp(state, { seq: 7, op: 'remove', id: first.document.id });
  expect([...state.documents.keys()]).toEqual([second.document.id]);
  expect(state.seq).toBe(7);
  // Only what the state does with a curation matters here: it keeps the object it was given.
  const curation = { id: 'cur-1' } as unknown as Curation;
  applyJournalOp(state, { seq: 8, op: 'curate', curation });
  expect(state.curations).toEqual([curation]);
  applyJournalOp(state, { seq: 9, op: 'curations', log: [] });
  expect(state.curations).toEqual([]);
  expect(state.seq).toBe(9);
});
