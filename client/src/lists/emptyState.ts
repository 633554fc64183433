// Why the canvas shows little or nothing: which filter hid what. Data only; the explorer words it.
import { ENTITY_TYPES, type EntityType } from '../../../server/ontology';

export interface ActiveFilters {
  types: string[];
  relations: string[];
  documents: string[];
  years: string[];
  co: boolean;
}

export type EmptyState =
  /** Nothing drawn, and filters narrowed what was asked for: these are the ones in force. */
  | { kind: 'noMatch'; filters: ActiveFilters }
  /** Nothing drawn and no filter: the reader has to search. */
  | { kind: 'blank' }
  /** Entities drawn, some or all hidden by the type filter: how many of each type. */
  | { kind: 'hidden'; all: boolean; drawn: number; hidden: { type: EntityType; count: number }[] };

export function hasFilters(f: ActiveFilters): boolean {
  return f.types.length + f.relations.length + f.documents.length + f.years.length > 0 || !f.co;
}

/** null when every drawn entity is shown. */
export function explainEmpty(drawn: readonly { type: string }[], f: ActiveFilters): EmptyState | null {
  if (drawn.length === 0) return hasFilters(f) ? { kind: 'noMatch', filters: f } : { kind: 'blank' };
  if (f.types.length === 0) return null;
  const counts = new Map<string, number>();
  for (const n of drawn) if (!f.types.includes(n.type)) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const hidden = ENTITY_TYPES.filter((x) => counts.has(x)).map((type) => ({ type, count: counts.get(type)! }));
  const total = hidden.reduce((s, x) => s + x.count, 0);
  if (total === 0) return null;
  return { kind: 'hidden', all: total === drawn.length, drawn: drawn.length, hidden };
}
