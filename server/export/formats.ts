// The graph in formats outside tools read: JSON (fixed field names), GraphML and GEXF (Gephi), CSV for
// `neo4j-admin database import`, and a Cypher script for cypher-shell.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Curation } from '../curation/types';
import { citedEvidence, type GraphExport } from '../model';
import { csvCell } from './csv';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../ontology';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A document that mentions an entity, and how often. */
export interface EntityDocument {
  id: string;
  title_zh: string;
  title_en: string;
  year: number | null;
  count: number;
}

/**
 * What the writers take: the whole graph (`kg export`, GET /api/export) or a view of it (POST /api/export/view), which
 * also knows each entity's documents and each sentence's year.
 */
export interface ExportGraph extends Omit<GraphExport, 'entities' | 'relations'> {
  entities: (GraphExport['entities'][number] & { documents?: EntityDocument[] })[];
  relations: (Omit<GraphExport['relations'][number], 'evidence'> & {
    evidence: (GraphExport['relations'][number]['evidence'][number] & { year?: number | null })[];
  })[];
}

/** Each sentence of a relation with its document's title and year: what GraphML and GEXF carry as evidence_json. */
type DocIndex = Map<string, ExportGraph['documents'][number]>;
const docIndex = (g: ExportGraph): DocIndex => new Map(g.documents.map((d) => [d.id, d]));

function evidenceOf(docs: DocIndex, r: ExportGraph['relations'][number]): string {
  return JSON.stringify(r.evidence.map((e) => citedEvidence(e, docs.get(e.document))));
}

const documentsOf = (e: ExportGraph['entities'][number]) => JSON.stringify(e.documents ?? []);

/** The graph, and the curation log when given (so that `kg import-curations` can replay it elsewhere). */
export function toJson(g: ExportGraph, curations?: readonly Curation[]): string {
  return JSON.stringify(curations ? { ...g, curations } : g, null, 1);
}

function xml(s: string): string {
  return s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    .replace(/[^\t\n\r\u{20}-\u{d7ff}\u{e000}-\u{fffd}\u{10000}-\u{10ffff}]/gu, ''); // only characters XML allows
}

const NODE_KEYS = ['name_zh', 'name_en', 'label', 'type', 'subtype', 'aliases', 'mentions', 'documents'] as const;
const EDGE_KEYS = ['type', 'weight', 'evidence', 'label', 'evidence_json'] as const;

export function toGraphml(g: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const k of NODE_KEYS)
    out.push(`<key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'mentions' ? 'int' : 'string'}"/>`);
  for (const k of EDGE_KEYS)
    out.push(
      `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === 'weight' ? 'double' : k === 'evidence' ? 'int' : 'string'}"/>`,
    );
  out.push('<graph id="policy-graph" edgedefault="directed">');
  const docs = docIndex(g);
  for (const e of g.entities) {
    const v: Record<string, string | number> = {
      name_zh: e.name_zh,
      name_en: e.name_en,
      label: `${e.name_zh} / ${e.name_en}`,
      type: e.type,
      subtype: e.subtype ?? '',
      aliases: e.aliases.join('|'),
      mentions: e.mentions,
      documents: documentsOf(e),
    };
    out.push(
      `<node id="${xml(e.id)}">${NODE_KEYS.map((k) => `<data key="n_${k}">${xml(String(v[k]))}</data>`).join('')}</node>`,
    );
  }
  for (const r of g.relations) {
    const v: Record<string, string | number> = {
      type: r.type,
      weight: r.evidence.length,
      evidence: r.evidence.length,
      label: r.type,
      evidence_json: evidenceOf(docs, r),
    };
    out.push(
      `<edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}">${EDGE_KEYS.map((k) => `<data key="e_${k}">${xml(String(v[k]))}</data>`).join('')}</edge>`,
    );
  }
  out.push('</graph>', '</graphml>');
  return out.join('\n');
}

