// A comparison on the graph: each entity's side (new in b, continued, dropped from a) and which of them to draw.
import type { CompareEntity, Comparison } from '../../../server/model';

export type { CompareEntity, Comparison };
export type CompareSideStatus = 'added' | 'continued' | 'dropped';
export const COMPARE_STATUSES: CompareSideStatus[] = ['added', 'continued', 'dropped'];

/** Every compared entity's status; a changed entity is a continued one. */
export function compareStatus(c: Comparison): Map<string, CompareSideStatus> {
  const out = new Map<string, CompareSideStatus>();
  for (const s of COMPARE_STATUSES) for (const e of c[s]) out.set(e.id, s);
  return out;
}

/**
 * The entities to draw, at most `cap`: the most mentioned of each status in turn, so that a long list (many dropped)
 * does not crowd out a short one (a few added).
 */
export function entitiesToDraw(c: Comparison, cap: number): string[] {
  const byMentions = (xs: CompareEntity[]) =>
    [...xs].sort((p, q) => q.mentions_a + q.mentions_b - (p.mentions_a + p.mentions_b) || (p.id < q.id ? -1 : 1));
  const queues = COMPARE_STATUSES.map((s) => byMentions(c[s]));
  const out: string[] = [];
  for (let i = 0; out.length < cap && queues.some((q) => i < q.length); i++)
    for (const q of queues) if (i < q.length && out.length < cap) out.push(q[i].id);
  return out;
}

/** A file name for a comparison's download: compare-<a>-<b>.<ext>, with the sides as asked. */
export function compareFileName(c: Pick<Comparison, 'a' | 'b'>, ext: 'csv' | 'json'): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '_');
  return `compare-${safe(c.a.spec)}-${safe(c.b.spec)}.${ext}`;
}
