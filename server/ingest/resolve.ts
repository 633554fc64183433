// Resolution: mentions → one entity per real thing, with stable ids (a hash of the canonical key, the same on
// every machine and in every document), curated names first, aliases and short forms merged.
import crypto from 'node:crypto';
import type { EntityType, PlaceSubtype } from '../ontology';
import { nameKey } from '../text/fold';
import type { Candidate } from './recognize/candidates';
import type { GazEntry, Gazetteer } from '../lexicon/gazetteer';
import type { SentenceAnalysis } from './recognize/recognize';
import { CorrectionIndex } from './corrections';

export interface ResolvedMention {
  entityKey: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  nested: boolean;
  rule: string;
}

export interface ResolvedEntity {
  key: string;
  id: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  aliases: Set<string>;
  gaz?: GazEntry;
  rule: string;
  score: number;
}

/** Per gazetteer (each region has its own), built on first use: the names a misprint may stand for. */
const gazetteerCorrections = new WeakMap<Gazetteer, CorrectionIndex>();

/** Curated entries, companies and the places down to counties, not townships. */
function correctionIndexOf(gaz: Gazetteer): CorrectionIndex {
  let index = gazetteerCorrections.get(gaz);
  if (!index) {
    index = new CorrectionIndex(
      gaz.entries
        .filter((e) => e.subtype !== 'town')
        .flatMap((e) => [e.name_zh, ...e.aliases].map((name) => ({ name, type: e.type }))),
    );
    gazetteerCorrections.set(gaz, index);
  }
  return index;
}

