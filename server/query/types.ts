// What a pattern question is after parsing, and what it answers: rows of bound entities and the relations between them.
import type { Relation } from '../model';
import type { EntityType, PlaceSubtype, RelationType } from '../ontology';
import { PatternError, type Pattern } from './parser';

/** More matching paths than this and the question is too wide: both stores stop and answer 400. */
export const MAX_MATCHES = 20_000;
export const MAX_LIMIT = 200;

export interface PatternQuery {
  pattern: Pattern;
  /** The value of every parameter the pattern refers to, and no other. */
  params: Record<string, string>;
  /** Place nodes with an id or name constraint also match the places PART_OF them, at any depth. */
  descendants: boolean;
  limit: number;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
}

export interface PatternEvidence {
  document: string;
  sentence: number;
  text: string;
  year: number | null;
}

export interface PatternRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: PatternEvidence[];
}

export interface PatternRow {
  bindings: Record<string, EntitySummary>;
  relations: PatternRelation[];
}

/** One matching path: the entity at each node pattern, and the relations it went through. */
export interface PatternMatch {
  nodes: string[];
  relations: string[];
}

/** A row before its entities and relations are looked up. */
export interface GroupedRow {
  ids: string[];
  relations: string[];
}

export function tooWide(): PatternError {
  return new PatternError(
    'too_wide',
    `The pattern matches more than ${MAX_MATCHES} paths; add a label, a relation type or an {id}/{name} constraint`,
  );
}

/** Named node patterns, in pattern order: [index, variable]. */
export function namedNodes(p: Pattern): [number, string][] {
  return p.nodes.flatMap((n, i): [number, string][] => (n.variable === null ? [] : [[i, n.variable]]));
}

/**
 * The rows both stores answer: one per distinct tuple of bound entities, with every relation of every path that bound
 * it, ordered by the bound ids (then by relation id), at most `limit`.
 */
export function groupMatches(p: Pattern, matches: Iterable<PatternMatch>, limit: number): GroupedRow[] {
  const named = namedNodes(p);
  const rows = new Map<string, { ids: string[]; relations: Set<string> }>();
  for (const m of matches) {
    const ids = named.map(([i]) => m.nodes[i]);
    const key = ids.join('\u0000');
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ids, relations: new Set() }));
    for (const r of m.relations) row.relations.add(r);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()]
    .sort((a, b) => {
      for (let i = 0; i < a.ids.length; i++) {
        const c = cmp(a.ids[i], b.ids[i]);
        if (c !== 0) return c;
      }
      return 0;
    })
    .slice(0, limit)
    .map((r) => ({ ids: r.ids, relations: [...r.relations].sort(cmp) }));
}

export function toSummary(e: EntitySummary): EntitySummary {
  return {
    id: e.id,
    type: e.type,
    ...(e.subtype ? { subtype: e.subtype } : {}),
    name_zh: e.name_zh,
    name_en: e.name_en,
  };
}

export function toPatternRelation(r: Relation): PatternRelation {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    evidence: r.evidence.map((e) => ({ document: e.document, sentence: e.sentence, text: e.text, year: e.year })),
  };
}

/** Assembles rows once a store has looked up the entities and relations the grouped rows name. */
export function assembleRows(
  p: Pattern,
  rows: GroupedRow[],
  entity: (id: string) => EntitySummary,
  relation: (id: string) => PatternRelation,
): PatternRow[] {
  const named = namedNodes(p);
  return rows.map((r) => ({
    bindings: Object.fromEntries(named.map(([, v], k) => [v, toSummary(entity(r.ids[k]))])),
    relations: r.relations.map(relation),
  }));
}
