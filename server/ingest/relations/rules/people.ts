// Role + person: 太原市委书记韦韬 leads the city (or the body named before the role).
import { ADMIN, at, endAt, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

export const rolePerson: RelationRule = {
  name: 'role-person',
  reads: "body or place + role + name: the person leads the body or place (a bare 市长 leads the document's place)",
  apply(s, { home }) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const p of top.filter((m) => m.type === 'Person' && m.rule.startsWith('role:'))) {
      const role = p.rule.slice(5);
      const roleStart = at(s, p) - role.length;
      const near = (m: (typeof top)[number]) => endAt(s, m) <= roleStart && roleStart - endAt(s, m) <= 1;
      const place = top.filter((m) => m.type === 'Place' && ADMIN.has(m.subtype) && near(m));
      const org = top.filter((m) => m.type === 'Organization' && near(m));
      const named = org[org.length - 1] ?? place[place.length - 1];
      const target = named ?? (/^[市省县区]/.test(role) ? home : null);
      if (target)
        out.push(...relation(p, target, 'LEADS', s.index, this.name, { attributes: { role }, implicit: !named }));
    }
    return out;
  },
};
