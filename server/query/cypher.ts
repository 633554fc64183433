// Compiles a parsed pattern to one parameterised Cypher statement for the Neo4j store.
//
// Why this is safe although the text is generated: the statement is assembled ONLY from the fixed fragments below,
// the ontology's labels and relation types (validated enum values from server/ontology.ts, checked again here),
// hop bounds (integers 0-4 checked again here) and internal names (n0…n3, a0…a3, $p0…$p7, $cap). Nothing the
// request sends is copied into it: the user's variable names and parameter names are mapped to the internal
// names, and parameter values travel only as driver parameters. tests/integration/hostile.test.ts checks every
// statement that reaches Neo4j for that.
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../ontology';
import { MAX_HOPS, patternParams, type NodePattern, type RelPattern } from './parser';
import { MAX_MATCHES, type PatternQuery } from './types';

export interface CompiledPattern {
  text: string;
  params: Record<string, string | number>;
}

function label(l: EntityType): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(l)) throw new Error(`not an ontology label: ${l}`);
  return l;
}
function relType(t: RelationType): string {
  if (!(RELATION_TYPES as readonly string[]).includes(t)) throw new Error(`not an ontology relation type: ${t}`);
  return t;
}
function hops(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_HOPS) throw new Error(`not a hop count: ${n}`);
  return n;
}

export function compilePattern(q: PatternQuery): CompiledPattern {
  const { nodes, rels } = q.pattern;
  const names = patternParams(q.pattern);
  const param = (user: string): string => `$p${names.indexOf(user)}`;
  const params: Record<string, string | number> = { cap: MAX_MATCHES + 1 };
  names.forEach((n, i) => (params[`p${i}`] = q.params[n]));

  const condition = (v: string, n: NodePattern): string[] => {
    const out: string[] = [];
    if (n.id !== null) out.push(`${v}.id = ${param(n.id)}`);
    if (n.name !== null) {
      const p = param(n.name);
      out.push(`(${v}.name_zh = ${p} OR ${v}.name_en = ${p} OR ${p} IN ${v}.aliases)`);
    }
    return out;
  };
  const expanded = (n: NodePattern): boolean => q.descendants && n.label === 'Place' && (n.id ?? n.name) !== null;

  const lines: string[] = [];
  const carried: string[] = [];
  nodes.forEach((n, i) => {
    if (!expanded(n)) return;
    // The constrained place, then everything PART_OF it at any depth (itself included).
    lines.push(`MATCH (a${i}:Entity:Place) WHERE ${condition(`a${i}`, n).join(' AND ')}`);
    lines.push(`MATCH (n${i}:Entity:Place)-[:PART_OF*0..]->(a${i})`);
    carried.push(`n${i}`);
    lines.push(`WITH DISTINCT ${carried.join(', ')}`);
  });

  const nodeText = (n: NodePattern, i: number): string =>
    carried.includes(`n${i}`) ? `(n${i})` : `(n${i}:Entity${n.label !== null ? `:${label(n.label)}` : ''})`;
  const relText = (r: RelPattern): string => {
    const types = r.types.map(relType).join('|');
    const range = r.minHops === 1 && r.maxHops === 1 ? '' : `*${hops(r.minHops)}..${hops(r.maxHops)}`;
    const body = `[:${types}${range}]`;
    return r.direction === 'out' ? `-${body}->` : r.direction === 'in' ? `<-${body}-` : `-${body}-`;
  };
  let path = nodeText(nodes[0], 0);
  rels.forEach((r, i) => (path += relText(r) + nodeText(nodes[i + 1], i + 1)));
  lines.push(`MATCH path = ${path}`);
  const where = nodes.flatMap((n, i) => (expanded(n) ? [] : condition(`n${i}`, n)));
  if (where.length > 0) lines.push(`WHERE ${where.join(' AND ')}`);
  lines.push(
    `RETURN ${nodes.map((_n, i) => `n${i}.id AS v${i}`).join(', ')}, [r IN relationships(path) | r.id] AS rels`,
  );
  lines.push('LIMIT $cap');
  return { text: lines.join('\n'), params };
}
