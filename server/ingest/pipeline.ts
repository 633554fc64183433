// documents → clean text → sentences → entities → relations and attributes → one GraphBatch per document.
import crypto from 'node:crypto';
import type { BatchEntity, BatchRelation, DocumentMeta, Evidence, Fact, GraphBatch, Mention } from '../model';
import { SYMMETRIC_RELATIONS, type PlaceSubtype } from '../ontology';
import { relationId } from '../ids';
import { foldText } from '../text/fold';
import { Translator } from '../translate/translator';
import { sentenceFacts } from './attributes';
import { loadBuffer } from './load/loadFile';
import { extractIndicators } from './indicators/extract';
import { documentId, documentPeriods, guessTitle, guessYear, type ManifestEntry } from './metadata';
import { normalizeText } from './normalize';
import { Gazetteer } from '../lexicon/gazetteer';
import { recognize } from './recognize/recognize';
import { extractRelations, type RMention, type RSentence } from './relations/extract';
import {
  entityId,
  identityKey,
  mergeProjectVariants,
  projectPhases,
  resolveEntities,
  type ResolvedEntity,
} from './resolve';
import { documentRegion, ZONE_NAME, type DocumentRegion } from './region';
import { splitSentences } from './sentences';

export interface ExtractInput {
  buffer: Buffer;
  fileName: string;
  meta?: ManifestEntry;
}

const ADMIN: (PlaceSubtype | undefined)[] = ['city', 'province', 'county', 'district'];

const LEVEL_SUBTYPE: Record<DocumentRegion['home']['level'], PlaceSubtype> = {
  省: 'province',
  市: 'city',
  县: 'county',
  区: 'district',
};

/** The document's own place, as an entity even when the text never names it (a report's "we"). */
function homeEntity(region: DocumentRegion, entities: Map<string, ResolvedEntity>, gaz: Gazetteer): ResolvedEntity {
  const named = [...entities.values()].find((e) => e.name_zh === region.home.name);
  if (named) return named;
  const entry = gaz.lookup(region.home.name);
  const name = entry?.name_zh ?? region.home.name;
  const key = identityKey(name, 'Place');
  const e: ResolvedEntity = {
    key,
    id: entityId(key),
    type: 'Place',
    subtype: entry?.subtype ?? (ZONE_NAME.test(name) ? 'zone' : LEVEL_SUBTYPE[region.home.level]),
    name_zh: name,
    aliases: new Set(),
    ...(entry ? { gaz: entry } : {}),
    rule: 'document-region',
    score: 0,
  };
  entities.set(key, e);
  return e;
}

/** The manifest's periods, else those the text implies. */
function periods(meta: ManifestEntry | undefined, year: number | null, title: string, text: string) {
  const inferred = documentPeriods(year, title, text);
  const covers = meta?.covers_year ?? inferred.covers_year;
  const plans = meta?.plans_year ?? (meta?.covers_year !== undefined ? undefined : inferred.plans_year);
  return {
    ...(covers !== undefined ? { covers_year: covers } : {}),
    ...(plans !== undefined ? { plans_year: plans } : {}),
  };
}

export class Extractor {
  readonly gazetteer: Gazetteer;
  readonly translator: Translator;

  constructor(gazetteer = Gazetteer.load()) {
    this.gazetteer = gazetteer;
    this.translator = new Translator(gazetteer);
  }

  async extractFile(input: ExtractInput): Promise<GraphBatch> {
    const loaded = await loadBuffer(input.buffer, input.fileName);
    const sha256 = crypto.createHash('sha256').update(input.buffer).digest('hex');
    return this.extractText(loaded.text, { fileName: input.fileName, meta: input.meta, sha256 });
  }

