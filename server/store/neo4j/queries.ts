// Typed registry of the Cypher files in cypher/: one query per use case, loaded at start, failing fast on a
// missing file. Each entry declares its parameters (with example values, used to lint and snapshot the query).
// Two placeholders exist, __LABEL__ and __REL_TYPE__; they are only ever replaced by the ontology's fixed names.
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../util/projectRoot';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../ontology';

const rows: Record<string, unknown>[] = [{}];

export const QUERY_PARAMS = {
  document_get_batch: { id: 'doc' },
  document_upsert: { id: 'doc', props: {} as Record<string, unknown> },
  document_delete: { id: 'doc' },
  documents_list: {},
  entity_remove_contributions: { document: 'doc' },
  entity_contribute: { document: 'doc', rows },
  entity_contributions: { ids: ['e1'] },
  entity_set_merged: { rows },
  entity_get: { id: 'e1' },
  entities_by_id: { ids: ['e1'] },
  relation_remove_evidence: { ids: ['r1'], document: 'doc' },
  relation_add_evidence: { rows },
  relation_get: { id: 'r1' },
  neighborhood_step: { frontier: ['e1'], relations: null as string[] | null, types: null as string[] | null },
  subgraph_edges: { ids: ['e1'], relations: null as string[] | null },
  paths_expand: { ids: ['e1'], relations: null as string[] | null },
  stats_documents: {},
  stats_entities: {},
  stats_relations: {},
  export_entities: {},
  export_relations: {},
  graph_version_bump: {},
  graph_version: {},
  graph_clear: {},
  graph_entities: {},
  graph_relations: {},
  indicators_list: {},
  compare_entities: { documents: ['doc'] },
  curations_list: {},
  curation_add: { id: 'c1', seq: 1, at: '2026-01-01T00:00:00.000Z', json: '{}' },
  curations_clear: {},
  documents_batches: {},
} as const;

export type QueryName = keyof typeof QUERY_PARAMS;
type Widen<T> = T extends string ? string : T extends number ? number : T extends readonly (infer U)[] ? Widen<U>[] : T;
export type QueryParams<K extends QueryName> = {
  -readonly [P in keyof (typeof QUERY_PARAMS)[K]]: Widen<(typeof QUERY_PARAMS)[K][P]>;
};

export const TEMPLATED: Partial<Record<QueryName, '__LABEL__' | '__REL_TYPE__'>> = {
  entity_set_merged: '__LABEL__',
  relation_remove_evidence: '__REL_TYPE__',
  relation_add_evidence: '__REL_TYPE__',
  relation_get: '__REL_TYPE__',
};

export const CYPHER_DIR = projectPath('cypher');

export class QueryRegistry {
  private readonly texts = new Map<QueryName, string>();
  readonly schema: string[];

  constructor(dir = CYPHER_DIR) {
    for (const name of Object.keys(QUERY_PARAMS) as QueryName[]) {
      const file = path.join(dir, `${name}.cypher`);
      if (!fs.existsSync(file)) throw new Error(`Cypher query file missing: ${file}`);
      this.texts.set(name, fs.readFileSync(file, 'utf8'));
    }
    const schemaFile = path.join(dir, 'schema.cypher');
    if (!fs.existsSync(schemaFile)) throw new Error(`Cypher schema file missing: ${schemaFile}`);
    this.schema = splitStatements(fs.readFileSync(schemaFile, 'utf8'));
  }

  /** The text of a query; templated queries need the entity label or relation type they act on. */
  text(name: QueryName, type?: EntityType | RelationType): string {
    const raw = this.texts.get(name)!;
    const placeholder = TEMPLATED[name];
    if (!placeholder) return raw;
    const allowed: readonly string[] = placeholder === '__LABEL__' ? ENTITY_TYPES : RELATION_TYPES;
    if (!type || !allowed.includes(type)) throw new Error(`${name} needs one of ${allowed.join(', ')}`);
    return raw.split(placeholder).join(type);
  }
}

/** Every text the registry can produce (each templated query once per ontology name), and the schema. */
export function allQueryTexts(registry: QueryRegistry): Set<string> {
  const out = new Set<string>(registry.schema);
  for (const name of Object.keys(QUERY_PARAMS) as QueryName[]) {
    const placeholder = TEMPLATED[name];
    const types: readonly (EntityType | RelationType | undefined)[] =
      placeholder === '__LABEL__' ? ENTITY_TYPES : placeholder === '__REL_TYPE__' ? RELATION_TYPES : [undefined];
    for (const t of types) out.add(registry.text(name, t));
  }
  return out;
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
