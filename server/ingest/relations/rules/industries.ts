// 以A、B、C为龙头的X产业: the leading companies are in the industry.
import { relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

export const leadersOfIndustry: RelationRule = {
  name: 'leaders-of-industry',
  reads: '以A、B为龙头的X产业: each company item is in the industry that follows',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const e of s.enumerations) {
      if (e.type !== 'Company') continue;
      const tail = s.text.slice(e.end - s.start, e.end - s.start + 16);
      if (!/^(?:为)?(?:龙头|代表|主导|核心)?(?:企业)?的?/.test(tail)) continue;
      const industry = top.find((m) => m.type === 'Industry' && m.start >= e.end && m.start <= e.end + 8);
      if (!industry) continue;
      for (const it of e.items) {
        const item = top.find((m) => m.start === it.start && m.end === it.end && m.type === 'Company');
        if (item) out.push(...relation(item, industry, 'IN_INDUSTRY', s.index, this.name));
      }
    }
    return out;
  },
};
