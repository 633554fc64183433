// A view of the graph (the entities and relations the explorer shows) gathered for export: each entity with the
// documents that mention it, each relation with every sentence and its year. The writers are those of `kg export`.
import { NotFoundError } from '../errors';
import { exportedEntity } from '../model';
import type { GraphStore } from '../store/GraphStore';
import type { ExportGraph } from './formats';

export async function viewExport(store: GraphStore, nodes: string[], edges: string[]): Promise<ExportGraph> {
  const ids = [...new Set(nodes)];
  const details = await Promise.all(ids.map((id) => store.getEntity(id)));
  const missing = ids.find((_, i) => details[i] === null);
  if (missing !== undefined) throw new NotFoundError(`No entity ${missing}`);
  const rels = await Promise.all([...new Set(edges)].map((id) => store.getRelation(id)));
  const inView = new Set(ids);
  const docs = await store.listDocuments();
  const entities = details.flatMap((e) =>
    e === null
      ? []
      : [
          {
            ...exportedEntity(e),
            documents: e.documents.map((d) => ({
              id: d.id,
              title_zh: d.title_zh,
              title_en: d.title_en,
              year: d.year,
              count: d.count,
            })),
          },
        ],
  );
  // A relation whose ends are not both in the view has nothing to join in the file (the view may have hidden one).
  const relations = rels.flatMap((r) =>
    r === null || !inView.has(r.source) || !inView.has(r.target)
      ? []
      : [
          {
            id: r.id,
            source: r.source,
            target: r.target,
            type: r.type,
            attributes: r.attributes,
            evidence: r.evidence.map((e) => ({
              document: e.document,
              sentence: e.sentence,
              text: e.text,
              start: e.start,
              end: e.end,
              year: e.year,
            })),
          },
        ],
  );
  const used = new Set([
    ...entities.flatMap((e) => e.documents.map((d) => d.id)),
    ...relations.flatMap((r) => r.evidence.map((e) => e.document)),
  ]);
  return {
    documents: docs
      .filter((d) => used.has(d.id))
      .map((d) => ({ id: d.id, file: d.file, title_zh: d.title_zh, title_en: d.title_en, year: d.year })),
    entities,
    relations,
  };
}
