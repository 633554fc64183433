// What the extractor pool and its workers say to each other.
import type { GraphBatch } from '../../model';
import type { ManifestEntry } from '../metadata';

export interface ExtractRequest {
  id: number;
  buffer: Uint8Array;
  fileName: string;
  meta?: ManifestEntry;
}

export type ExtractResponse = { id: number; batch: GraphBatch } | { id: number; error: string };
