// The pattern language: what parses, and what is refused with a 400 and a clear message.
import { parsePattern, PatternError, type PatternErrorKind } from '../../../server/query/parser';
import { compilePattern } from '../../../server/query/cypher';
import { patternQuery } from '../../../server/query/request';

describe('pattern parser', () => {
  test('a chain with labels, types, direction and a name constraint', () => {
    const p = parsePattern('(c:Company)-[:DEVELOPS]->(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})');
    expect(p.nodes).toEqual([
      { variable: 'c', label: 'Company', id: null, name: null },
      { variable: 'p', label: 'Project', id: null, name: null },
      { variable: 'z', label: 'Place', id: null, name: 'zone' },
    ]);
    expect(p.rels.map((r) => [r.types, r.direction, r.minHops, r.maxHops])).toEqual([
      [['DEVELOPS'], 'out', 1, 1],
      [['LOCATED_IN'], 'out', 1, 1],
    ]);
  });

  test('MATCH prefix, incoming, undirected, alternatives, variable length, anonymous nodes, shorthand', () => {
    const p = parsePattern('MATCH (x:Policy {id: $pid})<-[r:SUPPORTS|IMPLEMENTS*1..2]-(o) -- (:Place)-->(y)');
    expect(p.nodes.map((n) => n.variable)).toEqual(['x', 'o', null, 'y']);
    expect(p.nodes[0].id).toBe('pid');
    expect(p.rels[0]).toEqual({ types: ['SUPPORTS', 'IMPLEMENTS'], direction: 'in', minHops: 1, maxHops: 2 });
    expect(p.rels[1].direction).toBe('both');
    expect(p.rels[1].types.length).toBe(10);
    expect(p.rels[2].direction).toBe('out');
    expect(parsePattern('(a)-[*4]-(b)').rels[0]).toMatchObject({ minHops: 4, maxHops: 4 });
    expect(parsePattern('(a {id: $a, name: $n})').nodes[0]).toMatchObject({ id: 'a', name: 'n' });
  });

  const refused: [string, PatternErrorKind, RegExp][] = [
    ['CREATE (n:Company {name: $x})', 'write', /CREATE is not allowed/],
    ['MATCH (n) DETACH DELETE n', 'write', /DELETE|DETACH/],
    ['(n:Company) SET n.name_zh = $x', 'write', /SET is not allowed/],
    ['(n:Company) RETURN n', 'syntax', /RETURN is not part/],
    ['(n:Spaceship)', 'unknown_label', /Unknown label :Spaceship/],
    ['(a)-[:KNOWS]->(b)', 'unknown_type', /Unknown relation type :KNOWS/],
    ['(a)-[*1..9]-(b)', 'too_deep', /\*1\.\.9 is too deep/],
    ['(a)-[*]-(b)', 'syntax', /must be bounded/],
    ['(a)-[*2..]-(b)', 'syntax', /must be bounded/],
    ['(a)-->(b)-->(c)-->(d)-->(e)-->(f)-->(g)', 'too_deep', /6 hops/],
    ['(a)-[*1..3]->(b)-[*2]->(c)', 'too_deep', /5 hops/],
    ['(a)-->(b)-->(c)-->(d)-->(e)', 'too_wide', /5 node patterns/],
    ["(a {name: 'x'})", 'syntax', /parameter/],
    ['(a {type: $t})', 'syntax', /Only \{id/],
    ['(a)-->(a)', 'syntax', /used twice/],
    ['(:Company)', 'syntax', /Name at least one node/],
    ['(a', 'syntax', /Expected/],
    ['(a) (b)', 'syntax', /Expected a relationship/],
    ['(a)' + '-->(b)'.repeat(200), 'too_wide', /longer than 500/],
  ];
  test.each(refused)('%j is refused (%s)', (text, kind, message) => {
    let err: unknown;
    try {
      parsePattern(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PatternError);
    expect((err as PatternError).kind).toBe(kind);
    expect((err as PatternError).status).toBe(400);
    expect((err as PatternError).message).toMatch(message);
  });

  test('the request: parameters must match the pattern, limit ≤ 200, descendants needs a constrained Place', () => {
    const pattern = '(p:Project)-[:LOCATED_IN]->(z:Place {name: $zone})';
    expect(patternQuery({ pattern, params: { zone: '综改区' } }).limit).toBe(50);
    expect(() => patternQuery({ pattern, params: {} })).toThrow(/Missing parameter \$zone/);
    expect(() => patternQuery({ pattern, params: { zone: 'a', other: 'b' } })).toThrow(/not used/);
    expect(() => patternQuery({ pattern, params: { zone: 'a' }, limit: 201 })).toThrow();
    expect(() => patternQuery({ pattern: '(p:Project)', descendants: true })).toThrow(/descendants/);
    expect(() => patternQuery({ pattern, params: { zone: 'a' }, extra: 1 })).toThrow();
  });

  test('the compiled Cypher holds only ontology names and internal names, never request strings', () => {
    const q = patternQuery({
      pattern: '(zzvar:Company)-[rr:DEVELOPS]->(p:Project)-[:LOCATED_IN*1..2]->(z:Place {name: $zzparam})',
      params: { zzparam: "') DETACH DELETE n //" },
      descendants: true,
    });
    const c = compilePattern(q);
    expect(c.text).not.toMatch(/zz|DETACH|rr/);
    expect(c.params).toEqual({ p0: "') DETACH DELETE n //", cap: 20001 });
    expect(c.text).toMatchSnapshot();
  });
});
