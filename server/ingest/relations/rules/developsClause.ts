// A company and a project in one clause with a building verb: 比亚迪投资建设X项目.
import { at, clauseBounds, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

const BUILD = /(?:投资|建设|承建|打造|开工|投产|签约|布局|落地|运营|新建|扩建)/;

export const developsClause: RelationRule = {
  name: 'develops-clause',
  reads: 'company + 投资/建设/承建/签约… + project in the same clause, the company first',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const c of top.filter((m) => m.type === 'Company')) {
      const [ca, cb] = clauseBounds(s.text, at(s, c));
      const rest = s.text.slice(at(s, c), cb);
      if (!BUILD.test(rest)) continue;
      for (const p of top.filter(
        (m) => m.type === 'Project' && at(s, m) > at(s, c) && at(s, m) < cb && at(s, m) >= ca,
      )) {
        out.push(...relation(c, p, 'DEVELOPS', s.index, this.name));
      }
    }
    return out;
  },
};
