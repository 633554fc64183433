// An entity set as table rows: names, type, mentions, how many documents and which years mention it; and rows
// grouped by type in the ontology's order.
import type { EntitySummary } from '../../../server/model';
import { ENTITY_TYPES, type EntityType } from '../../../server/ontology';

export type { EntitySummary };

export interface EntityRow extends EntitySummary {
  documentCount: number;
  /** Distinct years of the documents that mention it, ascending. */
  years: number[];
}

export function toEntityRows(summaries: readonly EntitySummary[]): EntityRow[] {
  return summaries.map((s) => ({
    ...s,
    documentCount: s.documents.length,
    years: [...new Set(s.documents.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b),
  }));
}

/** Non-empty groups, in the ontology's type order; rows keep their order inside a group. */
export function groupByType<T extends { type: EntityType }>(rows: readonly T[]): { type: EntityType; rows: T[] }[] {
  return ENTITY_TYPES.map((type) => ({ type, rows: rows.filter((r) => r.type === type) })).filter(
    (g) => g.rows.length > 0,
  );
}

/** The distinct entity ids a document mentions, in order of first mention. */
export function mentionedIds(mentions: readonly { entity: string }[]): string[] {
  return [...new Set(mentions.map((m) => m.entity))];
}
