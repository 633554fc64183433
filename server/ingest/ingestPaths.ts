// Use case: ingest files and folders into a store, one atomic batch per document.
import fs from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../store/GraphStore';
import { SUPPORTED_EXTENSIONS } from './load/loadFile';
import { readManifest } from './metadata';
import type { Extractor } from './pipeline';

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

export async function ingestPaths(store: GraphStore, extractor: Extractor, paths: string[], onReport?: (r: IngestReport) => void): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  const manifests = new Map<string, ReturnType<typeof readManifest>>();
  for (const file of listDocuments(paths)) {
    const dir = path.dirname(file);
    if (!manifests.has(dir)) manifests.set(dir, readManifest(dir));
    let report: IngestReport;
    try {
      const batch = await extractor.extractFile({ buffer: fs.readFileSync(file), fileName: path.basename(file), meta: manifests.get(dir)!.get(path.basename(file)) });
      const res = await store.upsertDocument(batch);
      report = { file, document: res.document, status: res.changed ? 'added' : 'unchanged', entities: res.entities, relations: res.relations };
    } catch (e) {
      report = { file, status: 'error', error: (e as Error).message };
    }
    reports.push(report);
    onReport?.(report);
  }
  return reports;
}
