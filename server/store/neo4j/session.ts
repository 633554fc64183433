// Sessions on one Neo4j driver: the schema applied on first contact, a lost connection turned into a 503, and
// every statement read from cypher/ (the pattern statement excepted) and observed before it is sent.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '../../errors';
import type { EntityType, RelationType } from '../../ontology';
import type { StoreHealth } from '../GraphStore';
import { toCypherParams } from './cypherParams';
import { QueryRegistry, type QueryName, type QueryParams } from './queries';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Sees the text of every statement sent (tests prove request strings never change a query's text). */
  observe?: (query: string) => void;
}

/** What a query needs of a transaction. */
export type Runner = { run: ManagedTransaction['run'] };

/** A lost connection becomes StoreUnavailableError (503); anything else is left as it is. */
export function unavailableOr(e: unknown): unknown {
  const code = (e as { code?: string }).code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /connect|ECONNREFUSED|ServiceUnavailable/i.test((e as Error).message)
  ) {
    return new StoreUnavailableError(`Neo4j is not reachable: ${(e as Error).message}`);
  }
  return e;
}

export class Neo4jSession {
  private readonly driver: Driver;
  private readonly database?: string;
  private readonly observe?: (query: string) => void;
  /** Schema statements, applied once the database answers; retried on the next request after a failure. */
  private schemaApplied: Promise<void> | null = null;

  constructor(
    opts: Neo4jOptions,
    private readonly queries: QueryRegistry,
  ) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      // Transient errors are retried briefly; a database that is gone gets a 503 in seconds, not after 30.
      maxTransactionRetryTime: 2000,
    });
    this.database = opts.database;
    this.observe = opts.observe;
  }

  ensureSchema(): Promise<void> {
    this.schemaApplied ??= (async () => {
      for (const statement of this.queries.schema) {
        this.observe?.(statement);
        await this.rawSession('WRITE', (tx) => tx.run(statement));
      }
    })().catch((e: unknown) => {
      this.schemaApplied = null;
      throw e;
    });
    return this.schemaApplied;
  }

  /** One managed transaction (retried on transient errors), after the schema is in place. */
  async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    return this.rawSession(mode, work);
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  private async rawSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (e) {
      throw unavailableOr(e);
    } finally {
      await session.close();
    }
  }

  /** A query of cypher/ in a transaction; templated queries name the entity label or relation type they act on. */
  run<K extends QueryName>(
    tx: Runner,
    name: K,
    params: QueryParams<K>,
    type?: EntityType | RelationType,
  ): Promise<NeoRecord[]> {
    return this.runText(tx, this.queries.text(name, type), params);
  }

  /** A statement built from ontology names only (server/query/cypher.ts), with its parameters. */
  runText(tx: Runner, text: string, params: object): Promise<NeoRecord[]> {
    this.observe?.(text);
    return tx.run(text, toCypherParams(params) as Record<string, unknown>).then((r) => r.records);
  }

  /** A query in an auto-commit transaction: CALL … IN TRANSACTIONS runs only there, so not through executeWrite. */
  async autoCommit(name: QueryName): Promise<void> {
    await this.ensureSchema();
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      this.observe?.(this.queries.text(name));
      await session.run(this.queries.text(name), {});
    } catch (e) {
      throw unavailableOr(e);
    } finally {
      await session.close();
    }
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity();
    } catch (e) {
      throw new StoreUnavailableError(`Neo4j is not reachable at start: ${(e as Error).message}`);
    }
    await this.ensureSchema();
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async health(): Promise<StoreHealth> {
    try {
      await this.driver.verifyConnectivity();
      return { ready: true, kind: 'neo4j', detail: 'Neo4j reachable' };
    } catch (e) {
      return { ready: false, kind: 'neo4j', detail: `Neo4j not reachable: ${(e as Error).message}` };
    }
  }

  /** The graph's version counter, read in the transaction given. */
  async version(tx: Runner): Promise<number> {
    return Number((await this.run(tx, 'graph_version', {}))[0]?.get('version') ?? 0);
  }
}
