// Growing a name to the left of its head, over name-internal words, until a predicate or a complete earlier name.
import { FALSE_HEADS, PREDICATE_AFTER_NAME, STOP_BUT_NAME_START } from '../lexicon';
import { suffixRuleAt } from './rules';
import type { Head } from './span';
import { nameInternal } from './tokenClass';

/** 阳曲示范区 建设 消费品特色园区: a verb right after a complete name is the predicate of that name. */
function predicateOfEarlierName(h: Head, i: number): boolean {
  const { tokens, ctx } = h;
  const t = tokens[i - 1];
  if (!(PREDICATE_AFTER_NAME.has(t.w) && i - 2 >= 0)) return false;
  const r0 = suffixRuleAt(ctx.folded, tokens[i - 2].end, ctx.start);
  if (
    r0 &&
    (r0.type === 'Place' || r0.type === 'Company' || r0.type === 'Organization') &&
    !FALSE_HEADS.has(tokens[i - 2].w)
  )
    return true;
  // 武汉建设国际性综合交通枢纽: a place name, then the verb.
  return tokens[i - 2].t === 'ns' && t.w === '建设';
}

/** Apposition: 千年古街钟楼街 — an earlier complete name of the same kind ends the name. */
function apposition(h: Head, i: number): boolean {
  const { tokens, ctx, j, rule } = h;
  if (!(i < j || tokens[j].start < h.suffixStart)) return false;
  const t = tokens[i - 1];
  const r2 = suffixRuleAt(ctx.folded, t.end, ctx.start);
  return (
    !!r2 &&
    r2.type === rule.type &&
    r2.subtype === rule.subtype &&
    t.w.length >= 2 &&
    rule.type === 'Place' &&
    rule.subtype === 'site'
  );
}

/** Index of the leftmost token the name may reach. */
export function expandLeft(h: Head): number {
  const { tokens, ctx, rule, end } = h;
  let i = h.j;
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
    if (predicateOfEarlierName(h, i) || apposition(h, i)) break;
    i--;
  }
  return i;
}
