// Names found from their context: quoted programmes, enumerations with a head noun, role + person,
// elliptical coordination (省、市第十二次党代会), slogan + place (平安太原), a name before a status verb.
import type { EntityType, PlaceSubtype } from '../../ontology';
import type { Candidate, SentenceContext } from './candidates';
import { isPunct, nameInternal, suffixRuleAt, typeOfWorks } from './chunker';
import type { Gazetteer } from '../../lexicon/gazetteer';
import {
  DESIGNATION_BATCH,
  DESIGNATION_VERB,
  ENUM_HEADS,
  FALSE_HEADS,
  GENERIC_PARTS,
  NAME_VERBS,
  nameAdverb,
  ROLES,
  STATUSES,
  STOP_WORDS,
  SUFFIXES,
  type SuffixRule,
} from './lexicon';
import { plainTagger } from '../../lexicon/tagger';
import type { Token } from './tokens';

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

/** Role + name: 市长张新伟, 太原市委书记韦韬. */
export function persons(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const s = ctx.folded;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const role = ROLES.find((r) => t.w.endsWith(r));
    if (!role || k + 1 >= tokens.length) continue;
    const n = tokens[k + 1];
    let end = -1;
    const unknownWord = n.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(n.w);
    if (((n.t === 'nr' || n.t === 'nrfg' || n.t === 'nrt') && n.w.length >= 2 && n.w.length <= 3) || unknownWord)
      end = n.end;
    else if ((n.t === 'nr' || n.t === 'nrfg') && n.w.length === 1 && k + 2 < tokens.length) {
      const m = tokens[k + 2];
      if (/^[\u4e00-\u9fff]{1,2}$/.test(m.w) && !STOP_WORDS.has(m.w) && m.t !== 'v' && m.t !== 'p') end = m.end;
    }
    if (end < 0 || end - n.start > 3) continue;
    out.push({ start: n.start, end, type: 'Person', rule: `role:${role}`, score: 2.5, name: s.slice(n.start, end) });
    // 临川市委书记: the word before 市委/市长 names the city even without its 市.
    const level =
      /^(省|市|县|区)(?:委|长|政府)/.exec(t.w.slice(t.w.length - role.length))?.[1] ?? /^(省|市|县|区)/.exec(t.w)?.[1];
    const prev = tokens[k - 1];
    const bare = t.w.length > role.length ? null : prev;
    if (
      level &&
      bare &&
      bare.start >= ctx.start &&
      (bare.t === 'ns' || (bare.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(bare.w)))
    ) {
      const subtype = ({ 省: 'province', 市: 'city', 县: 'county', 区: 'district' } as const)[
        level as '省' | '市' | '县' | '区'
      ];
      out.push({
        start: bare.start,
        end: bare.end,
        type: 'Place',
        subtype,
        name: bare.w + level,
        rule: 'role-place',
        score: 2.2,
      });
    }
  }
  return out;
}

export interface Enumeration {
  items: { start: number; end: number }[];
  type?: EntityType;
  subtype?: PlaceSubtype;
  /** The head's typing suffix that completes each item's name (实验室 in 紫金山、太湖等实验室). */
  suffix?: string;
  /** Typed by the status verb after it (等开工建设), not by a head noun. */
  byStatus?: boolean;
  /** Where the enumeration ends (the head noun, or the last item). */
  end: number;
}

const HEAD_SUFFIXES = SUFFIXES.filter((r) => r.suffix.length >= 2 && r.type !== 'Policy' && r.type !== 'Industry')
  .filter((r) => !(r.type === 'Place' && ['province', 'city', 'county', 'district', 'town'].includes(r.subtype ?? '')))
  .filter((r) => !['项目', '工程', '企业', '公司', '集团', '中心', '基地', '园区', '产业园', '平台'].includes(r.suffix))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** The typing suffix a head noun starts with (实验室建设 → 实验室). */
