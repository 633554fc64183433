// Use case: ingest files and folders into a store, one atomic batch per document.
import fs from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../store/GraphStore';
import { SUPPORTED_EXTENSIONS } from './load/loadFile';
import { readManifest } from './metadata';
import type { GraphBatch } from '../model';
import type { ExtractInput } from './pipeline';

export interface IngestReport {
  file: string;
  document?: string;
  status: 'added' | 'unchanged' | 'error';
  entities?: number;
  relations?: number;
  error?: string;
}

const SKIP = /^(readme(\..*)?|manifest\.json|\..*)$/i;

export function listDocuments(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`${p}: no such file or folder`);
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) {
        const full = path.join(p, f);
        if (SKIP.test(f)) continue;
        if (fs.statSync(full).isDirectory()) out.push(...listDocuments([full]));
        else if (SUPPORTED_EXTENSIONS.includes(path.extname(f).toLowerCase())) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

/** Anything that turns a file into a batch: the pipeline itself, or a pool of worker threads running it. */
export interface FileExtractor {
  extractFile(input: ExtractInput): Promise<GraphBatch>;
}

/**
 * Extracts up to `ahead` documents at once (worth it with a worker pool) and writes them to the store one at a
 * time, in file order, so the result does not depend on which worker finishes first.
 */
export async function ingestPaths(
  store: GraphStore,
  extractor: FileExtractor,
  paths: string[],
  onReport?: (r: IngestReport) => void,
  ahead = 1,
): Promise<IngestReport[]> {
  const files = listDocuments(paths);
  const manifests = new Map<string, ReturnType<typeof readManifest>>();
  const start = (file: string): Promise<GraphBatch> => {
    const dir = path.dirname(file);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    try {
      return extractor.extractFile({
        buffer: fs.readFileSync(file),
        fileName: path.basename(file),
        meta: manifests.get(dir)!.get(path.basename(file)),
      });
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const inFlight: Promise<GraphBatch>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && inFlight.length < Math.max(1, ahead)) {
      const p = start(files[next++]);
      p.catch(() => undefined); // awaited below, in order
      inFlight.push(p);
    }
  };
  const reports: IngestReport[] = [];
  for (const file of files) {
    fill();
    let report: IngestReport;
    try {
      const batch = await inFlight.shift()!;
      const res = await store.upsertDocument(batch);
      report = {
        file,
        document: res.document,
        status: res.changed ? 'added' : 'unchanged',
        entities: res.entities,
        relations: res.relations,
      };
    } catch (e) {
      report = { file, status: 'error', error: (e as Error).message };
    }
    reports.push(report);
    onReport?.(report);
  }
  return reports;
}
