// The Neo4j store: the same contract as the embedded store, with every query a parameterised file in cypher/.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver';
import { curateBatch } from '../../curation/apply';
import { curationLog, type Curation } from '../../curation/types';
import { StoreUnavailableError } from '../../errors';
import type {
  BatchEntity,
  Comparison,
  DocumentDetail,
  DocumentSummary,
  Entity,
  EntityDetail,
  Evidence,
  GraphBatch,
  GraphEdge,
  GraphExport,
  GraphNode,
  GraphPath,
  IndicatorPoint,
  IndicatorSeries,
  NeighborhoodQuery,
  OverviewEntry,
  PathQuery,
  Relation,
  SearchHit,
  Stats,
  Subgraph,
  TimelineItem,
} from '../../model';
import { exportedEntity } from '../../model';
import { RELATION_TYPES, relationTypeOfId, type EntityType, type RelationType } from '../../ontology';
import { searchTokens, searchForms } from '../../search/keys';
import { SearchIndex } from '../../search/index';
import { CompactGraph } from '../embedded/CompactGraph';
import { paths as findPaths } from '../embedded/traversal';
import type { GraphStore, OverviewFilter, StoreHealth, UpsertResult } from '../GraphStore';
import { compareSide, compareSides, entityTimeline, indicatorSeries, type CompareRow } from '../time';
import { admitRanked, HUB_SHARE, subgraphImportance, tieStrength } from '../graphAlgorithms';
import { byImportance, importance, MAX_SEARCH_BONUS, rankHits, searchBonus, type HitFacts } from '../ranking';
import { pathGraph, type FetchedTie } from './pathGraph';
import { mergeAttributes, mergeEntity, type EntityContribution } from '../merge';
import { validateBatch } from '../validateBatch';
import { QueryRegistry, type QueryName, type QueryParams } from './queries';
import { compilePattern } from '../../query/cypher';
import {
  assembleRows,
  groupMatches,
  toPatternRelation,
  tooWide,
  MAX_MATCHES,
  type EntitySummary,
  type PatternMatch,
  type PatternQuery,
  type PatternRelation,
  type PatternRow,
} from '../../query/types';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Sees the text of every statement sent (tests prove request strings never change a query's text). */
  observe?: (query: string) => void;
}

type Runner = { run: ManagedTransaction['run'] };

/**
 * What ranking needs of the whole graph, read back from Neo4j once per graph version: the graph's shape for
 * PageRank (importance) and the search index over every name, so both stores rank with the same code and numbers.
 */
interface RankingView {
  version: number;
  graph: CompactGraph;
  rank: Float64Array;
  index: SearchIndex;
  entities: Map<
    string,
    { type: EntityType; subtype: SearchHit['subtype'] | null; name_zh: string; name_en: string; mentions: number }
  >;
}

