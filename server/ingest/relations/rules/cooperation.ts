// Cooperation: 与X合作 (the subject and X, with the partners enumerated with X), 对接/携手 + partners (the
// subject and each partner), or A、B协同发展 (each pair). 共建/签约 + object names what is built, not a partner.
import { at, clauseBounds, endAt, lastGroup, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention, RSentence } from '../types';

/** 联合国, 上海合作组织, 联合创新中心: the verb is part of a name there. */
const COOPERATE = /(?:对接|合作(?!组织)|共建|联合(?!国|创新|体)|携手|签约|签署|结对|协作|协同|联动|同城化)/g;
/** Verbs whose object is the partner (对接长三角); the object of 共建/签约 is what is built or signed. */
const PARTNER_OBJECT = /^(?:对接|携手|结对)$/;
/** A、B协同发展: the names enumerated right before these verbs work with one another. */
const MUTUAL = /^(?:协同|联动|同城化)$/;
const partner = (m: RMention) => m.type === 'Place' || m.type === 'Organization' || m.type === 'Company';

/** 与A、B和C: the mentions enumerated after A are partners with it. */
function withEnumerated(s: RSentence, first: RMention, candidates: RMention[]): RMention[] {
  const group = [first];
  for (const m of candidates.filter((x) => at(s, x) > at(s, first))) {
    if (!/^[、和及与]$/.test(s.text.slice(endAt(s, group[group.length - 1]), at(s, m)))) break;
    group.push(m);
  }
  return group;
}

/** A、B和C协同发展: each pair of the group that ends right before the verb. */
function mutual(s: RSentence, before: RMention[], verbAt: number, rule: string): FoundRelation[] {
  const last = before[before.length - 1];
  if (!last || !/^等?$/.test(s.text.slice(endAt(s, last), verbAt))) return [];
  const group = lastGroup(s, before);
  return group.flatMap((a, i) => group.slice(i + 1).flatMap((b) => relation(a, b, 'COOPERATES_WITH', s.index, rule)));
}

export const cooperation: RelationRule = {
  name: 'cooperation',
  reads:
    "与X(、Y)合作 / 对接、携手 + partners: the subject (or the document's place) and each; A、B协同发展: each pair",
  apply(s, { home }) {
    const out: FoundRelation[] = [];
    const inName = (i: number) => s.mentions.some((x) => at(s, x) <= i && i < endAt(s, x));
    for (const m of s.text.matchAll(COOPERATE)) {
      if (inName(m.index)) continue;
      const [ca, cb] = clauseBounds(s.text, m.index);
      const partners = topMentions(s).filter((x) => at(s, x) >= ca && at(s, x) < cb && partner(x));
      const before = partners.filter((x) => at(s, x) < m.index);
      // The partner is the verb's object, written right after it (协同推进X建设 names no partner).
      const object = partners.find((x) => /^[“"]?$/.test(s.text.slice(m.index + m[0].length, at(s, x))));
      const after = PARTNER_OBJECT.test(m[0]) && object ? withEnumerated(s, object, partners) : [];
      const withX = before
        .filter((x) => /[与同和跟]$/.test(s.text.slice(Math.max(0, at(s, x) - 1), at(s, x))))
        .slice(0, 1)
        .flatMap((x) => withEnumerated(s, x, before));
      const others = before.filter((x) => !withX.includes(x) && (withX.length === 0 || at(s, x) < at(s, withX[0])));
      const named = withX.length > 0 || after.length > 0 ? others[others.length - 1] : undefined;
      const subject = named ?? home;
      const implicit = !named;
      for (const t of withX.length > 0 ? withX : after) {
        if (subject) out.push(...relation(subject, t, 'COOPERATES_WITH', s.index, this.name, { implicit }));
      }
      if (withX.length === 0 && MUTUAL.test(m[0])) out.push(...mutual(s, before, m.index, this.name));
    }
    return out;
  },
};
