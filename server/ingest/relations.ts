// Typed relations of the ontology, each from a named rule and each with the sentence it was read from.
import type { EntityType, PlaceSubtype, RelationType } from '../ontology';
import { relationAllowed } from '../ontology';
import type { Enumeration } from './recognize/patterns';

export interface RMention {
  key: string;
  /** The canonical name of the administrative parent, when curated data knows it (阳曲县 → 太原市). */
  parent?: string;
  name?: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  start: number;
  end: number;
  nested: boolean;
  rule: string;
}

export interface RSentence {
  index: number;
  start: number;
  end: number;
  /** Folded sentence text. */
  text: string;
  mentions: RMention[];
  enumerations: Enumeration[];
}

export interface FoundRelation {
  source: string;
  target: string;
  type: RelationType;
  sentence: number;
  rule: string;
  attributes: Record<string, string>;
}

const ADMIN = new Set<PlaceSubtype | undefined>(['city', 'county', 'district', 'province', 'country', 'town']);
const IN_PLACE = /(?:在|位于|落户|落地|落户于|坐落于|于)$/;
const HOLD = /(?:举办|召开|举行|开幕|承办)/;
const HOST_SELF = /(?:成功举办|举办|承办|召开|举行)/;
const SUPPORT = /(?:重点支持|大力支持|支持|扶持|聚焦|培育壮大|培育|做大做强|壮大|引育|招引|引进)/g;
const COOPERATE = /(?:对接|合作|共建|联合|携手|签约|签署|结对|协作)/g;
const DEVELOP = /(?:投资|建设|承建|实施|打造|开工|投产|签约|布局|落地|运营|新建|扩建)/;

function clauseBounds(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !/[，,：:]/.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !/[，,：:]/.test(text[b])) b++;
  return [a, b];
}

