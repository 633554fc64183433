// Where the first item of a list begins, walking back from the first 、.
import { plainTagger } from '../../../lexicon/tagger';
import type { SentenceContext } from '../candidates';
import { nameInternal } from '../chunker';
import { STOP_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import { itemToken } from './itemToken';

const LEADING_VERB =
  /^(?:建设|续建|新建|扩建|改建|改造|拓宽|打造|推动|推进|加快|实施|支持|培育|发展|建成|开工建设|战胜|做强|做大|做优|布局|布局建设|谋划)$/;

/** Index of the first item's first token before the 、 at k, or null when no item stands there. */
function firstItemToken(tokens: Token[], k: number, ctx: SentenceContext): number | null {
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
    return a;
  }
  // A first item of words jieba reads as verbs (超/v 聚变/v): back to the predicate or particle before it.
  const first = (t: Token) => t.start >= ctx.start && itemToken(t) && !STOP_WORDS.has(t.w);
  while (a - 1 >= 0 && first(tokens[a - 1]) && tokens[k - 1].end - tokens[a - 1].start <= 8) a--;
  if (a < 0 || !first(tokens[a]) || tokens[k - 1].end - tokens[a].start < 2) return null;
  return a;
}

/** Where the first item begins, before the 、 at k; null when no item stands there. */
export function firstItemStart(tokens: Token[], k: number, ctx: SentenceContext): number | null {
  const a = firstItemToken(tokens, k, ctx);
  if (a === null) return null;
  let firstStart = tokens[a].start;
  // The first item starts after a preposition jieba glued to it (做强以青禾电子 → 青禾电子).
  const firstText = ctx.folded.slice(firstStart, tokens[k - 1].end);
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
  return firstStart;
}
