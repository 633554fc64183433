// A question built step by step (a start type, then relation and next type …) written as a pattern for POST /api/query.
import { RELATION_SIGNATURES } from '../../../server/ontology';
import type { EntityType, RelationType } from '../types';

export type Direction = 'out' | 'in' | 'any';

/** One node of the question: its type ('' for any) and, optionally, the entity it must be. */
export interface BuilderNode {
  type: EntityType | '';
  entity?: { id: string; name_zh: string; name_en: string };
}

/** The relation between node i and node i + 1 ('' for any typed relation). */
export interface BuilderHop {
  relation: RelationType | '';
  direction: Direction;
}

export interface Builder {
  nodes: BuilderNode[];
  hops: BuilderHop[];
  /** Place nodes with an entity also match the places PART_OF them. */
  descendants: boolean;
}

/** The language allows at most 4 node patterns. */
export const MAX_NODES = 4;

export interface PatternRequest {
  pattern: string;
  params: Record<string, string>;
  descendants: boolean;
}

export const nodeVar = (i: number): string => `n${i + 1}`;

/** A relation with a direction, and the types it can lead to from a node of the given type. */
export interface HopChoice extends BuilderHop {
  relation: RelationType;
  to: EntityType[];
}

type Typed = Exclude<RelationType, 'CO_OCCURS'>;
const TYPED = Object.keys(RELATION_SIGNATURES) as Typed[];

/** The relations the ontology allows from a node of this type ('' = any type), both directions. */
export function hopChoices(from: EntityType | ''): HopChoice[] {
  const out: HopChoice[] = [];
  for (const relation of TYPED) {
    const sig = RELATION_SIGNATURES[relation];
    if (from === '' || sig.from.includes(from)) out.push({ relation, direction: 'out', to: [...sig.to] });
    if (from === '' || sig.to.includes(from)) out.push({ relation, direction: 'in', to: [...sig.from] });
  }
  return out;
}

/** The types the node after a hop may have; every type when the hop is any relation. */
export function nextTypes(from: EntityType | '', hop: BuilderHop, all: readonly EntityType[]): EntityType[] {
  if (hop.relation === '' || hop.relation === 'CO_OCCURS') return [...all];
  const to = hopChoices(from)
    .filter((x) => x.relation === hop.relation && (hop.direction === 'any' || x.direction === hop.direction))
    .flatMap((x) => x.to);
  return all.filter((t) => to.includes(t));
}

/** The pattern of a built question: node i is `n{i+1}`, an entity constraint is `{id: $n{i+1}}`. */
export function builderPattern(b: Builder): PatternRequest {
  if (b.nodes.length === 0 || b.nodes.length > MAX_NODES) throw new Error(`1 to ${MAX_NODES} nodes`);
  if (b.hops.length !== b.nodes.length - 1) throw new Error('one hop between each two nodes');
  const params: Record<string, string> = {};
  const node = (n: BuilderNode, i: number) => {
    const v = nodeVar(i);
    if (n.entity) params[v] = n.entity.id;
    return `(${v}${n.type ? `:${n.type}` : ''}${n.entity ? ` {id: $${v}}` : ''})`;
  };
  const hop = (h: BuilderHop) => {
    const inner = h.relation ? `[:${h.relation}]` : '';
    return h.direction === 'out' ? `-${inner}->` : h.direction === 'in' ? `<-${inner}-` : `-${inner}-`;
  };
  let pattern = node(b.nodes[0], 0);
  b.hops.forEach((h, i) => (pattern += hop(h) + node(b.nodes[i + 1], i + 1)));
  const placed = b.nodes.some((n) => n.type === 'Place' && n.entity);
  return { pattern, params, descendants: b.descendants && placed };
}

/** The parameters a typed pattern refers to, in order of first use. */
export function patternParamNames(pattern: string): string[] {
  return [...new Set([...pattern.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
}
