// The candidates a name read from its head gives: the name, its unqualified base, and the names nested in it.
import type { Candidate } from '../candidates';
import { GENERIC_PARTS } from '../lexicon';
import { suffixRuleAt } from './rules';
import type { Span } from './span';
import { ADMIN, type Typed } from './typing';

/** Heads whose names stand on their own inside a longer name. */
const NESTED_HEADS = new Set([
  '公司',
  '集团',
  '有限公司',
  '股份有限公司',
  '医院',
  '示范区',
  '经济区',
  '开发区',
  '高新区',
  '大学',
  '研究院',
  '中心',
  '实验室',
]);

/** Zone heads that name a park or port area inside a longer name, after a place (连云港徐圩港区疏港航道). */
const NESTED_ZONES = new Set([
  '港区',
  '园区',
  '工业园区',
  '产业园区',
  '工业园',
  '产业园',
  '开发区',
  '高新区',
  '示范区',
]);
const AREAS_OF_PLACE = new Set(['港区', '开发区', '高新区', '综保区']);

/** A name inside this one from `from` to the end of token m, or null. */
function nestedAt(s: Span, from: number, m: number, heads: Set<string>): Candidate | null {
  const t = s.tokens[m];
  if (t.end <= from + 1) return null;
  const inner = suffixRuleAt(s.ctx.folded, t.end, from);
  if (!inner || inner.type === 'Policy' || inner.type === 'Industry') return null;
  if (inner.subtype && ADMIN.has(inner.subtype)) return null;
  if (t.end - from - inner.suffix.length < Math.max(2, inner.minPrefix)) return null;
  if (!heads.has(inner.suffix)) return null;
  const subtype = inner.subtype ? { subtype: inner.subtype } : {};
  return {
    start: from,
    end: t.end,
    type: inner.type,
    ...subtype,
    rule: `nested:${inner.suffix}`,
    score: 1.5,
    nested: true,
  };
}

/**
 * Names inside this name: the company inside its project's name, the zone inside a park's name (from the start), and
 * a park or port area written after the place or zone that holds it (山西综改示范区阳曲工业园区, 连云港徐圩港区…).
 */
function nestedNames(s: Span): Candidate[] {
  const { tokens, start, k } = s;
  const out: Candidate[] = [];
  for (let m = s.firstTok; m < k; m++) {
    const c = nestedAt(s, start, m, NESTED_HEADS);
    if (c) out.push(c);
  }
  // After a place (连云港徐圩港区): only an area of the place, not a park named after it (山西信创产业园 is one name);
  // after a zone (…示范区阳曲工业园区): any park or area inside it.
  const first = tokens[s.firstTok];
  const froms: { at: number; heads: Set<string> }[] = [
    ...(first && ['ns', 'nr', 'j'].includes(first.t) && first.w.length >= 2 && first.start === start
      ? [{ at: first.end, heads: AREAS_OF_PLACE }]
      : []),
    ...out.filter((c) => c.type === 'Place').map((c) => ({ at: c.end, heads: NESTED_ZONES })),
  ];
  for (let m = s.firstTok; m <= k; m++) {
    // The nearest place before the head is the one that holds it.
    const from = froms.filter((f) => f.at < tokens[m].end - 2).sort((a, b) => b.at - a.at)[0];
    const c = from ? nestedAt(s, from.at, m, from.heads) : null;
    // …an area after a place is named by a proper word of its own (徐圩港区), not by a kind.
    const own = tokens.filter((t) => c && t.start >= c.start && t.end <= c.end);
    const proper = own.some((t) => ['ns', 'nr', 'nz', 'j', 'x'].includes(t.t) && /^[\u4e00-\u9fff]{2,}$/.test(t.w));
    if (c && (from.heads === NESTED_ZONES || proper)) out.push({ ...c, type: 'Place', subtype: 'zone' });
  }
  return out;
}

/** 北辰智造全球总部, 青禾机器人华北总部: the firm whose headquarters is being built names itself first. */
function headquartered(s: Span): Candidate[] {
  if (s.rule.suffix !== '总部') return [];
  const m = /^(.{2,10}?)(?:全球|全国|中国|亚太|国际|区域|华北|华东|华南|华中|西北|西南|东北|北方|南方)?总部$/.exec(
    s.core,
  );
  const firm = m?.[1];
  if (!firm || !s.specific || /[省市县区]$/.test(firm) || GENERIC_PARTS.has(firm)) return [];
  // 区域总部基地, 总部经济区: a kind of site for headquarters, not one firm's.
  if (/^(?:基地|园|区|经济|大楼|楼宇|中心|集聚)/.test(s.ctx.folded.slice(s.end, s.end + 2))) return [];
  // Offsets from the text itself: the core has its quotes removed.
  if (s.ctx.folded.slice(s.start, s.end) !== s.core) return [];
  const start = s.start;
  return [{ start, end: start + firm.length, type: 'Company', rule: 'nested:总部', score: 1.5, nested: true }];
}

export function candidatesOf(s: Span, { type, subtype }: Typed): Candidate[] {
  const { start, end, core, rule } = s;
  const headEnd = s.tokens[s.k].end;
  const out: Candidate[] = [
    {
      start,
      end,
      type,
      ...(subtype ? { subtype } : {}),
      rule: `suffix:${rule.suffix}`,
      score: 2 + Math.min(core.length, 20) / 100,
    },
  ];
  // The unqualified name inside a qualified one: 太忻一体化经济区 inside 太忻一体化经济区(太原区).
  if (end > headEnd && headEnd - start >= 3)
    out.push({
      start,
      end: headEnd,
      type,
      ...(subtype ? { subtype } : {}),
      rule: 'qualified-base',
      score: 1.6,
      nested: true,
    });
  const nested = [...nestedNames(s), ...headquartered(s)];
  // 山西综改示范区阳曲工业园区: a zone written after the zone that holds it is two names, not one.
  const twoZones = type === 'Place' && subtype === 'zone' && nested.some((c) => c.start > start && c.end === end);
  return twoZones ? nested : [...out, ...nested];
}