function headSuffix(rest: string): SuffixRule | undefined {
  // 长风、亲贤、柳巷等重点商圈: a describing word may stand before the head.
  const bare = rest.replace(/^(?:重点|特色|主要|知名|大型|国家级|省级|市级|核心|传统|新兴|历史文化)/, '');
  return HEAD_SUFFIXES.find((r) => bare.startsWith(r.suffix));
}

/** Construction statuses: what a project reaches, typing a list before them (等开工建设, 正式投用). */
const REACHED = '(?:开工|建成|投用|投产|投运|开通|通车|竣工|封顶|启用)';
/** …and, also ending a list's last item (环线交工), the handover of works. */
const ITEM_STATUS = new RegExp(`^(?:${REACHED}|交工|完工)`);
/** How it happened may stand between the name and its status (正式投用, 顺利完工). */
const STATUS_MANNER = ['正式', '全面', '顺利', '相继', '先后', '均', '已', '陆续', '如期', '提前'];
const STATUS_AFTER = new RegExp(`^(?:${STATUS_MANNER.join('|')})?${REACHED}`);
/** Listing on an exchange, which only a company does (成功上市, 在北交所上市, 挂牌上市). */
const LISTED_AFTER = /^(?:成功|相继|先后|分别|已)?(?:在[^，,。；]{2,10})?(?:首发|挂牌)?上市(?!公司|企业)/;
/** A later item ends where its status, its rebuilding or its listing begins (…北线新建改造, …工业成功上市). */
const itemEnds = (rest: string): boolean =>
  ITEM_STATUS.test(rest) || REBUILT_AFTER.test(rest) || LISTED_AFTER.test(rest);
/** Works being built, rebuilt, widened or extended after a list of them (新建改造, 扩建). */
const REBUILT_AFTER = /^(?:新建|改建|扩建|改造|拓宽|续建|大修)(?:改造)?(?=[，,。；;、]|$)/;
const LEADING_VERB =
  /^(?:建设|续建|新建|扩建|改建|改造|拓宽|打造|推动|推进|加快|实施|支持|培育|发展|建成|开工建设|战胜|做强|做大|做优|布局|布局建设|谋划)$/;

const ITEM_ENDS = new Set(['、', '等', '和', '及', '与', '或', '的', '为', '在', '将', '是']);

/** May this token stand inside a later enumeration item? Anything but separators, punctuation and predicates. */
function itemToken(t: Token): boolean {
  if (isPunct(t)) return ['(', ')', '·', '—', '-', '+', '“', '”', '"'].includes(t.w);
  if (nameAdverb(t)) return true;
  // 太原至长春: a line named by its ends.
  if (t.w === '至') return true;
  if (ITEM_ENDS.has(t.w) || ['p', 'c', 'u', 'uj', 'ul', 'd', 'ad', 'vd', 'r'].includes(t.t)) return false;
  return !STOP_WORDS.has(t.w) || NAME_VERBS.has(t.w);
}

