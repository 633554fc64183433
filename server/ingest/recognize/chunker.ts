// Names found from their head: a typing suffix (有限公司, 项目, 示范区, 战略, 中心, 产业, 博览会…),
// extended to the left over name-internal words until a predicate, a function word or punctuation.
import type { EntityType } from '../../ontology';
import type { Candidate, SentenceContext } from './candidates';
import {
  DESIGNATION_BATCH,
  DESIGNATION_VERB,
  FALSE_HEADS,
  GENERIC_PARTS,
  NAME_VERBS,
  nameAdverb,
  PHYSICAL_WORKS,
  PREDICATE_AFTER_NAME,
  STOP_BUT_NAME_START,
  STOP_WORDS,
  SUFFIXES,
  type SuffixRule,
} from './lexicon';
import { GENRE_TERMS } from './genreTerms';
import { plainTagger } from '../../lexicon/tagger';
import type { Token } from './tokens';

const BY_LENGTH = [...SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length);
const SUFFIX_SET = new Set(SUFFIXES.map((r) => r.suffix));
const OPEN_Q = new Set(['“', '‘', '「', '『', '"']);
const CLOSE_Q = new Set(['”', '’', '」', '』', '"']);
const ADMIN = new Set(['province', 'city', 'county', 'district', 'town']);
const PROPER_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'j', 'nrt', 'nrfg', 'eng']);
const NAME_TAGS = new Set([
  'n',
  'nz',
  'ns',
  'nr',
  'nt',
  'nrt',
  'nrfg',
  'j',
  'l',
  'vn',
  'an',
  'b',
  'eng',
  'm',
  'a',
  'ng',
  'i',
  's',
  'nx',
  'g',
  'k',
  'h',
  'zg',
  'mq',
  'tg',
  't',
  'x',
]);
const ALLOWED_PUNCT = new Set(['(', ')', '·', '—', '-', '+', ...OPEN_Q, ...CLOSE_Q]);
/** Verbs that stand before a name as its predicate even when jieba calls them nouns. */
const LEADING_PREDICATE = /^(?:全面|严格|加快|积极|大力|着力|持续|深入|有序|稳步|扎实)/;
const LEADING_VERBS = new Set([
  '续建',
  '扩建',
  '改建',
  '拓宽',
  '建强',
  '加密',
  '打响',
  '叫响',
  '擦亮',
  '做强',
  '做优',
  '做大',
  '建好',
  '用好',
  '办好',
  '守好',
  '开工建设',
  '加快建设',
  '创设',
  '营造',
  '汇聚',
  '转化',
  '培育',
  '建设',
  '打造',
  '新建',
  '新改扩建',
  '改扩建',
  '推动',
  '支持',
]);
/** Heads that, without a proper word before them, name a kind of thing (物流园区, 上市公司, 产业项目). */
const KIND_HEADS = new Set([
  '园区',
  '产业园',
  '工业园',
  '工业园区',
  '公司',
  '集团',
  '厂',
  '项目',
  '基地',
  '中心',
  '设施',
  '综合体',
  '通道',
  '网络',
  '公路',
]);
/** A name that jieba's own dictionary holds as one common word (not a place name). */
function isCommonWord(name: string): boolean {
  const tokens = plainTagger().tag(name, true);
  return tokens.length === 1 && tokens[0].tag !== 'ns';
}

const LANDMARK_WORKS = new Set(['铁路', '机场', '南站', '北站', '东站', '西站', '站', '水库', '城际', '公路']);
const CONSTRUCTION =
  /建设|建成|开工|通车|改扩建|扩建|新建|改造|推进|加快|实施|谋划|启动|完工|竣工|投用|投运|开通|贯通|修建|规划|前期|延伸|升级|提质|扩容|复线|电气化|运营|开行|试运行|双跑道|二期|三期/;

function clauseAround(text: string, start: number, end: number, ctx: SentenceContext): [number, number] {
  let a = start;
  while (a > ctx.start && !/[，,；;：:。]/.test(text[a - 1])) a--;
  let b = end;
  while (b < ctx.end && !/[，,；;：:。]/.test(text[b])) b++;
  return [a, b];
}

