// A request becomes a recorded curation: checked against the graph as it is now (404 for what is not there, 409 for
// a change the graph forbids) and resolved to stable keys and the names a replay needs.
import crypto from 'node:crypto';
import { AppError, InvalidInputError, NotFoundError } from '../errors';
import { relationId, splitEntityId } from '../ids';
import type { EntityDetail } from '../model';
import { relationAllowed } from '../ontology';
import type { GraphStore } from '../store/GraphStore';
import { pinyinWords } from '../text/nameForms';
import { dependents, effectiveLog, mergedInto } from './log';
import type { Curation, CurationRequest, EntitySnapshot } from './types';

export class CurationConflictError extends AppError {
  constructor(message: string) {
    super('CurationConflictError', message, 409, 'conflict');
  }
}

export interface RecordMeta {
  editor: string;
  /** Given when a log is imported: the curation keeps its own id and time. */
  id?: string;
  at?: string;
}

function newId(): string {
  return `c${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
}

async function entity(store: GraphStore, log: readonly Curation[], id: string): Promise<EntityDetail> {
  const e = await store.getEntity(id);
  if (e) return e;
  const into = mergedInto(log, id);
  throw new NotFoundError(into ? `Entity ${id} was merged into ${into}` : `No entity ${id}`);
}

function snapshot(e: EntityDetail): EntitySnapshot {
  return { type: e.type, ...(e.subtype ? { subtype: e.subtype } : {}), name_zh: e.name_zh, name_en: e.name_en };
}

/** Where a relation added without evidence is read: the first sentence that names both ends, else the source. */
async function defaultEvidence(
  store: GraphStore,
  source: EntityDetail,
  target: string,
): Promise<{ document: string; start: number; end: number }> {
  let fallback: { document: string; start: number; end: number } | null = null;
  for (const d of source.documents) {
    const doc = await store.getDocument(d.id);
    if (!doc) continue;
    const bySentence = new Map<number, Set<string>>();
    for (const m of doc.mentions) {
      const set = bySentence.get(m.sentence) ?? new Set<string>();
      set.add(m.entity);
      bySentence.set(m.sentence, set);
    }
    for (const [sentence, ids] of [...bySentence].sort((a, b) => a[0] - b[0])) {
      const span = doc.sentences[sentence];
      if (!span || !ids.has(source.id)) continue;
      const range = { document: doc.id, start: span.start, end: span.end };
      if (ids.has(target)) return range;
      fallback ??= range;
    }
  }
  if (!fallback) throw new CurationConflictError(`Entity ${source.id} is named in no stored sentence`);
  return fallback;
}

/** Resolves and checks one request; the store is not changed (addCuration does that). */
export async function resolveCuration(store: GraphStore, req: CurationRequest, meta: RecordMeta): Promise<Curation> {
  const log = await store.curations();
  const base = { id: meta.id ?? newId(), at: meta.at ?? new Date().toISOString(), editor: meta.editor };
  const note = req.note ?? null;
  if (log.some((c) => c.id === base.id)) throw new CurationConflictError(`Curation ${base.id} is already recorded`);
  switch (req.action) {
    case 'rename':
    case 'retype':
    case 'delete_entity':
      await entity(store, log, req.entity);
      return { ...req, ...base, note };
    case 'merge': {
      if (req.entity === req.into) throw new CurationConflictError(`An entity cannot be merged into itself`);
      const a = await entity(store, log, req.entity);
      const b = await entity(store, log, req.into);
      if (a.type !== b.type)
        throw new CurationConflictError(`${a.id} is a ${a.type} and ${b.id} a ${b.type}: retype one first`);
      return { ...req, ...base, note, target: snapshot(b) };
    }
    case 'split':
      return { ...req, ...base, note, ...(await splitOff(store, log, req)) };
    case 'reject_relation':
    case 'confirm_relation': {
      const r = await store.getRelation(req.relation);
      if (!r) throw new NotFoundError(`No relation ${req.relation}`);
      return { ...req, ...base, note, source: r.source, target: r.target, type: r.type };
    }
    case 'add_relation':
      return { ...req, ...base, note, ...(await newRelation(store, log, req)) };
    case 'undo':
      checkUndo(log, req.curation);
      return { ...req, ...base, note };
  }
}

type RequestOf<A extends CurationRequest['action']> = Extract<CurationRequest, { action: A }>;

/** The aliases a split takes off the entity, the entity they make and its names. */
async function splitOff(store: GraphStore, log: readonly Curation[], req: RequestOf<'split'>) {
  const e = await entity(store, log, req.entity);
  const aliases = [...new Set(req.aliases)];
  const unknown = aliases.filter((a) => !e.aliases.includes(a));
  if (aliases.includes(e.name_zh))
    throw new CurationConflictError(`${e.name_zh} is the entity's own name: rename it first`);
  if (unknown.length > 0) throw new CurationConflictError(`Not aliases of ${e.id}: ${unknown.join(', ')}`);
  const created = splitEntityId(e.id, aliases);
  if (await store.getEntity(created)) throw new CurationConflictError(`These aliases were split off already`);
  const name_zh = aliases[0];
  return { aliases, created, name_zh, name_en: req.name_en ?? pinyinWords(name_zh).join(' ') };
}

/** A relation to add: its id, its evidence (given and checked, else a sentence naming the source) and its ends. */
async function newRelation(store: GraphStore, log: readonly Curation[], req: RequestOf<'add_relation'>) {
  if (req.source === req.target) throw new CurationConflictError('A relation joins two different entities');
  const s = await entity(store, log, req.source);
  const t = await entity(store, log, req.target);
  if (!relationAllowed(req.type, s.type, t.type))
    throw new InvalidInputError(`${s.type} -${req.type}-> ${t.type} is not in the ontology`);
  const relation = relationId(s.id, req.type, t.id);
  if (await store.getRelation(relation))
    throw new CurationConflictError(`${relation} exists already: confirm it instead`);
  let evidence = req.evidence;
  if (evidence) {
    const doc = await store.getDocument(evidence.document);
    if (!doc) throw new NotFoundError(`No document ${evidence.document}`);
    if (evidence.end > doc.text.length)
      throw new InvalidInputError(`Evidence ends at ${evidence.end}, after the document's end (${doc.text.length})`);
  } else evidence = await defaultEvidence(store, s, t.id);
  return { relation, evidence, ends: { source: snapshot(s), target: snapshot(t) } };
}

/** An undo needs a curation in effect that no later curation depends on. */
function checkUndo(log: readonly Curation[], id: string): void {
  const target = log.find((c) => c.id === id);
  if (!target) throw new NotFoundError(`No curation ${id}`);
  if (target.action === 'undo') throw new CurationConflictError('An undo cannot be undone; record the change again');
  if (!effectiveLog(log).some((c) => c.id === target.id))
    throw new CurationConflictError(`Curation ${target.id} is undone already`);
  const later = dependents(log, target.id);
  if (later.length > 0)
    throw new CurationConflictError(
      `Later curations depend on ${target.id}: undo ${later.map((c) => c.id).join(', ')} first`,
    );
}

/** Resolves, checks and records one curation; returns the record. */
export async function recordCuration(store: GraphStore, req: CurationRequest, meta: RecordMeta): Promise<Curation> {
  const c = await resolveCuration(store, req, meta);
  await store.addCuration(c);
  return c;
}
