// Drawing benchmarks for `npm run bench:ui`: a synthetic graph of n nodes, then frames per second while panning
// and zooming, with the canvas renderer or the WebGL one. Reached only through the test build's hooks.
import type { ElementDefinition } from 'cytoscape';
import { GraphView } from './GraphView';
import type { EntityType } from '../types';
import { ENTITY_TYPES } from '../types';

export interface DrawResult {
  nodes: number;
  edges: number;
  webgl: boolean;
  drawMs: number;
  fps: number;
}

export async function drawBenchmark(
  container: HTMLElement,
  n: number,
  webgl: boolean,
  seconds = 3,
): Promise<DrawResult> {
  const t0 = performance.now();
  const view = new GraphView(
    container,
    { onNode: () => undefined, onEdge: () => undefined, onBackground: () => undefined },
    { webgl, large: n > 300 },
  );
  const { nodes, edges } = syntheticGraph(n);
  view.cy.add([...nodes, ...edges]);
  view.cy.fit();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const drawMs = performance.now() - t0;
  const fps = await panAndZoom(view, container, seconds);
  view.destroy();
  return { nodes: n, edges: edges.length, webgl, drawMs: Math.round(drawMs), fps };
}

/** n nodes on a jittered grid, 2n edges (a third of them co-occurrence). */
function syntheticGraph(n: number): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
  const side = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: {
      id: `n${i}`,
      label: `节点${i}`,
      name_zh: `节点${i}`,
      name_en: `Node ${i}`,
      type: ENTITY_TYPES[i % 8] as EntityType,
      degree: i % 30,
      aliases: [],
      mentions: 1,
      importance: 0,
    },
    position: {
      x: (i % side) * 40 + (Math.random() - 0.5) * 10,
      y: Math.floor(i / side) * 40 + (Math.random() - 0.5) * 10,
    },
  }));
  const edges = Array.from({ length: n * 2 }, (_, i) => ({
    group: 'edges' as const,
    data: {
      id: `x${i}`,
      source: `n${i % n}`,
      target: `n${(i * 7 + 13) % n}`,
      type: i % 3 === 0 ? 'CO_OCCURS' : 'LOCATED_IN',
      weight: 1,
    },
  }));
  return { nodes, edges };
}

/** Frames per second while the view pans and zooms for `seconds`. */
async function panAndZoom(view: GraphView, container: HTMLElement, seconds: number): Promise<number> {
  let frames = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const step = () => {
      const t = performance.now() - start;
      view.cy.panBy({ x: Math.sin(t / 300) * 6, y: Math.cos(t / 300) * 6 });
      view.cy.zoom({
        level: view.cy.zoom() * (1 + Math.sin(t / 500) * 0.01),
        renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 },
      });
      frames++;
      if (t < seconds * 1000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  return Math.round((frames / ((performance.now() - start) / 1000)) * 10) / 10;
}