/** A、B、C等企业 / 以A、B、C为龙头: items and the type their head gives them. */
export function enumerations(tokens: Token[], ctx: SentenceContext): Enumeration[] {
  const s = ctx.folded;
  const out: Enumeration[] = [];
  let k = 0;
  while (k < tokens.length) {
    if (tokens[k].w !== '、') {
      k++;
      continue;
    }
    // Walk back to the start of the first item.
    let a = k - 1;
    if (a >= 0 && nameInternal(tokens[a])) {
      // A predicate (持续培育) before the first item is not part of it, even where names may hold such verbs.
      const predicate = (t: Token) => STOP_WORDS.has(t.w) && ['v', 'vd', 'vn', 'd', 'ad'].includes(t.t);
      while (
        a - 1 >= 0 &&
        tokens[a - 1].start >= ctx.start &&
        (nameInternal(tokens[a - 1]) || tokens[a - 1].w === '至') &&
        !predicate(tokens[a - 1]) &&
        tokens[k - 1].end - tokens[a - 1].start <= 16
      ) {
        a--;
      }
    } else {
      // A first item of words jieba reads as verbs (超/v 聚变/v): back to the predicate or particle before it.
      const first = (t: Token) => t.start >= ctx.start && itemToken(t) && !STOP_WORDS.has(t.w);
      while (a - 1 >= 0 && first(tokens[a - 1]) && tokens[k - 1].end - tokens[a - 1].start <= 8) a--;
      if (a < 0 || !first(tokens[a]) || tokens[k - 1].end - tokens[a].start < 2) {
        k++;
        continue;
      }
    }
    let firstStart = tokens[a].start;
    // The first item starts after a preposition jieba glued to it (做强以青禾电子 → 青禾电子).
    const firstText = s.slice(firstStart, tokens[k - 1].end);
    const cut = Math.max(
      ...['以', '把', '将', '对', '向', '由', '从', '为', '让', '使', '于'].map((p) => firstText.lastIndexOf(p)),
    );
    // …unless it opens a word of its own (使馆区, 对外, 向阳).
    const opening = cut >= 0 ? plainTagger().tag(firstText.slice(cut, cut + 2), true) : [];
    const opensWord = opening.length === 1 && opening[0].tag !== 'x';
    if (cut >= 0 && firstText.length - cut - 1 >= 2 && !opensWord) firstStart += cut + 1;
    // 建设佳同铁路、…; 战胜…: a verb opening the first item governs the list.
    const opener = tokens.find((t) => t.start === firstStart);
    if (
      opener &&
      tokens[k - 1].end - opener.end >= 2 &&
      // jieba tags 续建 nr, 新建 ns: these verbs of building are never a name's start, whatever their tag.
      (opener.t === 'v' || opener.t === 'vn' || /^(?:续建|新建|扩建|改建)$/.test(opener.w)) &&
      LEADING_VERB.test(opener.w)
    )
      firstStart = opener.end;
    const items: { start: number; end: number }[] = [{ start: firstStart, end: tokens[k - 1].end }];
    let c = k;
    let last = c;
    let gluedHead = false;
    while (
      c < tokens.length &&
      (tokens[c].w === '、' ||
        ((tokens[c].w === '和' || tokens[c].w === '及' || tokens[c].w === '与') && items.length >= 1))
    ) {
      // Later items run to the next separator: 、 delimits them, whatever their words are (中/f 创新/v 航 is a name).
      let d = c + 1;
      while (
        d < tokens.length &&
        itemToken(tokens[d]) &&
        !(d > c + 1 && itemEnds(s.slice(tokens[d].start, ctx.end))) &&
        tokens[d].end - tokens[c + 1].start <= 16
      )
        d++;
      if (d === c + 1) break;
      // 雁栖湖国际会都等 (会/v 都/d 等): a last character jieba read as an adverb, right before 等, ends the name.
      if (d + 1 < tokens.length && tokens[d].w.length === 1 && tokens[d + 1].w === '等' && !isPunct(tokens[d])) d++;
      const item = { start: tokens[c + 1].start, end: tokens[d - 1].end };
      // 大同等市 (大/a 同等/b 市): jieba glued 等 into a word; the list's head starts there.
      const glued = s.slice(item.start, item.end).lastIndexOf('等');
      if (glued >= 2 && item.end - item.start - glued <= 4 && tokens[d - 1].w !== '等') {
        items.push({ start: item.start, end: item.start + glued });
        gluedHead = true;
        break;
      }
      items.push(item);
      last = d;
      c = d;
    }
    const lastItem = items[items.length - 1];
    // 以凯赛、玻纤、钢科为龙头: jieba glues 为 to a word it does not know; the head starts there.
    const lead = /为(?:龙头|代表|主导|核心|骨干|引领)/.exec(s.slice(lastItem.start, lastItem.end));
    if (lead && lead.index >= 2) {
      lastItem.end = lastItem.start + lead.index;
      last = tokens.findIndex((t) => t.end > lastItem.end);
    }
    // 吕梁、阳泉五市: a count and a head noun glued to the last item belong to the head.
    const counted = /[0-9一二三四五六七八九十两几多]+[个市县区家项座所]$/.exec(s.slice(lastItem.start, lastItem.end));
    if (counted && lastItem.end - lastItem.start - counted[0].length >= 2) lastItem.end -= counted[0].length;
    let end = counted || lead || gluedHead ? lastItem.end : (tokens[last - 1]?.end ?? tokens[k].end);
    let type: EntityType | undefined;
    let subtype: PlaceSubtype | undefined;
    let status = false;
    const after = s.slice(end, Math.min(ctx.end, end + 24));
    // 等11个投资超10亿元工业项目: the size of the investment stands between the count and the head noun.
    const head =
      /^(?:等\s*)?(?:(?:近|约|超|逾)?[0-9一二三四五六七八九十百几多]+\s*[个项家所批类条座户]?)?\s*(?:总?投资(?:超|过|达|超过)?[0-9.]+[万亿]*元(?:以上)?的?)?\s*/.exec(
        after,
      );
    const before = s.slice(Math.max(ctx.start, items[0].start - 2), items[0].start);
    const rest = head ? after.slice(head[0].length) : after;
    const lastEnd = end;
    // 纾困解难、投建运营一批项目: without 等, "一批 X" counts what the verbs act on; the items are not Xs.
    const countedHead = !head?.[0].startsWith('等') && /^一(?:批|大批)/.test(rest);
    for (const h of countedHead ? [] : ENUM_HEADS) {
      const m = h.head.exec(rest);
      if (m) {
        type = h.type;
        subtype = h.subtype;
        end += (head?.[0].length ?? 0) + m[0].length;
        break;
      }
    }
    // 北京工业大学房山校区、北京儿童医院亦庄院区等开工建设: what starts, opens or is completed is a project;
    // 青禾公路、北辰北线新建改造: so is what is built, rebuilt or widened.
    // …but a list of activities (老旧小区改造、城中村改造) is not one of works.
    const activities = items.some((it) => /改造|建设|治理|提升/.test(s.slice(it.start, it.end)));
    if (!type && (STATUS_AFTER.test(rest) || (REBUILT_AFTER.test(rest) && !activities))) {
      type = 'Project';
      status = true;
    }
    // 青禾科技、北辰工业成功上市: what lists on an exchange is a company.
    if (!type && LISTED_AFTER.test(rest)) {
      type = 'Company';
      status = true;
    }
    if (!type && /^为?(?:龙头|代表|主导|核心|骨干|引领)/.test(rest) && (before.endsWith('以') || /^为?龙头/.test(rest)))
      type = 'Company';
    // 紫金山、太湖、钟山等实验室; 赵口、陆浑等灌区: short items share the head's suffix, which completes each name.
    let suffix: string | undefined;
    const rule = head?.[0].startsWith('等') ? headSuffix(rest) : undefined;
    // 太原至长春、太原经徐州至上海等高铁: a line's items name its ends, however long.
    const line = (it: { start: number; end: number }) =>
      /至/.test(s.slice(it.start, it.end)) &&
      it.end - it.start <= 12 &&
      /高铁|铁路|高速|公路|城际|航线/.test(rule!.suffix);
    // 京哈(扩建): a parenthetical qualifier is no part of the short name's length.
    const bare = (it: { start: number; end: number }) => s.slice(it.start, it.end).replace(/\([^)]*\)$/, '').length;
    if (rule && items.every((it) => bare(it) <= 5 || line(it))) {
      type = rule.type;
      subtype = rule.subtype;
      suffix = rule.suffix;
      end = lastEnd + (head?.[0].length ?? 0) + rest.indexOf(rule.suffix) + rule.suffix.length;
    }
    const unquoted = items.map((it) => {
      let { start, end: e } = it;
      while (start < e && /[“”"‘’]/.test(s[start])) start++;
      while (e > start && /[“”"‘’]/.test(s[e - 1])) e--;
      return { start, end: e };
    });
    out.push({
      items: unquoted.filter((it) => it.end - it.start >= 2 && it.end - it.start <= 16),
      ...(type ? { type } : {}),
      ...(subtype ? { subtype } : {}),
      ...(suffix ? { suffix } : {}),
      ...(status ? { byStatus: true } : {}),
      end,
    });
    k = c + 1;
  }
  return out;
}

/** One name followed by 等 and a head noun (依托华为煤矿军团等龙头企业) is an enumeration of one. */
export function singleItemHeads(tokens: Token[], ctx: SentenceContext, enums: Enumeration[]): Enumeration[] {
  const s = ctx.folded;
  const out: Enumeration[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].w !== '等') continue;
    const end = tokens[k - 1].end;
    if (enums.some((e) => e.items.some((it) => it.end === end))) continue;
    let a = k - 1;
    while (
      a - 1 >= 0 &&
      tokens[a - 1].start >= ctx.start &&
      nameInternal(tokens[a - 1]) &&
      end - tokens[a - 1].start <= 12
    )
      a--;
    if (!nameInternal(tokens[a]) || end - tokens[a].start < 2) continue;
    const rest = s.slice(tokens[k].end, Math.min(ctx.end, tokens[k].end + 10));
    const h = ENUM_HEADS.find((x) => x.head.test(rest));
    if (!h || (h.type !== 'Company' && h.type !== 'Organization')) continue;
    out.push({ items: [{ start: tokens[a].start, end }], type: h.type, end: tokens[k].end });
  }
  return out;
}

/** Items of an enumeration that no other rule typed take the head's type. */
export function enumerationItems(enums: Enumeration[], ctx: SentenceContext, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of enums) {
    if (!e.type) continue;
    for (const it of e.items) {
      const name = ctx.folded.slice(it.start, it.end).replace(/[“”"]/g, '');
      if (GENERIC_PARTS.has(name) || STOP_WORDS.has(name) || name.length < 2) continue;
      // A single common word is not a name (设备、材料等项目).
      const inside = tokens.filter((t) => t.start >= it.start && t.end <= it.end);
      // 老旧小区: words that are each generic make no name together.
      if (inside.length > 0 && inside.every((t) => GENERIC_PARTS.has(t.w))) continue;
      // 规模大、质量高、信誉好等企业: a noun and its predicate describe, they name nothing.
      const tail = inside[inside.length - 1];
      if (inside.length >= 2 && tail && (tail.t === 'a' || /^[多高好大强优快低少响广深稳]$/.test(tail.w))) continue;
      if (inside.length === 1 && name.length <= 2 && ['n', 'vn', 'v', 'a', 'ad', 'an'].includes(inside[0].t)) continue;
      // Typed by a status verb alone, an item must be a proper name (a place word, an unknown word, a number).
      if (e.byStatus && !inside.some(properToken)) continue;
      // The head completes the name before its qualifier: 京哈(扩建) → 京哈高速公路(扩建).
      const qualifier = /\([^)]*\)$/.exec(name)?.[0] ?? '';
      const stem = name.slice(0, name.length - qualifier.length);
      const full = e.suffix && !stem.endsWith(e.suffix) ? stem + e.suffix + qualifier : undefined;
      out.push({
        start: it.start,
        end: it.end,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        ...(full ? { name: full } : {}),
        rule: full ? 'enumeration:head-suffix' : 'enumeration',
        score: full ? 2.9 : 1.8,
      });
      const firm = e.type === 'Project' && !e.byStatus ? developerPrefix(inside) : null;
      if (firm) out.push({ ...firm, type: 'Company', rule: 'enumeration:developer', score: 1.5, nested: true });
    }
  }
  return out;
}

const properToken = (t: Token): boolean =>
  ['ns', 'nz', 'nt', 'j', 'eng', 'nr'].includes(t.t) ||
  /[0-9]/.test(t.w) ||
  (t.t === 'x' && /[\u4e00-\u9fff]/.test(t.w));

/**
 * 众擎机器人全球生产制造中心、仕佳光子通信芯片等项目: a listed project named by its firm first — a word jieba does
 * not know and one noun after it — and what it makes or builds after that.
 */
function developerPrefix(inside: Token[]): { start: number; end: number } | null {
  const [a, b, ...rest] = inside;
  if (!a || !b || rest.length === 0) return null;
  if (!(a.t === 'x' || a.t === 'nz') || a.w.length < 2 || !/^[\u4e00-\u9fff]+$/.test(a.w)) return null;
  if (b.t !== 'n' || b.w.length < 2 || b.w.length > 3 || GENERIC_PARTS.has(b.w)) return null;
  return rest.map((t) => t.w).join('').length >= 2 ? { start: a.start, end: b.end } : null;
}

/**
 * Ring roads (西北二环, 东四环, 五环路): a direction or 路 makes the ring a road, not a count (三环时代). Being built or
 * repaired in its clause, it is a project; else a landmark.
 */
export function ringRoads(ctx: SentenceContext): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(/([东南西北]{1,2})?[二三四五六七八]环(路|线)?(?![境保比节绕抱岛])/g)) {
    if (!m[1] && !m[2]) continue;
    const from = Math.max(...['，', ',', '；', ';', '。'].map((p) => s.lastIndexOf(p, m.index))) + 1;
    const ends = ['，', ',', '；', ';', '。'].map((p) => s.indexOf(p, m.index)).filter((x) => x >= 0);
    const here = s.slice(from, ends.length > 0 ? Math.min(...ends) : s.length);
    const built = /建设|建成|通车|改造|大修|提升|开工|贯通|扩建|入地|完工|竣工|实施|推进|加快|延伸/.test(here);
    out.push({
      start: ctx.start + m.index,
      end: ctx.start + m.index + m[0].length,
      type: built ? 'Project' : 'Place',
      ...(built ? {} : { subtype: 'site' as const }),
      rule: 'ring-road',
      score: 1.7,
    });
  }
  return out;
}

