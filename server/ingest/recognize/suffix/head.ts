// Finding a name's head (a typing suffix at the end of a token) and what follows it within the name.
import type { SentenceContext } from '../candidates';
import { FALSE_HEADS, type SuffixRule } from '../lexicon';
import type { Token } from '../tokens';
import { suffixRuleAt } from './rules';
import type { Head } from './span';
import { isPunct } from './tokenClass';

/** Does the word ending in this suffix name nothing (a false head, or a 制 that is a word)? */
function falseHead(tokens: Token[], k: number, rule: SuffixRule): boolean {
  const tok = tokens[k];
  if (
    rule.suffix.length <= tok.w.length &&
    (FALSE_HEADS.has(tok.w) || FALSE_HEADS.has(tok.w.slice(-2))) &&
    !(rule.subtype === 'zone' && tok.w.endsWith('园区'))
  )
    return true;
  // 负责制, 承诺制, 链长制 name systems; 体制, 机制, 控制, 编制 are words.
  return (
    rule.suffix === '制' &&
    (!(tok.w.length >= 3 || (tok.w === '制' && k > 0 && tokens[k - 1].t.startsWith('n'))) ||
      /(?:控|体|机|编|限|抵|管|压|遏|研|复|克|牵|节|强|专|法|税|学|建|定|印|绘|录|配|仿|特|自|监|改|创)制$/.test(tok.w))
  );
}

/** A short parenthetical qualifier belongs to the name: 太忻一体化经济区(太原区), 创新中心(山西). */
function qualifierEnd(tokens: Token[], k: number): number {
  const end = tokens[k].end;
  if (!(k + 2 < tokens.length && (tokens[k + 1].w === '(' || tokens[k + 1].w === '（'))) return end;
  let c = k + 2;
  while (c < tokens.length && c < k + 6 && tokens[c].w !== ')' && tokens[c].w !== '）' && !isPunct(tokens[c])) c++;
  if (c < tokens.length && (tokens[c].w === ')' || tokens[c].w === '）') && tokens[c].end - tokens[k + 1].end <= 10)
    return tokens[c].end;
  return end;
}

/** Where the name ends: past its qualifier, the section of a line, the session of a meeting. */
function extendRight(tokens: Token[], k: number, rule: SuffixRule, ctx: SentenceContext): number {
  const text = ctx.folded;
  let end = qualifierEnd(tokens, k);
  // A section of a line or park: 京沪高速新沂至江都段, 雄商高铁河南段.
  const section = /^(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,3})段/.exec(
    text.slice(end, ctx.end),
  );
  if (section && (rule.type === 'Project' || rule.subtype === 'site') && !/[，。、；]/.test(section[0])) {
    end += section[0].length;
  }
  // 第十四届人民代表大会第四次会议: the session is part of the meeting's name.
  const session =
    rule.type === 'Event' ? /^第[一二三四五六七八九十]+次(?:全体)?会议/.exec(text.slice(end, ctx.end)) : null;
  if (session) end += session[0].length;
  return end;
}

/** The head ending at token k, if any. */
export function headAt(tokens: Token[], k: number, ctx: SentenceContext): Head | null {
  const tok = tokens[k];
  if (isPunct(tok)) return null;
  const rule = suffixRuleAt(ctx.folded, tok.end, ctx.start);
  if (!rule || falseHead(tokens, k, rule)) return null;
  const suffixStart = tok.end - rule.suffix.length;
  // The suffix must be the tail of this token or start on a token boundary (示范/城市 → 示范城市).
  let j = k;
  while (j > 0 && tokens[j].start > suffixStart) j--;
  if (tokens[j].start !== suffixStart && j !== k) return null;
  return { tokens, ctx, k, j, rule, suffixStart, end: extendRight(tokens, k, rule, ctx) };
}
