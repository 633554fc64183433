// Shapes of the API's answers, as the client uses them.
export type EntityType = 'Project' | 'Company' | 'Place' | 'Policy' | 'Organization' | 'Person' | 'Industry' | 'Event';
export type RelationType = 'LOCATED_IN' | 'PART_OF' | 'DEVELOPS' | 'SUPPORTS' | 'IMPLEMENTS' | 'LEADS' | 'IN_INDUSTRY' | 'COOPERATES_WITH' | 'HELD_IN' | 'CO_OCCURS';
export const ENTITY_TYPES: EntityType[] = ['Project', 'Company', 'Place', 'Policy', 'Organization', 'Person', 'Industry', 'Event'];
export const RELATION_TYPES: RelationType[] = ['LOCATED_IN', 'PART_OF', 'DEVELOPS', 'SUPPORTS', 'IMPLEMENTS', 'LEADS', 'IN_INDUSTRY', 'COOPERATES_WITH', 'HELD_IN', 'CO_OCCURS'];

export interface Fact {
  kind: string;
  value: number | string;
  unit?: string;
  date?: string;
  text: string;
  document: string;
  sentence: number;
}

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

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  evidenceCount: number;
  attributes: Record<string, string>;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  truncated?: boolean;
}

export interface SearchHit {
  id: string;
  type: EntityType;
  subtype?: string;
  name_zh: string;
  name_en: string;
  score: number;
  matched: string;
}

export interface EntityDetail extends NodeData {
  documents: { id: string; title_zh: string; title_en: string; year: number | null; count: number }[];
  degree: number;
}

export interface EntityDetailResponse extends Omit<NodeData, 'degree'> {
  documents: { id: string; title_zh: string; title_en: string; year: number | null; count: number }[];
  degree: Partial<Record<RelationType, number>>;
}

export interface Evidence {
  document: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
  year: number | null;
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

export interface PathResult {
  length: number;
  cost: number;
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
  hops: PathHop[];
}

export interface DocumentSummary {
  id: string;
  file: string;
  title_zh: string;
  title_en: string;
  year: number | null;
  chars: number;
  entities: number;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  sentences: { start: number; end: number }[];
  mentions: { entity: string; sentence: number; start: number; end: number; surface: string; type: EntityType; name_zh: string; name_en: string }[];
}
