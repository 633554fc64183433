// What a path search asks the API, and what of its answer the graph draws and highlights.
import { filterParams, type Filters } from '../filters/filterState';
import type { Elements, PathResult } from '../types';

/** A few short paths read better than many long ones. */
export const PATH_LIMIT = 3;
export const PATH_MAX_LENGTH = 4;

/** The query of GET /api/paths: paths answer under the same filters as the view. */
export function pathQuery(
  from: string,
  to: string,
  f: Filters,
  avoidHubs: boolean,
  lang: string,
): Record<string, string | number | undefined> {
  return {
    from,
    to,
    lang,
    limit: PATH_LIMIT,
    maxLength: PATH_MAX_LENGTH,
    avoidHubs: String(avoidHubs),
    ...filterParams(f),
  };
}

/** Every node and relation of the paths found, to add to the graph. */
export function pathElements(paths: PathResult[]): Elements {
  return { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) };
}

/** The ids to highlight for the i-th path (none when there is no such path). */
export function pathHighlight(paths: PathResult[] | null, i: number): { nodes: string[]; edges: string[] } {
  const p = paths?.[i];
  return p ? { nodes: p.nodes.map((n) => n.data.id), edges: p.edges.map((e) => e.data.id) } : { nodes: [], edges: [] };
}
