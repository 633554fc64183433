// Enumerations of one: a name followed by 等 and a head noun.
import type { SentenceContext } from '../candidates';
import { nameInternal } from '../chunker';
import { ENUM_HEADS } from '../lexicon';
import type { Token } from '../tokens';
import type { Enumeration } from './types';

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
