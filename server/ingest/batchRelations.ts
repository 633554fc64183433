// From resolved mentions to the relations of one document's batch: the mentions each sentence holds (for the
// relation rules and for facts), and the relations found, one per id, each with every sentence it was read in.
import type { BatchRelation, DocumentMeta, Evidence, Span } from '../model';
import { relationId } from '../ids';
import { SYMMETRIC_RELATIONS } from '../ontology';
import type { SentenceAnalysis } from './recognize/recognize';
import type { FoundRelation, RMention, RSentence } from './relations/extract';
import type { ResolvedEntity, ResolvedMention } from './resolve';

/** Each sentence's mentions, as the relation rules read them. */
export function mentionsBySentence(
  mentions: ResolvedMention[],
  entities: Map<string, ResolvedEntity>,
): Map<number, RMention[]> {
  const bySentence = new Map<number, RMention[]>();
  for (const m of mentions) {
    const e = entities.get(m.entityKey)!;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({
      key: e.key,
      type: e.type,
      ...(e.subtype ? { subtype: e.subtype } : {}),
      name: e.name_zh,
      ...(e.gaz?.parent ? { parent: e.gaz.parent } : {}),
      ...(e.gaz?.code ? { code: e.gaz.code } : {}),
      start: m.start,
      end: m.end,
      nested: m.nested,
      rule: m.rule,
    });
    bySentence.set(m.sentence, list);
  }
  return bySentence;
}

export function relationSentences(
  analyses: SentenceAnalysis[],
  folded: string,
  bySentence: Map<number, RMention[]>,
): RSentence[] {
  return analyses.map((a) => ({
    index: a.index,
    start: a.span.start,
    end: a.span.end,
    text: folded.slice(a.span.start, a.span.end),
    mentions: bySentence.get(a.index) ?? [],
    enumerations: a.enumerations,
  }));
}

/** One relation per id (symmetric ones with their ends in id order), with the evidence of every sentence. */
export function batchRelations(
  found: FoundRelation[],
  entities: Map<string, ResolvedEntity>,
  doc: { meta: DocumentMeta; text: string; sentences: Span[] },
): BatchRelation[] {
  const relations = new Map<string, BatchRelation>();
  for (const r of found) {
    let [src, tgt] = [entities.get(r.source)!.id, entities.get(r.target)!.id];
    if (SYMMETRIC_RELATIONS.has(r.type) && tgt < src) [src, tgt] = [tgt, src];
    const id = relationId(src, r.type, tgt);
    const span = doc.sentences[r.sentence];
    const ev: Evidence = {
      document: doc.meta.id,
      sentence: r.sentence,
      text: doc.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      year: doc.meta.year,
      rule: r.rule,
    };
    const existing = relations.get(id);
    // implicit: no evidence sentence names the source (the report's own government speaks).
    const attributes = { ...r.attributes, ...(r.implicit ? { implicit: 'true' } : {}) };
    if (!existing) relations.set(id, { id, source: src, target: tgt, type: r.type, attributes, evidence: [ev] });
    else {
      if (!existing.evidence.some((e) => e.sentence === ev.sentence)) existing.evidence.push(ev);
      for (const [k, v] of Object.entries(r.attributes)) existing.attributes[k] ??= v;
      if (!r.implicit) delete existing.attributes.implicit;
    }
  }
  return [...relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
