// The candidates a name read from its head gives: the name, its unqualified base, and the names nested in it.
import type { Candidate } from '../candidates';
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

/** Names inside this name (the company inside its project's name; the zone inside a park's name). */
function nestedNames(s: Span): Candidate[] {
  const { tokens, start, k } = s;
  const out: Candidate[] = [];
  for (let m = s.firstTok; m < k; m++) {
    const t = tokens[m];
    if (t.end <= start + 1) continue;
    const inner = suffixRuleAt(s.ctx.folded, t.end, start);
    if (!inner || inner.type === 'Policy' || inner.type === 'Industry') continue;
    if (inner.subtype && ADMIN.has(inner.subtype)) continue;
    if (t.end - start - inner.suffix.length < Math.max(2, inner.minPrefix)) continue;
    if (!NESTED_HEADS.has(inner.suffix)) continue;
    out.push({
      start,
      end: t.end,
      type: inner.type,
      ...(inner.subtype ? { subtype: inner.subtype } : {}),
      rule: `nested:${inner.suffix}`,
      score: 1.5,
      nested: true,
    });
  }
  return out;
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
  return [...out, ...nestedNames(s)];
}
