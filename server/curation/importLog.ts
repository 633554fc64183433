// `kg import-curations FILE`: another graph's curation log (a JSON export, or the log alone) replayed here. Records
// are keyed by stable ids, so they mean the same on any graph built from the same documents; what names nothing
// here changes nothing, and a curation already recorded (same id) is skipped.
import { InvalidInputError } from '../errors';
import type { GraphStore } from '../store/GraphStore';
import { curationLog, type Curation } from './types';

export function parseCurationFile(json: unknown): Curation[] {
  const list = Array.isArray(json) ? json : (json as { curations?: unknown } | null)?.curations;
  if (!Array.isArray(list)) throw new InvalidInputError('expected a JSON export with "curations" or a list of them');
  const parsed = curationLog.safeParse(list);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new InvalidInputError(`curation ${i.path.join('.')}: ${i.message}`);
  }
  return parsed.data;
}

export async function importCurations(store: GraphStore, log: Curation[]): Promise<{ added: number; skipped: number }> {
  const known = new Set((await store.curations()).map((c) => c.id));
  let added = 0;
  for (const c of log) {
    if (known.has(c.id)) continue;
    await store.addCuration(c);
    known.add(c.id);
    added++;
  }
  return { added, skipped: log.length - added };
}
