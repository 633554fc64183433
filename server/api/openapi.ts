// The OpenAPI 3 description of the HTTP API (tests check it against the registered routes).
import { CURATION_ACTIONS } from '../curation/types';
import { ENTITY_TYPES } from '../ontology';
import { EXPORT_FORMATS } from '../export/formats';
import { graphPaths } from './openapiGraphPaths';
import { csvOf, error, errors, formatParam, idPath, lang, ok, placeParam } from './openapiParts';

export const openapi = {
  openapi: '3.0.3',
  info: {
    title: 'Policy Graph API (政策图谱)',
    version: '1.0.0',
    description:
      'Explore entities, relations and evidence extracted from Chinese policy documents, in Chinese and English.',
  },
  paths: {
    ...graphPaths,
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
