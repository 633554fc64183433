// Entity recognition for one document: candidates from every rule, then a selection without partial overlaps.
import type { Span } from '../../model';
import type { Candidate, SentenceContext } from './candidates';
import { suffixChunks } from './chunker';
import { Gazetteer, type GazEntry } from '../../lexicon/gazetteer';
import { GENERIC_PARTS, SUFFIXES } from './lexicon';
import {
  ellipsis,
  enumerationItems,
  enumerations,
  persons,
  quotedNames,
  ringRoads,
  singleItemHeads,
  sloganPlaces,
  statusProjects,
  titledDocuments,
  designations,
  type Enumeration,
} from './patterns';
import { policyNames } from './policyNames';
import { relativeReferences } from './relative';
import { riverSections } from './riverSections';
import { tagger } from '../../lexicon/tagger';
import { tokenize, type Token } from './tokens';
import type { DocumentRegion } from '../region';

export interface SentenceAnalysis {
  index: number;
  span: Span;
  tokens: Token[];
  /** Selected mentions: top-level names and names nested inside them. */
  mentions: Candidate[];
  enumerations: Enumeration[];
}

const DOCTRINE_AFTER = /^(?:特色社会主义|式现代化|梦)/;

function gazetteerCandidates(gaz: Gazetteer, tokens: Token[], ctx: SentenceContext, curated = true): Candidate[] {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const out: Candidate[] = [];
  const matches = [...gaz.scan(ctx.folded, ctx.start, ctx.end)];
  // 山西太原/ns: jieba glues a place to its parent; two known names that make up the word are both mentions.
  const glued = (m: { start: number; end: number }): boolean => {
    const word = tokens.find((t) => t.start <= m.start && m.end <= t.end);
    // 台湾同胞/n: the compatriots of a place are named after it.
    if (word && m.start === word.start && ctx.folded.slice(m.end, word.end) === '同胞') return true;
    if (!word || word.t !== 'ns') return false;
    const rest = m.start === word.start ? [m.end, word.end] : m.end === word.end ? [word.start, m.start] : null;
    return !!rest && matches.some((x) => x.start === rest[0] && x.end === rest[1]);
  };
  for (const m of matches) {
    // 中国特色社会主义, 中国式现代化: the country inside a set phrase of the doctrine is not a place mentioned.
    if (m.entry.subtype === 'country' && DOCTRINE_AFTER.test(ctx.folded.slice(m.end, m.end + 6))) continue;
    // A known name cut out of a longer word is not a mention (长治 inside 长治久安).
    if ((!ends.has(m.end) || !starts.has(m.start)) && !glued(m)) {
      const wordEnd = tokens.find((t) => t.start < m.end && t.end > m.end);
      const wordStart = tokens.find((t) => t.start < m.start && t.end > m.start);
      // …unless jieba glued the name to its level or to the 等 of a list (大/a 同等/b 市).
      if (wordEnd && !/^[市省县区镇等]/.test(ctx.folded.slice(m.end, m.end + 1))) continue;
      if (wordStart) continue;
    }
    if (curated) {
      out.push({
        start: m.start,
        end: m.end,
        type: m.entry.type,
        ...(m.entry.subtype ? { subtype: m.entry.subtype } : {}),
        rule: 'gazetteer',
        score: 3,
        gaz: m.entry,
      });
      // A known name of another kind opening this one (太忻一体化 in 太忻一体化经济区): a name inside it.
      for (let end = m.end - 1; end - m.start >= 2; end--) {
        if (!ends.has(end)) continue;
        const inner = gaz.lookupKey(ctx.folded.slice(m.start, end).toLowerCase());
        if (inner && inner.type !== m.entry.type) {
          out.push({
            start: m.start,
            end,
            type: inner.type,
            ...(inner.subtype ? { subtype: inner.subtype } : {}),
            rule: 'gazetteer',
            score: 3,
            gaz: inner,
            nested: true,
          });
          break;
        }
      }
    } else
      out.push({
        start: m.start,
        end: m.end,
        type: m.entry.type,
        ...(m.entry.subtype ? { subtype: m.entry.subtype } : {}),
        rule: 'propagated',
        score: 1.1,
        ...(m.entry.name_zh !== ctx.folded.slice(m.start, m.end) ? { name: m.entry.name_zh } : {}),
      });
  }
  return out;
}

