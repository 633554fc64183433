// Where a name begins: trimming what cannot begin a name (numbers, verbs, manners, quotes, dates, counts).
import { DESIGNATION_BATCH, DESIGNATION_VERB, STOP_BUT_NAME_START, STOP_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import type { Head } from './span';
import { CLOSE_Q, NUMERIC, OPEN_Q } from './tokenClass';

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
  '布局',
  '布局建设',
  '谋划',
  '破局',
  '战胜',
]);
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

const DYNASTIES = /^[夏商周秦汉魏晋隋唐宋元明清]{1,2}(?:代|朝)?$/;

/** Does this token, first in the span, belong to a count, a date or a stray mark rather than the name? */
function countOrMark(tokens: Token[], i: number, j: number): boolean {
  const t = tokens[i];
  if (CLOSE_Q.has(t.w) || t.w === ')' || t.w === '—' || t.w === '-' || t.w === '·') return true;
  // A number stays when it is the name itself before its head (12345热线, 5G网络, 2号线).
  const numbered = i + 1 <= j && /^[号期线]/.test(tokens[i + 1].w);
  if (NUMERIC.test(t.w) && !numbered && !t.w.startsWith('第') && i + 1 < j) return true;
  if (t.t === 'm' && /^[0-9.]+[%万亿]*$/.test(t.w) && !numbered) return true;
  // 1.1万个重大产业项目, 5条高铁: a measure word after a count belongs to the count.
  if (t.t === 'q' && i > 0 && /[0-9一二三四五六七八九十百千万亿两几多]$/.test(tokens[i - 1].w)) return true;
  // 2026年河南省政府: the year before a name is not part of it.
  return isDateWord(t);
}

/** 2025年, 今年: a date before a name is not part of it; a dynasty opens one (汉魏洛阳故城, 明清街区). */
export function isDateWord(t: Token): boolean {
  return /^(?:[0-9]{2,4})?年$/.test(t.w) || (t.t === 't' && !DYNASTIES.test(t.w));
}

/** Does this token, first in the span, say what is done to the name rather than name it? */
function leadingPredicate(t: Token, i: number, j: number): boolean {
  if (
    (t.t === 'v' || t.t === 'vn' || STOP_WORDS.has(t.w)) &&
    i + 1 <= j &&
    (STOP_WORDS.has(t.w) || t.t === 'v' || LEADING_VERBS.has(t.w))
  )
    return true;
  // 改扩建京沪高速, 高质量建设…示范区: how the work is done is not part of its name.
  if ((LEADING_VERBS.has(t.w) || LEADING_MANNER.has(t.w)) && i + 1 <= j) return true;
  // 全面完成/l, 严格控制/n: idioms jieba keeps whole that open with a predicate adverb.
  return t.w.length >= 4 && LEADING_PREDICATE.test(t.w) && i + 1 <= j;
}

/** Trim what cannot begin a name: numbers and measure words, stray closing quotes, leading modifiers. */
function trimStart(tokens: Token[], i: number, j: number): number {
  while (i < j) {
    if (countOrMark(tokens, i, j)) i++;
    else if (STOP_BUT_NAME_START.has(tokens[i].w)) break;
    else if (leadingPredicate(tokens[i], i, j)) i++;
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

/** The start of the token span, then past unbalanced quotes and brackets; null when no name is left. */
function spanStart(h: Head, left: number): number | null {
  const { tokens, j, suffixStart, end } = h;
  const text = h.ctx.folded;
  const i = trimStart(tokens, left, j);
  let start = tokens[i]?.start ?? suffixStart;
  if (start > suffixStart) start = tokens[j].start;
  const balanced = balanceQuotes(text, start, end);
  if (balanced === null) return null;
  start = balanced;
  // A closing bracket whose opening one lies outside the name: the name starts after it ((县、区)老年福利院).
  const close = Math.max(text.lastIndexOf(')', end - 1), text.lastIndexOf('）', end - 1));
  if (close >= start && close < end) {
    const open = Math.max(text.lastIndexOf('(', close), text.lastIndexOf('（', close));
    if (open < start) start = close + 1;
  }
  // 2025年青禾…, 3月北辰…: jieba may glue the 年 or 月 of a date to the name (年青 is a word).
  if (/[年月日]/.test(text[start]) && /[0-9０-９]/.test(text[start - 1] ?? '')) start++;
  return start;
}

/** Where the name begins, given the leftmost token it may reach; null when nothing is left before the head. */
export function settleStart(h: Head, left: number): number | null {
  const { tokens, rule, suffixStart } = h;
  const text = h.ctx.folded;
  let start = spanStart(h, left);
  if (start === null) return null;
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
  return start >= suffixStart ? null : start;
}
