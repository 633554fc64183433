// Extraction on worker threads: each worker holds its own pipeline (dictionary, gazetteer, translator), documents
// go to the least busy worker, and the answers come back as GraphBatches for the one thread that writes the store.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphBatch } from '../../model';
import type { ExtractInput } from '../pipeline';
import type { ExtractRequest, ExtractResponse } from './messages';

interface Pending {
  resolve: (b: GraphBatch) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  answered: number;
}

export class ExtractorPool {
  private readonly slots: Slot[];
  private readonly file: string;
  private nextId = 1;
  private closed = false;
  /** Set when a worker died before answering anything: the pool cannot work, every request fails with it. */
  private broken: Error | null = null;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a pool needs at least one worker (got ${size})`);
    this.file = path.join(__dirname, `extractWorker${path.extname(__filename)}`);
    this.slots = Array.from({ length: size }, () => this.spawn());
  }

  private spawn(): Slot {
    // From TypeScript sources (tests, tsx) the worker registers the same loader first; the build runs JavaScript.
    const worker = this.file.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(this.file)});`, { eval: true })
      : new Worker(this.file);
    const slot: Slot = { worker, pending: new Map(), answered: 0 };
    worker.on('message', (res: ExtractResponse) => {
      const p = slot.pending.get(res.id);
      if (!p) return;
      slot.pending.delete(res.id);
      slot.answered++;
      if ('batch' in res) p.resolve(res.batch);
      else p.reject(new Error(res.error));
    });
    let failure: Error | null = null;
    worker.on('error', (e: unknown) => {
      failure = e instanceof Error ? e : new Error(String(e));
    });
    worker.on('exit', (code) => {
      if (this.closed) return;
      const e = new Error(`extraction worker stopped (exit code ${code}${failure ? `: ${failure.message}` : ''})`);
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      if (slot.answered === 0) this.broken = e;
      else this.slots[this.slots.indexOf(slot)] = this.spawn(); // one bad document does not stop the ingest
    });
    return slot;
  }

  extractFile(input: ExtractInput): Promise<GraphBatch> {
    if (this.closed) return Promise.reject(new Error('the extractor pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    const req: ExtractRequest = {
      id,
      buffer: input.buffer,
      fileName: input.fileName,
      ...(input.meta ? { meta: input.meta } : {}),
    };
    return new Promise<GraphBatch>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