const HEAD_WORDS = new Set(SUFFIXES.map((r) => r.suffix));

/** Items of an untyped enumeration take the type their typed siblings agree on (方特、晋阳里正式开业). */
function siblingItems(enums: Enumeration[], chosen: Candidate[], folded: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of enums) {
    if (e.type || e.items.length < 2) continue;
    // The last item runs to the next separator (比亚迪冲刺百亿规模): a known name opening it types it.
    const typed = e.items.map((it, n) =>
      chosen.find(
        (c) =>
          !c.nested &&
          c.start === it.start &&
          (c.end === it.end ||
            (n === e.items.length - 1 &&
              c.gaz &&
              c.end < it.end &&
              !['x', 'nz', 'nr', 'ns', 'nt', 'j', 'eng', 'n'].includes(
                tokens.find((t) => t.start === c.end)?.t ?? 'x',
              ))),
      ),
    );
    const kinds = new Set(typed.filter((c): c is Candidate => !!c).map((c) => `${c.type}|${c.subtype ?? ''}`));
    if (kinds.size !== 1 || typed.filter(Boolean).length < Math.ceil(e.items.length / 2)) continue;
    const [type, subtype] = [...kinds][0].split('|');
    e.items.forEach((it, n) => {
      // Only short, plain names: the typed siblings vouch for them (方特、晋阳里); a bare head (集团) names nothing.
      const text = folded.slice(it.start, it.end);
      if (typed[n] || it.end - it.start > 4 || /[0-9A-Za-z经至和与]/.test(text) || HEAD_WORDS.has(text)) return;
      // An idiom or a predicate jieba knows as one word (扎根太原、建功立业) is no sibling name.
      const own = tokens.filter((t) => t.start >= it.start && t.end <= it.end);
      if (own.length === 1 && !['ns', 'nr', 'nz', 'nt', 'x', 'j', 'nrt', 'nrfg', 'eng'].includes(own[0].t)) return;
      out.push({
        start: it.start,
        end: it.end,
        type: type as Candidate['type'],
        ...(subtype ? { subtype: subtype as Candidate['subtype'] } : {}),
        rule: 'enumeration:sibling',
        score: 1.2,
      });
    });
  }
  return out;
}

export function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const top: Candidate[] = [];
  const nested: Candidate[] = [];
  for (const c of sorted) {
    const overlapping = top.filter((t) => c.start < t.end && t.start < c.end);
    if (overlapping.length === 0) {
      top.push(c);
      continue;
    }
    const inside =
      overlapping.length === 1 &&
      overlapping[0].start <= c.start &&
      c.end <= overlapping[0].end &&
      !(overlapping[0].start === c.start && overlapping[0].end === c.end);
    if (inside && (c.nested || c.gaz) && !nested.some((n) => n.start === c.start && n.end === c.end))
      nested.push({ ...c, nested: true });
  }
  return [...top, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}

const COMPANY_TAIL = /(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)$/;

