// Relations a given rule reads from a short text written for the test, as "source→target" (with "(implicit)").
import { Extractor } from '../../../../server/ingest/pipeline';
import type { GraphBatch } from '../../../../server/model';

const extractor = new Extractor();

export function extract(text: string, title = '青禾市2025年政府工作报告'): GraphBatch {
  return extractor.extractText(text, { fileName: 'rule-test.txt', meta: { title_zh: title, year: 2025 } });
}

export function byRule(b: GraphBatch, rule: string, type?: string): string[] {
  const name = new Map(b.entities.map((e) => [e.id, e.name_zh]));
  return b.relations
    .filter((r) => (!type || r.type === type) && r.evidence.some((e) => e.rule === rule))
    .map((r) => `${name.get(r.source)}→${name.get(r.target)}${r.attributes.implicit === 'true' ? ' (implicit)' : ''}`)
    .sort();
}

export function relations(b: GraphBatch, type: string): string[] {
  const name = new Map(b.entities.map((e) => [e.id, e.name_zh]));
  return b.relations
    .filter((r) => r.type === type)
    .map((r) => `${name.get(r.source)}→${name.get(r.target)}`)
    .sort();
}
