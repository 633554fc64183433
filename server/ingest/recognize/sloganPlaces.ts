// Campaigns named by a slogan word and a place.
import type { Gazetteer } from '../../lexicon/gazetteer';
import type { Candidate, SentenceContext } from './candidates';

/** 平安太原, 美丽山西, 数字太原: a campaign named by a slogan word and a place. */
export function sloganPlaces(ctx: SentenceContext, gaz: Gazetteer): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(
    /(平安|美丽|健康|数字|智慧|法治|幸福|文明|活力|书香|品质|人文|诚信|绿色|韧性)([\u4e00-\u9fff]{2,3})/g,
  )) {
    const place = [m[2], m[2].slice(0, 2)]
      .map((p) => gaz.lookup(p))
      .find(
        (e) => e && e.type === 'Place' && (e.subtype === 'city' || e.subtype === 'province' || e.subtype === 'country'),
      );
    if (!place) continue;
    const placeLen = gaz.lookup(m[2]) ? m[2].length : 2;
    const at = ctx.start + m.index;
    out.push({ start: at, end: at + m[1].length + placeLen, type: 'Policy', rule: 'slogan+place', score: 2.7 });
  }
  return out;
}
