// Request parameter schemas: every parameter is validated; unknown enum values are errors, not ignored.
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../ontology';
import { EXPORT_FORMATS } from '../export/formats';

/** A comma-separated list whose items each pass `item`. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T, maxChars: number, maxItems: number) =>
  z
    .string()
    .max(maxChars)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(item).max(maxItems));

const ID = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'ids are 1-128 characters of [A-Za-z0-9_.:-]');
const csv = <T extends string>(values: readonly [T, ...T[]]) => commaList(z.enum(values), 2000, values.length * 2);
const idList = commaList(ID, 4000, 100);
const yearList = commaList(
  z
    .string()
    .regex(/^\d{4}$/, 'years are four digits')
    .transform(Number)
    .pipe(z.number().int().min(1900).max(2200)),
  500,
  50,
);

export const lang = z.enum(['zh', 'en']).default('zh');
export const entityTypes = csv(ENTITY_TYPES as unknown as readonly [string, ...string[]]);
export const relationTypes = csv(RELATION_TYPES as unknown as readonly [string, ...string[]]);
export const entityId = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'not a valid id');

export const searchQuery = z
  .object({
    q: z.string().trim().min(1, 'q is required').max(200, 'q is longer than 200 characters'),
    types: entityTypes.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    lang,
  })
  .strict();

export const neighborhoodQuery = z
  .object({
    depth: z.coerce.number().int().min(1).max(3).default(1),
    types: entityTypes.optional(),
    relations: relationTypes.optional(),
    documents: idList.optional(),
    years: yearList.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(150),
    lang,
  })
  .strict();

export const pathsQuery = z
  .object({
    from: entityId,
    to: entityId,
    maxLength: z.coerce.number().int().min(1).max(6).default(4),
    limit: z.coerce.number().int().min(1).max(20).default(5),
    types: entityTypes.optional(),
    relations: relationTypes.optional(),
    documents: idList.optional(),
    years: yearList.optional(),
    avoidHubs: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    lang,
  })
  .strict();

export const subgraphQuery = z
  .object({
    ids: commaList(ID, 20000, 1000).refine((ids) => ids.length > 0, 'ids are required'),
    relations: relationTypes.optional(),
    documents: idList.optional(),
    years: yearList.optional(),
    lang,
  })
  .strict();

export const glossQuery = z
  .object({ text: z.string().min(1).max(300, 'text is longer than 300 characters'), lang })
  .strict();

export const overviewQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(60),
    types: entityTypes.optional(),
    relations: relationTypes.optional(),
    documents: idList.optional(),
    years: yearList.optional(),
    lang,
  })
  .strict();
/** Summaries of a set of entities (a table of what the explorer shows). */
export const entityListQuery = z
  .object({ ids: commaList(ID, 30000, 1000).refine((ids) => ids.length > 0, 'ids are required'), lang })
  .strict();
export const langOnly = z.object({ lang }).strict();
export const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS), lang }).strict();

/** The formats a view exports to (the explorer draws PNG and SVG itself). */
export const VIEW_EXPORT_FORMATS = ['json', 'graphml', 'gexf'] as const;
export const MAX_VIEW_NODES = 5000;
export const viewExportBody = z
  .object({
    format: z.enum(VIEW_EXPORT_FORMATS),
    nodes: z.array(ID).min(1, 'nodes are required').max(MAX_VIEW_NODES),
    edges: z.array(ID).max(MAX_VIEW_NODES * 10),
  })
  .strict();

const format = z.enum(['json', 'csv']).default('json');
/** A side of a comparison: a document id or a four-digit year. */
const compareSpec = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'a and b are document ids or years');

export const indicatorKey = z.string().regex(/^[a-z0-9_]{1,64}$/, 'not a valid indicator key');
export const indicatorsQuery = z.object({ place: entityId.optional(), format, lang }).strict();
export const compareQuery = z
  .object({ a: compareSpec, b: compareSpec, types: entityTypes.optional(), format, lang })
  .strict();
