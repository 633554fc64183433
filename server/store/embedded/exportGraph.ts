// The whole merged graph as the export formats take it, sorted by id (from the loaded graph: every batch is needed).
import { exportedEntity, type GraphExport } from '../../model';
import type { ContributionMerger } from './merger';

const byId = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function exportMerged(merger: ContributionMerger): GraphExport {
  return {
    documents: byId(
      [...merger.docs.values()].map((b) => ({
        id: b.document.id,
        file: b.document.file,
        title_zh: b.document.title_zh,
        title_en: b.document.title_en,
        year: b.document.year,
      })),
    ),
    entities: byId([...merger.entities.values()].map(exportedEntity)),
    relations: byId(
      [...merger.relationIds()]
        .map((id) => merger.relation(id)!)
        .map((r) => ({
          id: r.id,
          source: r.source,
          target: r.target,
          type: r.type,
          attributes: r.attributes,
          evidence: r.evidence.map((ev) => ({
            document: ev.document,
            sentence: ev.sentence,
            text: ev.text,
            start: ev.start,
            end: ev.end,
          })),
        })),
    ),
  };
}