/** A name right before a status verb is a project (太原国家级互联网骨干直联点建成投运). */
export function statusProjects(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 1; s < tokens.length; s++) {
    const w = tokens[s].w;
    const opens = w === '开通' && tokens[s + 1]?.w === '运营';
    if (!STATUSES.some((st) => w.startsWith(st.word)) && !(w === '建成' && tokens[s + 1]?.w.startsWith('投')) && !opens)
      continue;
    // 首都国际会展中心正式投用: how it happened stands between the name and its status.
    let k = s;
    while (k > 1 && (STATUS_MANNER.includes(tokens[k - 1].w) || tokens[k - 1].w === '建成')) k--;
    let i = k;
    while (
      i - 1 >= 0 &&
      tokens[i - 1].start >= ctx.start &&
      nameInternal(tokens[i - 1]) &&
      tokens[k - 1].end - tokens[i - 1].start <= 24
    )
      i--;
    if (i >= k) continue;
    const part = tokens.slice(i, k);
    if (part.some(isPunct)) continue;
    const specific =
      part.some((t) => ['ns', 'nz', 'nt', 'j', 'eng', 'nr'].includes(t.t)) || part.some((t) => /[0-9]/.test(t.w));
    const start = part[0].start;
    const end = part[part.length - 1].end;
    if (!specific || end - start < 4) continue;
    // 太原市迎泽区建成…: places are where things are built, not what is built.
    const last = part[part.length - 1];
    if (['ns', 'nr', 'nz'].includes(last.t) && /^[\u4e00-\u9fff]{1,3}[省市县区镇乡]$/.test(last.w)) continue;
    // 10亿元工业项目竣工: a kind of project described by its investment.
    if (/[0-9.]+[万亿]*元/.test(ctx.folded.slice(start, end))) continue;
    if (part.every((t) => GENERIC_PARTS.has(t.w))) continue;
    out.push({ start, end, type: 'Project', rule: 'status-subject', score: 1.4 });
  }
  return out;
}
