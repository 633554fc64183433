// References relative to the document: 全省, 我市, 本区 name the document's own province, city or district;
// 省委, 市政府 its Party committee and government. Resolved from the document's region, never from a fixed entry.
import type { PlaceSubtype } from '../../ontology';
import { ZONE_HEADS, ZONE_NAME, type DocumentRegion } from '../region';
import type { Candidate, SentenceContext } from './candidates';
import type { Gazetteer } from '../../lexicon/gazetteer';

type Level = '省' | '市' | '县' | '区';

/** 中共河南省委 for a province (as the Party writes it), 太原市委 below. */
export function partyCommitteeName(level: Level, place: { name: string; short?: string }): string {
  return level === '省' ? `中共${place.short ?? place.name}省委` : `${place.name}委`;
}

export function governmentName(place: { name: string }): string {
  return `${place.name}人民政府`;
}

const PATTERN =
  /(?:全|我|本)([省市县区])(?![场域级])|([省市县区])(委|人民政府|政府)(?![\u4e00-\u9fff]{0,1}(?:书记|常委|副))/g;

const SUBTYPE: Record<Level, PlaceSubtype> = { 省: 'province', 市: 'city', 县: 'county', 区: 'district' };
/** A zone's report calls the zone by its kind at the head of a clause (园区实现地区生产总值…, 开发区新增企业…). */
const ZONE_SUBJECT = new RegExp(
  `(?:^|[，,。；;：:])(${ZONE_HEADS.join('|')})(?=实现|完成|累计|新增|引进|坚持|加快|全年|全面|经济|生产总值|地区生产总值|财政)`,
  'g',
);

function placeCandidate(start: number, end: number, place: { name: string }, level: Level, gaz: Gazetteer): Candidate {
  const entry = gaz.lookup(place.name);
  const subtype = level === '区' && ZONE_NAME.test(place.name) ? 'zone' : SUBTYPE[level];
  return {
    start,
    end,
    type: 'Place',
    subtype: entry?.subtype ?? subtype,
    name: place.name,
    rule: 'relative:place',
    score: 2.8,
    ...(entry ? { gaz: entry } : {}),
  };
}

export function relativeReferences(ctx: SentenceContext, region: DocumentRegion | null, gaz: Gazetteer): Candidate[] {
  if (!region) return [];
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  const zone = region.byLevel['区'];
  if (zone && ZONE_NAME.test(zone.name)) {
    for (const m of s.matchAll(ZONE_SUBJECT)) {
      const start = ctx.start + m.index + m[0].length - m[1].length;
      out.push(placeCandidate(start, start + m[1].length, zone, '区', gaz));
    }
  }
  for (const m of s.matchAll(PATTERN)) {
    const level = (m[1] ?? m[2]) as Level;
    const place = region.byLevel[level];
    if (!place) continue;
    // 省市县, 省市区: a list of levels, not a reference.
    const prev = s[m.index - 1] ?? '';
    if (m[2] && /[省市县区]/.test(prev)) continue;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    if (m[1]) out.push(placeCandidate(start, end, place, level, gaz));
    else {
      const name = m[3] === '委' ? partyCommitteeName(level, place) : governmentName(place);
      out.push({ start, end, type: 'Organization', name, rule: 'relative:body', score: 2.8 });
    }
  }
  return out;
}
