// The type of a name read from its head: the rule's type, changed by what the sentence says of the name.
import type { EntityType, PlaceSubtype } from '../../../ontology';
import type { SentenceContext } from '../candidates';
import type { Token } from '../tokens';
import { isDesignation, isKindHead } from './checks';
import type { Span } from './span';
import { PROPER_TAGS } from './tokenClass';
import { typeOfWorks } from './worksType';

export interface Typed {
  type: EntityType;
  subtype?: PlaceSubtype;
}

export const ADMIN = new Set(['province', 'city', 'county', 'district', 'town']);
const LANDMARK_WORKS = new Set(['铁路', '机场', '南站', '北站', '东站', '西站', '站', '水库', '城际', '公路']);
const CONSTRUCTION =
  /建设|建成|开工|通车|改扩建|扩建|新建|改造|推进|加快|实施|谋划|启动|完工|竣工|投用|投运|开通|贯通|修建|规划|前期|延伸|升级|提质|扩容|复线|电气化|运营|开行|试运行|双跑道|二期|三期/;
/** A verb right before a building that makes it (建成文旅大数据中心); 建设 alone also founds institutions. */
const BUILT_BEFORE = /(?:建成|新建|开工建设|高质量建设|加快建设|启动建设)$/;
const UNDER_CONSTRUCTION = /^(?:在[^，,]{2,16})?(?:开工)?(?:建设|开工|封顶|主体完工)/;

function clauseAround(text: string, start: number, end: number, ctx: SentenceContext): [number, number] {
  let a = start;
  while (a > ctx.start && !/[，,；;：:。]/.test(text[a - 1])) a--;
  let b = end;
  while (b < ctx.end && !/[，,；;：:。]/.test(text[b])) b++;
  return [a, b];
}

/** A railway, airport or road merely named as a landmark is a place; one being built is a project. */
function merelyNamed(s: Span): boolean {
  const text = s.ctx.folded;
  const [ca, cb] = clauseAround(text, s.start, s.end, s.ctx);
  return !CONSTRUCTION.test(text.slice(ca, s.start)) && !CONSTRUCTION.test(text.slice(s.end, cb));
}

/** A 中心 or 馆 being built is a building, not an institution (…展示中心在太忻一体化经济区建设). */
function beingBuilt(s: Span): boolean {
  const { core, ctx, start, end } = s;
  const text = ctx.folded;
  return (
    /(?:中心|馆|大楼|大厦)$/.test(core) &&
    !/(?:研究|创新|研发)中心$/.test(core) &&
    (UNDER_CONSTRUCTION.test(text.slice(end, Math.min(ctx.end, end + 24))) ||
      BUILT_BEFORE.test(text.slice(Math.max(ctx.start, start - 6), start)) ||
      /^(?:正式|全面|顺利)?(?:建成|投用|投运|竣工)/.test(text.slice(end, ctx.end)))
  );
}

/** The rule's type, changed by a designation, a landmark, works or a building under way. */
function retyped(s: Span): Typed {
  const { rule, core } = s;
  let type = rule.type;
  let subtype = rule.subtype;
  // 国家会议中心二期: a phase is of built works, never a designation.
  if (isKindHead(s) && !s.specific && isDesignation(s) && type !== 'Place' && !rule.suffix.endsWith('期')) {
    type = 'Policy';
    subtype = undefined;
  }
  if (type === 'Project' && LANDMARK_WORKS.has(rule.suffix) && merelyNamed(s)) {
    type = 'Place';
    subtype = 'site';
  }
  if (rule.suffix === '工程' || rule.suffix === '行动') {
    type = rule.suffix === '工程' ? typeOfWorks(core, '工程') : 'Policy';
    subtype = undefined;
  }
  if (type === 'Organization' && beingBuilt(s)) type = 'Project';
  return { type, subtype };
}

/** An administrative place is a proper name and its level (阳曲县, 小店区), nothing else. */
function badAdminName(s: Span): boolean {
  const { parts, rule, core } = s;
  // 阳曲县, 小店区: a proper name and the suffix, nothing else.
  const single = parts.length === 1 && (parts[0].t === 'ns' || parts[0].t === 'nz');
  // 青禾/x 县: a word jieba has never seen, before a level, is a place name too.
  const unknown = (t: Token) => t.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(t.w);
  const proper = parts.length === 2 && (PROPER_TAGS.has(parts[0].t) || unknown(parts[0])) && parts[1].w === rule.suffix;
  return (
    !(single || proper) ||
    core.length > 6 ||
    // 太原、大同等市: the head of a list, not a name.
    core[core.length - rule.suffix.length - 1] === '等' ||
    /[0-9一二三四五六七八九十两几多]$/.test(core.slice(0, -rule.suffix.length))
  );
}

/** The name's type, or null when, so typed, it is no name (a list's head, a long site without a proper word). */
export function typeOf(s: Span): Typed | null {
  const typed = retyped(s);
  const { type, subtype } = typed;
  if (type === 'Place' && subtype && ADMIN.has(subtype) && badAdminName(s)) return null;
  if (
    type === 'Place' &&
    subtype === 'site' &&
    s.core.length > 5 &&
    !s.tokens.slice(s.firstTok, s.k + 1).some((t) => PROPER_TAGS.has(t.t))
  )
    return null;
  return typed;
}
