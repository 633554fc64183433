// Rows as Neo4j returns them, made into the model's values. Pure: no driver, no transaction.
import type { DocumentSummary, Entity, EntityDetail, Evidence, GraphEdge, GraphNode } from '../../model';
import type { EntityType, RelationType } from '../../ontology';
import { mergeAttributes } from '../merge';
import type { FetchedTie } from './pathGraph';

/** A record's fields by name (Record.toObject(), or a map a query returns). */
export type Row = Record<string, unknown>;

/** Which documents and years count: a relation's weight is then the evidence they hold. */
export interface EvidenceFilter {
  documents?: string[];
  years?: number[];
}

export function parseJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

/** A relation's attributes: each document's contribution (JSON, in document order), merged as embedded merges them. */
export function relationAttributes(list: unknown): Record<string, string> {
  const contribs = (Array.isArray(list) ? list : []).map((a) => ({
    attributes: parseJson<Record<string, string>>(a, {}),
  }));
  return contribs.length === 0 ? {} : mergeAttributes(contribs);
}

/** A relation's evidence from each document's JSON list, by document and then sentence. */
export function evidenceOf(jsons: unknown): Evidence[] {
  const evidence = ((jsons as string[] | null) ?? []).flatMap((j) => parseJson<Evidence[]>(j, []));
  return evidence.sort((a, b) =>
    a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence,
  );
}

export function toEntity(p: Row): Entity {
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

/** An entity as a graph element; its importance comes from the ranking view. */
export function toNode(p: Row, importance: number): GraphNode {
  const degree = Number(p.degree ?? 0);
  const { attributes: _a, ...rest } = toEntity(p);
  return { ...rest, degree, importance };
}

/** The entity with its documents (by id) and its degree by relation type (contributions are not relations). */
export function toEntityDetail(entity: Row, degrees: unknown, documents: unknown): EntityDetail {
  const degree: EntityDetail['degree'] = {};
  for (const d of degrees as { type: string | null; n: number }[])
    if (d.type && d.type !== 'CONTRIBUTES') degree[d.type as RelationType] = Number(d.n);
  const docs = (
    documents as { id: string | null; title_zh: string; title_en: string; year: number | null; count: number }[]
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
  return { ...toEntity(entity), documents: docs, degree };
}

/** A relation's weight under the filter: all its evidence, or what the documents and years kept hold. */
export function edgeWeight(row: Row, q: EvidenceFilter): number {
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

/** A relation row as a graph edge of the weight the filter gives it. */
export function toGraphEdge(row: Row, weight: number): GraphEdge {
  return {
    id: String(row.id),
    source: String(row.source),
    target: String(row.target),
    type: row.type as RelationType,
    weight,
    evidenceCount: Number(row.weight ?? 0),
    attributes: relationAttributes(row.attributes),
  };
}

/** A relation row with its ends' types, as the path search reads the graph. */
export function toFetchedTie(row: Row, weight: number): FetchedTie {
  return {
    id: String(row.id),
    source: String(row.source),
    target: String(row.target),
    type: row.type as RelationType,
    weight,
    sourceType: row.sourceType as EntityType,
    targetType: row.targetType as EntityType,
  };
}

const present = (v: unknown) => v !== null && v !== undefined;

export function toDocumentSummary(o: Row): DocumentSummary {
  return {
    id: String(o.id),
    file: String(o.file),
    title_zh: String(o.title_zh ?? ''),
    title_en: String(o.title_en ?? ''),
    year: present(o.year) ? Number(o.year) : null,
    ...(o.kind ? { kind: String(o.kind) } : {}),
    ...(o.published ? { published: String(o.published) } : {}),
    ...(present(o.covers_year) ? { covers_year: Number(o.covers_year) } : {}),
    ...(present(o.plans_year) ? { plans_year: Number(o.plans_year) } : {}),
    chars: Number(o.chars ?? 0),
    entities: Number(o.entities ?? 0),
    relations: Number(o.relations ?? 0),
  };
}
