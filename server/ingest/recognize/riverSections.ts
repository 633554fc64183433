// Sections of rivers and canals named by the place they run through (汾河太原段, 长江干流江苏段).
import type { Gazetteer } from '../../lexicon/gazetteer';
import type { Candidate, SentenceContext } from './candidates';

/** A water body, then what part of it (干流), the place it runs through and 段. */
const SECTION =
  /([\u4e00-\u9fff]{1,4}?(?:河|江|运河))(干流|主河道)?([\u4e00-\u9fff]{2,4}?)(城区|城市|市区)?段(?![长落])/g;

/** 通州大运河城市段: the place first, then the river. */
const PLACE_FIRST = /([\u4e00-\u9fff]{2,3}?)([\u4e00-\u9fff]{1,3}?(?:河|江|运河))(城区|城市|市区)?段(?![长落])/y;

/** 汾河太原段, 长江干流江苏段, 通州大运河城市段: a known river or canal and a known place before 段. */
export function riverSections(ctx: SentenceContext, gaz: Gazetteer): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  // Most sentences name no section: skip the scan at every start below.
  if (!s.includes('段')) return [];
  const out: Candidate[] = [];
  for (const m of s.matchAll(SECTION)) {
    // The longest known water body ending where the match's river ends (黄河, not 河).
    const riverEnd = m.index + m[1].length;
    const from = [4, 3, 2].map((n) => riverEnd - n).find((a) => a >= 0 && isWater(gaz, s.slice(a, riverEnd)));
    if (from === undefined) continue;
    const place = gaz.lookup(m[3]);
    if (!place || place.type !== 'Place') continue;
    out.push({
      start: ctx.start + from,
      end: ctx.start + m.index + m[0].length,
      type: 'Place',
      subtype: 'region',
      rule: 'river-section',
      score: 2.6,
    });
  }
  // Tried at every start: a failed match must not hide one that begins inside it (优化通州大运河…).
  for (let i = 0; i < s.length; i++) {
    PLACE_FIRST.lastIndex = i;
    const m = PLACE_FIRST.exec(s);
    if (!m) continue;
    const place = gaz.lookup(m[1]);
    if (!place || place.type !== 'Place' || !isWater(gaz, m[2])) continue;
    const at = ctx.start + m.index;
    if (out.some((c) => c.start < at + m[0].length && at < c.end)) continue;
    out.push({ start: at, end: at + m[0].length, type: 'Place', subtype: 'region', rule: 'river-section', score: 2.6 });
  }
  return out;
}

function isWater(gaz: Gazetteer, name: string): boolean {
  const e = gaz.lookup(name);
  return !!e && e.type === 'Place' && /(?:河|江|运河)$/.test(name);
}
