// Facts of one document's entities: amounts, capacities, dates and statuses read from the sentences that name them,
// persons' roles, and misprints resolved to them.
import type { Fact } from '../model';
import type { PlaceSubtype } from '../ontology';
import { sentenceFacts } from './attributes';
import type { SentenceAnalysis } from './recognize/recognize';
import type { RMention } from './relations/extract';
import type { Correction, ResolvedEntity } from './resolve';

const ADMIN: (PlaceSubtype | undefined)[] = ['city', 'province', 'county', 'district'];

export interface FactSource {
  analyses: SentenceAnalysis[];
  bySentence: Map<number, RMention[]>;
  /** The clean text, and the same folded (offsets agree). */
  text: string;
  folded: string;
  document: { id: string; year: number | null };
}

/** Facts by entity key. */
export function documentFacts(
  src: FactSource,
  entities: Map<string, ResolvedEntity>,
  corrections: Correction[],
): Map<string, Fact[]> {
  const facts = new Map<string, Fact[]>();
  const add = (key: string, fact: Fact) => facts.set(key, [...(facts.get(key) ?? []), fact]);
  const doc = src.document;
  for (const a of src.analyses) {
    const here = (src.bySentence.get(a.index) ?? []).filter((m) => !m.nested);
    const sentence = src.folded.slice(a.span.start, a.span.end);
    for (const f of sentenceFacts(sentence, a.span.start, doc.year)) {
      const target = factTarget(f.kind, f.at, here, sentence, a.span.start);
      if (!target) continue;
      add(target.key, {
        kind: f.kind,
        value: f.value,
        ...(f.unit ? { unit: f.unit } : {}),
        ...(f.date ? { date: f.date } : {}),
        text: src.text.slice(f.at, f.at + f.text.length),
        document: doc.id,
        sentence: a.index,
      });
    }
    for (const m of here.filter((x) => x.type === 'Person' && x.rule.startsWith('role:'))) {
      const role = m.rule.slice(5);
      add(m.key, { kind: 'role', value: role, text: role, document: doc.id, sentence: a.index });
    }
  }
  // A misprint resolved to a known entity is recorded on it, with the sentence it was read in.
  for (const c of corrections) {
    const e = [...entities.values()].find((x) => x.name_zh === c.name);
    if (e) add(e.key, { kind: 'correction', value: c.from, text: c.from, document: doc.id, sentence: c.sentence });
  }
  return facts;
}

/** The entity a fact is about: the project or company of its clause (a status may be of other kinds too). */
function factTarget(
  kind: Fact['kind'],
  at: number,
  mentions: RMention[],
  sentence: string,
  offset: number,
): RMention | undefined {
  const kinds = kind === 'status' ? ['Project', 'Company', 'Organization', 'Place', 'Event'] : ['Project', 'Company'];
  const cands = mentions.filter((m) => kinds.includes(m.type) && !(m.type === 'Place' && ADMIN.includes(m.subtype)));
  if (cands.length === 0) return undefined;
  const clauseOf = (i: number) => sentence.slice(0, i - offset).split(/[，,；;：:]/).length;
  const clause = clauseOf(at);
  if (kind === 'status') {
    // Projects and companies start, open and produce; a place in the clause is where, not what.
    for (const group of [['Project'], ['Company', 'Organization', 'Event'], ['Place']]) {
      const inGroup = cands.filter((m) => group.includes(m.type));
      const before = inGroup.filter((m) => m.end <= at);
      const sameClause = before.filter((m) => clauseOf(m.start) === clause);
      const pick =
        sameClause[sameClause.length - 1] ?? (group[0] === 'Project' ? before[before.length - 1] : undefined);
      if (pick) return pick;
    }
    return cands.find((m) => clauseOf(m.start) === clause);
  }
  // 总投资70亿元的X项目: the name that follows in the clause, else the nearest before.
  const after = cands.find((m) => m.start >= at && clauseOf(m.start) === clause);
  if (after) return after;
  const before = cands.filter((m) => m.end <= at);
  return before[before.length - 1] ?? cands[0];
}
