// Pieces the OpenAPI description repeats: parameters, error and success responses.

export const lang = {
  name: 'lang',
  in: 'query',
  schema: { type: 'string', enum: ['zh', 'en'], default: 'zh' },
  description: 'Language of generated text',
};
export const csvOf = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  schema: { type: 'string' },
  description: `${description}; comma-separated, any of ${values.join(', ')}`,
});
export const idPath = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' },
  description: `${what} id`,
});
export const placeParam = {
  name: 'place',
  in: 'query',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' },
  description: 'Only series of this Place entity',
};
export const formatParam = (what: string) => ({
  name: 'format',
  in: 'query',
  schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
  description: `csv: the ${what} as one CSV table`,
});
export const error = {
  description: 'Error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
export const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
export const errors = { '400': error, '404': error, '429': error, '503': error };
