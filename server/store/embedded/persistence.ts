// Durable state of the embedded store: a snapshot plus an append-only journal of batches.
// Every journal line carries its own checksum; a torn last line (a crash mid-write) is dropped,
// anything else that does not parse is reported as corruption and never silently replaced.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CorruptStoreError } from '../../errors';
import type { Curation } from '../../curation/types';
import type { BatchRelation, GraphBatch } from '../../model';
import { fsyncDir, writeLinesAtomic } from '../../util/atomicFile';

export type JournalOp =
  | { seq: number; op: 'upsert'; batch: GraphBatch }
  | { seq: number; op: 'remove'; id: string }
  | { seq: number; op: 'curate'; curation: Curation }
  /** The whole curation log replaced (emptied by a clear). */
  | { seq: number; op: 'curations'; log: Curation[] };

const SNAPSHOT_FORMAT = 'policy-graph/2';

interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  seq: number;
  documents: number;
  /** When set, the line after the header holds the curation log: `{"curations": [...]}`. */
  curations?: number;
}

export interface ByteRange {
  offset: number;
  length: number;
}

export interface WrittenSnapshot {
  snapshotBytes: number;
  lines: ({ id: string } & ByteRange)[];
  relations: Map<BatchRelation, ByteRange>;
}

export interface LoadedState {
  seq: number;
  documents: Map<string, GraphBatch>;
  curations: Curation[];
  notes: string[];
}

const SNAPSHOT = 'graph.snapshot.json';
const JOURNAL = 'graph.journal';

