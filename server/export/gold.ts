// The curated graph in the gold format of ../shared/gold/README.md: one file per document, entities by their
// canonical Chinese name, relations with an evidence quote, so a team can grow its own evaluation set from its
// corrections.
import type { GraphStore } from '../store/GraphStore';

export interface GoldEntityOut {
  id: string;
  type: string;
  subtype?: string;
  aliases: string[];
  name_en: string;
  mentions: number;
}

export interface GoldRelationOut {
  source: string;
  type: string;
  target: string;
  evidence: string;
}

export interface GoldFileOut {
  doc: string;
  entities: GoldEntityOut[];
  relations: GoldRelationOut[];
}

/** Gold files by file name (`<document id>.json`); co-occurrences are left out, as gold has none. */
export async function toGold(store: GraphStore): Promise<Map<string, GoldFileOut>> {
  const g = await store.exportGraph();
  const byId = new Map(g.entities.map((e) => [e.id, e]));
  const out = new Map<string, GoldFileOut>();
  for (const d of g.documents) {
    const detail = await store.getDocument(d.id);
    if (!detail) continue;
    const mentions = new Map<string, number>();
    for (const m of detail.mentions) mentions.set(m.entity, (mentions.get(m.entity) ?? 0) + 1);
    const relations: GoldRelationOut[] = [];
    for (const r of g.relations) {
      if (r.type === 'CO_OCCURS') continue;
      const ev = r.evidence.find((x) => x.document === d.id);
      const s = byId.get(r.source);
      const t = byId.get(r.target);
      if (!ev || !s || !t) continue;
      for (const id of [s.id, t.id]) if (!mentions.has(id)) mentions.set(id, 0);
      relations.push({ source: s.name_zh, type: r.type, target: t.name_zh, evidence: ev.text });
    }
    const entities: GoldEntityOut[] = [...mentions]
      .filter(([id]) => byId.has(id))
      .map(([id, n]) => {
        const e = byId.get(id)!;
        return {
          id: e.name_zh,
          type: e.type,
          ...(e.subtype ? { subtype: e.subtype } : {}),
          aliases: e.aliases,
          name_en: e.name_en,
          mentions: n,
        };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.set(`${d.id}.json`, { doc: d.file, entities, relations });
  }
  return out;
}
