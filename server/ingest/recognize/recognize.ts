// Entity recognition for one document: candidates from every rule, then a selection without partial overlaps.
import type { Span } from '../../model';
import type { Candidate, SentenceContext } from './candidates';
import { suffixChunks } from './chunker';
import type { Gazetteer } from './gazetteer';
import { ellipsis, enumerationItems, enumerations, persons, quotedNames, sloganPlaces, statusProjects, type Enumeration } from './patterns';
import { tagger, tokenize, type Token } from './tokens';

export interface SentenceAnalysis {
  index: number;
  span: Span;
  tokens: Token[];
  /** Selected mentions: top-level names and names nested inside them. */
  mentions: Candidate[];
  enumerations: Enumeration[];
}

function gazetteerCandidates(gaz: Gazetteer, tokens: Token[], ctx: SentenceContext): Candidate[] {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: Candidate[] = [];
  for (const m of gaz.scan(ctx.folded, ctx.start, ctx.end)) {
    // A known name cut out of a longer word is not a mention (长治 inside 长治久安).
    if (!ends.has(m.end) || !starts.has(m.start)) {
      const wordEnd = tokens.find((t) => t.start < m.end && t.end > m.end);
      const wordStart = tokens.find((t) => t.start < m.start && t.end > m.start);
      if (wordEnd && !/^[市省县区镇]/.test(ctx.folded.slice(m.end, m.end + 1))) continue;
      if (wordStart) continue;
    }
    out.push({ start: m.start, end: m.end, type: m.entry.type, ...(m.entry.subtype ? { subtype: m.entry.subtype } : {}), rule: 'gazetteer', score: 3, gaz: m.entry });
  }
  return out;
}

/** Items of an untyped enumeration take the type their typed siblings agree on (方特、晋阳里正式开业). */
function siblingItems(enums: Enumeration[], chosen: Candidate[], folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const e of enums) {
    if (e.type || e.items.length < 2) continue;
    const typed = e.items.map((it) => chosen.find((c) => !c.nested && c.start === it.start && c.end === it.end));
    const kinds = new Set(typed.filter((c): c is Candidate => !!c).map((c) => `${c.type}|${c.subtype ?? ''}`));
    if (kinds.size !== 1 || typed.filter(Boolean).length < Math.ceil(e.items.length / 2)) continue;
    const [type, subtype] = [...kinds][0].split('|');
    e.items.forEach((it, n) => {
      // Only short, plain names: the typed siblings vouch for them (方特、晋阳里).
      if (typed[n] || it.end - it.start > 4 || /[0-9A-Za-z经至和与]/.test(folded.slice(it.start, it.end))) return;
      out.push({ start: it.start, end: it.end, type: type as Candidate['type'], ...(subtype ? { subtype: subtype as Candidate['subtype'] } : {}), rule: 'enumeration:sibling', score: 1.2 });
    });
  }
  return out;
}

export function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start);
  const top: Candidate[] = [];
  const nested: Candidate[] = [];
  for (const c of sorted) {
    const overlapping = top.filter((t) => c.start < t.end && t.start < c.end);
    if (overlapping.length === 0) {
      top.push(c);
      continue;
    }
    const inside = overlapping.length === 1 && overlapping[0].start <= c.start && c.end <= overlapping[0].end && !(overlapping[0].start === c.start && overlapping[0].end === c.end);
    if (inside && (c.nested || c.gaz) && !nested.some((n) => n.start === c.start && n.end === c.end)) nested.push({ ...c, nested: true });
  }
  return [...top, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}

export function recognize(folded: string, sentences: Span[], gaz: Gazetteer): SentenceAnalysis[] {
  const jieba = tagger(gaz.allNames());
  return sentences.map((span, index) => {
    const ctx: SentenceContext = { folded, start: span.start, end: span.end, index };
    const tokens = tokenize(jieba, folded.slice(span.start, span.end), span.start);
    const enums = enumerations(tokens, ctx);
    const cands = [
      ...gazetteerCandidates(gaz, tokens, ctx),
      ...suffixChunks(tokens, ctx),
      ...quotedNames(ctx),
      ...ellipsis(ctx),
      ...sloganPlaces(ctx, gaz),
      ...persons(tokens, ctx),
      ...enumerationItems(enums, ctx),
      ...statusProjects(tokens, ctx),
    ];
    let chosen = select(cands);
    const siblings = siblingItems(enums, chosen, folded);
    if (siblings.length > 0) chosen = select([...cands, ...siblings]);
    return { index, span, tokens, mentions: chosen, enumerations: enums };
  });
}
