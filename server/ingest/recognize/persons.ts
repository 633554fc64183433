// Persons named after their role, and the place the role names.
import type { Candidate, SentenceContext } from './candidates';
import { ROLES, STOP_WORDS } from './lexicon';
import type { Token } from './tokens';

/** Role + name: 市长张新伟, 太原市委书记韦韬. */
export function persons(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const s = ctx.folded;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const role = ROLES.find((r) => t.w.endsWith(r));
    if (!role || k + 1 >= tokens.length) continue;
    const n = tokens[k + 1];
    let end = -1;
    const unknownWord = n.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(n.w);
    if (((n.t === 'nr' || n.t === 'nrfg' || n.t === 'nrt') && n.w.length >= 2 && n.w.length <= 3) || unknownWord)
      end = n.end;
    else if ((n.t === 'nr' || n.t === 'nrfg') && n.w.length === 1 && k + 2 < tokens.length) {
      const m = tokens[k + 2];
      if (/^[\u4e00-\u9fff]{1,2}$/.test(m.w) && !STOP_WORDS.has(m.w) && m.t !== 'v' && m.t !== 'p') end = m.end;
    }
    if (end < 0 || end - n.start > 3) continue;
    out.push({ start: n.start, end, type: 'Person', rule: `role:${role}`, score: 2.5, name: s.slice(n.start, end) });
    // 临川市委书记: the word before 市委/市长 names the city even without its 市.
    const level =
      /^(省|市|县|区)(?:委|长|政府)/.exec(t.w.slice(t.w.length - role.length))?.[1] ?? /^(省|市|县|区)/.exec(t.w)?.[1];
    const prev = tokens[k - 1];
    const bare = t.w.length > role.length ? null : prev;
    if (
      level &&
      bare &&
      bare.start >= ctx.start &&
      (bare.t === 'ns' || (bare.t === 'x' && /^[\u4e00-\u9fff]{2,3}$/.test(bare.w)))
    ) {
      const subtype = ({ 省: 'province', 市: 'city', 县: 'county', 区: 'district' } as const)[
        level as '省' | '市' | '县' | '区'
      ];
      out.push({
        start: bare.start,
        end: bare.end,
        type: 'Place',
        subtype,
        name: bare.w + level,
        rule: 'role-place',
        score: 2.2,
      });
    }
  }
  return out;
}
