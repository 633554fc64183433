// The Neo4j session's pure parts: parameters typed for Cypher, and which failures become a 503.
import neo4j from 'neo4j-driver';
import { StoreUnavailableError } from '../../../../server/errors';
import { toCypherParams } from '../../../../server/store/neo4j/cypherParams';
import { unavailableOr } from '../../../../server/store/neo4j/session';

describe('Cypher parameters', () => {
  test('whole numbers become integers, at any depth; other values are left as they are', () => {
    const given = { limit: 20, score: 0.5, ids: ['a', 'b'], rows: [{ year: 2024, name: '临川' }], x: null };
    const p = toCypherParams(given);
    const out = p as { limit: unknown; score: unknown; ids: unknown; rows: { year: unknown; name: unknown }[] };
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(String(out.limit)).toBe('20');
    expect(out.score).toBe(0.5);
    expect(out.ids).toEqual(['a', 'b']);
    expect(neo4j.isInt(out.rows[0].year)).toBe(true);
    expect(String(out.rows[0].year)).toBe('2024');
    expect(out.rows[0].name).toBe('临川');
    expect((p as { x: unknown }).x).toBeNull();
  });

  test('a number beyond the safe integers is not made an integer', () => {
    expect(toCypherParams(2 ** 60)).toBe(2 ** 60);
  });
});

describe('unavailable Neo4j', () => {
  test('a lost or refused connection becomes StoreUnavailableError with the cause', () => {
    const lost = Object.assign(new Error('connection lost'), { code: 'SessionExpired' });
    const e = unavailableOr(lost);
    expect(e).toBeInstanceOf(StoreUnavailableError);
    expect((e as Error).message).toBe('Neo4j is not reachable: connection lost');
    expect(unavailableOr(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBeInstanceOf(StoreUnavailableError);
    expect(unavailableOr(Object.assign(new Error('x'), { code: 'ServiceUnavailable' }))).toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  test('any other error is left as it is', () => {
    const syntax = Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(unavailableOr(syntax)).toBe(syntax);
  });
});
