// The data that flows from extraction to the stores: one GraphBatch per document.
import type { EntityType, PlaceSubtype, RelationType } from './ontology';

export interface DocumentMeta {
  id: string;
  file: string;
  title_zh: string;
  title_en: string;
  /** The year the document speaks about (used to resolve dates such as 2月15日). */
  year: number | null;
  kind?: string;
  published?: string;
  /** The year the document reports on (a 2023 work report reviews 2022) and the year it plans for, when known. */
  covers_year?: number;
  plans_year?: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface DocumentRecord extends DocumentMeta {
  /** Clean display text; every offset in the graph points into it. */
  text: string;
  sha256: string;
  sentences: Span[];
}

export type FactKind = 'investment' | 'capacity' | 'length' | 'area' | 'status' | 'role' | 'date' | 'correction';

/** An attribute value with its provenance. */
export interface Fact {
  kind: FactKind;
  /** Normalised value: a number for amounts, a key such as 开工 for statuses, a role such as 市长. */
  value: number | string;
  unit?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the text gives one. */
  date?: string;
  /** The words the value was read from. */
  text: string;
  document: string;
  sentence: number;
}

export interface BatchEntity {
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
  aliases: string[];
  facts: Fact[];
  /** 'gazetteer' when the names come from curated reference data. */
  source: 'gazetteer' | 'rule';
  rule: string;
}

export interface Mention {
  entity: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
}

export interface Evidence {
  document: string;
  sentence: number;
  text: string;
  /** Offsets of the sentence in the document's text. */
  start: number;
  end: number;
  year: number | null;
  rule: string;
}

/** One definition of a piece of evidence as readers see it: the sentence and the document it comes from. */
export function citedEvidence(
  e: Pick<Evidence, 'document' | 'sentence' | 'text'> & { year?: number | null },
  doc: Pick<DocumentMeta, 'title_zh' | 'title_en' | 'year'> | undefined,
) {
  return {
    document: e.document,
    title_zh: doc?.title_zh ?? '',
    title_en: doc?.title_en ?? '',
    year: e.year ?? doc?.year ?? null,
    sentence: e.sentence,
    text: e.text,
  };
}

export interface BatchRelation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  attributes: Record<string, string>;
  evidence: Evidence[];
}

export interface GraphBatch {
  document: DocumentRecord;
  entities: BatchEntity[];
  mentions: Mention[];
  relations: BatchRelation[];
  /** Quantitative statements (server/ingest/indicators), stored with the document. */
  indicators?: IndicatorPoint[];
}

/** Canonical units of indicator values: amounts in yuan or dollars, rates in percent, counts as plain numbers. */
export type IndicatorUnit = 'CNY' | 'USD' | 'percent' | 'persons' | 'count' | 'tonnes' | 'hectares';
export type IndicatorQualifier = '左右' | '以上' | '以内' | '力争' | '超过' | '突破' | '余';

/** One number a document states for an indicator: a target it sets or a result it reports. */
export interface IndicatorPoint {
  /** Catalogue key (server/data/indicators.json): gdp, gdp_growth, urban_new_jobs … */
  indicator: string;
  name_en: string;
  /** The place the number is for: the document's home place unless the sentence names another. */
  place: string;
  /** The Place entity of that name in the document's batch, when it has one. */
  place_id?: string;
  /** 2022; 2022-H1; 2022-Q1-Q3; 2022-M01-M11; a span 2021-2025 (annual average for a 年均 rate). */
  period: string;
  value: number;
  unit: IndicatorUnit;
  kind: 'target' | 'actual';
  qualifier?: IndicatorQualifier;
  evidence: { sentence: number; start: number; end: number; text: string };
}

/** An entity as the stores serve it: the merge of every document's contribution. */
export interface Entity {
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
  aliases: string[];
  attributes: Partial<Record<FactKind, Fact[]>>;
  mentions: number;
}

export interface EntityDetail extends Entity {
  documents: { id: string; title_zh: string; title_en: string; year: number | null; count: number }[];
  degree: Partial<Record<RelationType, number>>;
}

/** An entity as a table lists it: names, type, mentions, and the documents (with years) that mention it. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
  mentions: number;
  documents: { id: string; year: number | null; count: number }[];
}

export interface Relation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  attributes: Record<string, string>;
  weight: number;
  evidence: Evidence[];
}

export interface DocumentSummary extends DocumentMeta {
  chars: number;
  entities: number;
  relations: number;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  sentences: Span[];
  mentions: (Mention & { type: EntityType; name_zh: string; name_en: string })[];
}

export interface SearchHit {
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
  score: number;
  matched: string;
  /** Found one character off the query: shown as a near match. */
  near?: boolean;
}