/**
 * Parameters as Neo4j should see them: JavaScript numbers that are whole become Cypher INTEGERs. The driver sends
 * every number as a FLOAT otherwise, which LIMIT refuses and which would store counts and years as floats.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

function rankingBonus(f: HitFacts | null): number {
  return f ? searchBonus(f.mentions, f.degree) : 0;
}

/** A lost connection becomes StoreUnavailableError (503); anything else is left as it is. */
function unavailableOr(e: unknown): unknown {
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

/** A relation's attributes: each document's contribution (JSON, in document order) merged as the embedded store does. */
function relationAttributes(list: unknown): Record<string, string> {
  const contribs = (Array.isArray(list) ? list : []).map((a) => ({
    attributes: parseJson<Record<string, string>>(a, {}),
  }));
  return contribs.length === 0 ? {} : mergeAttributes(contribs);
}

function parseJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries: QueryRegistry;
  private readonly database?: string;
  private readonly observe?: (query: string) => void;

  constructor(opts: Neo4jOptions, queries = new QueryRegistry()) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      // Transient errors are retried briefly; a database that is gone gets a 503 in seconds, not after 30.
      maxTransactionRetryTime: 2000,
    });
    this.queries = queries;
    this.database = opts.database;
    this.observe = opts.observe;
  }

  /** Schema statements, applied once the database answers; retried on the next request after a failure. */
  private schemaApplied: Promise<void> | null = null;

  private ensureSchema(): Promise<void> {
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

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    return this.rawSession(mode, work);
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

  private run<K extends QueryName>(
    tx: Runner,
    name: K,
    params: QueryParams<K>,
    type?: EntityType | RelationType,
  ): Promise<NeoRecord[]> {
    const text = this.queries.text(name, type);
    this.observe?.(text);
    return tx.run(text, toCypherParams(params) as Record<string, unknown>).then((r) => r.records);
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

  /** Nothing to do: Neo4j manages its own storage and makes each transaction durable itself. */
  async compact(): Promise<void> {}

  async health(): Promise<StoreHealth> {
    try {
      await this.driver.verifyConnectivity();
      return { ready: true, kind: 'neo4j', detail: 'Neo4j reachable' };
    } catch (e) {
      return { ready: false, kind: 'neo4j', detail: `Neo4j not reachable: ${(e as Error).message}` };
    }
  }

  async version(): Promise<string> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'graph_version', {}));
    return `n${recs[0]?.get('version') ?? 0}`;
  }

  private rankingView: RankingView | null = null;
  private rankingLoad: { version: number; view: Promise<RankingView> } | null = null;

  /** The ranking view of the current graph version, read in one transaction (so it is one consistent state). */
  private async ranking(): Promise<RankingView> {
    const version = Number(
      (await this.session('READ', (tx) => this.run(tx, 'graph_version', {})))[0]?.get('version') ?? 0,
    );
    if (this.rankingView?.version === version) return this.rankingView;
    if (this.rankingLoad?.version !== version) {
      const view = this.session('READ', async (tx) => {
        const v = Number((await this.run(tx, 'graph_version', {}))[0]?.get('version') ?? 0);
        const graph = new CompactGraph();
        const index = new SearchIndex();
        const entities: RankingView['entities'] = new Map();
        for (const r of await this.run(tx, 'graph_entities', {})) {
          const o = r.toObject() as {
            id: string;
            type: EntityType;
            subtype: SearchHit['subtype'] | null;
            name_zh: string;
            name_en: string;
            aliases: string[] | null;
            mentions: number | null;
          };
          graph.setNode(o.id, o.type);
          index.set(o.id, { name_zh: o.name_zh, aliases: o.aliases ?? [], name_en: o.name_en }, { name_zh: o.name_zh });
          entities.set(o.id, {
            type: o.type,
            subtype: o.subtype,
            name_zh: o.name_zh,
            name_en: o.name_en,
            mentions: Number(o.mentions ?? 0),
          });
        }
        for (const r of await this.run(tx, 'graph_relations', {})) {
          const o = r.toObject() as { id: string; source: string; target: string; type: RelationType; weight: number };
          graph.setEdge(o.id, o.source, o.target, o.type, Number(o.weight));
        }
        return { version: v, graph, rank: importance(graph), index, entities };
      });
      this.rankingLoad = { version, view };
      view.then(
        (r) => {
          if (!this.rankingView || this.rankingView.version < r.version) this.rankingView = r;
        },
        () => {
          if (this.rankingLoad?.view === view) this.rankingLoad = null;
        },
      );
    }
    return this.rankingLoad.view;
  }

  private static importanceOf(view: RankingView, id: string): number {
    const slot = view.graph.node(id);
    return slot < 0 ? 0 : view.rank[slot];
  }

  private async oldBatch(tx: Runner, id: string): Promise<GraphBatch | null> {
    const recs = await this.run(tx, 'document_get_batch', { id });
    return recs.length > 0 ? parseJson<GraphBatch | null>(recs[0].get('batch'), null) : null;
  }

  /** Removes a document's evidence and contributions; returns the entities whose merged view must be recomputed. */
  private async unapply(tx: Runner, old: GraphBatch): Promise<string[]> {
    for (const type of RELATION_TYPES) {
      const ids = old.relations.filter((r) => r.type === type).map((r) => r.id);
      if (ids.length > 0) await this.run(tx, 'relation_remove_evidence', { ids, document: old.document.id }, type);
    }
    await this.run(tx, 'entity_remove_contributions', { document: old.document.id });
    return old.entities.map((e) => e.id);
  }

  private async remerge(tx: Runner, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const recs = await this.run(tx, 'entity_contributions', { ids });
    const byType = new Map<EntityType, { id: string; props: Record<string, unknown> }[]>();
    for (const r of recs) {
      const contribs: EntityContribution[] = (
        r.get('contributions') as { document: string; json: string; mentions: number }[]
      ).map((c) => ({
        document: c.document,
        entity: JSON.parse(c.json) as BatchEntity,
        mentions: Number(c.mentions),
      }));
      const e = mergeEntity(contribs);
      const props = {
        type: e.type,
        subtype: e.subtype ?? null,
        name_zh: e.name_zh,
        name_en: e.name_en,
        aliases: e.aliases,
        aliases_text: e.aliases.join(' '),
        attributes_json: JSON.stringify(e.attributes),
        mentions: e.mentions,
        search_tokens: searchTokens(searchForms(e)),
      };
      const list = byType.get(e.type) ?? [];
      list.push({ id: e.id, props });
      byType.set(e.type, list);
    }
    for (const [type, rows] of byType) await this.run(tx, 'entity_set_merged', { rows }, type);
  }

  /** The curation log as stored (read in the transaction that uses it). */
  private async readCurations(tx: Runner): Promise<Curation[]> {
    const recs = await this.run(tx, 'curations_list', {});
    return curationLog.parse(recs.map((r) => JSON.parse(String(r.get('json'))) as unknown));
  }

  /** A document's curated contributions: its entities, their merged views, its relations' evidence. */
  private async contribute(tx: Runner, batch: GraphBatch, touched: string[]): Promise<void> {
    const doc = batch.document;
    const counts = new Map<string, number>();
    for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    await this.run(tx, 'entity_contribute', {
      document: doc.id,
      rows: batch.entities.map((e) => ({
        id: e.id,
        type: e.type,
        name_zh: e.name_zh,
        name_en: e.name_en,
        json: JSON.stringify(e),
        mentions: counts.get(e.id) ?? 0,
      })),
    });
    await this.remerge(tx, [...new Set([...touched, ...batch.entities.map((e) => e.id)])]);
    for (const type of RELATION_TYPES) {
      const rels = batch.relations.filter((r) => r.type === type);
      if (rels.length === 0) continue;
      await this.run(
        tx,
        'relation_add_evidence',
        {
          rows: rels.map((r) => ({
            id: r.id,
            source: r.source,
            target: r.target,
            document: doc.id,
            evidence_json: JSON.stringify(r.evidence),
            count: r.evidence.length,
            year: doc.year ?? -1,
            attributes_json: JSON.stringify(r.attributes),
          })),
        },
        type,
      );
    }
  }

  async upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    validateBatch(batch);
    const doc = batch.document;
    const result = { document: doc.id, entities: batch.entities.length, relations: batch.relations.length };
    const json = JSON.stringify(batch);
    // One transaction per document: all of it lands or none of it.
    return this.session('WRITE', async (tx) => {
      const old = await this.oldBatch(tx, doc.id);
      if (old && JSON.stringify(old) === json) return { ...result, changed: false };
      // The document keeps its extracted batch; the graph gets it with the curation log replayed.
      const log = await this.readCurations(tx);
      const touched = old ? await this.unapply(tx, curateBatch(old, log)) : [];
      await this.run(tx, 'document_upsert', {
        id: doc.id,
        props: {
          file: doc.file,
          title_zh: doc.title_zh,
          title_en: doc.title_en,
          year: doc.year,
          kind: doc.kind ?? null,
          published: doc.published ?? null,
          covers_year: doc.covers_year ?? null,
          plans_year: doc.plans_year ?? null,
          chars: doc.text.length,
          entity_count: batch.entities.length,
          relation_count: batch.relations.length,
          batch_json: json,
          // Null removes the property: a new version without indicators leaves none behind.
          indicators_json: batch.indicators?.length ? JSON.stringify(batch.indicators) : null,
        },
      });
      await this.contribute(tx, curateBatch(batch, log), touched);
      await this.run(tx, 'graph_version_bump', {});
      return { ...result, changed: true };
    });
  }

  async curations(): Promise<Curation[]> {
    return this.session('READ', (tx) => this.readCurations(tx));
  }

  /** Records the curation and replays the new log over every document whose curated batch changes, in one step. */
  async addCuration(c: Curation): Promise<void> {
    await this.session('WRITE', async (tx) => {
      const before = await this.readCurations(tx);
      if (before.some((x) => x.id === c.id)) throw new Error(`curation ${c.id} is already recorded`);
      const after = [...before, c];
      await this.run(tx, 'curation_add', { id: c.id, seq: before.length + 1, at: c.at, json: JSON.stringify(c) });
      for (const r of await this.run(tx, 'documents_batches', {})) {
        const raw = JSON.parse(String(r.get('batch'))) as GraphBatch;
        const was = curateBatch(raw, before);
        const now = curateBatch(raw, after);
        if (JSON.stringify(was) === JSON.stringify(now)) continue;
        const touched = await this.unapply(tx, was);
        await this.contribute(tx, now, touched);
      }
      await this.run(tx, 'graph_version_bump', {});
    });
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.session('WRITE', async (tx) => {
      const old = await this.oldBatch(tx, id);
      if (!old) return false;
      const touched = await this.unapply(tx, curateBatch(old, await this.readCurations(tx)));
      await this.run(tx, 'document_delete', { id });
      await this.remerge(tx, touched);
      await this.run(tx, 'graph_version_bump', {});
      return true;
    });
  }

  async clear(opts: { keepCurations?: boolean } = {}): Promise<void> {
    await this.ensureSchema();
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, so not through executeWrite.
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      this.observe?.(this.queries.text('graph_clear'));
      await session.run(this.queries.text('graph_clear'), {});
    } catch (e) {
      throw unavailableOr(e);
    } finally {
      await session.close();
    }
    await this.session('WRITE', async (tx) => {
      if (!opts.keepCurations) await this.run(tx, 'curations_clear', {});
      await this.run(tx, 'graph_version_bump', {});
    });
  }

  private toEntity(p: Record<string, unknown>): Entity {
    return {
      id: String(p.id),
      type: p.type as EntityType,
      ...(p.subtype ? { subtype: p.subtype as Entity['subtype'] } : {}),
      name_zh: String(p.name_zh),
      name_en: String(p.name_en),
      aliases: (p.aliases as string[] | undefined) ?? [],
      attributes: parseJson(p.attributes_json, {}),
      mentions: Number(p.mentions ?? 0),
    };
  }

  private toNode(p: Record<string, unknown>, view: RankingView): GraphNode {
    const degree = Number(p.degree ?? 0);
    const { attributes: _a, ...rest } = this.toEntity(p);
    return { ...rest, degree, importance: Neo4jStore.importanceOf(view, rest.id) };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'entity_get', { id }));
    if (recs.length === 0) return null;
    const r = recs[0];
    const degree: EntityDetail['degree'] = {};
    for (const d of r.get('degree') as { type: string | null; n: number }[])
      if (d.type && d.type !== 'CONTRIBUTES') degree[d.type as RelationType] = Number(d.n);
    const documents = (
      r.get('documents') as {
        id: string | null;
        title_zh: string;
        title_en: string;
        year: number | null;
        count: number;
      }[]
    )
      .filter((d) => d.id !== null)
      .map((d) => ({
        id: String(d.id),
        title_zh: d.title_zh,
        title_en: d.title_en,
        year: d.year,
        count: Number(d.count),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return { ...this.toEntity(r.get('entity') as Record<string, unknown>), documents, degree };
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    const view = await this.ranking();
    const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
    const g = view.graph;
    const accept = types ? (id: string) => types.has(view.entities.get(id)!.type) : undefined;
    const factsOf = (id: string) => {
      const e = view.entities.get(id);
      if (!e || (types && !types.has(e.type))) return null;
      return { mentions: e.mentions, degree: g.degree(g.node(id)), nameLength: e.name_zh.length };
    };
    const bonus = { version: view.version, of: (id: string) => rankingBonus(factsOf(id)), max: MAX_SEARCH_BONUS };
    const hits = view.index.match(q, { enough: opts.limit, bonus, ...(accept ? { accept } : {}) });
    return rankHits(hits, factsOf, opts.limit).map((h) => {
      const e = view.entities.get(h.id)!;
      return {
        id: h.id,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        name_zh: e.name_zh,
        name_en: e.name_en,
        score: h.score,
        matched: h.matched,
        ...(h.near ? { near: true } : {}),
      };
    });
  }

  private edgeWeight(row: Record<string, unknown>, q: { documents?: string[]; years?: number[] }): number {
    const docs = (row.docs as string[]) ?? [];
    const years = (row.years as number[]) ?? [];
    const counts = (row.counts as number[]) ?? [];
    if (!(q.documents?.length || q.years?.length)) return Number(row.weight ?? 0);
    let w = 0;
    docs.forEach((d, i) => {
      if ((!q.documents?.length || q.documents.includes(d)) && (!q.years?.length || q.years.includes(years[i])))
        w += Number(counts[i] ?? 0);
    });
    return w;
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    const view = await this.ranking();
    return this.session('READ', async (tx) => {
      const relations = q.relations && q.relations.length > 0 ? q.relations : null;
      const types = q.types && q.types.length > 0 ? q.types : null;
      const seeds = (await this.run(tx, 'entities_by_id', { ids })).map((r) =>
        String((r.get('entity') as Record<string, unknown>).id),
      );
      const included = new Set<string>(seeds);
      let frontier = [...seeds];
      let truncated = false;
      for (let d = 0; d < q.depth && frontier.length > 0; d++) {
        const recs = await this.run(tx, 'neighborhood_step', { frontier, relations, types });
        const strength = new Map<string, number>();
        for (const r of recs) {
          const row = r.toObject() as Record<string, unknown>;
          const to = String(row.to);
          if (included.has(to)) continue;
          const w = this.edgeWeight(row, q);
          if (w <= 0) continue;
          strength.set(to, (strength.get(to) ?? 0) + tieStrength(w, row.type as RelationType));
        }
        const step = admitRanked(strength, (id) => Neo4jStore.importanceOf(view, id), included, q.limit);
        truncated ||= step.truncated;
        const next = step.admitted;
        frontier = next;
      }
      const all = [...included];
      const nodes = (await this.run(tx, 'entities_by_id', { ids: all })).map((r) =>
        this.toNode(r.get('entity') as Record<string, unknown>, view),
      );
      const edges: GraphEdge[] = [];
      for (const r of await this.run(tx, 'subgraph_edges', { ids: all, relations })) {
        const row = r.toObject() as Record<string, unknown>;
        const w = this.edgeWeight(row, q);
        if (w > 0)
          edges.push({
            id: String(row.id),
            source: String(row.source),
            target: String(row.target),
            type: row.type as RelationType,
            weight: w,
            evidenceCount: Number(row.weight ?? 0),
            attributes: relationAttributes(row.attributes),
          });
      }
      // By id, as the embedded store answers: not in the order Neo4j happens to find them.
      edges.sort((a, b) => (a.id < b.id ? -1 : 1));
      return { nodes, edges, truncated };
    });
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    if (from === to) return [];
    const view = await this.ranking();
    return this.session('READ', async (tx) => {
      const relations = q.relations && q.relations.length > 0 ? q.relations : null;
      const types = q.types && q.types.length > 0 ? new Set(q.types) : null;
      // Degree shares from the whole graph, as the embedded store counts them.
      const whole = view.graph;
      const others = Math.max(1, whole.order - 1);
      const shareOf = (id: string) => whole.degree(whole.node(id)) / others;
      const expand = async (ids: string[]) => {
        const ties: FetchedTie[] = [];
        for (const r of await this.run(tx, 'paths_expand', { ids, relations })) {
          const row = r.toObject() as Record<string, unknown>;
          const weight = this.edgeWeight(row, q);
          if (weight > 0)
            ties.push({
              id: String(row.id),
              source: String(row.source),
              target: String(row.target),
              type: row.type as RelationType,
              weight,
              sourceType: row.sourceType as EntityType,
              targetType: row.targetType as EntityType,
            });
        }
        return ties;
      };
      const typeOk = (type: EntityType) => !types || types.has(type);
      const avoidHubs = q.avoidHubs ?? true;
      const search = async (noHubs: boolean) => {
        const inner = (id: string, type: EntityType) => typeOk(type) && !(noHubs && shareOf(id) >= HUB_SHARE);
        const g = await pathGraph(from, to, q.maxLength, expand, inner);
        const found = findPaths(g, g.node(from), g.node(to), {
          maxLength: q.maxLength,
          limit: q.limit,
          edgeWeight: (slot) => g.edgeWeight(slot),
          // Hubs are left out here, not by avoidHubs: a second search needs a larger part of the graph.
          nodeOk: (slot) => inner(g.nodeId(slot), g.nodeType(slot)),
          share: (slot) => shareOf(g.nodeId(slot)),
          avoidHubs: false,
        });
        return { g, found };
      };
      // The embedded store's two searches (without hubs, then with them), each on its own part of the graph.
      let { g, found } = await search(avoidHubs);
      if (avoidHubs && found.length === 0) ({ g, found } = await search(false));
      const nodeIds = [...new Set(found.flatMap((p) => p.nodes.map((n) => g.nodeId(n))))];
      const nodes = new Map(
        (await this.run(tx, 'entities_by_id', { ids: nodeIds })).map((r) => {
          const n = this.toNode(r.get('entity') as Record<string, unknown>, view);
          return [n.id, n];
        }),
      );
      const out: GraphPath[] = [];
      for (const p of found) {
        const edges: GraphEdge[] = [];
        for (const slot of p.edges) {
          const rel = await this.relation(tx, g.edgeKey(slot));
          if (rel)
            edges.push({
              id: rel.id,
              source: rel.source,
              target: rel.target,
              type: rel.type,
              weight: rel.weight,
              evidenceCount: rel.evidence.length,
              attributes: rel.attributes,
            });
        }
        out.push({
          nodes: p.nodes.map((n) => nodes.get(g.nodeId(n))!),
          edges,
          length: edges.length,
          cost: p.cost,
          hubs: p.hubs.map((n) => g.nodeId(n)),
        });
      }
      return out;
    });
  }

  private async relation(tx: Runner, id: string): Promise<Relation | null> {
    const type = relationTypeOfId(id);
    if (!type) return null;
    const recs = await this.run(tx, 'relation_get', { id }, type);
    if (recs.length === 0) return null;
    const row = recs[0].toObject() as Record<string, unknown>;
    const evidence = ((row.evidence_json as string[]) ?? []).flatMap((j) => parseJson<Evidence[]>(j, []));
    evidence.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence));
    return {
      id,
      source: String(row.source),
      target: String(row.target),
      type,
      attributes: relationAttributes(row.attributes),
      weight: evidence.length,
      evidence,
    };
  }

  async getRelation(id: string): Promise<Relation | null> {
    return this.session('READ', (tx) => this.relation(tx, id));
  }

  /** The one statement not read from cypher/: generated by server/query/cypher.ts from ontology names only. */
  async matchPattern(q: PatternQuery): Promise<PatternRow[]> {
    const compiled = compilePattern(q);
    return this.session('READ', async (tx) => {
      this.observe?.(compiled.text);
      const recs = (await tx.run(compiled.text, toCypherParams(compiled.params) as Record<string, unknown>)).records;
      if (recs.length > MAX_MATCHES) throw tooWide();
      const matches: PatternMatch[] = recs.map((r) => ({
        nodes: q.pattern.nodes.map((_n, i) => String(r.get(`v${i}`))),
        relations: (r.get('rels') as string[]).map(String),
      }));
      const rows = groupMatches(q.pattern, matches, q.limit);
      const ids = [...new Set(rows.flatMap((r) => r.ids))];
      const entities = new Map<string, EntitySummary>();
      for (const r of await this.run(tx, 'entities_by_id', { ids })) {
        const e = this.toEntity(r.get('entity') as Record<string, unknown>);
        entities.set(e.id, e);
      }
      const relations = new Map<string, PatternRelation>();
      for (const id of new Set(rows.flatMap((r) => r.relations))) {
        const rel = await this.relation(tx, id);
        if (rel) relations.set(id, toPatternRelation(rel));
      }
      return assembleRows(
        q.pattern,
        rows,
        (id) => entities.get(id)!,
        (id) => relations.get(id)!,
      );
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'documents_list', {}));
    return recs.map((r) => {
      const o = r.toObject() as Record<string, unknown>;
      return {
        id: String(o.id),
        file: String(o.file),
        title_zh: String(o.title_zh ?? ''),
        title_en: String(o.title_en ?? ''),
        year: o.year === null || o.year === undefined ? null : Number(o.year),
        ...(o.kind ? { kind: String(o.kind) } : {}),
        ...(o.published ? { published: String(o.published) } : {}),
        ...(o.covers_year !== null && o.covers_year !== undefined ? { covers_year: Number(o.covers_year) } : {}),
        ...(o.plans_year !== null && o.plans_year !== undefined ? { plans_year: Number(o.plans_year) } : {}),
        chars: Number(o.chars ?? 0),
        entities: Number(o.entities ?? 0),
        relations: Number(o.relations ?? 0),
      };
    });
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    return this.session('READ', async (tx) => {
      const raw = await this.oldBatch(tx, id);
      if (!raw) return null;
      const b = curateBatch(raw, await this.readCurations(tx));
      const ids = [...new Set(b.mentions.map((m) => m.entity))];
      const ents = new Map(
        (await this.run(tx, 'entities_by_id', { ids })).map((r) => {
          const e = this.toEntity(r.get('entity') as Record<string, unknown>);
          return [e.id, e];
        }),
      );
      const { text, sha256: _s, sentences, ...meta } = b.document;
      return {
        ...meta,
        chars: text.length,
        entities: raw.entities.length,
        relations: raw.relations.length,
        text,
        sentences,
        mentions: b.mentions
          .filter((m) => ents.has(m.entity))
          .map((m) => ({
            ...m,
            type: ents.get(m.entity)!.type,
            name_zh: ents.get(m.entity)!.name_zh,
            name_en: ents.get(m.entity)!.name_en,
          })),
      };
    });
  }

  async overview(limit: number, filter: OverviewFilter = {}): Promise<OverviewEntry[]> {
    const view = await this.ranking();
    const types = filter.types?.length ? new Set(filter.types) : null;
    // Entities mentioned in the documents kept: each document's contributions, as a comparison reads them.
    const documents = filter.documents;
    const inDocs = documents
      ? new Set(
          (await this.session('READ', (tx) => this.run(tx, 'compare_entities', { documents }))).map((r) =>
            String(r.get('id')),
          ),
        )
      : null;
    const all: string[] = [];
    view.graph.forEachNode((slot) => {
      const id = view.graph.nodeId(slot);
      if ((!types || types.has(view.graph.nodeType(slot))) && (!inDocs || inDocs.has(id))) all.push(id);
    });
    const ids = byImportance(all, (id) => Neo4jStore.importanceOf(view, id)).slice(0, limit);
    return this.session('READ', async (tx) => {
      const nodes = (await this.run(tx, 'entities_by_id', { ids })).map((r) =>
        this.toNode(r.get('entity') as Record<string, unknown>, view),
      );
      const edges = (await this.run(tx, 'subgraph_edges', { ids, relations: null })).map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        return {
          source: String(o.source),
          target: String(o.target),
          type: o.type as RelationType,
          weight: Number(o.weight ?? 1),
        };
      });
      // Communities of the view itself, as the embedded store gives them.
      const community = subgraphImportance(ids, edges).community;
      return nodes.map((n) => ({ ...n, community: community.get(n.id) ?? 0 }));
    });
  }

  async stats(): Promise<Stats> {
    return this.session('READ', async (tx) => {
      const documents = Number((await this.run(tx, 'stats_documents', {}))[0]?.get('documents') ?? 0);
      const entitiesByType: Stats['entitiesByType'] = {};
      let entities = 0;
      for (const r of await this.run(tx, 'stats_entities', {})) {
        entitiesByType[r.get('type') as EntityType] = Number(r.get('n'));
        entities += Number(r.get('n'));
      }
      const relationsByType: Stats['relationsByType'] = {};
      let relations = 0;
      let evidence = 0;
      for (const r of await this.run(tx, 'stats_relations', {})) {
        relationsByType[r.get('type') as RelationType] = Number(r.get('n'));
        relations += Number(r.get('n'));
        evidence += Number(r.get('evidence') ?? 0);
      }
      const version = `n${(await this.run(tx, 'graph_version', {}))[0]?.get('version') ?? 0}`;
      return { documents, entities, relations, evidence, entitiesByType, relationsByType, version };
    });
  }

  async exportGraph(): Promise<GraphExport> {
    const documents = (await this.listDocuments()).map((d) => ({
      id: d.id,
      file: d.file,
      title_zh: d.title_zh,
      title_en: d.title_en,
      year: d.year,
    }));
    return this.session('READ', async (tx) => {
      const entities = (await this.run(tx, 'export_entities', {})).map((r) => {
        return exportedEntity(this.toEntity(r.get('entity') as Record<string, unknown>));
      });
      const relations = (await this.run(tx, 'export_relations', {})).map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        const evidence = ((o.evidence_json as string[]) ?? [])
          .flatMap((j) => parseJson<Evidence[]>(j, []))
          .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence));
        return {
          id: String(o.id),
          source: String(o.source),
          target: String(o.target),
          type: o.type as RelationType,
          attributes: relationAttributes(o.attributes),
          evidence: evidence.map((e) => ({
            document: e.document,
            sentence: e.sentence,
            text: e.text,
            start: e.start,
            end: e.end,
          })),
        };
      });
      return { documents, entities, relations };
    });
  }

  async indicators(place?: string): Promise<IndicatorSeries[]> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'indicators_list', {}));
    const docs = recs.map((r) => ({
      document: String(r.get('document')),
      points: parseJson<IndicatorPoint[]>(r.get('indicators'), []),
    }));
    return indicatorSeries(docs, place);
  }

  async timeline(entityId: string): Promise<TimelineItem[] | null> {
    const e = await this.getEntity(entityId);
    return e ? entityTimeline(e, await this.listDocuments()) : null;
  }

  async compare(a: string, b: string, opts: { types?: EntityType[] } = {}): Promise<Comparison | null> {
    const docs = await this.listDocuments();
    const da = compareSide(a, docs);
    const db = compareSide(b, docs);
    if (!da || !db) return null;
    const recs = await this.session('READ', (tx) =>
      this.run(tx, 'compare_entities', { documents: [...new Set([...da, ...db])] }),
    );
    const rows: CompareRow[] = recs.map((r) => ({
      document: String(r.get('document')),
      id: String(r.get('id')),
      type: r.get('type') as EntityType,
      name_zh: String(r.get('name_zh')),
      name_en: String(r.get('name_en')),
      mentions: Number(r.get('mentions') ?? 0),
      facts: parseJson<BatchEntity | null>(r.get('json'), null)?.facts ?? [],
    }));
    return compareSides({ spec: a, documents: da }, { spec: b, documents: db }, rows, opts.types);
  }
}
