// The OpenAPI paths of the graph's contents: search, entities, neighbourhoods, views, paths, relations, documents and
// the overview.
import { ENTITY_TYPES, RELATION_TYPES } from '../ontology';
import { csvOf, error, errors, idPath, lang, ok } from './openapiParts';

export const graphPaths = {
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
} as const;
