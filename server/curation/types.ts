// What people may change in the graph, as data: one curation per change, validated with zod at every entry
// (the API, `kg import-curations`, the stores' own logs).
import { z } from 'zod';
import { ENTITY_TYPES, PLACE_SUBTYPES, RELATION_TYPES } from '../ontology';

export const CURATION_ACTIONS = [
  'rename',
  'retype',
  'merge',
  'split',
  'delete_entity',
  'reject_relation',
  'confirm_relation',
  'add_relation',
  'undo',
] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

const id = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'ids are 1-128 characters of [A-Za-z0-9_.:-]');
const name = z.string().trim().min(1).max(200);
const entityType = z.enum(ENTITY_TYPES);
const subtype = z.enum(PLACE_SUBTYPES);
const note = z.string().max(2000).optional();

/** Where a relation added by hand is read: a character range of one stored document. */
const evidenceRange = z
  .object({ document: id, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((e) => e.start < e.end, 'evidence start must be before its end');

const renameShape = z
  .object({ action: z.literal('rename'), entity: id, name_zh: name.optional(), name_en: name.optional(), note })
  .strict();
const retypeShape = z
  .object({ action: z.literal('retype'), entity: id, type: entityType, subtype: subtype.optional(), note })
  .strict();
const namesGiven = (c: { name_zh?: string; name_en?: string }) => c.name_zh !== undefined || c.name_en !== undefined;
const subtypeFits = (c: { type: string; subtype?: string }) => c.subtype === undefined || c.type === 'Place';
const rename = renameShape.refine(namesGiven, 'rename needs name_zh or name_en');
const retype = retypeShape.refine(subtypeFits, 'only a Place has a subtype');
const merge = z.object({ action: z.literal('merge'), entity: id, into: id, note }).strict();
const split = z
  .object({
    action: z.literal('split'),
    entity: id,
    aliases: z.array(name).min(1).max(50),
    name_en: name.optional(),
    note,
  })
  .strict();
const deleteEntity = z.object({ action: z.literal('delete_entity'), entity: id, note }).strict();
const rejectRelation = z.object({ action: z.literal('reject_relation'), relation: id, note }).strict();
const confirmRelation = z.object({ action: z.literal('confirm_relation'), relation: id, note }).strict();
const addRelation = z
  .object({
    action: z.literal('add_relation'),
    source: id,
    target: id,
    type: z.enum(RELATION_TYPES),
    evidence: evidenceRange.optional(),
    note,
  })
  .strict();
const undo = z.object({ action: z.literal('undo'), curation: id, note }).strict();

/** A change as a client asks for it. */
export const curationRequest = z.discriminatedUnion('action', [
  rename,
  retype,
  merge,
  split,
  deleteEntity,
  rejectRelation,
  confirmRelation,
  addRelation,
  undo,
]);
export type CurationRequest = z.infer<typeof curationRequest>;

/** An entity's names and type as they were when a curation was recorded (what a replay needs of it). */
const entitySnapshot = z
  .object({ type: entityType, subtype: subtype.optional(), name_zh: name, name_en: name })
  .strict();
export type EntitySnapshot = z.infer<typeof entitySnapshot>;

const recorded = {
  id,
  at: z.string().min(1).max(40),
  editor: z.string().min(1).max(100),
  note: z.string().max(2000).nullable(),
};

/**
 * A recorded curation: the request, who and when, and what it resolved to against the graph of its time, keyed by
 * stable ids (entities by id, relations by source, type and target), so a replay over any later graph means the same.
 */
export const curationRecord = z.discriminatedUnion('action', [
  renameShape.extend(recorded),
  retypeShape.extend(recorded),
  merge.extend({ ...recorded, target: entitySnapshot }),
  split.extend({ ...recorded, created: id, name_zh: name }),
  deleteEntity.extend(recorded),
  rejectRelation.extend({ ...recorded, source: id, target: id, type: z.enum(RELATION_TYPES) }),
  confirmRelation.extend({ ...recorded, source: id, target: id, type: z.enum(RELATION_TYPES) }),
  addRelation.extend({
    ...recorded,
    relation: id,
    evidence: z.object({ document: id, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    ends: z.object({ source: entitySnapshot, target: entitySnapshot }).strict(),
  }),
  undo.extend(recorded),
]);
export type Curation = z.infer<typeof curationRecord>;
export type CurationOf<A extends CurationAction> = Extract<Curation, { action: A }>;

export const curationLog = z.array(curationRecord).max(100_000);
