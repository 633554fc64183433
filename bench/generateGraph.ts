// A deterministic graph generator: documents with invented entities and relations, written straight to a store
// as batches (no extraction), for scale benchmarks of the stores.
import type { BatchEntity, BatchRelation, GraphBatch } from '../server/model';
import { ENTITY_TYPES, RELATION_CODES, type EntityType, type RelationType } from '../server/ontology';
import { mulberry32 } from '../server/util/random';

const TYPED: { type: RelationType; from: EntityType; to: EntityType }[] = [
  { type: 'LOCATED_IN', from: 'Project', to: 'Place' },
  { type: 'DEVELOPS', from: 'Company', to: 'Project' },
  { type: 'SUPPORTS', from: 'Policy', to: 'Company' },
  { type: 'IMPLEMENTS', from: 'Place', to: 'Policy' },
  { type: 'IN_INDUSTRY', from: 'Company', to: 'Industry' },
  { type: 'PART_OF', from: 'Place', to: 'Place' },
];

export interface GraphSize {
  entities: number;
  relations: number;
  documents: number;
}

/** Batches whose union has about `entities` entities and `relations` relations; entity i has type i mod 8. */
export function* generateGraph(size: GraphSize, seed = 11): Generator<GraphBatch> {
  const r = mulberry32(seed);
  const perDoc = Math.ceil(size.relations / size.documents);
  const typeOf = (i: number): EntityType => ENTITY_TYPES[i % ENTITY_TYPES.length];
  const pick = (t: EntityType) => {
    const base = Math.floor(r() * (size.entities / 8)) * 8;
    return base + ENTITY_TYPES.indexOf(t);
  };
  for (let d = 0; d < size.documents; d++) {
    const docId = `gen-${String(d).padStart(5, '0')}`;
    const sentences: string[] = [];
    const ents = new Map<number, BatchEntity>();
    const rels = new Map<string, BatchRelation>();
    const entity = (i: number) => {
      if (!ents.has(i))
        ents.set(i, {
          id: `g${i}`,
          type: typeOf(i),
          ...(typeOf(i) === 'Place' ? { subtype: 'zone' as const } : {}),
          name_zh: `实体${i}号`,
          name_en: `Entity ${i}`,
          aliases: [],
          facts: [],
          source: 'rule',
          rule: 'generated',
        });
      return `g${i}`;
    };
    let offset = 0;
    const spans: { start: number; end: number }[] = [];
    for (let k = 0; k < perDoc; k++) {
      const co = r() < 0.5;
      const t = TYPED[Math.floor(r() * TYPED.length)];
      let a = co ? Math.floor(r() * size.entities) : pick(t.from);
      let b = co ? Math.floor(r() * size.entities) : pick(t.to);
      if (a === b) b = (b + 8) % size.entities;
      const type: RelationType = co ? 'CO_OCCURS' : t.type;
      if (co && b < a) [a, b] = [b, a];
      const text = `实体${a}号与实体${b}号相关第${k}句。`;
      sentences.push(text);
      spans.push({ start: offset, end: offset + text.length });
      const id = `${RELATION_CODES[type]}${a}x${b}`;
      const s = entity(a);
      const tgt = entity(b);
      const ev = {
        document: docId,
        sentence: k,
        text,
        start: offset,
        end: offset + text.length,
        year: 2020 + (d % 6),
        rule: 'generated',
      };
      offset += text.length + 1;
      const prev = rels.get(id);
      if (prev) prev.evidence.push(ev);
      else rels.set(id, { id, source: s, target: tgt, type, attributes: {}, evidence: [ev] });
    }
    const text = sentences.join('\n');
    yield {
      document: {
        id: docId,
        file: `${docId}.txt`,
        title_zh: `生成文档${d}`,
        title_en: `Generated document ${d}`,
        year: 2020 + (d % 6),
        text,
        sha256: docId,
        sentences: spans,
      },
      entities: [...ents.values()],
      mentions: [],
      relations: [...rels.values()],
    };
  }
}
