// The Neo4j store: the same contract as the embedded store, with every query a parameterised file in cypher/.
import neo4j, { type Driver, type ManagedTransaction, type Record as NeoRecord } from 'neo4j-driver';
import { StoreUnavailableError } from '../../errors';
import type {
  BatchEntity,
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
  NeighborhoodQuery,
  OverviewEntry,
  PathQuery,
  Relation,
  SearchHit,
  Stats,
  Subgraph,
} from '../../model';
import { RELATION_TYPES, relationTypeOfId, type EntityType, type RelationType } from '../../ontology';
import { searchTokens, searchForms } from '../../search/keys';
import { SearchIndex } from '../../search/index';
import type { GraphStore, StoreHealth, UpsertResult } from '../GraphStore';
import { admitRanked, subgraphImportance, tieStrength } from '../graphAlgorithms';
import { mergeEntity, type EntityContribution } from '../merge';
import { validateBatch } from '../validateBatch';
import { QueryRegistry, type QueryName, type QueryParams } from './queries';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

type Runner = { run: ManagedTransaction['run'] };

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene query from user text: every token escaped, each a prefix. */
export function luceneQuery(q: string): string {
  const tokens = searchTokens(searchForms({ name_zh: q, aliases: [], name_en: q }))
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 12);
  return tokens.map((t) => `${t.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}*`).join(' OR ') || '""';
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

  constructor(opts: Neo4jOptions, queries = new QueryRegistry()) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      // Transient errors are retried briefly; a database that is gone gets a 503 in seconds, not after 30.
      maxTransactionRetryTime: 2000,
    });
    this.queries = queries;
    this.database = opts.database;
  }

  /** Schema statements, applied once the database answers; retried on the next request after a failure. */
  private schemaApplied: Promise<void> | null = null;

  private ensureSchema(): Promise<void> {
    this.schemaApplied ??= (async () => {
      for (const statement of this.queries.schema) await this.rawSession('WRITE', (tx) => tx.run(statement));
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
    const session = this.driver.session({ defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, ...(this.database ? { database: this.database } : {}) });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED|ServiceUnavailable/i.test((e as Error).message)) {
        throw new StoreUnavailableError(`Neo4j is not reachable: ${(e as Error).message}`);
      }
      throw e;
    } finally {
      await session.close();
    }
  }

  private run<K extends QueryName>(tx: Runner, name: K, params: QueryParams<K>, type?: EntityType | RelationType): Promise<NeoRecord[]> {
    return tx.run(this.queries.text(name, type), params as Record<string, unknown>).then((r) => r.records);
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

  async version(): Promise<string> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'graph_version', {}));
    return `n${recs[0]?.get('version') ?? 0}`;
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
      const contribs: EntityContribution[] = (r.get('contributions') as { document: string; json: string; mentions: number }[]).map((c) => ({
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

  async upsertDocument(batch: GraphBatch): Promise<UpsertResult> {
    validateBatch(batch);
    const doc = batch.document;
    const result = { document: doc.id, entities: batch.entities.length, relations: batch.relations.length };
    const json = JSON.stringify(batch);
    // One transaction per document: all of it lands or none of it.
    return this.session('WRITE', async (tx) => {
      const old = await this.oldBatch(tx, doc.id);
      if (old && JSON.stringify(old) === json) return { ...result, changed: false };
      const touched = old ? await this.unapply(tx, old) : [];
      const counts = new Map<string, number>();
      for (const m of batch.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      await this.run(tx, 'document_upsert', {
        id: doc.id,
        props: { file: doc.file, title_zh: doc.title_zh, title_en: doc.title_en, year: doc.year, kind: doc.kind ?? null, published: doc.published ?? null, chars: doc.text.length, entity_count: batch.entities.length, relation_count: batch.relations.length, batch_json: json },
      });
      await this.run(tx, 'entity_contribute', {
        document: doc.id,
        rows: batch.entities.map((e) => ({ id: e.id, type: e.type, name_zh: e.name_zh, name_en: e.name_en, json: JSON.stringify(e), mentions: counts.get(e.id) ?? 0 })),
      });
      await this.remerge(tx, [...new Set([...touched, ...batch.entities.map((e) => e.id)])]);
      for (const type of RELATION_TYPES) {
        const rels = batch.relations.filter((r) => r.type === type);
        if (rels.length === 0) continue;
        await this.run(
          tx,
          'relation_add_evidence',
          { rows: rels.map((r) => ({ id: r.id, source: r.source, target: r.target, document: doc.id, evidence_json: JSON.stringify(r.evidence), count: r.evidence.length, year: doc.year ?? -1, attributes_json: JSON.stringify(r.attributes) })) },
          type,
        );
      }
      await this.run(tx, 'graph_version_bump', {});
      return { ...result, changed: true };
    });
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.session('WRITE', async (tx) => {
      const old = await this.oldBatch(tx, id);
      if (!old) return false;
      const touched = await this.unapply(tx, old);
      await this.run(tx, 'document_delete', { id });
      await this.remerge(tx, touched);
      await this.run(tx, 'graph_version_bump', {});
      return true;
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

  private toNode(p: Record<string, unknown>): GraphNode {
    const degree = Number(p.degree ?? 0);
    const { attributes: _a, ...rest } = this.toEntity(p);
    return { ...rest, degree, importance: degree };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'entity_get', { id }));
    if (recs.length === 0) return null;
    const r = recs[0];
    const degree: EntityDetail['degree'] = {};
    for (const d of r.get('degree') as { type: string | null; n: number }[]) if (d.type && d.type !== 'CONTRIBUTES') degree[d.type as RelationType] = Number(d.n);
    const documents = (r.get('documents') as { id: string | null; title_zh: string; title_en: string; year: number | null; count: number }[])
      .filter((d) => d.id !== null)
      .map((d) => ({ id: String(d.id), title_zh: d.title_zh, title_en: d.title_en, year: d.year, count: Number(d.count) }));
    return { ...this.toEntity(r.get('entity') as Record<string, unknown>), documents, degree };
  }

  async search(q: string, opts: { types?: EntityType[]; limit: number }): Promise<SearchHit[]> {
    const recs = await this.session('READ', (tx) => this.run(tx, 'search_candidates', { query: luceneQuery(q), types: opts.types && opts.types.length > 0 ? opts.types : null, limit: 500 }));
    // Rank the candidates exactly as the embedded store does.
    const index = new SearchIndex();
    const rows = new Map<string, Record<string, unknown>>();
    for (const r of recs) {
      const row = r.toObject() as Record<string, unknown>;
      rows.set(String(row.id), row);
      index.set(String(row.id), { name_zh: String(row.name_zh), aliases: (row.aliases as string[]) ?? [], name_en: String(row.name_en) }, { name_zh: String(row.name_zh) });
    }
    return index
      .match(q)
      .map((h) => {
        const row = rows.get(h.id)!;
        const bonus = Math.min(9.9, Math.log2(1 + Number(row.mentions ?? 0) + Number(row.degree ?? 0)));
        return { id: h.id, type: row.type as EntityType, ...(row.subtype ? { subtype: row.subtype as SearchHit['subtype'] } : {}), name_zh: String(row.name_zh), name_en: String(row.name_en), score: Math.round((h.score + bonus) * 100) / 100, matched: h.matched };
      })
      .sort((a, b) => b.score - a.score || a.name_zh.length - b.name_zh.length || (a.id < b.id ? -1 : 1))
      .slice(0, opts.limit);
  }

  private edgeWeight(row: Record<string, unknown>, q: { documents?: string[]; years?: number[] }): number {
    const docs = (row.docs as string[]) ?? [];
    const years = (row.years as number[]) ?? [];
    const counts = (row.counts as number[]) ?? [];
    if (!(q.documents?.length || q.years?.length)) return Number(row.weight ?? 0);
    let w = 0;
    docs.forEach((d, i) => {
      if ((!q.documents?.length || q.documents.includes(d)) && (!q.years?.length || q.years.includes(years[i]))) w += Number(counts[i] ?? 0);
    });
    return w;
  }

  async neighborhood(ids: string[], q: NeighborhoodQuery): Promise<Subgraph> {
    return this.session('READ', async (tx) => {
      const relations = q.relations && q.relations.length > 0 ? q.relations : null;
      const types = q.types && q.types.length > 0 ? q.types : null;
      const seeds = (await this.run(tx, 'entities_by_id', { ids })).map((r) => String((r.get('entity') as Record<string, unknown>).id));
      const included = new Set<string>(seeds);
      let frontier = [...seeds];
      let truncated = false;
      for (let d = 0; d < q.depth && frontier.length > 0; d++) {
        const recs = await this.run(tx, 'neighborhood_step', { frontier, relations, types });
        const strength = new Map<string, number>();
        const degree = new Map<string, number>();
        for (const r of recs) {
          const row = r.toObject() as Record<string, unknown>;
          const to = String(row.to);
          if (included.has(to)) continue;
          const w = this.edgeWeight(row, q);
          if (w <= 0) continue;
          strength.set(to, (strength.get(to) ?? 0) + tieStrength(w, row.type as RelationType));
          degree.set(to, Number(row.degree));
        }
        const step = admitRanked(strength, (id) => degree.get(id) ?? 0, included, q.limit);
        truncated ||= step.truncated;
        const next = step.admitted;
        frontier = next;
      }
      const all = [...included];
      const nodes = (await this.run(tx, 'entities_by_id', { ids: all })).map((r) => this.toNode(r.get('entity') as Record<string, unknown>));
      const edges: GraphEdge[] = [];
      for (const r of await this.run(tx, 'subgraph_edges', { ids: all, relations })) {
        const row = r.toObject() as Record<string, unknown>;
        const w = this.edgeWeight(row, q);
        if (w > 0) edges.push({ id: String(row.id), source: String(row.source), target: String(row.target), type: row.type as RelationType, weight: w, evidenceCount: Number(row.weight ?? 0), attributes: parseJson(row.attributes_json, {}) });
      }
      return { nodes, edges, truncated };
    });
  }

  async paths(from: string, to: string, q: PathQuery): Promise<GraphPath[]> {
    if (from === to) return [];
    return this.session('READ', async (tx) => {
      const relations = q.relations && q.relations.length > 0 ? q.relations : null;
      const found = new Map<string, { nodes: string[]; edges: string[]; types: string[] }>();
      for (const name of ['paths_shortest', 'paths_between'] as const) {
        for (const r of await this.run(tx, name, { from, to, maxLength: Math.min(q.maxLength, name === 'paths_between' ? 4 : 6), relations, limit: q.limit * 8 })) {
          const p = { nodes: r.get('nodes') as string[], edges: r.get('edges') as string[], types: r.get('types') as string[] };
          found.set(p.nodes.join('>'), p);
        }
      }
      const cost = (p: { types: string[] }) => p.types.reduce((n, t) => n + (t === 'CO_OCCURS' ? 2.1 : 1), 0);
      const ranked = [...found.values()].sort((a, b) => cost(a) - cost(b) || a.nodes.length - b.nodes.length).slice(0, q.limit);
      const nodeIds = [...new Set(ranked.flatMap((p) => p.nodes))];
      const nodes = new Map((await this.run(tx, 'entities_by_id', { ids: nodeIds })).map((r) => {
        const n = this.toNode(r.get('entity') as Record<string, unknown>);
        return [n.id, n];
      }));
      const out: GraphPath[] = [];
      for (const p of ranked) {
        const edges: GraphEdge[] = [];
        for (const id of p.edges) {
          const rel = await this.relation(tx, id);
          if (rel) edges.push({ id: rel.id, source: rel.source, target: rel.target, type: rel.type, weight: rel.weight, evidenceCount: rel.evidence.length, attributes: rel.attributes });
        }
        out.push({ nodes: p.nodes.map((n) => nodes.get(n)!), edges, length: edges.length, cost: cost(p) });
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
    return { id, source: String(row.source), target: String(row.target), type, attributes: parseJson(row.attributes_json, {}), weight: evidence.length, evidence };
  }

  async getRelation(id: string): Promise<Relation | null> {
    return this.session('READ', (tx) => this.relation(tx, id));
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
        chars: Number(o.chars ?? 0),
        entities: Number(o.entities ?? 0),
        relations: Number(o.relations ?? 0),
      };
    });
  }

  async getDocument(id: string): Promise<DocumentDetail | null> {
    return this.session('READ', async (tx) => {
      const b = await this.oldBatch(tx, id);
      if (!b) return null;
      const ids = [...new Set(b.mentions.map((m) => m.entity))];
      const ents = new Map((await this.run(tx, 'entities_by_id', { ids })).map((r) => {
        const e = this.toEntity(r.get('entity') as Record<string, unknown>);
        return [e.id, e];
      }));
      const { text, sha256: _s, sentences, ...meta } = b.document;
      return {
        ...meta,
        chars: text.length,
        entities: b.entities.length,
        relations: b.relations.length,
        text,
        sentences,
        mentions: b.mentions.filter((m) => ents.has(m.entity)).map((m) => ({ ...m, type: ents.get(m.entity)!.type, name_zh: ents.get(m.entity)!.name_zh, name_en: ents.get(m.entity)!.name_en })),
      };
    });
  }

  async overview(limit: number): Promise<OverviewEntry[]> {
    return this.session('READ', async (tx) => {
      const nodes = (await this.run(tx, 'overview_top', { limit })).map((r) => this.toNode(r.get('entity') as Record<string, unknown>));
      const edges = (await this.run(tx, 'subgraph_edges', { ids: nodes.map((n) => n.id), relations: null })).map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        return { source: String(o.source), target: String(o.target), type: o.type as RelationType, weight: Number(o.weight ?? 1) };
      });
      const imp = subgraphImportance(nodes.map((n) => n.id), edges);
      return nodes.map((n) => ({ ...n, importance: imp.pagerank.get(n.id) ?? 0, community: imp.community.get(n.id) ?? 0 }));
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
    const documents = (await this.listDocuments()).map((d) => ({ id: d.id, file: d.file, title_zh: d.title_zh, title_en: d.title_en, year: d.year }));
    return this.session('READ', async (tx) => {
      const entities = (await this.run(tx, 'export_entities', {})).map((r) => {
        const e = this.toEntity(r.get('entity') as Record<string, unknown>);
        return { id: e.id, type: e.type, subtype: e.subtype ?? null, name_zh: e.name_zh, name_en: e.name_en, aliases: e.aliases, attributes: e.attributes, mentions: e.mentions };
      });
      const relations = (await this.run(tx, 'export_relations', {})).map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        const evidence = ((o.evidence_json as string[]) ?? []).flatMap((j) => parseJson<Evidence[]>(j, [])).sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence));
        return { id: String(o.id), source: String(o.source), target: String(o.target), type: o.type as RelationType, attributes: parseJson<Record<string, string>>(o.attributes_json, {}), evidence: evidence.map((e) => ({ document: e.document, sentence: e.sentence, text: e.text, start: e.start, end: e.end })) };
      });
      return { documents, entities, relations };
    });
  }
}
