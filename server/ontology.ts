// The graph's fixed vocabulary (../shared/ontology.md). Labels and relationship types used in Cypher come only from here.

export const ENTITY_TYPES = ['Project', 'Company', 'Place', 'Policy', 'Organization', 'Person', 'Industry', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CORE_TYPES: readonly EntityType[] = ['Project', 'Company', 'Place', 'Policy'];

export const PLACE_SUBTYPES = ['city', 'county', 'district', 'town', 'zone', 'region', 'site', 'province', 'country'] as const;
export type PlaceSubtype = (typeof PLACE_SUBTYPES)[number];

export const RELATION_TYPES = [
  'LOCATED_IN',
  'PART_OF',
  'DEVELOPS',
  'SUPPORTS',
  'IMPLEMENTS',
  'LEADS',
  'IN_INDUSTRY',
  'COOPERATES_WITH',
  'HELD_IN',
  'CO_OCCURS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations whose direction carries no meaning. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['COOPERATES_WITH', 'CO_OCCURS']);

export interface TypeLabel {
  key: string;
  zh: string;
  en: string;
}

export const ENTITY_LABELS: Record<EntityType, { zh: string; en: string; covers: string }> = {
  Project: { zh: '项目', en: 'Project', covers: 'named construction, infrastructure, industrial and civic undertakings' },
  Company: { zh: '企业', en: 'Company', covers: 'enterprises, groups, firms, plants' },
  Place: { zh: '地点', en: 'Place', covers: 'administrative areas and designated zones' },
  Policy: { zh: '政策', en: 'Policy', covers: 'named policies, programmes, campaigns, reforms, strategies, designations' },
  Organization: { zh: '机构', en: 'Organization', covers: 'government bodies, institutes, labs, universities, hospitals, funds' },
  Person: { zh: '人物', en: 'Person', covers: 'named individuals' },
  Industry: { zh: '产业', en: 'Industry', covers: 'named sectors, industrial chains and clusters' },
  Event: { zh: '事件', en: 'Event', covers: 'named meetings, conferences, expos, forums' },
};

export const PLACE_SUBTYPE_LABELS: Record<PlaceSubtype, { zh: string; en: string }> = {
  city: { zh: '城市', en: 'city' },
  county: { zh: '县', en: 'county' },
  district: { zh: '区', en: 'district' },
  town: { zh: '镇', en: 'town' },
  zone: { zh: '园区/功能区', en: 'zone' },
  region: { zh: '区域', en: 'region' },
  site: { zh: '地标', en: 'site' },
  province: { zh: '省', en: 'province' },
  country: { zh: '国家', en: 'country' },
};

export const RELATION_LABELS: Record<RelationType, { zh: string; en: string; statementZh: string; statementEn: string }> = {
  LOCATED_IN: { zh: '位于', en: 'located in', statementZh: '{{a}}位于{{b}}', statementEn: '{{a}} is located in {{b}}' },
  PART_OF: { zh: '隶属于', en: 'part of', statementZh: '{{a}}隶属于{{b}}', statementEn: '{{a}} is part of {{b}}' },
  DEVELOPS: { zh: '建设/投资', en: 'develops', statementZh: '{{a}}建设/投资{{b}}', statementEn: '{{a}} develops {{b}}' },
  SUPPORTS: { zh: '支持', en: 'supports', statementZh: '{{a}}支持{{b}}', statementEn: '{{a}} supports {{b}}' },
  IMPLEMENTS: { zh: '实施', en: 'implements', statementZh: '{{a}}实施{{b}}', statementEn: '{{a}} implements {{b}}' },
  LEADS: { zh: '领导', en: 'leads', statementZh: '{{a}}领导{{b}}', statementEn: '{{a}} leads {{b}}' },
  IN_INDUSTRY: { zh: '属于产业', en: 'in industry', statementZh: '{{a}}属于{{b}}产业', statementEn: '{{a}} is in the {{b}} industry' },
  COOPERATES_WITH: { zh: '合作', en: 'cooperates with', statementZh: '{{a}}与{{b}}合作', statementEn: '{{a}} cooperates with {{b}}' },
  HELD_IN: { zh: '举办于', en: 'held in', statementZh: '{{a}}在{{b}}举办', statementEn: '{{a}} was held in {{b}}' },
  CO_OCCURS: { zh: '共现', en: 'co-occurs', statementZh: '{{a}}与{{b}}同时被提及', statementEn: '{{a}} and {{b}} are mentioned together' },
};

/** Which entity types may stand at each end of a typed relation. */
export const RELATION_SIGNATURES: Record<Exclude<RelationType, 'CO_OCCURS'>, { from: EntityType[]; to: EntityType[] }> = {
  LOCATED_IN: { from: ['Project', 'Company', 'Organization', 'Place', 'Event'], to: ['Place'] },
  PART_OF: { from: ['Place', 'Project', 'Organization'], to: ['Place', 'Project', 'Organization'] },
  DEVELOPS: { from: ['Company', 'Organization'], to: ['Project'] },
  SUPPORTS: { from: ['Policy', 'Organization', 'Place'], to: ['Company', 'Project', 'Industry', 'Place'] },
  IMPLEMENTS: { from: ['Organization', 'Place'], to: ['Policy'] },
  LEADS: { from: ['Person'], to: ['Organization', 'Place'] },
  IN_INDUSTRY: { from: ['Company', 'Project'], to: ['Industry'] },
  COOPERATES_WITH: { from: ['Place', 'Organization', 'Company'], to: ['Place', 'Organization', 'Company'] },
  HELD_IN: { from: ['Event'], to: ['Place'] },
};

export function isEntityType(v: unknown): v is EntityType {
  return typeof v === 'string' && (ENTITY_TYPES as readonly string[]).includes(v);
}
export function isRelationType(v: unknown): v is RelationType {
  return typeof v === 'string' && (RELATION_TYPES as readonly string[]).includes(v);
}
export function isPlaceSubtype(v: unknown): v is PlaceSubtype {
  return typeof v === 'string' && (PLACE_SUBTYPES as readonly string[]).includes(v);
}

/** PART_OF must join like with like (place to place, project to project, organization to organization). */
export function relationAllowed(type: RelationType, from: EntityType, to: EntityType): boolean {
  if (type === 'CO_OCCURS') return true;
  const sig = RELATION_SIGNATURES[type];
  if (!sig.from.includes(from) || !sig.to.includes(to)) return false;
  if (type === 'PART_OF') return from === to;
  return true;
}

/** Two-letter codes that start relation ids, so a store can find a relation by id through its type's index. */
export const RELATION_CODES: Record<RelationType, string> = {
  LOCATED_IN: 'li',
  PART_OF: 'po',
  DEVELOPS: 'dv',
  SUPPORTS: 'su',
  IMPLEMENTS: 'im',
  LEADS: 'le',
  IN_INDUSTRY: 'ii',
  COOPERATES_WITH: 'cw',
  HELD_IN: 'hi',
  CO_OCCURS: 'co',
};

export function relationTypeOfId(id: string): RelationType | undefined {
  const code = id.slice(0, 2);
  return (Object.keys(RELATION_CODES) as RelationType[]).find((t) => RELATION_CODES[t] === code);
}
