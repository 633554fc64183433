// How the contributions of several documents become one entity or one relation; both stores use it.
import type { BatchEntity, BatchRelation, Entity, Evidence, Fact, FactKind, Relation } from '../model';
import { ENTITY_TYPES } from '../ontology';

export interface EntityContribution {
  document: string;
  entity: BatchEntity;
  mentions: number;
}

function factKey(f: Fact): string {
  return `${f.kind}|${f.value}|${f.unit ?? ''}|${f.date ?? ''}|${f.document}|${f.sentence}`;
}

export function mergeEntity(contribs: EntityContribution[]): Entity {
  if (contribs.length === 0) throw new Error('mergeEntity needs at least one contribution');
  const ordered = [...contribs].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  // Type: curated data wins; otherwise the type most mentions agree on.
  const curated = ordered.find((c) => c.entity.source === 'gazetteer');
  const votes = new Map<string, number>();
  for (const c of ordered) votes.set(c.entity.type, (votes.get(c.entity.type) ?? 0) + c.mentions + 1);
  const type = curated
    ? curated.entity.type
    : [...votes.entries()].sort(
        (a, b) => b[1] - a[1] || ENTITY_TYPES.indexOf(a[0] as never) - ENTITY_TYPES.indexOf(b[0] as never),
      )[0][0];
  const sameType = ordered.filter((c) => c.entity.type === type);
  const namer =
    curated ??
    [...sameType].sort((a, b) => b.mentions - a.mentions || b.entity.name_zh.length - a.entity.name_zh.length)[0];
  const names = new Set<string>();
  for (const c of ordered) {
    names.add(c.entity.name_zh);
    for (const a of c.entity.aliases) names.add(a);
  }
  names.delete(namer.entity.name_zh);
  const attributes: Partial<Record<FactKind, Fact[]>> = {};
  const seen = new Set<string>();
  for (const c of ordered) {
    for (const f of c.entity.facts) {
      const k = factKey(f);
      if (seen.has(k)) continue;
      seen.add(k);
      (attributes[f.kind] ??= []).push(f);
    }
  }
  const subtype = namer.entity.subtype ?? sameType.find((c) => c.entity.subtype)?.entity.subtype;
  return {
    id: namer.entity.id,
    type: namer.entity.type,
    ...(subtype ? { subtype } : {}),
    name_zh: namer.entity.name_zh,
    name_en: namer.entity.name_en,
    aliases: [...names].sort(),
    attributes,
    mentions: ordered.reduce((n, c) => n + c.mentions, 0),
  };
}

/**
 * A relation's attributes over its contributions, in document order: the first document to give one keeps it, except
 * `implicit`, which holds only while no document states the relation with its subject named.
 */
export function mergeAttributes(contribs: readonly { attributes: Record<string, string> }[]): Record<string, string> {
  if (contribs.length === 1) return contribs[0].attributes;
  const attributes: Record<string, string> = {};
  for (const r of contribs)
    for (const [k, v] of Object.entries(r.attributes)) if (!(k in attributes)) attributes[k] = v;
  if (contribs.some((r) => r.attributes.implicit !== 'true')) delete attributes.implicit;
  return attributes;
}

export function mergeRelation(contribs: BatchRelation[]): Relation {
  if (contribs.length === 0) throw new Error('mergeRelation needs at least one contribution');
  const first = contribs[0];
  const attributes = { ...mergeAttributes(contribs) };
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const r of contribs) {
    for (const e of r.evidence) {
      const key = `${e.document}|${e.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(e);
    }
  }
  evidence.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence));
  return {
    id: first.id,
    source: first.source,
    target: first.target,
    type: first.type,
    attributes,
    weight: evidence.length,
    evidence,
  };
}