export function toGexf(g: ExportGraph): string {
  const graph = new MultiDirectedGraph();
  for (const e of g.entities)
    graph.addNode(e.id, {
      label: `${e.name_zh} / ${e.name_en}`,
      name_zh: e.name_zh,
      name_en: e.name_en,
      type: e.type,
      subtype: e.subtype ?? '',
      mentions: e.mentions,
      documents: documentsOf(e),
    });
  const docs = docIndex(g);
  for (const r of g.relations)
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      type: r.type,
      weight: r.evidence.length,
      evidence_json: evidenceOf(docs, r),
    });
  return writeGexf(graph, {
    version: '1.3',
    formatEdge: (_key, attrs) => ({
      label: String(attrs.type),
      weight: Number(attrs.weight),
      attributes: { type: attrs.type, weight: attrs.weight, evidence_json: attrs.evidence_json },
    }),
  });
}

export { csvCell };

/** neo4j-admin database import headers: id:ID, :LABEL, :START_ID, :END_ID, :TYPE; arrays use ';'. */
export function toCsv(g: GraphExport): { 'nodes.csv': string; 'relationships.csv': string } {
  const nodes = ['id:ID,:LABEL,type,subtype,name_zh,name_en,aliases:string[],mentions:int,attributes'];
  for (const e of g.entities) {
    nodes.push(
      [
        e.id,
        `Entity;${e.type}`,
        e.type,
        e.subtype,
        e.name_zh,
        e.name_en,
        e.aliases.map((a) => a.replace(/;/g, ',')).join(';'),
        e.mentions,
        JSON.stringify(e.attributes),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const rels = [':START_ID,:END_ID,:TYPE,id,weight:int,attributes,evidence'];
  for (const r of g.relations)
    rels.push(
      [r.source, r.target, r.type, r.id, r.evidence.length, JSON.stringify(r.attributes), JSON.stringify(r.evidence)]
        .map(csvCell)
        .join(','),
    );
  return { 'nodes.csv': nodes.join('\n') + '\n', 'relationships.csv': rels.join('\n') + '\n' };
}

/** A Cypher string literal: every character that could end or escape the literal is escaped. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function cypherValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return cypherString(v);
  if (Array.isArray(v)) return `[${v.map(cypherValue).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k}: ${cypherValue(x)}`)
    .join(', ')}}`;
}

const CHUNK = 500;

/** Statements for cypher-shell, labels and relationship types from the ontology's fixed lists only. */
export function toCypherStatements(g: GraphExport): string[] {
  const st: string[] = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
  ];
  for (let i = 0; i < g.documents.length; i += CHUNK) {
    const rows = g.documents
      .slice(i, i + CHUNK)
      .map((d) => ({ id: d.id, file: d.file, title_zh: d.title_zh, title_en: d.title_en, year: d.year }));
    st.push(`UNWIND ${cypherValue(rows)} AS row MERGE (d:Document {id: row.id}) SET d += row`);
  }
  for (const type of ENTITY_TYPES as readonly EntityType[]) {
    const ents = g.entities.filter((e) => e.type === type);
    for (let i = 0; i < ents.length; i += CHUNK) {
      const rows = ents.slice(i, i + CHUNK).map((e) => ({
        id: e.id,
        type: e.type,
        subtype: e.subtype,
        name_zh: e.name_zh,
        name_en: e.name_en,
        aliases: e.aliases,
        mentions: e.mentions,
        attributes_json: JSON.stringify(e.attributes),
      }));
      st.push(`UNWIND ${cypherValue(rows)} AS row MERGE (e:Entity {id: row.id}) SET e += row, e:${type}`);
    }
  }
  for (const type of RELATION_TYPES as readonly RelationType[]) {
    const rels = g.relations.filter((r) => r.type === type);
    for (let i = 0; i < rels.length; i += CHUNK) {
      const rows = rels.slice(i, i + CHUNK).map((r) => ({
        id: r.id,
        source: r.source,
        target: r.target,
        weight: r.evidence.length,
        attributes_json: JSON.stringify(r.attributes),
        evidence_json: JSON.stringify(r.evidence),
      }));
      st.push(
        `UNWIND ${cypherValue(rows)} AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) MERGE (a)-[r:${type} {id: row.id}]->(b) SET r.weight = row.weight, r.attributes_json = row.attributes_json, r.evidence_json = row.evidence_json`,
      );
    }
  }
  return st;
}

export function toCypher(g: GraphExport): string {
  return (
    toCypherStatements(g)
      .map((s) => `${s};`)
      .join('\n') + '\n'
  );
}
