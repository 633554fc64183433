// Precision checks: names read from a head that name a kind of thing, a word of the language or nothing at all.
import { plainTagger } from '../../../lexicon/tagger';
import { GENRE_TERMS } from '../genreTerms';
import type { Span } from './span';
import { isPunct } from './tokenClass';
import { typeOfWorks } from './worksType';
import { COUNTED, MEASURE } from '../words/counts';

const COUNTED_BEFORE = new RegExp(`${COUNTED}$`);
const GLUED_MEASURE = new RegExp(`[0-9]${MEASURE}$`);
const COUNTED_INSIDE = new RegExp(`[\\u4e00-\\u9fff]{2}${COUNTED}`);

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
  '开发区',
  '集聚区',
  '片区',
  '新城',
  '场馆',
  '码头',
  '廊道',
  '航道',
  '灌区',
]);

/** A name that jieba's own dictionary holds as one common word (not a place name). */
function isCommonWord(name: string): boolean {
  const tokens = plainTagger().tag(name, true);
  return tokens.length === 1 && tokens[0].tag !== 'ns';
}

/** An industry name stands alone: 京津冀产业转移 or 省委经济工作会议 hold no industry. */
function notAnIndustry(s: Span): boolean {
  const { tokens, k, rule, firstTok } = s;
  const next = tokens[k + 1];
  if (
    next &&
    !isPunct(next) &&
    ['n', 'vn', 'nz', 'ns', 'nt', 'j', 'l'].includes(next.t) &&
    !['发展', '集聚'].includes(next.w)
  )
    return true;
  return (
    rule.suffix === '经济' &&
    tokens.slice(firstTok, k).some((t) => /[委府]$/.test(t.w) || t.t === 'ns' || t.w === '中央')
  );
}

/** 河, 门, 路 name a landmark only after a proper word, and only as a word of their own (not 集成电路). */
function notALandmark(s: Span): boolean {
  const { tokens, j, parts, suffixStart } = s;
  const wholeName = parts.length === 1 && ['ns', 'nz', 'nt', 'nr'].includes(parts[0].t);
  // 滨河/ns 西路: a direction glued to the head is still a head of its own.
  const ownWord = tokens[j].start === suffixStart || /^[东西南北中][路街]$/.test(tokens[j].w);
  // …after a proper word, or one jieba has never seen (六环/x 高线公园).
  const properWord = parts.some(
    (t) => t.end <= suffixStart && ['ns', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'j'].includes(t.t),
  );
  if (!wholeName && !(ownWord && properWord)) return true;
  // 集成电路, 断头路: a word of the language that happens to end in 路 or 河.
  return isCommonWord(s.core);
}

/** Checks on the head and the words before it. */
function wrongHead(s: Span): boolean {
  const { rule, core } = s;
  // 局 is a bureau only after a department's name, not in 布局, 开好局, 破局.
  if (rule.suffix === '局' && /[好破布格大全结开新当时变定骗赌饭棋出]局$/.test(core)) return true;
  if (rule.type === 'Industry' && notAnIndustry(s)) return true;
  // Generic heads (项目, 基地, 枢纽, 工程, 中心) need a proper word, a number or a quote to name something.
  if (['项目', '基地', '枢纽', '总部', '综合体', '热线'].includes(rule.suffix) && !s.specific) return true;
  return !!rule.proper && notALandmark(s);
}

/** Checks on the whole name: a term, a size, a listing, a count. */
function namesAKind(s: Span): boolean {
  const { rule, core } = s;
  // 综合保税区, 经济开发区: a term of the genre (the glossary translates it) names a kind, not one place.
  if (GENRE_TERMS.has(core)) return true;
  // 10亿元工业项目: a project described by the size of its investment is a kind, not a name.
  if (/^[0-9.]+[万亿]*元/.test(core)) return true;
  // 北交所上市公司, 境内上市公司: a kind of company, named by where it is listed.
  if (/上市(?:公司|企业)$/.test(core)) return true;
  if (rule.marked && !/[0-9+＋—“”"]|[一二三四五六七八九十百千万]{2}/.test(core)) return true;
  // 6座远城区污水处理厂 (座远/x): a count before the name, its measure word glued to it or not, counts a kind.
  const before = s.ctx.folded.slice(Math.max(0, s.start - 4), s.start + 1);
  if (COUNTED_BEFORE.test(before.slice(0, -1)) || GLUED_MEASURE.test(before)) return true;
  // 五大片区, 三大平台, 三座中型水库: a count of kinds; 北辰水厂2项配套工程: a list's last item and its counted head.
  if (COUNTED_INSIDE.test(core)) return true;
  return /^(?:[一二三四五六七八九十两几多数]+大|[0-9一二三四五六七八九十两几多数]+[座个项条家所批])/.test(core);
}

/** A national or provincial name (国家现代农业产业园): a designation when nothing proper is in it. */
export function isDesignation(s: Span): boolean {
  return /^(?:国家级|国家|全国|省级|市级)/.test(s.core);
}

/** Heads of projects, companies and zones: without a proper word they name a kind of thing. */
export function isKindHead(s: Span): boolean {
  const type = s.rule.type;
  return type === 'Project' || type === 'Company' || (type === 'Place' && s.rule.subtype === 'zone');
}

/** Does this name name a kind of thing, a word, or nothing, rather than one thing? */
export function rejected(s: Span): boolean {
  if (wrongHead(s) || namesAKind(s)) return true;
  // Without a proper word, a national or provincial 示范区/产业园/基地 is a designation (国家现代农业产业园), and
  // any other project, zone or company head names a kind of thing, not one thing (循环经济产业园, 跨国公司).
  if (isKindHead(s) && !s.specific && !isDesignation(s) && KIND_HEADS.has(s.rule.suffix)) return true;
  // 污染治理工程: a kind of works, not one.
  return s.rule.suffix === '工程' && !s.specific && typeOfWorks(s.core, '工程') === 'Project';
}
