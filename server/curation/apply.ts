// The curation log replayed over one document's batch: a pure function, so both stores keep the extracted batch as
// it came and serve the curated one, and a re-ingest, a rebuild or an undo is a replay of the same log.
import { relationId } from '../ids';
import { mergeAttributes } from '../store/merge';
import type { BatchEntity, BatchRelation, Evidence, GraphBatch, Mention } from '../model';
import { relationAllowed } from '../ontology';
import { effectiveLog } from './log';
import type { Curation, CurationOf, EntitySnapshot } from './types';

/** Marks what a curation moved, added or confirmed (answers show it as `curated: true`). */
const CURATED = 'curated';

interface Working {
  batch: GraphBatch;
  entities: Map<string, BatchEntity>;
  mentions: Mention[];
  relations: BatchRelation[];
}

const uniq = (xs: string[], without: string): string[] => [...new Set(xs)].filter((x) => x !== without);

function curatedRelation(r: BatchRelation, source: string, target: string, evidence = r.evidence): BatchRelation {
  return {
    ...r,
    id: relationId(source, r.type, target),
    source,
    target,
    attributes: { ...r.attributes, [CURATED]: 'true' },
    evidence,
  };
}

function rename(w: Working, c: CurationOf<'rename'>): void {
  const e = w.entities.get(c.entity);
  if (!e) return;
  if (c.name_zh !== undefined && c.name_zh !== e.name_zh) {
    // The old name stays findable as an alias.
    e.aliases = uniq([...e.aliases, e.name_zh], c.name_zh);
    e.name_zh = c.name_zh;
  }
  if (c.name_en !== undefined) e.name_en = c.name_en;
}

function retype(w: Working, c: CurationOf<'retype'>): void {
  const e = w.entities.get(c.entity);
  if (!e) return;
  e.type = c.type;
  if (c.subtype) e.subtype = c.subtype;
  else delete e.subtype;
}

function moveEnds(w: Working, from: string, to: string): void {
  w.relations = w.relations.map((r) =>
    r.source === from || r.target === from
      ? curatedRelation(r, r.source === from ? to : r.source, r.target === from ? to : r.target)
      : r,
  );
}

function merge(w: Working, c: CurationOf<'merge'>): void {
  const a = w.entities.get(c.entity);
  if (!a) return;
  const b = w.entities.get(c.into);
  w.entities.delete(c.entity);
  if (b) {
    b.aliases = uniq([...b.aliases, a.name_zh, ...a.aliases], b.name_zh);
    b.facts = [...b.facts, ...a.facts];
  } else {
    const t = c.target;
    const moved: BatchEntity = {
      ...a,
      id: c.into,
      type: t.type,
      name_zh: t.name_zh,
      name_en: t.name_en,
      aliases: uniq([...a.aliases, a.name_zh], t.name_zh),
    };
    if (t.subtype) moved.subtype = t.subtype;
    else delete moved.subtype;
    w.entities.set(c.into, moved);
  }
  for (const m of w.mentions) if (m.entity === c.entity) m.entity = c.into;
  moveEnds(w, c.entity, c.into);
}

function split(w: Working, c: CurationOf<'split'>): void {
  const e = w.entities.get(c.entity);
  if (!e) return;
  const names = new Set(c.aliases);
  e.aliases = e.aliases.filter((a) => !names.has(a));
  const moved = w.mentions.filter((m) => m.entity === c.entity && names.has(m.surface));
  if (moved.length === 0) return;
  const created: BatchEntity = {
    id: c.created,
    type: e.type,
    name_zh: c.name_zh,
    name_en: c.name_en ?? c.name_zh,
    aliases: uniq([...c.aliases], c.name_zh),
    facts: [],
    source: 'rule',
    rule: 'curation',
  };
  if (e.subtype) created.subtype = e.subtype;
  w.entities.set(c.created, created);
  for (const m of moved) m.entity = c.created;
  // A relation follows the moved names sentence by sentence: evidence that reads one of them goes to the new entity.
  const sentences = new Set(moved.map((m) => m.sentence));
  const out: BatchRelation[] = [];
  for (const r of w.relations) {
    if (r.source !== c.entity && r.target !== c.entity) {
      out.push(r);
      continue;
    }
    const movedEv = r.evidence.filter((ev) => sentences.has(ev.sentence));
    const keptEv = r.evidence.filter((ev) => !sentences.has(ev.sentence));
    if (keptEv.length > 0) out.push(movedEv.length > 0 ? { ...r, evidence: keptEv } : r);
    if (movedEv.length > 0) {
      const s = r.source === c.entity ? c.created : r.source;
      const t = r.target === c.entity ? c.created : r.target;
      out.push(curatedRelation(r, s, t, movedEv));
    }
  }
  w.relations = out;
}

