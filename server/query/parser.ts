// The pattern language: a small, read-only subset of Cypher's MATCH patterns, parsed here into an AST (never passed
// through as text). Grammar (case-insensitive keywords; an optional leading MATCH):
//   pattern := node (rel node)*
//   node    := '(' var? (':' Label)? ('{' prop (',' prop)* '}')? ')'
//   prop    := ('id' | 'name') ':' '$' param
//   rel     := '-' body? '->' | '<-' body? '-' | '-' body? '-'      body := '[' var? (':' Type ('|' Type)*)? range? ']'
//   range   := '*' n | '*' m '..' n                                  (1 ≤ m ≤ n ≤ 4)
// Labels and relation types come only from the ontology; at most 4 node patterns and 4 hops in all.
import { AppError } from '../errors';
import { isEntityType, isRelationType, RELATION_TYPES, type EntityType, type RelationType } from '../ontology';

export const MAX_NODES = 4;
export const MAX_HOPS = 4;
export const MAX_PATTERN_CHARS = 500;

export type PatternErrorKind =
  'syntax' | 'write' | 'unknown_label' | 'unknown_type' | 'too_deep' | 'too_wide' | 'parameter';

/** A pattern outside the language: always a 400 with a message that says what to change. */
export class PatternError extends AppError {
  constructor(
    readonly kind: PatternErrorKind,
    message: string,
  ) {
    super('PatternError', message, 400, 'bad_request');
  }
}

export interface NodePattern {
  /** The variable the row binds the entity to; anonymous nodes are matched but not returned. */
  variable: string | null;
  label: EntityType | null;
  /** Parameter names ($id, $name constraints). */
  id: string | null;
  name: string | null;
}

export interface RelPattern {
  /** The allowed types; all of the ontology's when the pattern names none. */
  types: RelationType[];
  direction: 'out' | 'in' | 'both';
  minHops: number;
  maxHops: number;
}

export interface Pattern {
  nodes: NodePattern[];
  /** rels[i] joins nodes[i] and nodes[i + 1]. */
  rels: RelPattern[];
}

const WRITE_WORDS = new Set([
  'CREATE',
  'DELETE',
  'DETACH',
  'SET',
  'MERGE',
  'REMOVE',
  'CALL',
  'LOAD',
  'FOREACH',
  'DROP',
  'UNWIND',
  'RETURN',
  'WITH',
  'UNION',
  'WHERE',
]);
const READ_ONLY = new Set(['CREATE', 'DELETE', 'DETACH', 'SET', 'MERGE', 'REMOVE', 'DROP', 'FOREACH', 'LOAD', 'CALL']);

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

class Parser {
  private pos = 0;
  constructor(private readonly s: string) {}

