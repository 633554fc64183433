// Co-occurrence: every pair of entities named in one sentence (names inside longer names excluded).
import { relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

const MAX_PER_SENTENCE = 25;

export const coOccurrence: RelationRule = {
  name: 'sentence',
  reads: 'two entities named in the same sentence',
  apply(s) {
    const out: FoundRelation[] = [];
    const keys = [...new Map(topMentions(s).map((m) => [m.key, m])).values()].slice(0, MAX_PER_SENTENCE);
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = keys[i].key < keys[j].key ? [keys[i], keys[j]] : [keys[j], keys[i]];
        out.push(...relation(a, b, 'CO_OCCURS', s.index, this.name));
      }
    }
    return out;
  },
};