function deleteEntity(w: Working, c: CurationOf<'delete_entity'>): void {
  if (!w.entities.delete(c.entity)) return;
  w.mentions = w.mentions.filter((m) => m.entity !== c.entity);
  w.relations = w.relations.filter((r) => r.source !== c.entity && r.target !== c.entity);
}

function stub(id: string, s: EntitySnapshot): BatchEntity {
  const e: BatchEntity = {
    id,
    type: s.type,
    name_zh: s.name_zh,
    name_en: s.name_en,
    aliases: [],
    facts: [],
    source: 'rule',
    rule: 'curation',
  };
  if (s.subtype) e.subtype = s.subtype;
  return e;
}

function addRelation(w: Working, c: CurationOf<'add_relation'>): void {
  const doc = w.batch.document;
  if (doc.id !== c.evidence.document || c.evidence.end > doc.text.length) return;
  // An end the document does not name joins its batch without mentions: a relation's ends are in its batch.
  if (!w.entities.has(c.source)) w.entities.set(c.source, stub(c.source, c.ends.source));
  if (!w.entities.has(c.target)) w.entities.set(c.target, stub(c.target, c.ends.target));
  const sentence = doc.sentences.findIndex((s) => s.start <= c.evidence.start && c.evidence.start < s.end);
  const span = sentence >= 0 ? doc.sentences[sentence] : c.evidence;
  const evidence: Evidence = {
    document: doc.id,
    sentence,
    text: doc.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    year: doc.year,
    rule: 'curation',
  };
  w.relations.push({
    id: c.relation,
    source: c.source,
    target: c.target,
    type: c.type,
    attributes: { [CURATED]: 'true', added: 'true' },
    evidence: [evidence],
  });
}

function step(w: Working, c: Curation): void {
  switch (c.action) {
    case 'rename':
      return rename(w, c);
    case 'retype':
      return retype(w, c);
    case 'merge':
      return merge(w, c);
    case 'split':
      return split(w, c);
    case 'delete_entity':
      return deleteEntity(w, c);
    case 'reject_relation':
      w.relations = w.relations.filter((r) => r.id !== c.relation);
      return;
    case 'confirm_relation':
      w.relations = w.relations.map((r) =>
        r.id === c.relation ? { ...r, attributes: { ...r.attributes, [CURATED]: 'true', confirmed: 'true' } } : r,
      );
      return;
    case 'add_relation':
      return addRelation(w, c);
    case 'undo':
      return;
  }
}

/**
 * Relations that became one (a merge joins A–x and B–x) are one with all their evidence; relations that became
 * impossible (a loop after a merge, a pair the ontology forbids after a retype, a deleted end) are dropped.
 */
function settle(w: Working): BatchRelation[] {
  // Grouped by what a relation is (its ends and type), so one moved onto an extracted one joins it.
  const byKey = new Map<string, BatchRelation[]>();
  for (const r of w.relations) {
    const s = w.entities.get(r.source);
    const t = w.entities.get(r.target);
    if (!s || !t || r.source === r.target || !relationAllowed(r.type, s.type, t.type)) continue;
    const key = `${r.source}|${r.type}|${r.target}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return [...byKey.values()].map((list) => {
    if (list.length === 1) return list[0];
    const seen = new Set<number>();
    const evidence = list
      .flatMap((r) => r.evidence)
      .filter((ev) => !seen.has(ev.sentence) && seen.add(ev.sentence))
      .sort((a, b) => a.sentence - b.sentence);
    return { ...list[0], attributes: { ...mergeAttributes(list) }, evidence };
  });
}

/** The batch as the curations in effect make it; the same object when none applies (no copy on an uncurated graph). */
export function curateBatch(batch: GraphBatch, log: readonly Curation[]): GraphBatch {
  const live = effectiveLog(log);
  if (live.length === 0) return batch;
  const w: Working = {
    batch,
    entities: new Map(batch.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases], facts: [...e.facts] }])),
    mentions: batch.mentions.map((m) => ({ ...m })),
    relations: [...batch.relations],
  };
  for (const c of live) step(w, c);
  const relations = settle(w);
  const entities = [...w.entities.values()];
  const mentions = w.mentions.filter((m) => w.entities.has(m.entity));
  return { ...batch, entities, mentions, relations };
}