export function extractRelations(sentences: RSentence[], home: { key: string; subtype?: PlaceSubtype } | null): FoundRelation[] {
  const out: FoundRelation[] = [];
  const add = (s: RMention | { key: string; type: EntityType }, t: RMention | { key: string; type: EntityType }, type: RelationType, sentence: number, rule: string, attributes: Record<string, string> = {}) => {
    if (s.key === t.key || !relationAllowed(type, s.type, t.type)) return;
    out.push({ source: s.key, target: t.key, type, sentence, rule, attributes });
  };
  const homeRef = home ? { key: home.key, type: 'Place' as EntityType } : null;

  for (const s of sentences) {
    const rel = (m: RMention) => m.start - s.start;
    const top = s.mentions.filter((m) => !m.nested);
    // 1. Names inside names.
    for (const n of s.mentions.filter((m) => m.nested)) {
      const outer = top.find((o) => o.start <= n.start && n.end <= o.end);
      if (!outer) continue;
      if (n.type === 'Place' && outer.type === 'Place') {
        if (ADMIN.has(n.subtype) && !ADMIN.has(outer.subtype)) add(outer, n, 'LOCATED_IN', s.index, 'nested-place');
        else add(outer, n, 'PART_OF', s.index, 'nested-place');
      } else if (n.type === 'Place') add(outer, n, 'LOCATED_IN', s.index, 'nested-place');
      else if ((n.type === 'Company' || n.type === 'Organization') && outer.type === 'Project') add(n, outer, 'DEVELOPS', s.index, 'nested-developer');
      else if (n.type === outer.type) add(outer, n, 'PART_OF', s.index, 'nested-part');
    }
    // 2. Explicit location: 在X, 位于X, 落户X.
    for (const p of top.filter((m) => m.type === 'Place')) {
      const before = s.text.slice(Math.max(0, rel(p) - 3), rel(p));
      if (!IN_PLACE.test(before)) continue;
      const [ca, cb] = clauseBounds(s.text, rel(p));
      const located = (m: RMention) => m !== p && (['Project', 'Company', 'Organization', 'Event'].includes(m.type) || (m.type === 'Place' && !ADMIN.has(m.subtype)));
      const subjects = top.filter(located);
      if (subjects.length === 0) continue;
      // The subject is the nearest name before the place, with the names enumerated with it (A、B位于X);
      // else the first name after the place in its clause (在X建设Y).
      const beforeP = subjects.filter((m) => m.end <= p.start);
      let chosen: RMention[] = [];
      if (beforeP.length > 0) {
        chosen = [beforeP[beforeP.length - 1]];
        for (let i = beforeP.length - 2; i >= 0; i--) {
          const gap = s.text.slice(rel(beforeP[i]) + (beforeP[i].end - beforeP[i].start), rel(chosen[0]));
          if (!/^[、和及与]$/.test(gap)) break;
          chosen.unshift(beforeP[i]);
        }
      } else {
        const first = subjects.find((m) => rel(m) >= ca && rel(m) <= cb);
        if (first) chosen = [first];
      }
      const after = s.text.slice(rel(p), rel(p) + 20);
      for (const subject of chosen) {
        if (subject.type === 'Event' && HOLD.test(after)) add(subject, p, 'HELD_IN', s.index, 'held-in-place');
        else add(subject, p, 'LOCATED_IN', s.index, 'in-place');
      }
    }
    // 3. Events held: the place named in the event, or the document's own place for 成功举办.
    for (const e of top.filter((m) => m.type === 'Event')) {
      if (out.some((r) => r.type === 'HELD_IN' && r.source === e.key && r.sentence === s.index)) continue;
      const inner = s.mentions.find((m) => m.nested && m.type === 'Place' && m.start >= e.start && m.end <= e.end && ADMIN.has(m.subtype));
      const ctx = s.text.slice(Math.max(0, rel(e) - 6), rel(e));
      if (inner && HOLD.test(s.text)) add(e, inner, 'HELD_IN', s.index, 'event-place');
      else if (homeRef && HOST_SELF.test(ctx)) add(e, homeRef, 'HELD_IN', s.index, 'hosted-by-document-place');
    }
    // 4. Policies: implemented by the body or place that precedes them, else by the document's place.
    for (const p of s.mentions.filter((m) => m.type === 'Policy')) {
      const inside = (m: RMention) => m.start >= p.start && m.end <= p.end;
      // An explicit subject stands in the policy's own clause; otherwise the report speaks for its place.
      const [pa] = clauseBounds(s.text, rel(p));
      const subjects = top.filter((m) => m.end <= p.start && rel(m) >= pa && !inside(m) && (m.type === 'Organization' || (m.type === 'Place' && ADMIN.has(m.subtype))));
      const subject = subjects.length > 0 ? subjects[subjects.length - 1] : homeRef;
      if (subject) add(subject, p, 'IMPLEMENTS', s.index, subjects.length > 0 ? 'implements-subject' : 'implements-document-place');
      // What the policy names after it in its sentence: companies, projects, industries it supports.
      for (const t of top.filter((m) => m.start >= p.end && ['Company', 'Project', 'Industry'].includes(m.type))) add(p, t, 'SUPPORTS', s.index, 'policy-targets');
    }
    // 5. Support verbs: 重点支持/聚焦/培育 + targets in the clause.
    for (const m of s.text.matchAll(SUPPORT)) {
      const [, cb] = clauseBounds(s.text, m.index);
      const subjects = top.filter((x) => rel(x) + (x.end - x.start) <= m.index && (x.type === 'Organization' || x.type === 'Policy' || (x.type === 'Place' && ADMIN.has(x.subtype))));
      const subject = subjects.length > 0 ? subjects[subjects.length - 1] : homeRef;
      if (!subject) continue;
      for (const t of top.filter((x) => rel(x) >= m.index && rel(x) < cb && ['Company', 'Project', 'Industry', 'Place'].includes(x.type))) {
        if (t.type === 'Place' && ADMIN.has(t.subtype)) continue;
        add(subject, t, 'SUPPORTS', s.index, 'support-verb');
      }
    }
    // 6. Cooperation: 对接/共建/携手 + partners in the clause; 与X合作.
    for (const m of s.text.matchAll(COOPERATE)) {
      const [ca, cb] = clauseBounds(s.text, m.index);
      const partners = top.filter((x) => rel(x) >= ca && rel(x) < cb && ['Place', 'Organization', 'Company'].includes(x.type));
      const after = partners.filter((x) => rel(x) >= m.index);
      const before = partners.filter((x) => rel(x) < m.index);
      const withX = before.filter((x) => /[与同和跟]$/.test(s.text.slice(Math.max(0, rel(x) - 1), rel(x))));
      if (withX.length > 0) {
        const subj = before.filter((x) => !withX.includes(x));
        const subject = subj.length > 0 ? subj[subj.length - 1] : homeRef;
        if (subject) for (const t of withX) add(subject, t, 'COOPERATES_WITH', s.index, 'cooperate-with');
      } else if (after.length > 0) {
        const subject = before.length > 0 ? before[before.length - 1] : homeRef;
        if (subject) for (const t of after) add(subject, t, 'COOPERATES_WITH', s.index, 'cooperate-verb');
      }
    }
    // 7. A company and a project in one clause with a building verb.
    for (const c of top.filter((m) => m.type === 'Company' || m.type === 'Organization')) {
      const [ca, cb] = clauseBounds(s.text, rel(c));
      const clause = s.text.slice(ca, cb);
      if (!DEVELOP.test(clause)) continue;
      for (const p of top.filter((m) => m.type === 'Project' && rel(m) >= ca && rel(m) < cb)) if (c.type === 'Company') add(c, p, 'DEVELOPS', s.index, 'develops-clause');
    }
    // 8. 以A、B、C为龙头的X产业: the leaders are in the industry.
    for (const e of s.enumerations) {
      if (e.type !== 'Company') continue;
      const tail = s.text.slice(e.end - s.start, e.end - s.start + 16);
      if (!/^(?:为)?(?:龙头|代表|主导|核心)?(?:企业)?的?/.test(tail)) continue;
      const industry = top.find((m) => m.type === 'Industry' && m.start >= e.end && m.start <= e.end + 8);
      if (!industry) continue;
      for (const it of e.items) {
        const item = top.find((m) => m.start === it.start && m.end === it.end && m.type === 'Company');
        if (item) add(item, industry, 'IN_INDUSTRY', s.index, 'leaders-of-industry');
      }
    }
    // 9. Role + person: 太原市委书记韦韬 leads 太原.
    for (const p of top.filter((m) => m.type === 'Person' && m.rule.startsWith('role:'))) {
      const role = p.rule.slice(5);
      const roleStart = rel(p) - role.length;
      const place = top.filter((m) => m.type === 'Place' && ADMIN.has(m.subtype) && rel(m) + (m.end - m.start) <= roleStart && roleStart - (rel(m) + (m.end - m.start)) <= 1);
      const org = top.filter((m) => m.type === 'Organization' && m.end - s.start <= roleStart && roleStart - (m.end - s.start) <= 1);
      const target = org[org.length - 1] ?? place[place.length - 1] ?? (/^[市省县区]/.test(role) ? homeRef : null);
      if (target) add(p, target, 'LEADS', s.index, 'role-person', { role });
    }
    // 10. A place and its curated administrative parent named in one sentence: 太原市辖小店区、迎泽区….
    for (const m of top.filter((x) => x.type === 'Place' && x.parent)) {
      const parent = s.mentions.find((x) => x.type === 'Place' && x.name === m.parent);
      if (parent) add(m, parent, 'PART_OF', s.index, 'gazetteer-parent');
    }
    // 11. Co-occurrence: every pair of entities of the sentence.
    const keys = [...new Map(s.mentions.map((m) => [m.key, m])).values()].slice(0, 25);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = keys[i].key < keys[j].key ? [keys[i], keys[j]] : [keys[j], keys[i]];
      add(a, b, 'CO_OCCURS', s.index, 'sentence');
    }
  }
  return out;
}
