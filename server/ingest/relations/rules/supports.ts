// Support for companies, projects, industries and zones: by a named actor with a support verb, or by the document's
// own government when a work report says it develops, builds or fosters them.
import { ADMIN, at, clauseBounds, endAt, isActor, namesActorBefore, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention, RSentence } from '../types';

const SUPPORT = /(?:重点支持|大力支持|支持|扶持|聚焦|培育壮大|培育|做大做强|壮大|引育|招引|引进)/g;
/** Verbs of a work report with which the government develops something (大力发展, 加快…建设, 开工建设, 培育). */
const DEVELOP =
  /(?:发展|建设|推进|打造|培育|壮大|支持|扶持|做强|做优|做大|引进|招引|布局|开工|提升|建成|新建|扩建|改造|加快|推动|谋划|实施)/g;

const target = (m: RMention) =>
  m.type === 'Company' ||
  m.type === 'Project' ||
  m.type === 'Industry' ||
  (m.type === 'Place' && !ADMIN.has(m.subtype));

/**
 * What a report develops in its own voice: industries and companies (大力发展X产业, 支持X做强). The projects, zones
 * and places in such sentences are mostly settings, not targets (measured on the corpus gold: 12 % of those right).
 */
const implicitTarget = (m: RMention) => m.type === 'Industry' || m.type === 'Company';
const supporter = (m: RMention) => isActor(m) && m.type !== 'Company';

/** 以A、B为龙头的X产业: the companies lead the industry the verb supports; they are not its object. */
function led(s: RSentence, x: RMention, ca: number, cb: number): boolean {
  return (
    /以[^，。；]*$/.test(s.text.slice(ca, at(s, x))) &&
    /^[^，。；]*?为?(?:龙头|代表|核心|引领)/.test(s.text.slice(endAt(s, x), cb))
  );
}

export const supportVerb: RelationRule = {
  name: 'support-verb',
  reads: 'body or place + 支持/扶持/聚焦/培育 + what follows in its clause',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const m of s.text.matchAll(SUPPORT)) {
      const [ca, cb] = clauseBounds(s.text, m.index);
      // The subject stands in the verb's own clause: a policy or place of an earlier clause is not its subject.
      const subjects = top.filter((x) => at(s, x) >= ca && at(s, x) + (x.end - x.start) <= m.index && supporter(x));
      const subject = subjects[subjects.length - 1];
      if (!subject) continue;
      for (const t of top.filter((x) => at(s, x) >= m.index && at(s, x) < cb && target(x))) {
        out.push(...relation(subject, t, 'SUPPORTS', s.index, this.name));
      }
    }
    return out;
  },
};

export const supportsDocumentPlace: RelationRule = {
  name: 'supports-document-place',
  reads: "发展/培育/支持… + industry or company, no actor named before: the document's government (implicit)",
  apply(s, { home }) {
    if (!home) return [];
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    const done = new Set<string>();
    for (const m of s.text.matchAll(DEVELOP)) {
      const [ca, cb] = clauseBounds(s.text, m.index);
      if (namesActorBefore(s, m.index, home)) continue;
      // What the verb governs follows it (城岛燃气厂等建成投用 reports a result; nobody is said to support it).
      const governed = (x: RMention) => at(s, x) >= m.index && at(s, x) < cb && !led(s, x, ca, cb);
      for (const t of top.filter((x) => governed(x) && implicitTarget(x) && !done.has(x.key))) {
        done.add(t.key);
        out.push(...relation(home, t, 'SUPPORTS', s.index, this.name, { implicit: true }));
      }
    }
    return out;
  },
};

/** 支持/扶持 and the names right after it (支持X、Y发展, 支持X打造…): its object, whatever it names. */
const SUPPORT_OBJECT = /(?:大力|全力|积极|重点|继续|持续)?(?:支持|扶持)(?!政策|资金|力度|体系)/g;
const supportable = (m: RMention) => target(m) || (m.type === 'Place' && ADMIN.has(m.subtype));

export const supportObjectDocumentPlace: RelationRule = {
  name: 'support-object-document-place',
  reads: "支持/扶持 + the names right after it (支持X、Y发展), no actor named before: the document's government",
  apply(s, { home }) {
    if (!home) return [];
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const m of s.text.matchAll(SUPPORT_OBJECT)) {
      const end = m.index + m[0].length;
      const first = top.find((x) => at(s, x) === end || (at(s, x) === end + 1 && /[“"]/.test(s.text[end])));
      if (!first || !supportable(first) || namesActorBefore(s, m.index, home)) continue;
      const group = [first];
      for (const x of top.filter((y) => at(s, y) > at(s, first))) {
        if (!/^[”"]?[、和及与][“"]?$/.test(s.text.slice(endAt(s, group[group.length - 1]), at(s, x)))) break;
        if (supportable(x)) group.push(x);
      }
      for (const t of group) out.push(...relation(home, t, 'SUPPORTS', s.index, this.name, { implicit: true }));
    }
    return out;
  },
};
