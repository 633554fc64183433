// A place and its administrative parent (from reference data) named in one sentence: 太原市辖小店区、迎泽区….
import { relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

export const administrativeParent: RelationRule = {
  name: 'administrative-parent',
  reads: 'a place and its parent division both named in the sentence (not inside other names)',
  apply(s) {
    const out: FoundRelation[] = [];
    const top = topMentions(s);
    for (const m of top.filter((x) => x.type === 'Place' && x.parent)) {
      const parent = top.find((x) => x.type === 'Place' && x.name === m.parent);
      if (parent) out.push(...relation(m, parent, 'PART_OF', s.index, this.name));
    }
    return out;
  },
};
