// The items after the first: each runs to the next separator; the last one ends where the list's head begins.
import type { SentenceContext } from '../candidates';
import { isPunct } from '../chunker';
import { itemEnds } from '../statusWords';
import type { Token } from '../tokens';
import { itemToken } from './itemToken';
import { COUNT_NUMBER, MEASURE } from '../words/counts';
import type { Item } from './types';

interface Collected {
  items: Item[];
  /** Index of the separator that ended the list (its items resume after it). */
  c: number;
  /** Index after the last item's last token. */
  last: number;
  /** The list's head was found glued into the last item (大同等市). */
  gluedHead: boolean;
}

/** A count after a later item (地表水厂4项市政配套设施) opens the list's head. */
const COUNT = new RegExp(`^${COUNT_NUMBER}\\s*${MEASURE}`);

/** The items joined by 、 (and 和, 及, 与) after the first one. */
function collect(tokens: Token[], k: number, first: Item, ctx: SentenceContext): Collected {
  const s = ctx.folded;
  const items: Item[] = [first];
  let c = k;
  let last = c;
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
      !(d > c + 1 && (itemEnds(s.slice(tokens[d].start, ctx.end)) || COUNT.test(s.slice(tokens[d].start, ctx.end)))) &&
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
      return { items, c, last, gluedHead: true };
    }
    items.push(item);
    last = d;
    c = d;
  }
  return { items, c, last, gluedHead: false };
}

/** The items of the list whose first 、 is at k, where its items end, and the separator to resume after. */
export function laterItems(
  tokens: Token[],
  k: number,
  first: Item,
  ctx: SentenceContext,
): { items: Item[]; end: number; c: number } {
  const s = ctx.folded;
  const collected = collect(tokens, k, first, ctx);
  const { items, c, gluedHead } = collected;
  let last = collected.last;
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
  const end = counted || lead || gluedHead ? lastItem.end : (tokens[last - 1]?.end ?? tokens[k].end);
  return { items, end, c };
}
