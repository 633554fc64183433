// References relative to the document: 全省, 我市, 本区 name the document's own province, city or district;
// 省委, 市政府 its Party committee and government. Resolved from the document's region, never from a fixed entry.
import type { DocumentRegion } from '../region';
import type { Candidate, SentenceContext } from './candidates';
import type { Gazetteer } from './gazetteer';

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

export function relativeReferences(ctx: SentenceContext, region: DocumentRegion | null, gaz: Gazetteer): Candidate[] {
  if (!region) return [];
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(PATTERN)) {
    const level = (m[1] ?? m[2]) as Level;
    const place = region.byLevel[level];
    if (!place) continue;
    // 省市县, 省市区: a list of levels, not a reference.
    const prev = s[m.index - 1] ?? '';
    if (m[2] && /[省市县区]/.test(prev)) continue;
    const start = ctx.start + m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const entry = gaz.lookup(place.name);
      out.push({
        start,
        end,
        type: 'Place',
        name: place.name,
        rule: 'relative:place',
        score: 2.8,
        ...(entry ? { gaz: entry } : {}),
      });
    } else {
      const name = m[3] === '委' ? partyCommitteeName(level, place) : governmentName(place);
      out.push({ start, end, type: 'Organization', name, rule: 'relative:body', score: 2.8 });
    }
  }
  return out;
}
