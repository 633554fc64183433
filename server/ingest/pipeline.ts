// documents → clean text → sentences → entities → relations and attributes → one GraphBatch per document.
import crypto from 'node:crypto';
import type { BatchEntity, DocumentMeta, Fact, GraphBatch, IndicatorPoint, Mention, Span } from '../model';
import type { PlaceSubtype } from '../ontology';
import { foldText } from '../text/fold';
import { Translator } from '../translate/translator';
import { batchRelations, mentionsBySentence, relationSentences } from './batchRelations';
import { documentFacts } from './documentFacts';
import { loadBuffer } from './load/loadFile';
import { extractIndicators } from './indicators/extract';
import { documentId, documentPeriods, guessTitle, guessYear, type ManifestEntry } from './metadata';
import { normalizeText } from './normalize';
import { Gazetteer } from '../lexicon/gazetteer';
import { recognize } from './recognize/recognize';
import { extractRelations } from './relations/extract';
import {
  entityId,
  identityKey,
  mergeProjectVariants,
  projectPhases,
  resolveEntities,
  type ResolvedEntity,
  type ResolvedMention,
} from './resolve';
import { documentRegion, ZONE_NAME, type DocumentRegion } from './region';
import { splitSentences } from './sentences';

export interface ExtractInput {
  buffer: Buffer;
  fileName: string;
  meta?: ManifestEntry;
}

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

/**
 * Mentions as stored. A name inside a longer name (太原 in 中车太原) is not a mention of its own: it is neither
 * counted nor highlighted, unless the document names that entity nowhere else (then the entity still needs its
 * document).
 */
function batchMentions(mentions: ResolvedMention[], entities: Map<string, ResolvedEntity>): Mention[] {
  const standalone = new Set(mentions.filter((m) => !m.nested).map((m) => m.entityKey));
  return mentions
    .filter((m) => !m.nested || !standalone.has(m.entityKey))
    .map((m) => ({
      entity: entities.get(m.entityKey)!.id,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      surface: m.surface,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Indicator points read against the year the document was published in (a work report of 2023 reviews 2022 and
 * plans 2023); the place a point is for is linked to the document's entity of that name when there is one.
 */
function documentIndicators(
  doc: DocumentMeta,
  src: { text: string; sentences: Span[]; region: DocumentRegion | null },
  entities: BatchEntity[],
): IndicatorPoint[] {
  const published = doc.published ? Number(/^(\d{4})/.exec(doc.published)?.[1]) || null : null;
  const placeIds = new Map<string, string>();
  for (const e of entities.filter((x) => x.type === 'Place'))
    for (const n of [e.name_zh, ...e.aliases]) if (!placeIds.has(n)) placeIds.set(n, e.id);
  return extractIndicators(src.text, src.sentences, {
    year: published ?? doc.year,
    title_zh: doc.title_zh,
    ...(doc.kind ? { kind: doc.kind } : {}),
    region: src.region,
  }).map((p) => (placeIds.has(p.place) ? { ...p, place_id: placeIds.get(p.place)! } : p));
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
    const text = normalizeText(raw).text;
    const folded = foldText(text);
    const sentences = splitSentences(text);
    const doc = this.documentMeta(text, opts);
    const region = documentRegion(doc.title_zh, text);
    const gazetteer = this.gazetteer.forRegion(region);
    const analyses = recognize(folded, sentences, gazetteer, region);
    const { entities, mentions, corrections } = resolveEntities(analyses, text, gazetteer);
    const homeNames = region
      ? Object.values(region.byLevel).flatMap((p) => [p.name, ...(p.short ? [p.short] : [])])
      : [];
    mergeProjectVariants(entities, mentions, [...homeNames, '市', '省']);
    const home = region ? homeEntity(region, entities, gazetteer) : undefined;
    const bySentence = mentionsBySentence(mentions, entities);
    const found = extractRelations(
      relationSentences(analyses, folded, bySentence),
      home
        ? {
            key: home.key,
            type: home.type,
            ...(home.subtype ? { subtype: home.subtype } : {}),
            ...(home.gaz?.code ? { code: home.gaz.code } : {}),
          }
        : null,
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
    const relations = batchRelations(found, entities, { meta: doc, text, sentences });
    const facts = documentFacts({ analyses, bySentence, text, folded, document: doc }, entities, corrections);
    const batchEntities: BatchEntity[] = [...entities.values()]
      .map((e) => this.toBatchEntity(e, facts.get(e.key) ?? []))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      document: {
        ...doc,
        text,
        sha256: opts.sha256 ?? crypto.createHash('sha256').update(raw).digest('hex'),
        sentences,
      },
      entities: batchEntities,
      mentions: batchMentions(mentions, entities),
      relations,
      indicators: documentIndicators(doc, { text, sentences, region }, batchEntities),
    };
  }

  private documentMeta(text: string, opts: { fileName: string; meta?: ManifestEntry }): DocumentMeta {
    const title_zh = opts.meta?.title_zh ?? guessTitle(text);
    const year = opts.meta?.year ?? guessYear(title_zh, text);
    return {
      id: documentId(opts.fileName),
      file: opts.fileName.split(/[\\/]/).pop() ?? opts.fileName,
      title_zh,
      title_en: opts.meta?.title_en ?? (title_zh ? this.translator.translate(title_zh) : ''),
      year,
      ...(opts.meta?.kind ? { kind: opts.meta.kind } : {}),
      ...(opts.meta?.published ? { published: opts.meta.published } : {}),
      ...periods(opts.meta, year, title_zh, text),
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
}
