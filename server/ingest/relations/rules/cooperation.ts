// Cooperation: 与X合作 (the subject and X), or 对接/共建/携手 + partners (the subject and each partner).
import { at, clauseBounds, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention } from '../types';

const COOPERATE = /(?:对接|合作|共建|联合|携手|签约|签署|结对|协作)/g;
const partner = (m: RMention) => m.type === 'Place' || m.type === 'Organization' || m.type === 'Company';

export const cooperation: RelationRule = {
  name: 'cooperation',
  reads: "与X合作 / 对接、共建、携手 + partners in the clause: the subject (or the document's place) and each partner",
  apply(s, { home }) {
    const out: FoundRelation[] = [];
    for (const m of s.text.matchAll(COOPERATE)) {
      const [ca, cb] = clauseBounds(s.text, m.index);
      const partners = topMentions(s).filter((x) => at(s, x) >= ca && at(s, x) < cb && partner(x));
      const after = partners.filter((x) => at(s, x) >= m.index);
      const before = partners.filter((x) => at(s, x) < m.index);
      const withX = before.filter((x) => /[与同和跟]$/.test(s.text.slice(Math.max(0, at(s, x) - 1), at(s, x))));
      const others = withX.length > 0 ? before.filter((x) => !withX.includes(x)) : before;
      const named = others[others.length - 1];
      const subject = named ?? home;
      const implicit = !named;
      for (const t of withX.length > 0 ? withX : after) {
        if (subject) out.push(...relation(subject, t, 'COOPERATES_WITH', s.index, this.name, { implicit }));
      }
    }
    return out;
  },
};
