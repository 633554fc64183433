// Names inside names: 太忻一体化经济区启动区 is part of 太忻一体化经济区; 泰山玻璃纤维(太原)有限公司年产…项目 is
// developed by the company its name holds.
import { ADMIN, at, endAt, relation, topMentions } from '../sentence';
import type { FoundRelation, HomeRef, RelationRule, RMention, RSentence } from '../types';

function outerOf(s: RSentence, n: RMention): RMention | undefined {
  return topMentions(s).find((o) => o.start <= n.start && n.end <= o.end);
}

/** 太原至长春高铁, 京港高铁阜阳至黄冈段, 古交—娄烦: a place a line runs from, to or through. */
const ROUTE_BEFORE = /(?:至|经|到|—|-)$/;
const ROUTE_AFTER = /^(?:至|经|到|—|-)/;
/** 太原都市圈, 郑州都市区: the metropolitan area holds the city, not the other way round. */
const METRO_AFTER = /^(?:都市圈|都市区|城市圈|城市群|经济圈)/;

/** A division within the home's (its code extends the home's code): 娄烦县 in a report of 太原市. */
const withinHome = (n: RMention, home: HomeRef | null): boolean =>
  !!(n.code && home?.code && n.code !== home.code && n.code.startsWith(home.code));

/** 哈尔滨都市圈: the city is part of the metropolitan area named after it. */
const metroOf = (s: RSentence, n: RMention, outer: RMention): boolean =>
  outer.type === 'Place' && METRO_AFTER.test(s.text.slice(endAt(s, n), endAt(s, outer)));

/** Does the outer name say where it stands by this nested place, or only name it as a route's end or area's core? */
function locatesBy(s: RSentence, n: RMention, outer: RMention, home: HomeRef | null): boolean {
  const before = s.text.slice(at(s, outer), at(s, n));
  const after = s.text.slice(endAt(s, n), endAt(s, outer));
  if (metroOf(s, n, outer)) return false;
  // 太原至长春高铁 runs beyond the report's place: only a stop within it says where the works are built.
  return !((ROUTE_BEFORE.test(before) || ROUTE_AFTER.test(after)) && !withinHome(n, home));
}

export const nestedPlace: RelationRule = {
  name: 'nested-place',
  reads:
    'a place named inside a longer name: the zone is part of it, the works are located in it; a city is part of ' +
    'the metropolitan area named after it',
  apply(s, { home }) {
    const out: FoundRelation[] = [];
    // A river, lake or region in a name (汾河四期工程, 黄河流域…) says what the works are about more than where they
    // stand: measured on the gold, none of those were located there.
    const where = (m: RMention) =>
      m.nested && m.type === 'Place' && !['country', 'region', 'site'].includes(m.subtype ?? '');
    for (const n of s.mentions.filter(where)) {
      const outer = outerOf(s, n);
      // Only works and zones are where their names say (山西电机 is a company, not a place in Shanxi).
      if (!outer || !(outer.type === 'Project' || (outer.type === 'Place' && !ADMIN.has(outer.subtype)))) continue;
      if (metroOf(s, n, outer) && ADMIN.has(n.subtype)) out.push(...relation(n, outer, 'PART_OF', s.index, this.name));
      if (!locatesBy(s, n, outer, home)) continue;
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

export const segmentOf: RelationRule = {
  name: 'segment-of',
  reads:
    'a line named at the opening of a segment of it (雄商高铁河南段, 京港高铁阜阳至黄冈段): the segment is part of it',
  apply(s) {
    const out: FoundRelation[] = [];
    for (const n of s.mentions.filter((m) => m.nested && m.type === 'Project')) {
      const outer = outerOf(s, n);
      if (outer?.type === 'Project' && outer.start === n.start && /段$/.test(s.text.slice(at(s, n), endAt(s, outer))))
        out.push(...relation(outer, n, 'PART_OF', s.index, this.name));
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