  extractText(raw: string, opts: { fileName: string; meta?: ManifestEntry; sha256?: string }): GraphBatch {
    const clean = normalizeText(raw);
    const text = clean.text;
    const folded = foldText(text);
    const sentences = splitSentences(text);
    const title_zh = opts.meta?.title_zh ?? guessTitle(text);
    const year = opts.meta?.year ?? guessYear(title_zh, text);
    const doc: DocumentMeta = {
      id: documentId(opts.fileName),
      file: opts.fileName.split(/[\\/]/).pop() ?? opts.fileName,
      title_zh,
      title_en: opts.meta?.title_en ?? (title_zh ? this.translator.translate(title_zh) : ''),
      year,
      ...(opts.meta?.kind ? { kind: opts.meta.kind } : {}),
      ...(opts.meta?.published ? { published: opts.meta.published } : {}),
      ...periods(opts.meta, year, title_zh, text),
    };
    const region = documentRegion(title_zh, text);
    const gazetteer = this.gazetteer.forRegion(region);
    const analyses = recognize(folded, sentences, gazetteer, region);
    const { entities, mentions, corrections } = resolveEntities(analyses, text, gazetteer);
    const homeNames = region
      ? Object.values(region.byLevel).flatMap((p) => [p.name, ...(p.short ? [p.short] : [])])
      : [];
    mergeProjectVariants(entities, mentions, [...homeNames, '市', '省']);
    const home = region ? homeEntity(region, entities, gazetteer) : undefined;

    // Relations.
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
        start: m.start,
        end: m.end,
        nested: m.nested,
        rule: m.rule,
      });
      bySentence.set(m.sentence, list);
    }
    const rsentences: RSentence[] = analyses.map((a) => ({
      index: a.index,
      start: a.span.start,
      end: a.span.end,
      text: folded.slice(a.span.start, a.span.end),
      mentions: bySentence.get(a.index) ?? [],
      enumerations: a.enumerations,
    }));
    const found = extractRelations(
      rsentences,
      home ? { key: home.key, type: home.type, ...(home.subtype ? { subtype: home.subtype } : {}) } : null,
    );
    // Phases of works named in the document are part of them (the phase's name holds the works' name).
    for (const p of projectPhases(entities, mentions, homeNames)) {
      found.push({
        source: p.phase,
        target: p.of,
        type: 'PART_OF',
        sentence: p.sentence,
        rule: 'phase-of',
        attributes: {},
      });
    }
    // The unnamed home place stays only if a relation needs it.
    if (home?.rule === 'document-region' && !found.some((r) => r.source === home.key || r.target === home.key)) {
      entities.delete(home.key);
    }
    const relations = new Map<string, BatchRelation>();
    for (const r of found) {
      const s = entities.get(r.source)!;
      const t = entities.get(r.target)!;
      let [src, tgt] = [s.id, t.id];
      if (SYMMETRIC_RELATIONS.has(r.type) && tgt < src) [src, tgt] = [tgt, src];
      const id = relationId(src, r.type, tgt);
      const span = sentences[r.sentence];
      const ev: Evidence = {
        document: doc.id,
        sentence: r.sentence,
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        year: doc.year,
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

    // Attributes.
    const facts = new Map<string, Fact[]>();
    for (const a of analyses) {
      const here = (bySentence.get(a.index) ?? []).filter((m) => !m.nested);
      for (const f of sentenceFacts(folded.slice(a.span.start, a.span.end), a.span.start, doc.year)) {
        const target = this.factTarget(f.kind, f.at, here, folded.slice(a.span.start, a.span.end), a.span.start);
        if (!target) continue;
        const list = facts.get(target.key) ?? [];
        list.push({
          kind: f.kind,
          value: f.value,
          ...(f.unit ? { unit: f.unit } : {}),
          ...(f.date ? { date: f.date } : {}),
          text: text.slice(f.at, f.at + f.text.length),
          document: doc.id,
          sentence: a.index,
        });
        facts.set(target.key, list);
      }
      for (const m of here.filter((x) => x.type === 'Person' && x.rule.startsWith('role:'))) {
        const role = m.rule.slice(5);
        const list = facts.get(m.key) ?? [];
        list.push({ kind: 'role', value: role, text: role, document: doc.id, sentence: a.index });
        facts.set(m.key, list);
      }
    }

    // A misprint resolved to a known entity is recorded on it, with the sentence it was read in.
    for (const c of corrections) {
      const e = [...entities.values()].find((x) => x.name_zh === c.name);
      if (!e) continue;
      const list = facts.get(e.key) ?? [];
      list.push({ kind: 'correction', value: c.from, text: c.from, document: doc.id, sentence: c.sentence });
      facts.set(e.key, list);
    }

    const batchEntities: BatchEntity[] = [...entities.values()]
      .map((e) => this.toBatchEntity(e, facts.get(e.key) ?? []))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    // A name inside a longer name (太原 in 中车太原) is not a mention of its own: it is neither counted nor
    // highlighted, unless the document names that entity nowhere else (then the entity still needs its document).
    const standalone = new Set(mentions.filter((m) => !m.nested).map((m) => m.entityKey));
    const batchMentions: Mention[] = mentions
      .filter((m) => !m.nested || !standalone.has(m.entityKey))
      .map((m) => ({
        entity: entities.get(m.entityKey)!.id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        surface: m.surface,
      }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // Indicator points read against the year the document was published in (a work report of 2023 reviews 2022 and
    // plans 2023); the place a point is for is linked to the document's entity of that name when there is one.
    const published = doc.published ? Number(/^(\d{4})/.exec(doc.published)?.[1]) || null : null;
    const placeIds = new Map<string, string>();
    for (const e of batchEntities.filter((x) => x.type === 'Place'))
      for (const n of [e.name_zh, ...e.aliases]) if (!placeIds.has(n)) placeIds.set(n, e.id);
    const indicators = extractIndicators(text, sentences, {
      year: published ?? doc.year,
      title_zh,
      ...(doc.kind ? { kind: doc.kind } : {}),
      region,
    }).map((p) => (placeIds.has(p.place) ? { ...p, place_id: placeIds.get(p.place)! } : p));
    return {
      document: {
        ...doc,
        text,
        sha256: opts.sha256 ?? crypto.createHash('sha256').update(raw).digest('hex'),
        sentences,
      },
      entities: batchEntities,
      mentions: batchMentions,
      relations: [...relations.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      indicators,
    };
  }

  private toBatchEntity(e: ResolvedEntity, facts: Fact[]): BatchEntity {
    return {
      id: e.id,
      type: e.type,
      ...(e.subtype ? { subtype: e.subtype } : {}),
      name_zh: e.name_zh,
      name_en: e.gaz?.name_en || this.translator.translate(e.name_zh, e.type),
      aliases: [...e.aliases].sort(),
      facts,
      source: e.gaz ? 'gazetteer' : 'rule',
      rule: e.rule,
    };
  }

  private factTarget(
    kind: Fact['kind'],
    at: number,
    mentions: RMention[],
    sentence: string,
    offset: number,
  ): RMention | undefined {
    const kinds = kind === 'status' ? ['Project', 'Company', 'Organization', 'Place', 'Event'] : ['Project', 'Company'];
    const cands = mentions.filter((m) => kinds.includes(m.type) && !(m.type === 'Place' && ADMIN.includes(m.subtype)));
    if (cands.length === 0) return undefined;
    const clauseOf = (i: number) => sentence.slice(0, i - offset).split(/[，,；;：:]/).length;
    const clause = clauseOf(at);
    if (kind === 'status') {
      // Projects and companies start, open and produce; a place in the clause is where, not what.
      for (const group of [['Project'], ['Company', 'Organization', 'Event'], ['Place']]) {
        const inGroup = cands.filter((m) => group.includes(m.type));
        const before = inGroup.filter((m) => m.end <= at);
        const sameClause = before.filter((m) => clauseOf(m.start) === clause);
        const pick =
          sameClause[sameClause.length - 1] ?? (group[0] === 'Project' ? before[before.length - 1] : undefined);
        if (pick) return pick;
      }
      return cands.find((m) => clauseOf(m.start) === clause);
    }
    // 总投资70亿元的X项目: the name that follows in the clause, else the nearest before.
    const after = cands.find((m) => m.start >= at && clauseOf(m.start) === clause);
    if (after) return after;
    const before = cands.filter((m) => m.end <= at);
    return before[before.length - 1] ?? cands[0];
  }
}
