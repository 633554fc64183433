// What a token may be inside a name: punctuation, name-internal words, proper words.
import { NAME_VERBS, nameAdverb, STOP_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import { SUFFIX_SET, suffixRuleAt } from './rules';

export const OPEN_Q = new Set(['“', '‘', '「', '『', '"']);
export const CLOSE_Q = new Set(['”', '’', '」', '』', '"']);
export const PROPER_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'j', 'nrt', 'nrfg', 'eng']);
export const NUMERIC = /^[0-9０-９一二三四五六七八九十百千万亿两几第]+$/;
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
/** Tags of function words and measure words: never inside a name. */
const FUNCTION_TAGS = new Set(['q', 'r', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'd', 'ad', 'y', 'e', 'o']);

/** jieba tags both punctuation and words it has never seen as x; only the former is punctuation. */
export function isPunct(t: Token): boolean {
  return t.t === 'x' && !/[A-Za-z0-9\u3400-\u9fff]/.test(t.w);
}

/** Words that end a name whatever their tag: function words, resultative 好, negations, glued predicates. */
function endsName(t: Token): boolean {
  if (STOP_WORDS.has(t.w) && !NAME_VERBS.has(t.w)) return true;
  // 落实好育儿补贴制度: the resultative 好 after a verb is not the start of a name; a negation is no name's part.
  if (t.w === '好' || /^[不没未]/.test(t.w)) return true;
  // Verb + 好 (绘好, 建好, 管好) and 之-phrases (举全市之力) end a name.
  if (/^[绘建管守讲写下走打种答办用做抓搞学干选配带育护]好$/.test(t.w) || t.w.startsWith('之')) return true;
  // jieba glues predicates to adverbs (全力支持/n, 大力发展/l): a word that begins or ends with one is not a name part.
  return (
    t.w.length >= 3 &&
    !NAME_VERBS.has(t.w) &&
    !SUFFIX_SET.has(t.w) &&
    !suffixRuleAt(t.w, t.w.length, 0) &&
    (STOP_WORDS.has(t.w.slice(0, 2)) || STOP_WORDS.has(t.w.slice(-2))) &&
    !/^[全各首]/.test(t.w)
  );
}

/** May this token stand inside a name? */
export function nameInternal(t: Token): boolean {
  if (isPunct(t)) return ALLOWED_PUNCT.has(t.w);
  if (endsName(t)) return false;
  if (t.t === 'v' || t.t === 'vd' || t.t === 'vi' || t.t === 'vq') return NAME_VERBS.has(t.w);
  if (nameAdverb(t)) return true;
  if (FUNCTION_TAGS.has(t.t)) return false;
  // 二期, and directions that are part of a name (南岸校区, 东部…通道), not positions (之间, 以上).
  // 第四使馆区, 第三人民医院: an ordinal is part of a name.
  if (t.t === 'm' && /^第[一二三四五六七八九十]+$/.test(t.w)) return true;
  // …and a bare direction inside one (枢纽/西/环线).
  if (t.t === 'f') return /期$/.test(t.w) || /^[东南西北][部岸]?$/.test(t.w);
  return NAME_TAGS.has(t.t) || /^[A-Za-z0-9.]+$/.test(t.w);
}
