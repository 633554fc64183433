// Lists with a head noun: A、B、C等企业 / 以A、B、C为龙头 — items, and the type their head gives them.
import type { SentenceContext } from '../candidates';
import type { Token } from '../tokens';
import { firstItemStart } from './firstItem';
import { headTyping } from './headType';
import { laterItems } from './laterItems';
import type { Enumeration, Item } from './types';

/** Quotes around an item are no part of its name. */
function unquoted(items: Item[], s: string): Item[] {
  return items.map((it) => {
    let { start, end: e } = it;
    while (start < e && /[“”"‘’]/.test(s[start])) start++;
    while (e > start && /[“”"‘’]/.test(s[e - 1])) e--;
    return { start, end: e };
  });
}

/** A、B、C等企业 / 以A、B、C为龙头: items and the type their head gives them. */
export function enumerations(tokens: Token[], ctx: SentenceContext): Enumeration[] {
  const out: Enumeration[] = [];
  let k = 0;
  while (k < tokens.length) {
    const firstStart = tokens[k].w === '、' ? firstItemStart(tokens, k, ctx) : null;
    if (firstStart === null) {
      k++;
      continue;
    }
    const list = laterItems(tokens, k, { start: firstStart, end: tokens[k - 1].end }, ctx);
    const { type, subtype, suffix, byStatus, end } = headTyping(list.items, list.end, ctx);
    out.push({
      items: unquoted(list.items, ctx.folded).filter((it) => it.end - it.start >= 2 && it.end - it.start <= 16),
      ...(type ? { type } : {}),
      ...(subtype ? { subtype } : {}),
      ...(suffix ? { suffix } : {}),
      ...(byStatus ? { byStatus: true } : {}),
      end,
    });
    k = list.c + 1;
  }
  return out;
}
