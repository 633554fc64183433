// Who implements a policy, and what a designation goes to.
import { at, clauseBounds, endAt, isActor, lastGroup, namesActorBefore, relation, topMentions } from '../sentence';
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

/** 较“十三五”末, “十三五”期末: a plan named as a point of comparison in time, not as something done. */
const AS_TIME_AFTER = /^[”"’]?(?:末|期末)/;
const AS_TIME_BEFORE = /(?:较|比)[“"‘]?$/;

/** Is the policy named as a thing done? Not when given to someone or named as a point in time. */
function done(s: RSentence, p: RMention): boolean {
  return (
    !designated(s, p) &&
    !AS_TIME_AFTER.test(s.text.slice(endAt(s, p), endAt(s, p) + 3)) &&
    !AS_TIME_BEFORE.test(s.text.slice(Math.max(0, at(s, p) - 2), at(s, p)))
  );
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
      if (!done(s, p)) continue;
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
      if (!done(s, p) || namesActorBefore(s, at(s, p), home)) continue;
      out.push(...relation(home, p, 'IMPLEMENTS', s.index, this.name, { implicit: true }));
    }
    return out;
  },
};

const QUOTES = /[“"‘]/g;
/** Words between a holder and its designation that leave the holder the subject (成功, 均, 被, 共同 …). */
const ADVERBS = '(?:成功|均|先后|分别|也|还|已经|已|正式|共同|同时|相继|一并|再次|首次|又|连续|顺利|被)*';
/** A、B、C 3个景区成功入选: a count of the holders just enumerated. */
const COUNTED = '(?:[^，。；、]{0,6}?(?:[0-9]+|[一二三四五六七八九十两]+)(?:个|家|项|座|所|处|条|地)[^，。；]{0,10}?)?';
const HOLDER_THEN_VERB = new RegExp(`^等?${COUNTED}${ADVERBS}$`);

/** The text between `from` and the designation, without quotes and without the verb that gives it. */
const beforeVerb = (s: RSentence, from: number, p: RMention) =>
  s.text.slice(from, at(s, p)).replace(QUOTES, '').replace(DESIGNATED, '');

export const designationOf: RelationRule = {
  name: 'designation',
  reads: 'X 入选/获批/成为/被评为 + designation, X its subject: the designation supports X (and the Xs listed with it)',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Policy' && designated(s, m))) {
      const [ca] = clauseBounds(s.text, at(s, p));
      const holders = top.filter(
        (m) => m.end <= p.start && at(s, m) >= ca && ['Place', 'Project', 'Company'].includes(m.type),
      );
      // A、B被评为X: every holder the enumeration names, if the last is the verb's subject (in 太原植物园被评为,
      // 太原 is not). With no holder named, the report's own place is not assumed: measured on the gold, the
      // designations a report gives itself (入选…试点城市) are rarely annotated as relations.
      const group = lastGroup(s, holders);
      const last = group[group.length - 1];
      if (last && HOLDER_THEN_VERB.test(beforeVerb(s, endAt(s, last), p)))
        for (const h of group) out.push(...relation(p, h, 'SUPPORTS', s.index, this.name));
    }
    return out;
  },
};