const LEADING_MANNER = new Set([
  '新一轮',
  '新一批',
  '高质量',
  '高水平',
  '高标准',
  '高起点',
  '全方位',
  '加快',
  '加速',
  '持续',
  '积极',
]);
/** A verb right before a building that makes it (建成文旅大数据中心); 建设 alone also founds institutions. */
const BUILT_BEFORE = /(?:建成|新建|开工建设|高质量建设|加快建设|启动建设)$/;
const UNDER_CONSTRUCTION = /^(?:在[^，,]{2,16})?(?:开工)?(?:建设|开工|封顶|主体完工)/;
const NUMERIC = /^[0-9０-９一二三四五六七八九十百千万亿两几第]+$/;

/** jieba tags both punctuation and words it has never seen as x; only the former is punctuation. */
function isPunct(t: Token): boolean {
  return t.t === 'x' && !/[A-Za-z0-9\u3400-\u9fff]/.test(t.w);
}

/** May this token stand inside a name? */
function nameInternal(t: Token): boolean {
  if (isPunct(t)) return ALLOWED_PUNCT.has(t.w);
  if (STOP_WORDS.has(t.w) && !NAME_VERBS.has(t.w)) return false;
  // 落实好育儿补贴制度: the resultative 好 after a verb is not the start of a name; a negation is no name's part.
  if (t.w === '好' || /^[不没未]/.test(t.w)) return false;
  // Verb + 好 (绘好, 建好, 管好) and 之-phrases (举全市之力) end a name.
  if (/^[绘建管守讲写下走打种答办用做抓搞学干选配带育护]好$/.test(t.w) || t.w.startsWith('之')) return false;
  // jieba glues predicates to adverbs (全力支持/n, 大力发展/l): a word that begins or ends with one is not a name part.
  if (
    t.w.length >= 3 &&
    !NAME_VERBS.has(t.w) &&
    !SUFFIX_SET.has(t.w) &&
    !suffixRuleAt(t.w, t.w.length, 0) &&
    (STOP_WORDS.has(t.w.slice(0, 2)) || STOP_WORDS.has(t.w.slice(-2))) &&
    !/^[全各首]/.test(t.w)
  )
    return false;
  if (t.t === 'v' || t.t === 'vd' || t.t === 'vi' || t.t === 'vq') return NAME_VERBS.has(t.w);
  if (nameAdverb(t)) return true;
  if (
    t.t === 'q' ||
    t.t === 'r' ||
    t.t === 'p' ||
    t.t === 'c' ||
    t.t === 'u' ||
    t.t === 'uj' ||
    t.t === 'ul' ||
    t.t === 'uz' ||
    t.t === 'ug' ||
    t.t === 'ud' ||
    t.t === 'd' ||
    t.t === 'ad' ||
    t.t === 'y' ||
    t.t === 'e' ||
    t.t === 'o'
  )
    return false;
  // 二期, and directions that are part of a name (南岸校区, 东部…通道), not positions (之间, 以上).
  // 第四使馆区, 第三人民医院: an ordinal is part of a name.
  if (t.t === 'm' && /^第[一二三四五六七八九十]+$/.test(t.w)) return true;
  // …and a bare direction inside one (枢纽/西/环线).
  if (t.t === 'f') return /期$/.test(t.w) || /^[东南西北][部岸]?$/.test(t.w);
  return NAME_TAGS.has(t.t) || /^[A-Za-z0-9.]+$/.test(t.w);
}

/** Suffix rules by their last character, longest first: the lookup runs for every token. */
const BY_LAST = new Map<string, SuffixRule[]>();
for (const r of BY_LENGTH) {
  const last = r.suffix[r.suffix.length - 1];
  const list = BY_LAST.get(last) ?? [];
  list.push(r);
  BY_LAST.set(last, list);
}

export function suffixRuleAt(text: string, end: number, from: number): SuffixRule | undefined {
  const rules = BY_LAST.get(text[end - 1]);
  if (!rules) return undefined;
  for (const r of rules) {
    const s = end - r.suffix.length;
    if (s >= from && text.startsWith(r.suffix, s)) return r;
  }
  return undefined;
}