/** Names this document introduced, to find again wherever they recur (and a company's short form: 北辰材料集团 → 北辰材料). */
function documentNames(analyses: SentenceAnalysis[], folded: string): Gazetteer {
  const entries = new Map<string, GazEntry>();
  for (const a of analyses) {
    for (const c of a.mentions) {
      if (c.gaz || c.rule === 'ellipsis' || c.rule.startsWith('relative:') || c.type === 'Person') continue;
      const name = (c.name ?? folded.slice(c.start, c.end)).replace(/[“”"‘’]/g, '');
      // Two-character names recur as common words too often (挑战, 局面): only longer names are propagated.
      if (name.length < 3 || GENERIC_PARTS.has(name)) continue;
      const entry: GazEntry = {
        type: c.type,
        ...(c.subtype ? { subtype: c.subtype } : {}),
        name_zh: name,
        name_en: '',
        aliases: [],
        note: 'named in this document',
      };
      const stem = name.replace(COMPANY_TAIL, '');
      if (c.type === 'Company' && stem !== name && stem.length >= 3 && !/[()]$/.test(stem)) entry.aliases.push(stem);
      // X(以下简称Y): the short form Y stands for X wherever it recurs.
      const short = SHORT_FORM.exec(folded.slice(c.end, c.end + 20));
      if (short && short[1].length >= 2 && short[1] !== name) entry.aliases.push(short[1]);
      if (!entries.has(name)) entries.set(name, entry);
      else if (short) entries.get(name)!.aliases.push(short[1]);
    }
  }
  return new Gazetteer([...entries.values()]);
}

const SHORT_FORM = /^[(（](?:以下简称|以下称|下称|简称)[“"]?([^”"）)，,]{2,12})[”"]?[)）]/;

interface FirstPass extends SentenceAnalysis {
  candidates: Candidate[];
}

function analyse(
  folded: string,
  span: Span,
  index: number,
  gaz: Gazetteer,
  jieba: ReturnType<typeof tagger>,
  region: DocumentRegion | null,
): FirstPass {
  const ctx: SentenceContext = { folded, start: span.start, end: span.end, index };
  const tokens = tokenize(jieba, folded.slice(span.start, span.end), span.start);
  const listed = enumerations(tokens, ctx);
  const known = gazetteerCandidates(gaz, tokens, ctx);
  const enums = fieldsNotWorks([...listed, ...singleItemHeads(tokens, ctx, listed)], known);
  const cands = [
    ...known,
    ...suffixChunks(tokens, ctx),
    ...quotedNames(ctx),
    ...titledDocuments(ctx),
    ...designations(ctx),
    ...ellipsis(ctx),
    ...sloganPlaces(ctx, gaz),
    ...riverSections(ctx, gaz),
    ...persons(tokens, ctx),
    ...enumerationItems(enums, ctx, tokens),
    ...statusProjects(tokens, ctx),
    ...ringRoads(ctx),
    ...relativeReferences(ctx, region, gaz),
    ...policyNames(tokens, ctx),
  ];
  return finish({ index, span, tokens, mentions: [], enumerations: enums, candidates: cands }, folded);
}

/**
 * 推进新能源汽车、机器人、商业航天等重点项目: a list of works holding a known industry lists fields, not works; its
 * items are industries.
 */
function fieldsNotWorks(enums: Enumeration[], known: Candidate[]): Enumeration[] {
  const industry = (it: { start: number; end: number }) =>
    known.some((k) => k.type === 'Industry' && !k.nested && k.start === it.start && k.end === it.end);
  return enums.map((e) =>
    e.type === 'Project' && !e.byStatus && e.items.some(industry) ? { ...e, type: 'Industry' as const } : e,
  );
}

/** 市老年福利院、儿童福利院等项目: an explicit head says what the items are, over what their own suffixes suggest. */
function typedByHead(enums: Enumeration[], chosen: Candidate[]): Candidate[] {
  return chosen.map((c) => {
    if (c.gaz || c.nested || c.type === 'Person') return c;
    const e = enums.find(
      (x) =>
        (x.type === 'Project' || x.type === 'Company') &&
        !x.suffix &&
        !x.byStatus &&
        x.items.some((it) => it.start === c.start && it.end === c.end),
    );
    if (!e?.type || e.type === c.type) return c;
    const { subtype: _drop, ...rest } = c;
    return { ...rest, type: e.type, rule: `${c.rule}+head` };
  });
}

function finish(a: FirstPass, folded: string): FirstPass {
  let chosen = select(a.candidates);
  const siblings = siblingItems(a.enumerations, chosen, folded, a.tokens);
  if (siblings.length > 0) chosen = select([...a.candidates, ...siblings]);
  return { ...a, mentions: typedByHead(a.enumerations, chosen) };
}

export function recognize(
  folded: string,
  sentences: Span[],
  gaz: Gazetteer,
  region: DocumentRegion | null = null,
): SentenceAnalysis[] {
  const jieba = tagger(gaz.allNames());
  const first = sentences.map((span, index) => analyse(folded, span, index, gaz, jieba, region));
  // Second pass: a name recognised once is recognised wherever it recurs (same tokens, more candidates).
  const local = documentNames(first, folded);
  if (local.entries.length === 0) return first;
  return first.map((a) => {
    const ctx: SentenceContext = { folded, start: a.span.start, end: a.span.end, index: a.index };
    const extra = gazetteerCandidates(local, a.tokens, ctx, false);
    return extra.length === 0 ? a : finish({ ...a, candidates: [...a.candidates, ...extra] }, folded);
  });
}
