// A deterministic batch with enough entities to make writes take a while; its content depends on (id, round).
import type { GraphBatch } from '../../server/model';
import { entity, makeBatch } from './batches';

export function bigBatch(id: string, round: number): GraphBatch {
  const n = 60;
  const names = Array.from({ length: n }, (_, k) => `测试企业${id.replace(/\D/g, '')}号${k}`);
  const sentences = names.map((nm, k) => `${nm}与${names[(k + 1) % n]}合作第${round}轮。`);
  const ents = names.map((nm, k) => entity(`e-${id}-${k}`, 'Company', nm, `Test Company ${id} ${k}`));
  const rels = names.map((_, k) => ({
    id: `cw-${id}-${k}`,
    source: `e-${id}-${k}`,
    target: `e-${id}-${(k + 1) % n}`,
    type: 'COOPERATES_WITH' as const,
    sentence: k,
  }));
  return makeBatch(id, sentences, ents, rels);
}
