// Read-only introspection of what is drawn, for browser tests and `npm run bench:ui`. Only the test build
// (vite build --mode test) includes this module: the production bundle has no window.__pg.
import { drawBenchmark } from '../graph/benchmark';
import type { GraphView } from '../graph/GraphView';

export function installTestHooks(graph: () => GraphView): void {
  const cy = () => graph().cy;
  (window as unknown as { __pg: unknown }).__pg = {
    nodes: () =>
      cy()
        .nodes(':visible')
        .map((n) => ({
          id: n.id(),
          label: n.data('label') as string,
          type: n.data('type') as string,
          name_zh: n.data('name_zh') as string,
        })),
    edges: () =>
      cy()
        .edges(':visible')
        .map((e) => ({
          id: e.id(),
          type: e.data('type') as string,
          source: e.data('source') as string,
          target: e.data('target') as string,
        })),
    highlighted: () =>
      cy()
        .elements('.path')
        .map((x) => x.id()),
    // Each drawn entity's side of a comparison, when one is drawn.
    compared: () =>
      cy()
        .nodes('.cmp-added, .cmp-continued, .cmp-dropped')
        .map((n) => ({ id: n.id(), status: /cmp-(\w+)/.exec(n.classes().join(' '))?.[1] ?? '' })),
    selected: () =>
      cy()
        .nodes(':selected')
        .map((n) => n.id()),
    labels: () => graph().shownLabels(),
    outside: (ids: string[]) => graph().outsideView(ids),
    // Where a node is drawn, in page coordinates (to hover or tap it).
    position: (id: string) => {
      const p = cy().getElementById(id).renderedPosition();
      const r = document.getElementById('cy')!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    // npm run bench:ui draws synthetic graphs in a scratch container.
    bench: (n: number, webgl: boolean) => {
      const box = document.createElement('div');
      box.style.cssText = 'position:fixed;inset:0;background:#fff;z-index:100';
      document.body.appendChild(box);
      return drawBenchmark(box, n, webgl).finally(() => box.remove());
    },
  };
}
