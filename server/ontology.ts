// The graph's fixed vocabulary (../shared/ontology.md). Labels and relationship types used in Cypher come only from here.

export const ENTITY_TYPES = [
  'Project',
  'Company',
  'Place',
  'Policy',
  'Organization',
  'Person',
  'Industry',
  'Event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CORE_TYPES: readonly EntityType[] = ['Project', 'Company', 'Place', 'Policy'];

export const PLACE_SUBTYPES = [
  'city',
  'county',
  'district',
  'town',
  'zone',
  'region',
  'site',
  'province',
  'country',
] as const;
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

/** What each entity type covers (labels in both languages live in i18n/locales). */
export const ENTITY_COVERS: Record<EntityType, string> = {
  Project: 'named construction, infrastructure, industrial and civic undertakings',
  Company: 'enterprises, groups, firms, plants',
  Place: 'administrative areas and designated zones',
  Policy: 'named policies, programmes, campaigns, reforms, strategies, designations',
  Organization: 'government bodies, institutes, labs, universities, hospitals, funds',
  Person: 'named individuals',
  Industry: 'named sectors, industrial chains and clusters',
  Event: 'named meetings, conferences, expos, forums',
};

/** Which entity types may stand at each end of a typed relation. */
export const RELATION_SIGNATURES: Record<
  Exclude<RelationType, 'CO_OCCURS'>,
  { from: EntityType[]; to: EntityType[] }
> = {
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
