// Who implements a policy, and what a designation goes to.
import { at, clauseBounds, isActor, lastGroup, namesActorBefore, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention, RSentence } from '../types';

const inside = (m: RMention, p: RMention) => m.start >= p.start && m.end <= p.end && m !== p;
/** A body or administrative place (not a company: companies develop, they do not implement policies). */
const implementer = (m: RMention) => isActor(m) && m.type !== 'Company';
/** 入选X, 获批X, 成为X: the policy is a designation given to someone, not implemented by them. */
const DESIGNATED =
  /(?:入选|获批|获批建设|获批设立|成为|被评为|评为|被认定为|认定为|荣获|列入|获评|跻身|被命名为|命名为)(?:了)?(?:全国|国家|首批|第[一二三四五六七八九十]+批)?$/;

function designated(s: RSentence, p: RMention): boolean {
  return DESIGNATED.test(s.text.slice(Math.max(0, at(s, p) - 10), at(s, p)).replace(/[“"‘]/g, ''));
}

/** The actor that opens the sentence (郑州市深入实施…，加快…): the subject of its later clauses too. */
function sentenceSubject(s: RSentence): RMention | undefined {
  const first = topMentions(s)[0];
  return first && at(s, first) <= 1 && implementer(first) ? first : undefined;
}

export const implementsSubject: RelationRule = {
  name: 'implements-subject',
  reads:
    'body or place + 实施/推进/创建… + policy: the actor before the policy in its clause (or opening the sentence)',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Policy')) {
      if (designated(s, p)) continue;
      const [ca] = clauseBounds(s.text, at(s, p));
      const inClause = top.filter((m) => implementer(m) && m.end <= p.start && at(s, m) >= ca && !inside(m, p));
      const subject = inClause[inClause.length - 1] ?? sentenceSubject(s);
      if (subject && subject.end <= p.start) out.push(...relation(subject, p, 'IMPLEMENTS', s.index, this.name));
    }
    return out;
  },
};

export const implementsDocumentPlace: RelationRule = {
  name: 'implements-document-place',
  reads: "a policy in a sentence that names no actor before it: the document's own government implements it (implicit)",
  apply(s, { home }) {
    if (!home) return [];
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Policy')) {
      if (designated(s, p) || namesActorBefore(s, at(s, p), home)) continue;
      out.push(...relation(home, p, 'IMPLEMENTS', s.index, this.name, { implicit: true }));
    }
    return out;
  },
};

export const designationOf: RelationRule = {
  name: 'designation',
  reads: "X 入选/获批/成为/被评为 + designation: the designation supports X (the document's place when X is unsaid)",
  apply(s, { home }) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Policy' && designated(s, m))) {
      const [ca] = clauseBounds(s.text, at(s, p));
      const holders = top.filter(
        (m) => m.end <= p.start && at(s, m) >= ca && ['Place', 'Project', 'Company'].includes(m.type),
      );
      // A、B被评为X: every holder the enumeration names.
      const group = lastGroup(s, holders);
      if (group.length > 0) for (const h of group) out.push(...relation(p, h, 'SUPPORTS', s.index, this.name));
      else if (home && !namesActorBefore(s, at(s, p), home)) {
        out.push(...relation(p, home, 'SUPPORTS', s.index, this.name, { implicit: true }));
      }
    }
    return out;
  },
};
