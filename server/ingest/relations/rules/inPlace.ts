// 在X / 位于X / 落户X / 迁入X: what the clause names before (or, for 在X建设Y, after) the place is located in it.
import { ADMIN, at, clauseBounds, endAt, lastGroup, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention } from '../types';

const IN_PLACE = /(?:在|位于|落户|落地|落户于|坐落于|于|迁入|入驻|迁至)$/;
const HOLD = /(?:举办|召开|举行|开幕|承办)/;

export const inPlace: RelationRule = {
  name: 'in-place',
  reads: '在/位于/落户 + place: the nearest name before it (with its enumerated siblings), else the first after it',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Place')) {
      if (!IN_PLACE.test(s.text.slice(Math.max(0, at(s, p) - 3), at(s, p)))) continue;
      const [ca, cb] = clauseBounds(s.text, at(s, p));
      const located = (m: RMention) =>
        m !== p &&
        (['Project', 'Company', 'Organization', 'Event'].includes(m.type) ||
          (m.type === 'Place' && !ADMIN.has(m.subtype)));
      const before = top.filter((m) => located(m) && m.end <= p.start && at(s, m) >= ca);
      let chosen = lastGroup(s, before);
      // X项目，在Y实现投产: a clause that opens with 在 continues the subject that closed the clause before it.
      if (chosen.length === 0 && ca > 0 && /^在$/.test(s.text.slice(ca, at(s, p)).trim())) {
        const [pa] = clauseBounds(s.text, ca - 2);
        const previous = top.filter((m) => located(m) && at(s, m) >= pa && endAt(s, m) < ca);
        const last = previous[previous.length - 1];
        if (last && endAt(s, last) === ca - 1) chosen = lastGroup(s, previous);
      }
      if (chosen.length === 0) {
        const first = top.find((m) => located(m) && at(s, m) > at(s, p) && at(s, m) <= cb);
        if (first) chosen = [first];
      }
      const after = s.text.slice(at(s, p), at(s, p) + 20);
      for (const subject of chosen) {
        const held = subject.type === 'Event' && HOLD.test(after);
        out.push(...relation(subject, p, held ? 'HELD_IN' : 'LOCATED_IN', s.index, this.name));
      }
    }
    return out;
  },
};
