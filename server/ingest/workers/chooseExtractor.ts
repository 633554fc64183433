// How many extraction threads a bulk ingest gets: a few documents are done sooner in this thread than it takes
// to start workers (each loads its own dictionaries); large folders use the cores.
import os from 'node:os';
import type { FileExtractor } from '../ingestPaths';
import { Extractor } from '../pipeline';
import { ExtractorPool } from './ExtractorPool';

/** `requested` 0 means automatic. */
export function workerCount(files: number, requested: number): number {
  if (requested > 0) return requested;
  return Math.max(1, Math.min(os.availableParallelism(), 8, Math.floor(files / 4)));
}

/** Runs `fn` with a pool of `workers` threads, or in this thread (reusing `inThread` when given) for one. */
export async function withExtractor<T>(
  workers: number,
  fn: (extractor: FileExtractor, ahead: number) => Promise<T>,
  inThread?: FileExtractor,
): Promise<T> {
  if (workers <= 1) return fn(inThread ?? new Extractor(), 1);
  const pool = new ExtractorPool(workers);
  try {
    return await fn(pool, workers * 2);
  } finally {
    await pool.close();
  }
}
