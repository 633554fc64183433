// Names inside names: 太忻一体化经济区启动区 is part of 太忻一体化经济区; 泰山玻璃纤维(太原)有限公司年产…项目 is
// developed by the company its name holds.
import { ADMIN, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule, RMention, RSentence } from '../types';

function outerOf(s: RSentence, n: RMention): RMention | undefined {
  return topMentions(s).find((o) => o.start <= n.start && n.end <= o.end);
}

export const nestedPlace: RelationRule = {
  name: 'nested-place',
  reads: 'a place named inside a longer name: the zone is part of it, the project or body is located in it',
  apply(s) {
    const out: FoundRelation[] = [];
    // A river, lake or region in a name (汾河四期工程, 黄河流域…) says what the works are about more than where they
    // stand: measured on the gold, none of those were located there.
    const where = (m: RMention) =>
      m.nested && m.type === 'Place' && !['country', 'region', 'site'].includes(m.subtype ?? '');
    for (const n of s.mentions.filter(where)) {
      const outer = outerOf(s, n);
      // Only works and zones are where their names say (山西电机 is a company, not a place in Shanxi).
      if (!outer || !(outer.type === 'Project' || (outer.type === 'Place' && !ADMIN.has(outer.subtype)))) continue;
      if (outer.type === 'Place' && !(ADMIN.has(n.subtype) && !ADMIN.has(outer.subtype))) {
        out.push(...relation(outer, n, 'PART_OF', s.index, this.name));
      } else out.push(...relation(outer, n, 'LOCATED_IN', s.index, this.name));
    }
    return out;
  },
};

export const nestedDeveloper: RelationRule = {
  name: 'nested-developer',
  reads: "a company or body named inside a project's name develops the project",
  apply(s) {
    const out: FoundRelation[] = [];
    for (const n of s.mentions.filter((m) => m.nested && (m.type === 'Company' || m.type === 'Organization'))) {
      const outer = outerOf(s, n);
      if (outer?.type === 'Project') out.push(...relation(n, outer, 'DEVELOPS', s.index, this.name));
    }
    return out;
  },
};

export const zoneOfStrategy: RelationRule = {
  name: 'zone-of-strategy',
  reads:
    "a strategy named inside a zone's name (太忻一体化 in 太忻一体化经济区): the zone is what the strategy creates",
  apply(s) {
    const out: FoundRelation[] = [];
    for (const n of s.mentions.filter((m) => m.nested && m.type === 'Policy')) {
      const outer = outerOf(s, n);
      if (outer?.type === 'Place' && (outer.subtype === 'zone' || outer.subtype === 'region')) {
        out.push(...relation(n, outer, 'SUPPORTS', s.index, this.name));
      }
    }
    return out;
  },
};
