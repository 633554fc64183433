// A name being read from its head: where the head is, and what has been settled about the name so far.
import type { SentenceContext } from '../candidates';
import { GENERIC_PARTS, type SuffixRule } from '../lexicon';
import type { Token } from '../tokens';
import { isPunct, NUMERIC, PROPER_TAGS } from './tokenClass';

export interface Head {
  tokens: Token[];
  ctx: SentenceContext;
  /** The token that ends with the suffix. */
  k: number;
  /** The token where the suffix starts. */
  j: number;
  rule: SuffixRule;
  suffixStart: number;
  /** End of the name: the head, or past a qualifier, section or session. */
  end: number;
}

export interface Span extends Head {
  start: number;
  /** The name without quotes. */
  core: string;
  /** Index of the name's first token, and its tokens up to the head. */
  firstTok: number;
  parts: Token[];
  /** Does a proper word, a number or a quote make the name one thing? */
  specific: boolean;
}

const QUOTES = /[“”‘’「」『』"]/g;

/** Is the part before the suffix only generic words? */
function isGeneric(tokens: Token[], from: number, to: number, suffixStart: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.start >= suffixStart) break;
    const w = t.end > suffixStart ? t.w.slice(0, suffixStart - t.start) : t.w;
    if (w.length === 0) continue;
    if (isPunct(t)) continue;
    if (!GENERIC_PARTS.has(w) && !NUMERIC.test(w)) return false;
  }
  return true;
}

/** The name from start to its end, or null when its prefix is too short, it is too long or only generic words. */
export function spanOf(h: Head, start: number): Span | null {
  const { tokens, k, rule, suffixStart, end } = h;
  const name = h.ctx.folded.slice(start, end);
  const core = name.replace(QUOTES, '');
  const prefix = name.slice(0, suffixStart - start);
  const prefixLen = suffixStart - start - (prefix.length - prefix.replace(QUOTES, '').length);
  if (prefixLen < rule.minPrefix || core.length > rule.maxLen) return null;
  const firstTok = tokens.findIndex((t) => t.end > start);
  if (isGeneric(tokens, firstTok, k + 1, suffixStart)) return null;
  const parts = tokens.slice(firstTok, k + 1);
  // 城市/ns is a proper tag on a common word: words of the genre never make a name specific.
  // 2025年青禾… (年青/n): the part of a word cut off by the name's start is no word of the language.
  const cut = parts[0] && parts[0].start < start;
  const specific =
    cut ||
    parts.some(
      (t) =>
        !GENERIC_PARTS.has(t.w) &&
        (PROPER_TAGS.has(t.t) || (t.t === 'x' && /[\u4e00-\u9fff]/.test(t.w)) || /[0-9A-Za-z“”"]/.test(t.w)),
    );
  return { ...h, start, core, firstTok, parts, specific };
}
