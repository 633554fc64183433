// Names found from their head: a typing suffix (有限公司, 项目, 示范区, 战略, 中心, 产业, 博览会…),
// extended to the left over name-internal words until a predicate, a function word or punctuation.
// Each step lives in suffix/: head → expand → start → span → checks → typing → emit.
import type { Candidate, SentenceContext } from './candidates';
import { rejected } from './suffix/checks';
import { candidatesOf } from './suffix/emit';
import { expandLeft } from './suffix/expand';
import { headAt } from './suffix/head';
import { spanOf } from './suffix/span';
import { settleStart } from './suffix/start';
import { typeOf } from './suffix/typing';
import type { Token } from './tokens';

export { suffixRuleAt } from './suffix/rules';
export { isPunct, nameInternal } from './suffix/tokenClass';
export { typeOfWorks } from './suffix/worksType';

/** The candidates of the name whose head ends at token k, if it names one thing. */
function chunkAt(tokens: Token[], k: number, ctx: SentenceContext): Candidate[] {
  const head = headAt(tokens, k, ctx);
  if (!head) return [];
  const start = settleStart(head, expandLeft(head));
  if (start === null) return [];
  const span = spanOf(head, start);
  if (!span || rejected(span)) return [];
  const typed = typeOf(span);
  return typed ? candidatesOf(span, typed) : [];
}

export function suffixChunks(tokens: Token[], ctx: SentenceContext): Candidate[] {
  return tokens.flatMap((_, k) => chunkAt(tokens, k, ctx));
}