/** Trim what cannot begin a name: numbers and measure words, stray closing quotes, leading modifiers. */
function trimStart(tokens: Token[], i: number, j: number): number {
  while (i < j) {
    const t = tokens[i];
    if (CLOSE_Q.has(t.w) || t.w === ')' || t.w === '—' || t.w === '-' || t.w === '·') i++;
    // A number stays when it is the name itself before its head (12345热线, 5G网络).
    else if (
      NUMERIC.test(t.w) &&
      !(i + 1 <= j && /^[号期线]/.test(tokens[i + 1].w)) &&
      !t.w.startsWith('第') &&
      i + 1 < j
    )
      i++;
    else if (t.t === 'm' && /^[0-9.]+[%万亿]*$/.test(t.w)) i++;
    // 1.1万个重大产业项目, 5条高铁: a measure word after a count belongs to the count.
    else if (t.t === 'q' && i > 0 && /[0-9一二三四五六七八九十百千万亿两几多]$/.test(tokens[i - 1].w)) i++;
    // 2026年河南省政府: the year before a name is not part of it.
    else if (/^(?:[0-9]{2,4})?年$/.test(t.w) || t.t === 't') i++;
    else if (STOP_BUT_NAME_START.has(t.w)) break;
    else if (
      (t.t === 'v' || t.t === 'vn' || STOP_WORDS.has(t.w)) &&
      i + 1 <= j &&
      (STOP_WORDS.has(t.w) || t.t === 'v' || LEADING_VERBS.has(t.w))
    )
      i++;
    // 改扩建京沪高速, 高质量建设…示范区: how the work is done is not part of its name.
    else if ((LEADING_VERBS.has(t.w) || LEADING_MANNER.has(t.w)) && i + 1 <= j) i++;
    // 全面完成/l, 严格控制/n: idioms jieba keeps whole that open with a predicate adverb.
    else if (t.w.length >= 4 && LEADING_PREDICATE.test(t.w) && i + 1 <= j) i++;
    else break;
  }
  return i;
}

function balanceQuotes(text: string, start: number, end: number): number | null {
  // Returns an adjusted start, or null if the span cannot hold balanced quotes.
  let depth = 0;
  let firstUnclosed = -1;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === '"') continue;
    if (OPEN_Q.has(ch)) {
      if (depth === 0) firstUnclosed = k;
      depth++;
    } else if (CLOSE_Q.has(ch)) {
      if (depth === 0) {
        // A closing quote without its opening one: the name starts after it.
        return balanceQuotes(text, k + 1, end);
      }
      depth--;
    }
  }
  if (depth > 0) return firstUnclosed + 1 < end ? balanceQuotes(text, firstUnclosed + 1, end) : null;
  return start;
}

/** Is the part before the suffix only generic words? */
function isGeneric(tokens: Token[], from: number, to: number, suffixStart: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.start >= suffixStart) break;
    const w = t.end > suffixStart ? t.w.slice(0, suffixStart - t.start) : t.w;
    if (w.length === 0) continue;
    if (isPunct(t)) continue;
    if (!GENERIC_PARTS.has(w) && !NUMERIC.test(w)) return false;
  }
  return true;
}

export function typeOfWorks(name: string, suffix: string): EntityType {
  const body = name.slice(0, name.length - suffix.length);
  return PHYSICAL_WORKS.test(body) || /[0-9]/.test(body) ? 'Project' : 'Policy';
}