function checksum(json: string): string {
  return crypto.createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** The state a load builds up: the snapshot's, then each newer journal entry applied in turn. */
export type ReplayState = Omit<LoadedState, 'notes'>;

/** A journal line (`<checksum> <json>`) as its entry; null when it is unfinished or its checksum does not match. */
export function journalEntry(line: string, complete: boolean): JournalOp | null {
  const sp = line.indexOf(' ');
  const sum = sp > 0 ? line.slice(0, sp) : '';
  const json = sp > 0 ? line.slice(sp + 1) : '';
  if (!complete || sum !== checksum(json)) return null;
  return JSON.parse(json) as JournalOp;
}

/** Applies one journal entry; entries the state already holds (seq not newer) change nothing. */
export function applyJournalOp(state: ReplayState, op: JournalOp): void {
  if (op.seq <= state.seq) return;
  if (op.op === 'upsert') state.documents.set(op.batch.document.id, op.batch);
  else if (op.op === 'remove') state.documents.delete(op.id);
  else if (op.op === 'curate') state.curations = [...state.curations, op.curation];
  else state.curations = op.log;
  state.seq = op.seq;
}

export class Persistence {
  private journalBytes = 0;
  private snapshotBytes = 0;

  constructor(
    readonly dir: string,
    private readonly compactAtBytes = 16 * 1024 * 1024,
  ) {}

  get snapshotPath(): string {
    return path.join(this.dir, SNAPSHOT);
  }
  get journalPath(): string {
    return path.join(this.dir, JOURNAL);
  }

  /** Removes what an interrupted write left behind; returns what it removed. */
  removeTemporaryFiles(): string[] {
    fs.mkdirSync(this.dir, { recursive: true });
    const notes: string[] = [];
    for (const f of fs.readdirSync(this.dir)) {
      if (f.startsWith('.') && f.endsWith('.tmp')) {
        fs.rmSync(path.join(this.dir, f), { force: true, recursive: true });
        notes.push(`removed unfinished temporary file ${f}`);
      }
    }
    return notes;
  }

  /**
   * The last complete state. The snapshot is read a chunk at a time and `pause` is awaited between documents, so a
   * process that is serving can keep answering while a large store loads.
   */
  async load(pause: () => Promise<void> = async () => undefined): Promise<LoadedState> {
    const notes = this.removeTemporaryFiles();
    const state: ReplayState = { seq: 0, documents: new Map<string, GraphBatch>(), curations: [] };
    if (fs.existsSync(this.snapshotPath)) await this.readSnapshot(state, pause);
    if (fs.existsSync(this.journalPath)) this.replayJournal(state, notes);
    return { ...state, notes };
  }

  /** Reads the whole snapshot into `state`; anything malformed is corruption. */
  private async readSnapshot(state: ReplayState, pause: () => Promise<void>): Promise<void> {
    let expected = 0;
    let curationLine = false;
    // One JSON value per line (a header, then one document each), so no single string outgrows V8's limit.
    let lineNo = 0;
    for await (const line of this.snapshotLines()) {
      lineNo++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new CorruptStoreError(
          `${this.snapshotPath} line ${lineNo} is not valid JSON (${(e as Error).message}); it was left untouched`,
        );
      }
      if (lineNo === 1) {
        const head = value as Partial<SnapshotHeader>;
        if (head.format !== SNAPSHOT_FORMAT || typeof head.seq !== 'number')
          throw new CorruptStoreError(`${this.snapshotPath} is not a policy-graph snapshot; it was left untouched`);
        state.seq = head.seq;
        expected = head.documents ?? 0;
        curationLine = (head.curations ?? 0) > 0;
      } else if (lineNo === 2 && curationLine) {
        state.curations = (value as { curations: Curation[] }).curations;
      } else {
        const b = value as GraphBatch;
        state.documents.set(b.document.id, b);
      }
      await pause();
    }
    if (state.documents.size !== expected)
      throw new CorruptStoreError(
        `${this.snapshotPath} holds ${state.documents.size} of its ${expected} documents; it was left untouched`,
      );
  }

  /**
   * Applies the journal's entries newer than the snapshot to `state`. A damaged last line is a write that never
   * completed and is cut off (noted); a damaged line anywhere else is corruption.
   */
  private replayJournal(state: ReplayState, notes: string[]): void {
    const text = fs.readFileSync(this.journalPath).toString('utf8');
    let pos = 0;
    let lineNo = 0;
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      const complete = nl >= 0;
      lineNo++;
      const op = journalEntry(complete ? text.slice(pos, nl) : text.slice(pos), complete);
      if (!op) {
        const isLast = !complete || nl === text.length - 1;
        if (!isLast)
          throw new CorruptStoreError(`${this.journalPath} line ${lineNo} is damaged; the store was left untouched`);
        // A write that never completed: the caller was never told it succeeded.
        fs.truncateSync(this.journalPath, Buffer.byteLength(text.slice(0, pos)));
        notes.push(`dropped an unfinished journal entry at line ${lineNo}`);
        break;
      }
      applyJournalOp(state, op);
      pos = nl + 1;
    }
    this.journalBytes = fs.statSync(this.journalPath).size;
  }

  /** The curation log of the snapshot alone (a start from the image reads no documents; its journal is empty). */
  async readCurations(): Promise<Curation[]> {
    if (!fs.existsSync(this.snapshotPath)) return [];
    let lineNo = 0;
    for await (const line of this.snapshotLines()) {
      lineNo++;
      if (lineNo === 1) {
        if (((JSON.parse(line) as Partial<SnapshotHeader>).curations ?? 0) === 0) return [];
      } else return (JSON.parse(line) as { curations: Curation[] }).curations;
    }
    return [];
  }

  /** The snapshot's lines, read in chunks (a snapshot of a large store is over a gigabyte). */
  private async *snapshotLines(): AsyncGenerator<string> {
    const file = await fs.promises.open(this.snapshotPath, 'r');
    try {
      this.snapshotBytes = (await file.stat()).size;
      const chunk = Buffer.alloc(8 * 1024 * 1024);
      let carry: Buffer[] = [];
      for (;;) {
        const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        const data = chunk.subarray(0, bytesRead);
        let pos = 0;
        for (let nl = data.indexOf(10, pos); nl >= 0; nl = data.indexOf(10, pos)) {
          yield carry.length > 0
            ? Buffer.concat([...carry, data.subarray(pos, nl)]).toString('utf8')
            : data.toString('utf8', pos, nl);
          carry = [];
          pos = nl + 1;
        }
        // The chunk buffer is reused: keep a copy of the unfinished line.
        if (pos < data.length) carry.push(Buffer.from(data.subarray(pos)));
      }
      if (carry.length > 0) yield Buffer.concat(carry).toString('utf8');
    } finally {
      await file.close();
    }
  }

  /**
   * What a fast start needs to know without reading the snapshot: its sequence number and size, and whether the
   * journal holds anything after it. Null when there is no snapshot.
   */
  peek(): { seq: number; snapshotBytes: number; journalEmpty: boolean } | null {
    if (!fs.existsSync(this.snapshotPath)) return null;
    const fd = fs.openSync(this.snapshotPath, 'r');
    try {
      const head = Buffer.alloc(4096);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      const nl = head.subarray(0, n).indexOf(10);
      if (nl < 0) return null;
      const header = JSON.parse(head.toString('utf8', 0, nl)) as Partial<SnapshotHeader>;
      if (header.format !== SNAPSHOT_FORMAT || typeof header.seq !== 'number') return null;
      const journalEmpty = !fs.existsSync(this.journalPath) || fs.statSync(this.journalPath).size === 0;
      const snapshotBytes = fs.fstatSync(fd).size;
      this.snapshotBytes = snapshotBytes;
      return { seq: header.seq, snapshotBytes, journalEmpty };
    } catch {
      return null;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Durable once this returns. */
  append(op: JournalOp): void {
    const json = JSON.stringify(op);
    const line = `${checksum(json)} ${json}\n`;
    const fd = fs.openSync(this.journalPath, 'a');
    try {
      fs.writeSync(fd, line);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.journalBytes += Buffer.byteLength(line);
  }

  /** Whether the journal holds changes the snapshot does not. */
  get journaled(): boolean {
    return this.journalBytes > 0;
  }

  shouldCompact(): boolean {
    return this.journalBytes > Math.max(this.compactAtBytes, this.snapshotBytes);
  }

  /**
   * Writes a full snapshot, then empties the journal; a crash between the two only replays idempotent entries.
   * Returns the snapshot's size, where each document's line lies in it, and where each relation lies (so that a
   * store serving from its image can read one relation without parsing its whole document).
   */
  compact(seq: number, documents: Iterable<GraphBatch>, curations: readonly Curation[] = []): WrittenSnapshot {
    const docs = [...documents];
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      seq,
      documents: docs.length,
      ...(curations.length > 0 ? { curations: curations.length } : {}),
    };
    const lines: WrittenSnapshot['lines'] = [];
    const relations = new Map<BatchRelation, ByteRange>();
    const headerLine = JSON.stringify(header);
    const curationLine = curations.length > 0 ? JSON.stringify({ curations }) : null;
    let offset = Buffer.byteLength(headerLine) + 1 + (curationLine === null ? 0 : Buffer.byteLength(curationLine) + 1);
    function* all(): Generator<string> {
      yield headerLine;
      if (curationLine !== null) yield curationLine;
      for (const b of docs) {
        const line = batchLine(b, offset, relations);
        const length = Buffer.byteLength(line);
        lines.push({ id: b.document.id, offset, length });
        offset += length + 1;
        yield line;
      }
    }
    this.snapshotBytes = writeLinesAtomic(this.snapshotPath, all());
    fs.writeFileSync(this.journalPath, '');
    fsyncDir(this.dir);
    this.journalBytes = 0;
    return { snapshotBytes: this.snapshotBytes, lines, relations };
  }

  /** Byte ranges of the snapshot, each parsed as one JSON value (a document's batch, or one relation in it). */
  readRanges<T>(ranges: ByteRange[]): T[] {
    const fd = fs.openSync(this.snapshotPath, 'r');
    try {
      return ranges.map(({ offset, length }) => {
        const buf = Buffer.alloc(length);
        fs.readSync(fd, buf, 0, length, offset);
        try {
          return JSON.parse(buf.toString('utf8')) as T;
        } catch (e) {
          throw new CorruptStoreError(
            `${this.snapshotPath}: the value at byte ${offset} cannot be read (${(e as Error).message})`,
          );
        }
      });
    } finally {
      fs.closeSync(fd);
    }
  }
}

/**
 * The batch as JSON.stringify writes it, built piece by piece so that each relation's byte range is known.
 * `base` is the line's offset in the file.
 */
export function batchLine(b: GraphBatch, base: number, ranges: Map<BatchRelation, ByteRange>): string {
  const parts: string[] = [];
  let bytes = 0;
  const put = (s: string): void => {
    parts.push(s);
    bytes += Buffer.byteLength(s);
  };
  put('{');
  let first = true;
  for (const [key, value] of Object.entries(b) as [string, unknown][]) {
    if (value === undefined) continue;
    put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key !== 'relations') {
      put(JSON.stringify(value));
      continue;
    }
    put('[');
    b.relations.forEach((r, i) => {
      if (i > 0) put(',');
      const json = JSON.stringify(r);
      ranges.set(r, { offset: base + bytes, length: Buffer.byteLength(json) });
      put(json);
    });
    put(']');
  }
  put('}');
  return parts.join('');
}
