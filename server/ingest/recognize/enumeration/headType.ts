// The type a list's head gives its items: a head noun (等企业), a status (等开工建设), a listing, a lead role, or a
// typing suffix that completes each short item's name (紫金山、太湖等实验室).
import type { EntityType, PlaceSubtype } from '../../../ontology';
import type { SentenceContext } from '../candidates';
import { ENUM_HEADS, SUFFIXES, type SuffixRule } from '../lexicon';
import { LISTED_AFTER, REBUILT_AFTER, STATUS_AFTER } from '../statusWords';
import type { Enumeration, Item } from './types';

type HeadTyping = Omit<Enumeration, 'items'>;
type Follows = Pick<HeadTyping, 'type' | 'byStatus'>;

const HEAD_SUFFIXES = SUFFIXES.filter((r) => r.suffix.length >= 2 && r.type !== 'Policy' && r.type !== 'Industry')
  .filter((r) => !(r.type === 'Place' && ['province', 'city', 'county', 'district', 'town'].includes(r.subtype ?? '')))
  .filter((r) => !['项目', '工程', '企业', '公司', '集团', '中心', '基地', '园区', '产业园', '平台'].includes(r.suffix))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** 等11个投资超10亿元工业项目, 等一批总投资超亿元的项目: the size of the investment stands before the head noun. */
const COUNT_BEFORE_HEAD =
  /^(?:等\s*)?(?:(?:近|约|超|逾)?[0-9一二三四五六七八九十百几多]+\s*[个项家所批类条座户]?)?\s*(?:总?投资(?:超|过|达|超过)?[0-9.]*[千万亿]*(?:美)?元(?:以上)?(?:和超?[0-9.]*[千万亿]*美?元(?:以上)?)?的?)?\s*/;

/** The typing suffix a head noun starts with (实验室建设 → 实验室). */
function headSuffix(rest: string): SuffixRule | undefined {
  // 长风、亲贤、柳巷等重点商圈: a describing word may stand before the head.
  const bare = rest.replace(/^(?:重点|特色|主要|知名|大型|国家级|省级|市级|核心|传统|新兴|历史文化)/, '');
  return HEAD_SUFFIXES.find((r) => bare.startsWith(r.suffix));
}

/** The type a head noun gives, and the length it adds to the list. */
function byHeadNoun(rest: string): { type: EntityType; subtype?: PlaceSubtype; length: number } | null {
  for (const h of ENUM_HEADS) {
    const m = h.head.exec(rest);
    if (m) return { type: h.type, subtype: h.subtype, length: m[0].length };
  }
  return null;
}

/** Without a head noun: the type what follows the list gives (a status, a listing, a lead role). */
function byWhatFollows(items: Item[], rest: string, before: string, s: string): Follows | null {
  // 北京工业大学房山校区、北京儿童医院亦庄院区等开工建设: what starts, opens or is completed is a project;
  // 青禾公路、北辰北线新建改造: so is what is built, rebuilt or widened.
  // …but a list of activities (老旧小区改造、城中村改造) is not one of works.
  const activities = items.some((it) => /改造|建设|治理|提升/.test(s.slice(it.start, it.end)));
  if (STATUS_AFTER.test(rest) || (REBUILT_AFTER.test(rest) && !activities)) return { type: 'Project', byStatus: true };
  // 青禾科技、北辰工业成功上市: what lists on an exchange is a company.
  if (LISTED_AFTER.test(rest)) return { type: 'Company', byStatus: true };
  if (/^为?(?:龙头|代表|主导|核心|骨干|引领)/.test(rest) && (before.endsWith('以') || /^为?龙头/.test(rest)))
    return { type: 'Company' };
  return null;
}

/** 紫金山、太湖、钟山等实验室; 赵口、陆浑等灌区: short items share the head's suffix, which completes each name. */
function bySharedSuffix(items: Item[], rest: string, s: string): SuffixRule | undefined {
  const rule = headSuffix(rest);
  if (!rule) return undefined;
  // 太原至长春、太原经徐州至上海等高铁: a line's items name its ends, however long.
  const line = (it: Item) =>
    /至/.test(s.slice(it.start, it.end)) &&
    it.end - it.start <= 12 &&
    /高铁|铁路|高速|公路|城际|航线/.test(rule.suffix);
  // 京哈(扩建): a parenthetical qualifier is no part of the short name's length.
  const bare = (it: Item) => s.slice(it.start, it.end).replace(/\([^)]*\)$/, '').length;
  return items.every((it) => bare(it) <= 5 || line(it)) ? rule : undefined;
}

/** The type the head after the list (ending at end) gives its items, and where the enumeration ends. */
export function headTyping(items: Item[], end: number, ctx: SentenceContext): HeadTyping {
  const s = ctx.folded;
  const after = s.slice(end, Math.min(ctx.end, end + 24));
  const head = COUNT_BEFORE_HEAD.exec(after);
  const headLen = head?.[0].length ?? 0;
  const before = s.slice(Math.max(ctx.start, items[0].start - 2), items[0].start);
  const rest = head ? after.slice(head[0].length) : after;
  // 纾困解难、投建运营一批项目: without 等, "一批 X" counts what the verbs act on; the items are not Xs.
  const countedHead = !head?.[0].startsWith('等') && /^一(?:批|大批)/.test(rest);
  const noun = countedHead ? null : byHeadNoun(rest);
  let typed: HeadTyping = noun
    ? { type: noun.type, subtype: noun.subtype, end: end + headLen + noun.length }
    : { ...(byWhatFollows(items, rest, before, s) ?? {}), end };
  const rule = head?.[0].startsWith('等') ? bySharedSuffix(items, rest, s) : undefined;
  if (rule) {
    const suffixEnd = end + headLen + rest.indexOf(rule.suffix) + rule.suffix.length;
    typed = { ...typed, type: rule.type, subtype: rule.subtype, suffix: rule.suffix, end: suffixEnd };
  }
  return typed;
}
