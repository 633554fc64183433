// Shapes of the API's answers, as the client uses them; the vocabulary and shared shapes come from the server.
import type {
  DocumentSummary as ServerDocumentSummary,
  Evidence as ServerEvidence,
  Fact,
  GraphEdge,
  IndicatorSeries,
  IndicatorSeriesPoint,
  SearchHit as ServerSearchHit,
  TimelineItem,
} from '../../server/model';
import {
  ENTITY_TYPES as TYPES,
  RELATION_TYPES as RELATIONS,
  type EntityType,
  type RelationType,
} from '../../server/ontology';

export type { EntityType, RelationType, Fact, IndicatorSeries, IndicatorSeriesPoint, TimelineItem };
export const ENTITY_TYPES: EntityType[] = [...TYPES];
export const RELATION_TYPES: RelationType[] = [...RELATIONS];

export interface NodeData {
  id: string;
  type: EntityType;
  subtype?: string;
  name_zh: string;
  name_en: string;
  aliases: string[];
  attributes?: Record<string, Fact[]>;
  mentions: number;
  degree: number;
  importance: number;
  community?: number;
}

export type EdgeData = GraphEdge;

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  truncated?: boolean;
}

export type SearchHit = ServerSearchHit;

export interface EntityDetailResponse extends Omit<NodeData, 'degree'> {
  documents: { id: string; title_zh: string; title_en: string; year: number | null; count: number }[];
  degree: Partial<Record<RelationType, number>>;
}

export interface Evidence extends Omit<ServerEvidence, 'rule'> {
  title_zh?: string;
  title_en?: string;
}

export interface RelationDetail {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  attributes: Record<string, string>;
  statement: string;
  source_entity: { id: string; type: EntityType; name_zh: string; name_en: string };
  target_entity: { id: string; type: EntityType; name_zh: string; name_en: string };
  evidence: Evidence[];
}

export interface PathHop {
  from: string;
  to: string;
  relation: string;
  type: RelationType;
  statement: string;
  evidence: Evidence | null;
  evidenceCount: number;
}

export interface HubNode {
  id: string;
  type: EntityType;
  name_zh: string;
  name_en: string;
}

export interface PathResult {
  length: number;
  cost: number;
  /** The hubs (entities linked to much of the graph) the path passes through. */
  hubs: HubNode[];
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  hops: PathHop[];
}

export interface PathsResponse {
  from: string;
  to: string;
  avoidHubs: boolean;
  /** Avoiding hubs was asked for, and every path had to pass through one. */
  hubsRequired: boolean;
  paths: PathResult[];
}

export type DocumentSummary = ServerDocumentSummary;

export interface DocumentDetail extends DocumentSummary {
  text: string;
  sentences: { start: number; end: number }[];
  mentions: {
    entity: string;
    sentence: number;
    start: number;
    end: number;
    surface: string;
    type: EntityType;
    name_zh: string;
    name_en: string;
  }[];
}
