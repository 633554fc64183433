// Candidates from the items of a typed enumeration, and the developer firm that names a listed project.
import type { Candidate, SentenceContext } from '../candidates';
import { GENERIC_PARTS, STOP_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import type { Enumeration } from './types';

/** Items of an enumeration that no other rule typed take the head's type. */
export function enumerationItems(enums: Enumeration[], ctx: SentenceContext, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of enums) {
    if (!e.type) continue;
    // 长风、亲贤、柳巷等商圈: among short names, a word of the language is a name too.
    const tokensOf = (it: { start: number; end: number }) =>
      tokens.filter((t) => t.start >= it.start && t.end <= it.end);
    const short = e.items.every((it) => it.end - it.start <= 4);
    const proper = short ? e.items.filter((it) => tokensOf(it).some(properToken)).length : 0;
    const amongNames = proper >= 2 && proper >= e.items.length - 1;
    for (const it of e.items) {
      const name = ctx.folded.slice(it.start, it.end).replace(/[“”"]/g, '');
      if (GENERIC_PARTS.has(name) || STOP_WORDS.has(name) || name.length < 2) continue;
      // A single common word is not a name (设备、材料等项目).
      const inside = tokens.filter((t) => t.start >= it.start && t.end <= it.end);
      // 老旧小区: words that are each generic make no name together.
      if (inside.length > 0 && inside.every((t) => GENERIC_PARTS.has(t.w))) continue;
      // 规模大、质量高、信誉好等企业: a noun and its predicate describe, they name nothing.
      const tail = inside[inside.length - 1];
      if (inside.length >= 2 && tail && (tail.t === 'a' || /^[多高好大强优快低少响广深稳]$/.test(tail.w))) continue;
      const commonWord =
        inside.length === 1 && name.length <= 2 && ['n', 'vn', 'v', 'a', 'ad', 'an'].includes(inside[0].t);
      if (commonWord && !amongNames) continue;
      // Typed by a status verb alone, an item must be a proper name (a place word, an unknown word, a number).
      if (e.byStatus && !inside.some(properToken)) continue;
      // The head completes the name before its qualifier: 京哈(扩建) → 京哈高速公路(扩建).
      const qualifier = /\([^)]*\)$/.exec(name)?.[0] ?? '';
      const stem = name.slice(0, name.length - qualifier.length);
      const full = e.suffix && !stem.endsWith(e.suffix) ? stem + e.suffix + qualifier : undefined;
      out.push({
        start: it.start,
        end: it.end,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        ...(full ? { name: full } : {}),
        rule: full ? 'enumeration:head-suffix' : 'enumeration',
        score: full ? 2.9 : 1.8,
      });
      const firm = e.type === 'Project' && !e.byStatus ? developerPrefix(inside) : null;
      if (firm) out.push({ ...firm, type: 'Company', rule: 'enumeration:developer', score: 1.5, nested: true });
    }
  }
  return out;
}

const properToken = (t: Token): boolean =>
  ['ns', 'nz', 'nt', 'j', 'eng', 'nr'].includes(t.t) ||
  /[0-9]/.test(t.w) ||
  (t.t === 'x' && /[\u4e00-\u9fff]/.test(t.w));

/**
 * 众擎机器人全球生产制造中心、仕佳光子通信芯片等项目: a listed project named by its firm first — a word jieba does
 * not know and one noun after it — and what it makes or builds after that.
 */
function developerPrefix(inside: Token[]): { start: number; end: number } | null {
  const [a, b, ...rest] = inside;
  if (!a || !b || rest.length === 0) return null;
  if (!(a.t === 'x' || a.t === 'nz') || a.w.length < 2 || !/^[\u4e00-\u9fff]+$/.test(a.w)) return null;
  if (b.t !== 'n' || b.w.length < 2 || b.w.length > 3 || GENERIC_PARTS.has(b.w)) return null;
  return rest.map((t) => t.w).join('').length >= 2 ? { start: a.start, end: b.end } : null;
}
