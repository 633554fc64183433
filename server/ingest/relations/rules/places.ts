// A place written after its administrative parent (from reference data): 山西太原, 太原市迎泽区, 太原市辖小店区.
import { at, endAt, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

export const administrativeParent: RelationRule = {
  name: 'administrative-parent',
  reads: 'a place right after its parent division, or after 辖/下辖/所辖 and the parent (not inside other names)',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const m of top.filter((x) => x.type === 'Place' && x.parent)) {
      // Both merely named in one sentence (晋中、忻州…全省) is no statement of the one containing the other: only
      // the parent written before it, right before or before 辖 and a list that holds it.
      const parent = top.find((x) => x.type === 'Place' && x.name === m.parent && endAt(s, x) <= at(s, m));
      const between = parent ? s.text.slice(endAt(s, parent), at(s, m)) : '';
      if (parent && (between === '' || /^(?:所|下)?辖[^，。；]*$/.test(between)))
        out.push(...relation(m, parent, 'PART_OF', s.index, this.name));
    }
    return out;
  },
};