/** One definition of a search answer's row, for both stores: the entity's names and type, and how it matched. */
export function searchHit(
  e: { type: EntityType; subtype?: PlaceSubtype | null; name_zh: string; name_en: string },
  h: { id: string; score: number; matched: string; near?: boolean },
): SearchHit {
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
}

/** An entity as a graph element: names and type, without its attributes (the entity endpoint has them). */
export interface GraphNode extends Omit<Entity, 'attributes'> {
  degree: number;
  importance: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  evidenceCount: number;
  attributes: Record<string, string>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Ordered hops: edges[i] joins nodes[i] and nodes[i+1]. */
  length: number;
  cost: number;
  /** Ids of the hubs (nodes linked to HUB_SHARE of the graph or more) the path passes through. */
  hubs: string[];
}

export interface NeighborhoodQuery {
  depth: number;
  types?: EntityType[];
  relations?: RelationType[];
  documents?: string[];
  years?: number[];
  limit: number;
}

export interface PathQuery {
  maxLength: number;
  limit: number;
  relations?: RelationType[];
  /** Entity types a node inside a path may have (the two ends are always allowed). */
  types?: EntityType[];
  /** Only hops with evidence from these documents and years. */
  documents?: string[];
  years?: number[];
  /** Pass through a hub only when no path exists otherwise (default true). */
  avoidHubs?: boolean;
}

export interface Stats {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  entitiesByType: Partial<Record<EntityType, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
  version: string;
}

export interface OverviewEntry extends GraphNode {
  community: number;
}

/** The JSON export format: field names are fixed, outside tools read them. */
export interface GraphExport {
  documents: { id: string; file: string; title_zh: string; title_en: string; year: number | null }[];
  entities: {
    id: string;
    type: EntityType;
    subtype: PlaceSubtype | null;
    name_zh: string;
    name_en: string;
    aliases: string[];
    attributes: Partial<Record<FactKind, Fact[]>>;
    mentions: number;
  }[];
  relations: {
    id: string;
    source: string;
    target: string;
    type: RelationType;
    attributes: Record<string, string>;
    evidence: { document: string; sentence: number; text: string; start: number; end: number }[];
  }[];
}

/** An entity as every export writes it (whole graph or a view): its fields, an absent subtype as null. */
export function exportedEntity(e: Entity): GraphExport['entities'][number] {
  return {
    id: e.id,
    type: e.type,
    subtype: e.subtype ?? null,
    name_zh: e.name_zh,
    name_en: e.name_en,
    aliases: e.aliases,
    attributes: e.attributes,
    mentions: e.mentions,
  };
}

/** One indicator point as served: with the document it was read from. */
export interface IndicatorSeriesPoint {
  period: string;
  kind: 'target' | 'actual';
  value: number;
  unit: IndicatorUnit;
  qualifier?: IndicatorQualifier;
  evidence: { document: string; sentence: number; text: string };
}

/** The points of one indicator for one place, in period order. */
export interface IndicatorSeries {
  indicator: string;
  name_zh: string;
  name_en: string;
  /** The place's name as the documents give it, and its entity when known. */
  place: string;
  place_id: string | null;
  points: IndicatorSeriesPoint[];
}

export interface TimelineItem {
  document: string;
  title_zh: string;
  title_en: string;
  year: number | null;
  published: string | null;
  mentions: number;
  statuses: { status: string; date: string | null; text: string }[];
  /** Amounts this document gives (investment, capacity, length, area). */
  attributes: { kind: FactKind; value: number | string; unit: string | null; text: string }[];
  /** Attribute kinds (status, investment …) whose values differ from the last earlier document that gave them. */
  changed: FactKind[];
}

export type CompareChange = 'status' | 'investment';

export interface CompareEntity {
  id: string;
  type: EntityType;
  name_zh: string;
  name_en: string;
  mentions_a: number;
  mentions_b: number;
  /** For `changed`: what changed, and the values on each side. */
  changes?: { kind: CompareChange; a: (string | number)[]; b: (string | number)[] }[];
}

export interface CompareSide {
  /** What was asked for: a document id or a year. */
  spec: string;
  documents: string[];
}

export interface Comparison {
  a: CompareSide;
  b: CompareSide;
  added: CompareEntity[];
  dropped: CompareEntity[];
  continued: CompareEntity[];
  changed: CompareEntity[];
}