export function suffixChunks(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const text = ctx.folded;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (isPunct(tok)) continue;
    const rule = suffixRuleAt(text, tok.end, ctx.start);
    if (!rule) continue;
    if (
      rule.suffix.length <= tok.w.length &&
      (FALSE_HEADS.has(tok.w) || FALSE_HEADS.has(tok.w.slice(-2))) &&
      !(rule.subtype === 'zone' && tok.w.endsWith('园区'))
    )
      continue;
    // 负责制, 承诺制, 链长制 name systems; 体制, 机制, 控制, 编制 are words.
    if (
      rule.suffix === '制' &&
      (!(tok.w.length >= 3 || (tok.w === '制' && k > 0 && tokens[k - 1].t.startsWith('n'))) ||
        /(?:控|体|机|编|限|抵|管|压|遏|研|复|克|牵|节|强|专|法|税|学|建|定|印|绘|录|配|仿|特|自|监|改|创)制$/.test(
          tok.w,
        ))
    )
      continue;
    const suffixStart = tok.end - rule.suffix.length;
    // The suffix must be the tail of this token or start on a token boundary (示范/城市 → 示范城市).
    let j = k;
    while (j > 0 && tokens[j].start > suffixStart) j--;
    if (tokens[j].start !== suffixStart && j !== k) continue;
    let end = tok.end;
    // A short parenthetical qualifier belongs to the name: 太忻一体化经济区(太原区), 创新中心(山西).
    if (k + 2 < tokens.length && (tokens[k + 1].w === '(' || tokens[k + 1].w === '（')) {
      let c = k + 2;
      while (c < tokens.length && c < k + 6 && tokens[c].w !== ')' && tokens[c].w !== '）' && !isPunct(tokens[c])) c++;
      if (c < tokens.length && (tokens[c].w === ')' || tokens[c].w === '）') && tokens[c].end - tokens[k + 1].end <= 10)
        end = tokens[c].end;
    }
    // A section of a line or park: 京沪高速新沂至江都段, 雄商高铁河南段.
    const section = /^(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,3})段/.exec(
      text.slice(end, ctx.end),
    );
    if (section && (rule.type === 'Project' || rule.subtype === 'site') && !/[，。、；]/.test(section[0])) {
      end += section[0].length;
    }
    // 第十四届人民代表大会第四次会议: the session is part of the meeting's name.
    const session =
      rule.type === 'Event' ? /^第[一二三四五六七八九十]+次(?:全体)?会议/.exec(text.slice(end, ctx.end)) : null;
    if (session) end += session[0].length;
    // Left expansion.
    let i = j;
    while (i - 1 >= 0 && tokens[i - 1].start >= ctx.start) {
      const t = tokens[i - 1];
      if (end - t.start > rule.maxLen) break;
      // ——: an apposition dash, unlike the single dash of 古交—娄烦—方山高速.
      if ((t.w === '—' && tokens[i - 2]?.w === '—') || t.w === '——') break;
      if (!nameInternal(t)) {
        if (STOP_BUT_NAME_START.has(t.w) && rule.type === 'Policy') i--;
        // 和 joins the two halves of one designation (全国物流枢纽建设和智慧物流配送示范城市).
        else if (t.w === '和' && rule.type === 'Policy' && i - 2 >= 0 && nameInternal(tokens[i - 2])) {
          i--;
          continue;
        }
        break;
      }
      // 阳曲示范区 建设 消费品特色园区: a verb right after a complete name is the predicate of that name.
      if (PREDICATE_AFTER_NAME.has(t.w) && i - 2 >= 0) {
        const r0 = suffixRuleAt(text, tokens[i - 2].end, ctx.start);
        if (
          r0 &&
          (r0.type === 'Place' || r0.type === 'Company' || r0.type === 'Organization') &&
          !FALSE_HEADS.has(tokens[i - 2].w)
        )
          break;
        // 武汉建设国际性综合交通枢纽: a place name, then the verb.
        if (tokens[i - 2].t === 'ns' && t.w === '建设') break;
      }
      // Apposition: 千年古街钟楼街 — an earlier complete name of the same kind ends the name.
      if (i < j || tokens[j].start < suffixStart) {
        const r2 = suffixRuleAt(text, t.end, ctx.start);
        if (
          r2 &&
          r2.type === rule.type &&
          r2.subtype === rule.subtype &&
          t.w.length >= 2 &&
          rule.type === 'Place' &&
          rule.subtype === 'site'
        )
          break;
      }
      i--;
    }
    i = trimStart(tokens, i, j);
    let start = tokens[i]?.start ?? suffixStart;
    if (start > suffixStart) start = tokens[j].start;
    const balanced = balanceQuotes(text, start, end);
    if (balanced === null) continue;
    start = balanced;
    // A closing bracket whose opening one lies outside the name: the name starts after it ((县、区)老年福利院).
    const close = Math.max(text.lastIndexOf(')', end - 1), text.lastIndexOf('）', end - 1));
    if (close >= start && close < end) {
      const open = Math.max(text.lastIndexOf('(', close), text.lastIndexOf('（', close));
      if (open < start) start = close + 1;
    }
    // 2025年青禾…: jieba may glue the 年 of a date to the name (年青 is a word).
    if (text[start] === '年' && /[0-9０-９]/.test(text[start - 1] ?? '')) start++;
    // 沿沪宁产业创新带, 环太湖科创圈: a belt or ring is named by what it runs along or around.
    const along = tokens.find((t) => t.end === start);
    if (along && /^(?:沿|环)[\u4e00-\u9fff]?$/.test(along.w) && rule.type === 'Place' && rule.subtype === 'region')
      start = along.start;
    // 开通首趟中亚班列, 首个…: "the first" counts the thing, it is no part of its name.
    const first = /^(?:首趟|首列|首个|首家|首座|首条|首批)/.exec(text.slice(start, suffixStart));
    if (first && suffixStart - start - first[0].length >= 2) start += first[0].length;
    // 成为首批国家…试点: what a place became is named after the verb that gives it.
    const given = DESIGNATION_VERB.exec(text.slice(start, suffixStart));
    if (given) {
      start += given.index + given[0].length;
      start += DESIGNATION_BATCH.exec(text.slice(start, suffixStart))?.[0].length ?? 0;
    }
    if (start >= suffixStart) continue;
    const name = text.slice(start, end);
    const core = name.replace(/[“”‘’「」『』"]/g, '');
    const prefixLen =
      suffixStart -
      start -
      (name.slice(0, suffixStart - start).length -
        name.slice(0, suffixStart - start).replace(/[“”‘’「」『』"]/g, '').length);
    if (prefixLen < rule.minPrefix || core.length > rule.maxLen) continue;
    const firstTok = tokens.findIndex((t) => t.end > start);
    if (isGeneric(tokens, firstTok, k + 1, suffixStart)) continue;
    let type = rule.type;
    let subtype = rule.subtype;
    const parts = tokens.slice(firstTok, k + 1);
    // 城市/ns is a proper tag on a common word: words of the genre never make a name specific.
    const specific = parts.some(
      (t) =>
        !GENERIC_PARTS.has(t.w) &&
        (PROPER_TAGS.has(t.t) || (t.t === 'x' && /[\u4e00-\u9fff]/.test(t.w)) || /[0-9A-Za-z“”"]/.test(t.w)),
    );
    // 局 is a bureau only after a department's name, not in 布局, 开好局, 破局.
    if (rule.suffix === '局' && /[好破布格大全结开新当时变定骗赌饭棋出]局$/.test(core)) continue;
    // An industry name stands alone: 京津冀产业转移 or 省委经济工作会议 hold no industry.
    if (type === 'Industry') {
      const next = tokens[k + 1];
      if (
        next &&
        !isPunct(next) &&
        ['n', 'vn', 'nz', 'ns', 'nt', 'j', 'l'].includes(next.t) &&
        !['发展', '集聚'].includes(next.w)
      )
        continue;
      if (
        rule.suffix === '经济' &&
        tokens.slice(firstTok, k).some((t) => /[委府]$/.test(t.w) || t.t === 'ns' || t.w === '中央')
      )
        continue;
    }
    // Generic heads (项目, 基地, 枢纽, 工程, 中心) need a proper word, a number or a quote to name something.
    if (['项目', '基地', '枢纽', '总部', '综合体'].includes(rule.suffix) && !specific) continue;
    // 河, 门, 路 name a landmark only after a proper word, and only as a word of their own (not 集成电路).
    if (rule.proper) {
      const wholeName = parts.length === 1 && ['ns', 'nz', 'nt', 'nr'].includes(parts[0].t);
      // 滨河/ns 西路: a direction glued to the head is still a head of its own.
      const ownWord = tokens[j].start === suffixStart || /^[东西南北中][路街]$/.test(tokens[j].w);
      // …after a proper word, or one jieba has never seen (六环/x 高线公园).
      const properWord = parts.some(
        (t) => t.end <= suffixStart && ['ns', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'j'].includes(t.t),
      );
      if (!wholeName && !(ownWord && properWord)) continue;
      // 集成电路, 断头路: a word of the language that happens to end in 路 or 河.
      if (isCommonWord(core)) continue;
    }
    // 综合保税区, 经济开发区: a term of the genre (the glossary translates it) names a kind, not one place.
    if (GENRE_TERMS.has(core)) continue;
    // 10亿元工业项目: a project described by the size of its investment is a kind, not a name.
    if (/^[0-9.]+[万亿]*元/.test(core)) continue;
    // 北交所上市公司, 境内上市公司: a kind of company, named by where it is listed.
    if (/上市(?:公司|企业)$/.test(core)) continue;
    if (rule.marked && !/[0-9+＋—“”"]|[一二三四五六七八九十百千万]{2}/.test(core)) continue;
    // 五大片区, 三大平台, 三座中型水库: a count of kinds.
    if (/^(?:[一二三四五六七八九十两几多数]+大|[0-9一二三四五六七八九十两几多数]+[座个项条家所批])/.test(core))
      continue;
    // Without a proper word, a national or provincial 示范区/产业园/基地 is a designation (国家现代农业产业园), and
    // any other project, zone or company head names a kind of thing, not one thing (循环经济产业园, 跨国公司).
    const designation = /^(?:国家级|国家|全国|省级|市级)/.test(core);
    const kindHead = type === 'Project' || type === 'Company' || (type === 'Place' && subtype === 'zone');
    if (kindHead && !specific && !designation && KIND_HEADS.has(rule.suffix)) continue;
    // 污染治理工程: a kind of works, not one.
    if (rule.suffix === '工程' && !specific && typeOfWorks(core, '工程') === 'Project') continue;
    // 国家会议中心二期: a phase is of built works, never a designation.
    if (kindHead && !specific && designation && type !== 'Place' && !rule.suffix.endsWith('期')) {
      type = 'Policy';
      subtype = undefined;
    }
    // A railway, airport or road merely named as a landmark is a place; one being built is a project.
    if (type === 'Project' && LANDMARK_WORKS.has(rule.suffix)) {
      const [ca, cb] = clauseAround(text, start, end, ctx);
      if (!CONSTRUCTION.test(text.slice(ca, start)) && !CONSTRUCTION.test(text.slice(end, cb))) {
        type = 'Place';
        subtype = 'site';
      }
    }
    if (rule.suffix === '工程' || rule.suffix === '行动') {
      type = rule.suffix === '工程' ? typeOfWorks(core, '工程') : 'Policy';
      subtype = undefined;
    }
    // A 中心 or 馆 being built is a building, not an institution (…展示中心在太忻一体化经济区建设).
    if (
      type === 'Organization' &&
      /(?:中心|馆|大楼|大厦)$/.test(core) &&
      !/(?:研究|创新|研发)中心$/.test(core) &&
      (UNDER_CONSTRUCTION.test(text.slice(end, Math.min(ctx.end, end + 24))) ||
        BUILT_BEFORE.test(text.slice(Math.max(ctx.start, start - 6), start)) ||
        /^(?:正式|全面|顺利)?(?:建成|投用|投运|竣工)/.test(text.slice(end, ctx.end)))
    )
      type = 'Project';
    if (type === 'Place' && subtype && ADMIN.has(subtype)) {
      // 阳曲县, 小店区: a proper name and the suffix, nothing else.
      const single = parts.length === 1 && (parts[0].t === 'ns' || parts[0].t === 'nz');
      // 青禾/x 县: a word jieba has never seen, before a level, is a place name too.
      const unknown = (t: Token) => t.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(t.w);
      const proper =
        parts.length === 2 && (PROPER_TAGS.has(parts[0].t) || unknown(parts[0])) && parts[1].w === rule.suffix;
      if (
        !(single || proper) ||
        core.length > 6 ||
        // 太原、大同等市: the head of a list, not a name.
        core[core.length - rule.suffix.length - 1] === '等' ||
        /[0-9一二三四五六七八九十两几多]$/.test(core.slice(0, -rule.suffix.length))
      )
        continue;
    }
    if (
      type === 'Place' &&
      subtype === 'site' &&
      core.length > 5 &&
      !tokens.slice(firstTok, k + 1).some((t) => PROPER_TAGS.has(t.t))
    )
      continue;
    out.push({
      start,
      end,
      type,
      ...(subtype ? { subtype } : {}),
      rule: `suffix:${rule.suffix}`,
      score: 2 + Math.min(core.length, 20) / 100,
    });
    // The unqualified name inside a qualified one: 太忻一体化经济区 inside 太忻一体化经济区(太原区).
    if (end > tok.end && tok.end - start >= 3)
      out.push({
        start,
        end: tok.end,
        type,
        ...(subtype ? { subtype } : {}),
        rule: 'qualified-base',
        score: 1.6,
        nested: true,
      });
    // Names inside this name (the company inside its project's name; the zone inside a park's name).
    for (let m = firstTok; m < k; m++) {
      const t = tokens[m];
      if (t.end <= start + 1) continue;
      const inner = suffixRuleAt(text, t.end, start);
      if (!inner || inner.type === 'Policy' || inner.type === 'Industry') continue;
      if (inner.subtype && ADMIN.has(inner.subtype)) continue;
      const innerStart = start;
      if (t.end - innerStart - inner.suffix.length < Math.max(2, inner.minPrefix)) continue;
      if (
        [
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
        ].includes(inner.suffix)
      ) {
        out.push({
          start: innerStart,
          end: t.end,
          type: inner.type,
          ...(inner.subtype ? { subtype: inner.subtype } : {}),
          rule: `nested:${inner.suffix}`,
          score: 1.5,
          nested: true,
        });
      }
    }
  }
  return out;
}

export { isPunct, nameInternal };
