// Designations a place or firm receives: named after the verb that gives them.
import type { Candidate, SentenceContext } from './candidates';
import { DESIGNATION_BATCH, DESIGNATION_VERB } from './lexicon';

/** Designations a place or firm receives (入选…试点城市, 成为国家级旅游休闲街区, 培育高新技术企业): policies. */
const DESIGNATION_HEAD =
  /^(?:全国|国家级|国家|省级)[^，。、；：！？,;:（）()]{2,22}?(?:城市|示范市|示范县|示范区|试点|基地|街区|集聚区|景区|中心城市|重点城市|称号|品牌)(?:城市|县|区)?/;
const FIRM_DESIGNATION =
  /(?:国家级|省级)?(?:专精特新|“小巨人”|小巨人|高新技术|科技型|单项冠军|瞪羚|独角兽|“专精特新”)(?:中小)?企业/g;

export function designations(ctx: SentenceContext): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(new RegExp(DESIGNATION_VERB.source, 'g'))) {
    let from = m.index + m[0].length;
    const batch = DESIGNATION_BATCH.exec(s.slice(from));
    if (batch) from += batch[0].length;
    const h = DESIGNATION_HEAD.exec(s.slice(from));
    if (!h) continue;
    out.push({
      start: ctx.start + from,
      end: ctx.start + from + h[0].length,
      type: 'Policy',
      rule: 'designation',
      score: 3.1,
    });
  }
  for (const m of s.matchAll(FIRM_DESIGNATION)) {
    out.push({
      start: ctx.start + m.index,
      end: ctx.start + m.index + m[0].length,
      type: 'Policy',
      rule: 'designation',
      score: 3.1,
    });
  }
  return out;
}
