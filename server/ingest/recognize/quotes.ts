// Names found from quotes and titles: quoted programmes and crafts, titled documents, elliptical coordination
// (省、市第十二次党代会).
import type { EntityType, PlaceSubtype } from '../../ontology';
import type { Candidate, SentenceContext } from './candidates';
import { suffixRuleAt, typeOfWorks } from './chunker';
import { ENUM_HEADS, FALSE_HEADS } from './lexicon';

const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['‘', '’'],
];
const POLICY_VERBS =
  /(实施|推进|开展|打造|建设|构建|围绕|落实|深化|启动|荣获|获批|入选|创建|争创|对接|融入|推行|锚定|聚焦|深入开展|推广|再现|践行|贯彻|坚持|做好|深入推进|全面推进|加快推进|探索|实行|提出|创新|用好|发布|出台|印发)$/;
const POLICY_AFTER =
  /^(称号|品牌|行动|工程|活动|战略|计划|改革|机制|体系|模式|理念|政策|试点|建设|目标|定位|布局|要求|部署|工作)/;

function quoteType(
  content: string,
  before: string,
  after: string,
): { type: EntityType; subtype?: PlaceSubtype; rule: string } | null {
  if (content.length < 2 || content.length > 24 || /[，。、；：！？,;:]/.test(content)) return null;
  const rule = suffixRuleAt(content, content.length, 0);
  // Quoted slogans end in 市 or 区 without naming a city (“品牌强市”): admin suffixes do not type a quote.
  // …nor do landmark heads (“断头路”, “地球家园” are slogans, not places).
  const admin =
    (rule?.type === 'Place' && ['province', 'city', 'county', 'district', 'town'].includes(rule.subtype ?? '')) ||
    FALSE_HEADS.has(content.slice(-2)) ||
    !!rule?.proper;
  if (rule && !admin && content.length - rule.suffix.length >= Math.max(1, rule.minPrefix)) {
    const type = rule.suffix === '工程' ? typeOfWorks(content, '工程') : rule.type;
    return { type, ...(type === 'Place' && rule.subtype ? { subtype: rule.subtype } : {}), rule: 'quote:suffix' };
  }
  const head = /^等\s*(?:[0-9一二三四五六七八九十百几多]+\s*[个项家所批类条])?\s*/.exec(after);
  if (head) {
    const rest = after.slice(head[0].length);
    for (const h of ENUM_HEADS)
      if (h.head.test(rest)) return { type: h.type, ...(h.subtype ? { subtype: h.subtype } : {}), rule: 'quote:enum' };
    if (/^(?:活动|行动)/.test(rest)) return { type: 'Policy', rule: 'quote:enum' };
  }
  // Numbered slogans (“三区三线”, “四好农村路”, “两个毫不动摇”) and slogans quoted side by side (“全代办”“全代建”)
  // name programmes.
  const numbered = /^[一二三四五六七八九十两双百千万]/.test(content) && /[\u4e00-\u9fff]{2}/.test(content);
  if (numbered && (content.length >= 3 || SLOGAN_NOUN.test(after))) {
    return { type: 'Policy', rule: 'quote:numbered' };
  }
  if (/^[“"]/.test(after) || /[”"]$/.test(before)) return { type: 'Policy', rule: 'quote:series' };
  if (content.length < 3) return null;
  if (POLICY_AFTER.test(after) || POLICY_VERBS.test(before)) return { type: 'Policy', rule: 'quote:context' };
  return null;
}

export function quotedNames(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const s = ctx.folded.slice(ctx.start, ctx.end);
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    while (true) {
      const a = s.indexOf(open, from);
      if (a < 0) break;
      const b = s.indexOf(close, a + 1);
      if (b < 0) break;
      from = b + 1;
      const content = s.slice(a + 1, b);
      const before = s.slice(Math.max(0, a - 6), a);
      const after = s.slice(b + 1, b + 16);
      // “奋斗者”号, “未来”号试验船: a named vessel or craft.
      const craft = /^号(?:[\u4e00-\u9fff]{0,3}(?:船|舰|卫星|飞船|探测器|列车))?/.exec(after);
      if (craft && content.length >= 2 && content.length <= 6) {
        const end = ctx.start + b + 1 + craft[0].length;
        out.push({ start: ctx.start + a, end, type: 'Project', rule: 'quote:craft', score: 2.6 });
        continue;
      }
      const typed = quoteType(content, before, after);
      if (!typed) continue;
      // “两山”理论, “九乱”整治, “三零”服务: the noun after a numbered slogan completes its name.
      const noun = typed.rule === 'quote:numbered' ? SLOGAN_NOUN.exec(after) : null;
      out.push({
        start: ctx.start + a,
        end: ctx.start + b + 1 + (noun ? noun[0].length : 0),
        type: typed.type,
        ...(typed.subtype ? { subtype: typed.subtype } : {}),
        rule: typed.rule,
        score: 2.4,
      });
    }
  }
  return out;
}

const SLOGAN_NOUN =
  /^(?:服务|整治|剥离|处置|理论|改革|行动|工程|模式|机制|活动|品牌|营商环境|试点|战略|计划|政策|体系|清单|工作法|专项行动)/;

/** A titled document is a policy when its title says what kind of document it is (规划, 方案, 条例, 意见 …). */
const DOCUMENT_KIND =
  /(?:规划|纲要|方案|条例|措施|建议|意见|决定|办法|计划|草案|细则|通知|规定|法|政策|指南|目录|清单|标准|行动|战略)(?:[(（]草案[)）])?$/;

/** 《四川省耕地林地园地空间治理“一张图”建设总体方案》: the document as a policy named by its title. */
export function titledDocuments(ctx: SentenceContext): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(/《([^《》]{4,80})》/g)) {
    if (!DOCUMENT_KIND.test(m[1])) continue; // 《哪吒2》, 《家里家外》: works of art, not documents.
    const at = ctx.start + m.index;
    out.push({ start: at, end: at + m[0].length, type: 'Policy', name: m[1], rule: 'titled-document', score: 3.2 });
  }
  return out;
}

/** 省、市第十二次党代会 → 省第十二次党代会 and 市第十二次党代会. */
export function ellipsis(ctx: SentenceContext): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(
    /([省市县区])、([省市县区])(第[一二三四五六七八九十百0-9]+次(?:党代会|党员代表大会|人代会|人民代表大会|全会|代表大会))/g,
  )) {
    const at = ctx.start + m.index;
    out.push({ start: at, end: at + m[0].length, type: 'Event', name: m[1] + m[3], rule: 'ellipsis', score: 2.6 });
    out.push({ start: at + 2, end: at + m[0].length, type: 'Event', rule: 'ellipsis', score: 2.6, nested: true });
  }
  return out;
}
