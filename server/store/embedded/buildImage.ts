// The image of the loaded graph written beside a snapshot (image.ts stores it): the graph, ranks, search index and
// per-entity and per-relation rows pointing into the snapshot just written.
import { searchBonus } from '../ranking';
import { mergeAttributes } from '../merge';
import { StringTable } from '../../util/stringTable';
import type { GraphImage, RelationRanges, Rows } from './image';
import type { LoadedReadModel } from './loadedReadModel';
import type { WrittenSnapshot } from './persistence';
import { summaryOf } from './readModel';

/** Per entity (packed node order): the documents (snapshot line positions) that mention it, with counts. */
function entityRows(read: LoadedReadModel, nodeIds: string[], position: Map<string, number>): Rows {
  const offsets = new Int32Array(nodeIds.length + 1);
  const items: number[] = [];
  const counts: number[] = [];
  nodeIds.forEach((id, i) => {
    for (const c of read.merger.entityContribs.get(id)?.values() ?? []) {
      items.push(position.get(c.document)!);
      counts.push(c.mentions);
    }
    offsets[i + 1] = items.length;
  });
  return { offsets, items: Int32Array.from(items), counts: Int32Array.from(counts) };
}

/** Per edge (packed order): the byte ranges of its contributions; and the merged attributes of those with any. */
function relationRows(
  read: LoadedReadModel,
  edgeKeys: string[],
  written: WrittenSnapshot,
): { ranges: RelationRanges; attributes: Record<string, Record<string, string>> } {
  const offsets = new Int32Array(edgeKeys.length + 1);
  const starts: number[] = [];
  const lengths: number[] = [];
  const attributes: Record<string, Record<string, string>> = {};
  edgeKeys.forEach((key, i) => {
    const contribs = read.merger.contribsOf(key) ?? [];
    for (const c of contribs) {
      const range = written.relations.get(c)!;
      starts.push(range.offset);
      lengths.push(range.length);
    }
    offsets[i + 1] = starts.length;
    if (contribs.some((c) => Object.keys(c.attributes).length > 0)) attributes[key] = mergeAttributes(contribs);
  });
  return { ranges: { offsets, starts: Float64Array.from(starts), lengths: Int32Array.from(lengths) }, attributes };
}

export function buildImage(read: LoadedReadModel, seq: number, written: WrittenSnapshot): GraphImage {
  const g = read.graph;
  const graph = g.pack();
  const entities = graph.nodeIds.map((id) => read.entity(id)!);
  const dense = new Map(graph.nodeIds.map((id, i) => [id, i]));
  const rank = read.rank();
  const position = new Map(written.lines.map((l, i) => [l.id, i]));
  const relations = relationRows(read, graph.edgeKeys.all(), written);
  return {
    seq,
    snapshotBytes: written.snapshotBytes,
    documents: written.lines.map((l) => ({
      summary: summaryOf(read.batch(l.id)!),
      offset: l.offset,
      length: l.length,
    })),
    entities: StringTable.of(entities.map((e) => JSON.stringify(e))),
    searchIndex: read.index.pack(
      (id) => dense.get(id)!,
      Float64Array.from(entities, (e) => searchBonus(e.mentions, g.degree(g.node(e.id)))),
    ),
    graph,
    pagerank: Float64Array.from(graph.nodeIds, (id) => rank[g.node(id)] ?? 0),
    searchFacts: {
      mentions: Int32Array.from(entities, (e) => e.mentions),
      nameLength: Int32Array.from(entities, (e) => e.name_zh.length),
    },
    entityDocuments: entityRows(read, graph.nodeIds, position),
    relationRanges: relations.ranges,
    relationAttributes: relations.attributes,
  };
}
