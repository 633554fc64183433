// The OpenAPI 3 description of the HTTP API (tests check it against the registered routes).
import { CURATION_ACTIONS } from '../curation/types';
import { ENTITY_TYPES, RELATION_TYPES } from '../ontology';
import { EXPORT_FORMATS } from '../export/formats';

const lang = {
  name: 'lang',
  in: 'query',
  schema: { type: 'string', enum: ['zh', 'en'], default: 'zh' },
  description: 'Language of generated text',
};
const csvOf = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  schema: { type: 'string' },
  description: `${description}; comma-separated, any of ${values.join(', ')}`,
});
const idPath = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' },
  description: `${what} id`,
});
const placeParam = {
  name: 'place',
  in: 'query',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' },
  description: 'Only series of this Place entity',
};
const formatParam = (what: string) => ({
  name: 'format',
  in: 'query',
  schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
  description: `csv: the ${what} as one CSV table`,
});
const error = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const errors = { '400': error, '404': error, '429': error, '503': error };

export const openapi = {
  openapi: '3.0.3',
  info: {
    title: 'Policy Graph API (政策图谱)',
    version: '1.0.0',
    description:
      'Explore entities, relations and evidence extracted from Chinese policy documents, in Chinese and English.',
  },
  paths: {
    '/api/search': {
      get: {
        summary: 'Ranked entities matching a name in Chinese, English, pinyin or initials',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
          csvOf('types', ENTITY_TYPES, 'Entity types'),
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          lang,
        ],
        responses: { '200': ok('Search results'), ...errors },
      },
    },
    '/api/entities': {
      get: {
        summary: 'Summaries of the entities given (names, type, mentions, documents with years), in that order',
        parameters: [
          {
            name: 'ids',
            in: 'query',
            required: true,
            schema: { type: 'string' },
            description: 'Entity ids, comma-separated, at most 1000; unknown ids are left out',
          },
          lang,
        ],
        responses: { '200': ok('Entity summaries'), ...errors },
      },
    },
    '/api/entities/{id}': {
      get: {
        summary: 'An entity: names, type, aliases, attributes, documents, degree per relation type',
        parameters: [idPath('Entity'), lang],
        responses: { '200': ok('The entity'), ...errors },
      },
    },
    '/api/entities/{id}/neighborhood': {
      get: {
        summary: 'Cytoscape-ready neighbourhood of an entity',
        parameters: [
          idPath('Entity'),
          { name: 'depth', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 3, default: 1 } },
          csvOf('types', ENTITY_TYPES, 'Entity types'),
          csvOf('relations', RELATION_TYPES, 'Relation types'),
          { name: 'documents', in: 'query', schema: { type: 'string' }, description: 'Document ids, comma-separated' },
          { name: 'years', in: 'query', schema: { type: 'string' }, description: 'Years, comma-separated' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 150 } },
          lang,
        ],
        responses: { '200': ok('{nodes, edges, truncated}'), ...errors },
      },
    },
    '/api/subgraph': {
      get: {
        summary: 'The given entities and the relations among them (to restore a view)',
        parameters: [
          {
            name: 'ids',
            in: 'query',
            required: true,
            schema: { type: 'string' },
            description: 'Entity ids, comma-separated (at most 1000)',
          },
          csvOf('relations', RELATION_TYPES, 'Relation types'),
          { name: 'documents', in: 'query', schema: { type: 'string' } },
          { name: 'years', in: 'query', schema: { type: 'string' } },
          lang,
        ],
        responses: { '200': ok('{nodes, edges, truncated}'), ...errors },
      },
    },
    '/api/paths': {
      get: {
        summary:
          'Paths between two entities, most specific first (hubs and co-occurrence cost more), with the sentence, ' +
          'document and year of each hop and the hubs a path passes through',
        parameters: [
          { name: 'from', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'to', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'maxLength', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 6, default: 4 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 20, default: 5 } },
          csvOf('types', ENTITY_TYPES, 'Entity types of the nodes inside a path'),
          csvOf('relations', RELATION_TYPES, 'Relation types'),
          { name: 'documents', in: 'query', schema: { type: 'string' } },
          { name: 'years', in: 'query', schema: { type: 'string' } },
          {
            name: 'avoidHubs',
            in: 'query',
            description:
              'Pass through a hub (a node linked to 5% of the graph or more) only when no path exists otherwise',
            schema: { type: 'boolean', default: true },
          },
          lang,
        ],
        responses: { '200': ok('Paths'), ...errors },
      },
    },
    '/api/relations/{id}': {
      get: {
        summary: 'A relation with all its evidence sentences',
        parameters: [idPath('Relation'), lang],
        responses: { '200': ok('The relation'), ...errors },
      },
    },
    '/api/documents': {
      get: {
        summary: 'Documents and their metadata',
        parameters: [lang],
        responses: { '200': ok('Documents'), ...errors },
      },
      post: {
        summary: 'Upload and ingest documents (txt, md, html, docx, pdf); needs Authorization: Bearer <KG_API_TOKEN>',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
              },
            },
          },
        },
        responses: {
          '201': ok('Ingested documents'),
          '401': error,
          '403': error,
          '413': error,
          '415': error,
          ...errors,
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'A document: metadata, text and the offsets of every entity mention',
        parameters: [idPath('Document'), lang],
        responses: { '200': ok('The document'), ...errors },
      },
      delete: {
        summary: 'Remove a document and the evidence it gave; needs the API token',
        security: [{ bearer: [] }],
        parameters: [idPath('Document')],
        responses: { '200': ok('Removed'), '401': error, '403': error, ...errors },
      },
    },
    '/api/overview': {
      get: {
        summary: 'The most important entities with community ids, and the edges among them',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 60 } },
          csvOf('types', ENTITY_TYPES, 'Only entities of these types'),
          csvOf('relations', RELATION_TYPES, 'Only relations of these types'),
          {
            name: 'documents',
            in: 'query',
            schema: { type: 'string' },
            description: 'Only entities and relations of these documents; comma-separated ids',
          },
          {
            name: 'years',
            in: 'query',
            schema: { type: 'string' },
            description: 'Only entities and relations of documents of these years; comma-separated',
          },
          lang,
        ],
        responses: { '200': ok('Overview'), ...errors },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts of documents, entities, relations and evidence',
        parameters: [lang],
        responses: { '200': ok('Stats'), ...errors },
      },
    },
    '/api/ontology': {
      get: {
        summary: 'Entity and relation types with labels in both languages',
        parameters: [lang],
        responses: { '200': ok('Ontology'), ...errors },
      },
    },
    '/api/gloss': {
      get: {
        summary: 'Words of a Chinese text with pinyin and CC-CEDICT glosses (for English readers)',
        parameters: [{ name: 'text', in: 'query', required: true, schema: { type: 'string', maxLength: 300 } }, lang],
        responses: { '200': ok('{words: [{word, pinyin, english}]}'), ...errors },
      },
    },
    '/api/export': {
      get: {
        summary: 'The whole graph as json, graphml, gexf, csv (zip of nodes.csv and relationships.csv) or cypher',
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: [...EXPORT_FORMATS] } },
          lang,
        ],
        responses: { '200': { description: 'The export file' }, ...errors },
      },
    },
    '/api/export/view': {
      post: {
        summary: 'A view (entity and relation ids) as json, graphml or gexf, with evidence and documents',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['format', 'nodes', 'edges'],
                properties: {
                  format: { type: 'string', enum: ['json', 'graphml', 'gexf'] },
                  nodes: { type: 'array', items: { type: 'string' }, maxItems: 5000 },
                  edges: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
        responses: { '200': { description: 'The export file' }, ...errors },
      },
    },
    '/api/indicators': {
      get: {
        summary: 'Indicator series (targets and results by period, with evidence) by indicator and place',
        parameters: [placeParam, formatParam('indicators'), lang],
        responses: { '200': ok('Indicator series'), ...errors },
      },
    },
    '/api/indicators/{key}': {
      get: {
        summary: 'The series of one indicator (catalogue key such as gdp_growth), by place',
        parameters: [
          {
            name: 'key',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[a-z0-9_]{1,64}$' },
            description: 'Indicator key (server/data/indicators.json)',
          },
          placeParam,
          formatParam('indicators'),
          lang,
        ],
        responses: { '200': ok('Indicator series'), ...errors },
      },
    },
    '/api/entities/{id}/timeline': {
      get: {
        summary: 'One item per document mentioning the entity, in time order: mentions, statuses, changed amounts',
        parameters: [idPath('Entity'), lang],
        responses: { '200': ok('The timeline'), ...errors },
      },
    },
    '/api/compare': {
      get: {
        summary: 'Entities added, dropped, continued and changed (status, investment) from a to b',
        parameters: [
          { name: 'a', in: 'query', required: true, schema: { type: 'string' }, description: 'Document id or year' },
          { name: 'b', in: 'query', required: true, schema: { type: 'string' }, description: 'Document id or year' },
          csvOf('types', ENTITY_TYPES, 'Entity types'),
          formatParam('compare'),
          lang,
        ],
        responses: { '200': ok('The comparison'), ...errors },
      },
    },
    '/api/query': {
      post: {
        summary: 'Pattern question: a read-only MATCH pattern (see README) answered as rows of entities and relations',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['pattern'],
                properties: {
                  pattern: { type: 'string', example: '(c:Company)-[:DEVELOPS]->(p:Project {name: $project})' },
                  params: { type: 'object', additionalProperties: { type: 'string' } },
                  descendants: { type: 'boolean', default: false },
                  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
                },
              },
            },
          },
        },
        responses: { '200': ok('The rows'), ...errors },
      },
    },
    '/api/curations': {
      get: {
        summary: 'The curation log, newest first; `entity` keeps the curations of one entity (its history)',
        parameters: [
          { name: 'entity', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 } },
        ],
        responses: { '200': ok('Curations'), ...errors },
      },
      post: {
        summary:
          'Record a curation (rename, retype, merge, split, delete_entity, reject_relation, confirm_relation, ' +
          'add_relation, undo); needs the API token; X-Editor names the editor',
        security: [{ bearer: [] }],
        parameters: [{ name: 'X-Editor', in: 'header', schema: { type: 'string', default: 'editor' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['action'],
                properties: {
                  action: { type: 'string', enum: [...CURATION_ACTIONS] },
                  note: { type: 'string' },
                },
                additionalProperties: true,
              },
            },
          },
        },
        responses: { '201': ok('The recorded curation'), '401': error, '403': error, '409': error, ...errors },
      },
    },
    '/api/curations/{id}': {
      delete: {
        summary: 'Undo a curation (recorded as an undo); 409 when later curations depend on it',
        security: [{ bearer: [] }],
        parameters: [idPath('Curation')],
        responses: { '200': ok('The undo record'), '401': error, '403': error, '409': error, ...errors },
      },
    },
    '/api/health': {
      get: { summary: 'Liveness and store readiness', responses: { '200': ok('Healthy'), '503': error } },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': ok('OpenAPI document') } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;
