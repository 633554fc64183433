// A batch is checked whole before any store touches its state, so a bad batch leaves no trace.
import { InvalidBatchError } from '../errors';
import type { GraphBatch } from '../model';
import { isEntityType, isPlaceSubtype, isRelationType, relationAllowed } from '../ontology';

const ID = /^[A-Za-z0-9_.:-]{1,128}$/;

export function validateBatch(batch: GraphBatch): void {
  const fail = (msg: string): never => {
    throw new InvalidBatchError(`document ${JSON.stringify(batch?.document?.id)}: ${msg}`);
  };
  const doc = batch.document;
  if (!doc || typeof doc.id !== 'string' || !ID.test(doc.id))
    fail('document id must be 1-128 characters of [A-Za-z0-9_.:-]');
  if (typeof doc.text !== 'string' || doc.text.length === 0) fail('document text is empty');
  if (doc.year !== null && !(Number.isInteger(doc.year) && doc.year > 1900 && doc.year < 2200))
    fail(`bad year ${doc.year}`);
  const len = doc.text.length;
  for (const s of doc.sentences)
    if (!(s.start >= 0 && s.end <= len && s.start <= s.end)) fail(`sentence span ${s.start}-${s.end} outside the text`);
  const types = new Map<string, string>();
  for (const e of batch.entities) {
    if (!ID.test(e.id)) fail(`bad entity id ${JSON.stringify(e.id)}`);
    if (types.has(e.id)) fail(`entity ${e.id} listed twice`);
    if (!isEntityType(e.type)) fail(`entity ${e.id}: unknown type ${JSON.stringify(e.type)}`);
    if (e.subtype !== undefined && (e.type !== 'Place' || !isPlaceSubtype(e.subtype)))
      fail(`entity ${e.id}: bad subtype ${e.subtype}`);
    if (!e.name_zh || !e.name_en) fail(`entity ${e.id}: both names are required`);
    types.set(e.id, e.type);
  }
  for (const m of batch.mentions) {
    if (!types.has(m.entity)) fail(`mention of unknown entity ${m.entity}`);
    if (!(m.start >= 0 && m.end <= len && m.start < m.end)) fail(`mention ${m.start}-${m.end} outside the text`);
  }
  const relIds = new Set<string>();
  for (const r of batch.relations) {
    if (!ID.test(r.id) || relIds.has(r.id)) fail(`bad or repeated relation id ${JSON.stringify(r.id)}`);
    relIds.add(r.id);
    if (!isRelationType(r.type)) fail(`relation ${r.id}: unknown type ${JSON.stringify(r.type)}`);
    const s = types.get(r.source);
    const t = types.get(r.target);
    if (!s || !t) fail(`relation ${r.id}: an end is not among the batch's entities`);
    if (!relationAllowed(r.type, s as never, t as never))
      fail(`relation ${r.id}: ${s} -${r.type}-> ${t} is not in the ontology`);
    if (r.evidence.length === 0) fail(`relation ${r.id} has no evidence`);
    for (const e of r.evidence) {
      if (e.document !== doc.id) fail(`relation ${r.id}: evidence from another document`);
      if (!(e.start >= 0 && e.end <= len && e.start <= e.end))
        fail(`relation ${r.id}: evidence offsets outside the text`);
    }
  }
}