  fail(message: string): never {
    throw new PatternError('syntax', `${message} at character ${this.pos + 1}`);
  }
  private skip(): void {
    while (this.pos < this.s.length && /\s/.test(this.s[this.pos])) this.pos++;
  }
  peek(text: string): boolean {
    this.skip();
    return this.s.startsWith(text, this.pos);
  }
  eat(text: string): boolean {
    if (!this.peek(text)) return false;
    this.pos += text.length;
    return true;
  }
  expect(text: string, what = `'${text}'`): void {
    if (!this.eat(text)) this.fail(`Expected ${what}`);
  }
  atEnd(): boolean {
    this.skip();
    return this.pos >= this.s.length;
  }
  word(): string | null {
    this.skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }
  int(): number | null {
    this.skip();
    const m = /^\d{1,3}/.exec(this.s.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return Number(m[0]);
  }
  ident(what: string): string {
    const w = this.word();
    if (w === null) this.fail(`Expected ${what}`);
    if (!IDENT.test(w)) this.fail(`${what} must be at most 32 letters, digits or _`);
    return w;
  }

  node(): NodePattern {
    this.expect('(', "'(' to start a node pattern");
    const out: NodePattern = { variable: null, label: null, id: null, name: null };
    if (!this.peek(':') && !this.peek('{') && !this.peek(')')) out.variable = this.ident('a variable name');
    if (this.eat(':')) {
      const label = this.word();
      if (label === null) this.fail('Expected a label after ":"');
      if (!isEntityType(label))
        throw new PatternError(
          'unknown_label',
          `Unknown label :${label.slice(0, 40)}; labels are the ontology's types`,
        );
      out.label = label;
    }
    if (this.eat('{')) {
      do {
        const key = this.word();
        if (key !== 'id' && key !== 'name') this.fail('Only {id: $param} and {name: $param} constraints are allowed');
        if (out[key] !== null) this.fail(`The ${key} constraint is given twice`);
        this.expect(':');
        if (!this.eat('$')) this.fail(`The ${key} constraint takes a parameter ($name), not a literal`);
        out[key] = this.ident('a parameter name');
      } while (this.eat(','));
      this.expect('}');
    }
    this.expect(')', "')' to close the node pattern");
    return out;
  }

  rel(): RelPattern {
    let direction: RelPattern['direction'];
    const incoming = this.eat('<-');
    if (!incoming) this.expect('-', 'a relationship (-[:TYPE]->)');
    const body: RelPattern = { types: [...RELATION_TYPES], direction: 'both', minHops: 1, maxHops: 1 };
    if (this.eat('[')) {
      if (!this.peek(':') && !this.peek('*') && !this.peek(']')) this.ident('a variable name'); // named, not bound
      if (this.eat(':')) {
        const types: RelationType[] = [];
        do {
          const t = this.word();
          if (t === null) this.fail('Expected a relation type after ":"');
          if (!isRelationType(t))
            throw new PatternError(
              'unknown_type',
              `Unknown relation type :${t.slice(0, 40)}; types are the ontology's`,
            );
          if (!types.includes(t)) types.push(t);
        } while (this.eat('|'));
        body.types = types;
      }
      if (this.eat('*')) {
        const a = this.int();
        if (a === null) this.fail(`Variable length must be bounded: *n or *m..n with n ≤ ${MAX_HOPS}`);
        let b = a;
        if (this.eat('..')) {
          const n = this.int();
          if (n === null) this.fail(`Variable length must be bounded: *m..n with n ≤ ${MAX_HOPS}`);
          b = n;
        }
        if (a < 1 || b < a) this.fail('Variable length *m..n needs 1 ≤ m ≤ n');
        if (b > MAX_HOPS)
          throw new PatternError('too_deep', `Variable length *${a}..${b} is too deep: at most *1..${MAX_HOPS}`);
        body.minHops = a;
        body.maxHops = b;
      }
      this.expect(']');
    }
    if (incoming) {
      this.expect('-');
      direction = 'in';
    } else direction = this.eat('->') ? 'out' : (this.expect('-'), 'both');
    return { ...body, direction };
  }
}

/** Parses a pattern; throws PatternError (HTTP 400) for anything outside the language. */
export function parsePattern(text: string): Pattern {
  if (text.length > MAX_PATTERN_CHARS)
    throw new PatternError('too_wide', `The pattern is longer than ${MAX_PATTERN_CHARS} characters`);
  const words = (text.match(/[A-Za-z_]+/g) ?? []).map((w) => w.toUpperCase());
  const write = words.find((w) => READ_ONLY.has(w));
  if (write) throw new PatternError('write', `${write} is not allowed: pattern questions are read-only MATCH patterns`);
  const p = new Parser(text);
  const first = p.word();
  if (first === null || first.toUpperCase() !== 'MATCH') {
    if (first !== null) {
      if (WRITE_WORDS.has(first.toUpperCase()))
        throw new PatternError('syntax', `${first} is not part of the pattern language: give only a MATCH pattern`);
      p.fail('A pattern starts with a node, e.g. (c:Company)');
    }
  }
  const nodes = [p.node()];
  const rels: RelPattern[] = [];
  while (!p.atEnd()) {
    if (!p.peek('-') && !p.peek('<')) {
      const w = p.word();
      if (w !== null && WRITE_WORDS.has(w.toUpperCase()))
        throw new PatternError('syntax', `${w} is not part of the pattern language: give only a MATCH pattern`);
      p.fail('Expected a relationship or the end of the pattern');
    }
    rels.push(p.rel());
    nodes.push(p.node());
  }
  const hops = rels.reduce((n, r) => n + r.maxHops, 0);
  if (hops > MAX_HOPS)
    throw new PatternError('too_deep', `The pattern spans up to ${hops} hops; at most ${MAX_HOPS} are allowed`);
  if (nodes.length > MAX_NODES)
    throw new PatternError('too_wide', `The pattern has ${nodes.length} node patterns; at most ${MAX_NODES}`);
  const seen = new Set<string>();
  for (const n of nodes)
    if (n.variable !== null) {
      if (seen.has(n.variable)) throw new PatternError('syntax', `The variable ${n.variable} is used twice`);
      seen.add(n.variable);
    }
  if (seen.size === 0) throw new PatternError('syntax', 'Name at least one node, e.g. (c:Company), to get rows back');
  return { nodes, rels };
}

/** Every parameter a pattern refers to. */
export function patternParams(p: Pattern): string[] {
  const out = new Set<string>();
  for (const n of p.nodes) for (const k of [n.id, n.name]) if (k !== null) out.add(k);
  return [...out];
}