const QUOTES = /[“”‘’"'「」『』\s]/g;
const COMPANY_TAIL = /(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司|厂)$/;
const POLICY_TAIL = /(?:战略|行动|倡议|规划|计划|工程)$/;
/** Generic words around a known name that do not make another thing (国家“一带一路”倡议, 高端装备制造产业). */
const GENERIC_WRAP: Partial<Record<EntityType, { head: RegExp; tail: RegExp }>> = {
  Policy: { head: /^(?:国家|国家级|全国|省|市)/, tail: POLICY_TAIL },
  Industry: { head: /^(?:全市|全省)/, tail: /(?:产业|行业|领域|产业链)$/ },
};

function knownCore(name: string, type: EntityType, gaz: Gazetteer): GazEntry | undefined {
  const wrap = GENERIC_WRAP[type];
  if (!wrap) return undefined;
  const forms = new Set([
    name.replace(wrap.tail, ''),
    name.replace(wrap.head, ''),
    name.replace(wrap.head, '').replace(wrap.tail, ''),
  ]);
  forms.delete(name);
  for (const f of forms) {
    const e = f.length >= 2 ? gaz.lookup(f) : undefined;
    if (e?.type === type) return e;
  }
  return undefined;
}

export function entityId(key: string): string {
  return `e${crypto.createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

/** The display form of a name: NFKC (half-width brackets and digits), no quotes or spaces. */
export function cleanName(name: string): string {
  return (
    name
      .normalize('NFKC')
      .replace(QUOTES, '')
      // A glossary note is not part of a name (X(指…)), and a name never ends in an open bracket (南珠().
      .replace(/\((?:指|即|简称|以下简称)[^)]*(?:\)|$)/g, '')
      .replace(/\($/, '')
  );
}

/** Key used for identity: folded name; companies without their legal-form tail (美特好集团 = 美特好); 省政府 = 省人民政府. */
export function identityKey(name: string, type: EntityType): string {
  const key = nameKey(name);
  if (type === 'Company') {
    const stem = key.replace(COMPANY_TAIL, '');
    if (stem.length >= 2 && stem !== key && !/[()]$/.test(stem)) return stem;
  }
  // 河南省政府 is 河南省人民政府: the government's short and full titles.
  if (type === 'Organization') return key.replace(/([省市县区州])政府$/, '$1人民政府');
  return key;
}

export interface Correction {
  /** The canonical name of the entity the misprint stands for. */
  name: string;
  /** The form as printed. */
  from: string;
  sentence: number;
}

const CORRECTABLE = new Set<EntityType>(['Company', 'Place', 'Organization', 'Project', 'Event']);

/** A recognised mention waiting to be resolved: its candidate, sentence, text as printed and clean name. */
interface Pending {
  c: Candidate;
  sentence: number;
  surface: string;
  name: string;
}

/** The entity a mention stands for: name, type and subtype, and the gazetteer entry when one is known. */
interface Identity {
  entry?: GazEntry;
  name: string;
  type: EntityType;
  subtype?: PlaceSubtype;
}

export function resolveEntities(
  analyses: SentenceAnalysis[],
  displayText: string,
  gaz: Gazetteer,
): { entities: Map<string, ResolvedEntity>; mentions: ResolvedMention[]; corrections: Correction[] } {
  const entities = new Map<string, ResolvedEntity>();
  const mentions: ResolvedMention[] = [];
  const corrections: Correction[] = [];
  const pending: Pending[] = [];
  for (const a of analyses) {
    for (const c of a.mentions) {
      const surface = displayText.slice(c.start, c.end);
      pending.push({ c, sentence: a.index, surface, name: cleanName(c.name ?? surface) });
    }
  }
  // Names in this document, to merge short and long policy forms (X发展战略 = X发展 when both are known).
  const known = new Set(pending.map((p) => nameKey(p.name)));
  for (const p of pending) {
    const key = addMention(entities, p, identify(p, gaz, known, corrections));
    mentions.push({
      entityKey: key,
      sentence: p.sentence,
      start: p.c.start,
      end: p.c.end,
      surface: p.surface,
      nested: !!p.c.nested,
      rule: p.c.rule,
    });
  }
  correctWithinDocument(entities, mentions, corrections);
  for (const e of entities.values()) {
    if (e.type !== 'Place') delete e.subtype;
    else if (!e.subtype) e.subtype = 'site';
    e.aliases.delete(e.name_zh);
  }
  return { entities, mentions, corrections };
}

function identify(p: Pending, gaz: Gazetteer, known: Set<string>, corrections: Correction[]): Identity {
  const { c } = p;
  let entry =
    c.gaz ?? gaz.lookup(p.name) ?? (c.rule.startsWith('enumeration') ? gaz.lookupInContext(p.name, c.type) : undefined);
  let name = p.name;
  const type = c.type;
  if (!entry) entry = knownCore(name, type, gaz);
  // 天门, 仙桃 typed as places by their siblings: the division whose name they shorten.
  if (!entry && type === 'Place' && /^[\u4e00-\u9fff]{2,4}$/.test(name)) {
    entry = ['市', '县', '区'].map((s) => gaz.lookup(name + s)).find((e) => e?.type === 'Place');
  }
  if (!entry && type === 'Policy' && POLICY_TAIL.test(name)) {
    const stem = name.replace(POLICY_TAIL, '');
    if (stem.length >= 4 && known.has(nameKey(stem))) name = stem;
  }
  // 大钢 for 太钢: a misprint of a known name, one character alike in shape or sound.
  if (!entry && CORRECTABLE.has(type) && !c.nested) {
    const corrected = correctionIndexOf(gaz).correct(name, type);
    const found = corrected ? gaz.lookup(corrected) : undefined;
    if (found) {
      corrections.push({ name: found.name_zh, from: p.surface, sentence: p.sentence });
      entry = found;
    }
  }
  if (entry) return { entry, name: entry.name_zh, type: entry.type, subtype: entry.subtype };
  return { name, type, subtype: c.subtype };
}

/** The mention's entity, made or updated (stronger evidence decides the type, the longest form is the name). */
function addMention(entities: Map<string, ResolvedEntity>, p: Pending, id: Identity): string {
  const { entry, name, type, subtype } = id;
  const key = identityKey(name, type);
  let e = entities.get(key);
  if (!e) {
    e = {
      key,
      id: entityId(key),
      type,
      ...(subtype ? { subtype } : {}),
      name_zh: name,
      aliases: new Set(),
      ...(entry ? { gaz: entry } : {}),
      rule: entry ? 'gazetteer' : p.c.rule,
      score: p.c.nested ? p.c.score - 1 : p.c.score,
    };
    entities.set(key, e);
  } else if (!e.gaz && !p.c.nested && p.c.score > e.score) {
    e.type = type;
    if (subtype) e.subtype = subtype;
    else delete e.subtype;
    e.rule = p.c.rule;
    e.score = p.c.score;
  }
  if (!e.gaz && name.length > e.name_zh.length) {
    e.aliases.add(e.name_zh);
    e.name_zh = name;
  }
  const forms = p.c.rule === 'ellipsis' ? [p.name] : [p.name, p.surface.replace(/\s+/g, '')];
  for (const form of forms) if (form !== e.name_zh) e.aliases.add(form);
  return key;
}

/** What a project's name says beyond the thing itself: the kind of works, 轨道交通 for 地铁. */
const WORKS_TAIL = /(?:改扩建工程|改扩建项目|扩建工程|改造工程|建设工程|建设项目|工程|项目)$/;

function projectVariantKey(name: string, prefixes: string[]): string {
  let key = nameKey(name).replace(/^(?:城市)?轨道交通/, '地铁');
  for (const p of prefixes) if (key.startsWith(p) && key.length - p.length >= 4) key = key.slice(p.length);
  key = key.replace(/^(?:城市)?轨道交通/, '地铁');
  const stem = key.replace(WORKS_TAIL, '');
  return stem.length >= 4 ? stem : key;
}

/**
 * One entity per project: 太原地铁1号线, 地铁1号线 and 轨道交通1号线; 武宿机场三期 and 武宿机场三期改扩建工程. The fullest form
 * is the name, the others aliases (phases stay apart: 一期 and 二期 are different works).
 */
export function mergeProjectVariants(
  entities: Map<string, ResolvedEntity>,
  mentions: ResolvedMention[],
  homeNames: string[],
): void {
  const prefixes = [...new Set(homeNames.map(nameKey))].sort((a, b) => b.length - a.length);
  const groups = new Map<string, ResolvedEntity[]>();
  for (const e of entities.values()) {
    if (e.type !== 'Project' || e.gaz) continue;
    const k = projectVariantKey(e.name_zh, prefixes);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [keep, ...rest] = [...group].sort((a, b) => b.name_zh.length - a.name_zh.length || (a.key < b.key ? -1 : 1));
    for (const e of rest) {
      keep.aliases.add(e.name_zh);
      for (const a of e.aliases) keep.aliases.add(a);
      for (const m of mentions) if (m.entityKey === e.key) m.entityKey = keep.key;
      entities.delete(e.key);
    }
  }
}

const PHASE = /(?:[一二三四五六七八九十]|[0-9]+)期(?:工程|项目)?$/;

/** 轨道交通1号线二期 is part of 太原地铁1号线: a phase and the works it is a phase of, both named in the document. */
export function projectPhases(
  entities: Map<string, ResolvedEntity>,
  mentions: ResolvedMention[],
  homeNames: string[],
): { phase: string; of: string; sentence: number }[] {
  const prefixes = [...new Set(homeNames.map(nameKey))].sort((a, b) => b.length - a.length);
  const projects = [...entities.values()].filter((e) => e.type === 'Project');
  const byKey = new Map(projects.map((e) => [projectVariantKey(e.name_zh, prefixes), e]));
  const out: { phase: string; of: string; sentence: number }[] = [];
  for (const e of projects) {
    if (!PHASE.test(e.name_zh)) continue;
    const base = byKey.get(projectVariantKey(e.name_zh.replace(PHASE, ''), prefixes));
    const first = mentions.find((m) => m.entityKey === e.key);
    if (base && base.key !== e.key && first) out.push({ phase: e.key, of: base.key, sentence: first.sentence });
  }
  return out;
}

/** A name met once that is a misprint of a name the document uses more often (井州饭店 beside 并州饭店). */
function correctWithinDocument(
  entities: Map<string, ResolvedEntity>,
  mentions: ResolvedMention[],
  corrections: Correction[],
): void {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.entityKey, (count.get(m.entityKey) ?? 0) + 1);
  const frequent = [...entities.values()].filter((e) => (count.get(e.key) ?? 0) >= 2 && CORRECTABLE.has(e.type));
  if (frequent.length === 0) return;
  const index = new CorrectionIndex(
    frequent.map((e) => ({ name: e.name_zh, type: e.type })),
    true,
  );
  const byName = new Map(frequent.map((e) => [e.name_zh, e]));
  for (const e of [...entities.values()]) {
    if (e.gaz || (count.get(e.key) ?? 0) !== 1 || !CORRECTABLE.has(e.type)) continue;
    const target = byName.get(index.correct(e.name_zh, e.type) ?? '');
    if (!target || target.key === e.key) continue;
    const m = mentions.find((x) => x.entityKey === e.key)!;
    m.entityKey = target.key;
    target.aliases.add(e.name_zh);
    for (const a of e.aliases) target.aliases.add(a);
    corrections.push({ name: target.name_zh, from: e.name_zh, sentence: m.sentence });
    entities.delete(e.key);
  }
}
