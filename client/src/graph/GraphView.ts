// The Cytoscape.js graph: styled by type, labelled in the current language, laid out with fcose so that
// positions stay put when nodes are added.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { t } from '../i18n';
import type { EdgeData, Elements, NodeData } from '../types';
import { chooseLabels, type LabelBox } from './labels';
import { graphStylesheet } from './stylesheet';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface GraphEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
}

/** Above this many nodes layouts use draft quality and pan/zoom draw a cached texture. */
export const LARGE_VIEW = 800;

let hardwareGl: boolean | null = null;

/**
 * Cytoscape's WebGL renderer (3.31+) only pays off on a real GPU: measured with software GL (SwiftShader) it is
 * several times slower than the canvas (npm run bench:ui), so it is used only when the GPU is not emulated.
 */
export function hasHardwareWebGL(): boolean {
  if (hardwareGl !== null) return hardwareGl;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    hardwareGl = !!gl && !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    hardwareGl = false;
  }
  return hardwareGl;
}

export class GraphView {
  cy: Core;
  private lang: 'zh' | 'en' = 'zh';
  private tooltip: HTMLDivElement;
  private labelTimer: number | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphEvents,
    opts: { webgl?: boolean; large?: boolean } = {},
  ) {
    this.cy = cytoscape({
      container,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
      // Large views pan and zoom on a cached texture and without edges, then redraw once at rest.
      ...(opts.large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
      style: graphStylesheet(),
    });
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.hidden = true;
    container.appendChild(this.tooltip);
    this.cy.on('tap', 'node', (e) => events.onNode(e.target.id()));
    this.cy.on('tap', 'edge', (e) => events.onEdge(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) events.onBackground();
    });
    this.cy.on('mouseover', 'node', (e) => {
      const d = e.target.data() as NodeData;
      // The name in the chosen language (its label may be hidden to avoid a collision) and the type, also in it.
      e.target.addClass('hover');
      this.tooltip.textContent = `${this.lang === 'zh' ? d.name_zh : d.name_en} · ${t(`type.${d.type}`)}`;
      this.tooltip.hidden = false;
      const p = e.renderedPosition ?? e.target.renderedPosition();
      this.tooltip.style.left = `${p.x + 12}px`;
      this.tooltip.style.top = `${p.y + 12}px`;
    });
    this.cy.on('mouseout', 'node', (e) => {
      e.target.removeClass('hover');
      this.tooltip.hidden = true;
    });
    // Labels are chosen again once the view rests after a zoom, a pan, or a change of what is drawn or selected.
    this.cy.on('zoom pan add remove select unselect', () => this.scheduleLabels());
  }

  setLang(lang: 'zh' | 'en'): void {
    this.lang = lang;
    this.cy.batch(() =>
      this.cy.nodes().forEach((n) => void n.data('label', lang === 'zh' ? n.data('name_zh') : n.data('name_en'))),
    );
    this.scheduleLabels();
  }

  private scheduleLabels(): void {
    window.clearTimeout(this.labelTimer);
    this.labelTimer = window.setTimeout(() => this.updateLabels(), 60);
  }

  /**
   * Labels on screen by importance, none overlapping; the others hidden until hovered (see labels.ts). `whole`: over
   * the whole graph, not only what is on screen (for a picture of it; overlaps do not depend on the scale).
   */
  updateLabels(whole = false): void {
    if (this.cy.destroyed()) return;
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    const boxes: LabelBox[] = [];
    const nodes = this.cy.nodes(':visible');
    nodes.forEach((n) => {
      if (!n.data('label')) return;
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (b.w <= 0 || (!whole && (b.x2 < 0 || b.y2 < 0 || b.x1 > w || b.y1 > h))) return;
      boxes.push({
        id: n.id(),
        x1: b.x1,
        y1: b.y1,
        x2: b.x2,
        y2: b.y2,
        priority: Number(n.data('importance') ?? 0) + Number(n.data('degree') ?? 0) * 1e-6,
        force: n.selected() || n.hasClass('focus') || n.hasClass('path') || n.hasClass('pinned'),
      });
    });
    const kept = chooseLabels(boxes);
    this.cy.batch(() => nodes.forEach((n) => void n.toggleClass('label-hidden', !kept.has(n.id()))));
  }

  /** The nodes whose labels are drawn (kept, or hovered), with their label boxes on screen (tests, debugging). */
  shownLabels(): { id: string; x1: number; y1: number; x2: number; y2: number }[] {
    return this.cy
      .nodes(':visible')
      .filter((n) => (!n.hasClass('label-hidden') || n.hasClass('hover')) && !!n.data('label'))
      .map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
  }

  /** Of these nodes, those drawn outside the visible area. */
  outsideView(ids: string[]): string[] {
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    return ids.filter((id) => {
      const n = this.cy.getElementById(id);
      if (n.empty()) return false;
      const p = (n as NodeSingular).renderedPosition();
      return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
    });
  }

  /** Adds elements; new nodes start beside the node they came from, then the layout settles them. */
  add(els: Elements, anchor?: string): string[] {
    const fresh: ElementDefinition[] = [];
    const near = anchor ? this.cy.getElementById(anchor) : null;
    const origin = near && near.nonempty() ? (near as NodeSingular).position() : { x: 0, y: 0 };
    for (const n of els.nodes) {
      if (this.cy.getElementById(n.data.id).nonempty()) {
        this.cy.getElementById(n.data.id).data(n.data);
        continue;
      }
      const angle = Math.random() * Math.PI * 2;
      fresh.push({
        group: 'nodes',
        data: { ...n.data, label: this.lang === 'zh' ? n.data.name_zh : n.data.name_en },
        position: { x: origin.x + Math.cos(angle) * 80, y: origin.y + Math.sin(angle) * 80 },
      });
    }
    for (const e of els.edges) {
      if (this.cy.getElementById(e.data.id).nonempty()) continue;
      fresh.push({ group: 'edges', data: e.data as unknown as Record<string, unknown> });
    }
    const added = this.cy.add(fresh.filter((f) => f.group === 'nodes'));
    this.cy.add(
      fresh.filter(
        (f) =>
          f.group === 'edges' &&
          this.cy.getElementById(String((f.data as unknown as EdgeData).source)).nonempty() &&
          this.cy.getElementById(String((f.data as unknown as EdgeData).target)).nonempty(),
      ),
    );
    return added.map((n) => n.id());
  }

  layout(opts: { fresh?: string[]; all?: boolean } = {}): Promise<void> {
    const n = this.cy.nodes().length;
    if (n === 0) return Promise.resolve();
    // Old nodes keep their place when new ones arrive: only a full re-layout moves everything.
    const keep =
      opts.all || !opts.fresh ? this.cy.collection() : this.cy.nodes().filter((x) => !opts.fresh!.includes(x.id()));
    keep.lock();
    const layout = this.cy.layout({
      name: 'fcose',
      quality: n > LARGE_VIEW ? 'draft' : 'default',
      randomize: !!opts.all,
      animate: n < 400,
      animationDuration: 400,
      fit: opts.all || this.cy.nodes().length === (opts.fresh?.length ?? 0),
      nodeRepulsion: 6500,
      idealEdgeLength: 90,
      padding: 30,
    } as never);
    return new Promise((resolve) => {
      layout.one('layoutstop', () => {
        keep.unlock();
        this.cy.nodes('.pinned').lock();
        this.scheduleLabels();
        resolve();
      });
      layout.run();
    });
  }

  remove(id: string): void {
    this.cy.getElementById(id).remove();
  }

  clear(): void {
    this.cy.elements().remove();
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  showCooccurrence(show: boolean): void {
    this.cy.edges('[type = "CO_OCCURS"]').toggleClass('hidden-co', !show);
  }

  focus(id: string | undefined): void {
    this.cy.nodes().removeClass('focus');
    if (id) this.cy.getElementById(id).addClass('focus');
  }

  select(id: string | undefined): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  togglePin(id: string): boolean {
    const n = this.cy.getElementById(id);
    const pinned = !n.hasClass('pinned');
    n.toggleClass('pinned', pinned);
    if (pinned) n.lock();
    else n.unlock();
    return pinned;
  }

  highlightPath(nodeIds: string[], edgeIds: string[]): void {
    this.cy.elements().removeClass('path faded');
    if (nodeIds.length === 0) return;
    const path = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) path.merge(this.cy.getElementById(id));
    this.cy.elements().not(path).addClass('faded');
    path.addClass('path');
    this.cy.animate({ fit: { eles: path, padding: 60 }, duration: 400 });
  }

  /** Fits what is drawn (hidden elements would leave the visible ones a small cluster in a corner). */
  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: 30 }, duration: 300 });
  }

  /** Fits the view to some nodes (those that just arrived, an answer shown on the graph). */
  fitTo(ids: string[]): void {
    const eles = this.cy.collection();
    for (const id of ids) eles.merge(this.cy.getElementById(id));
    if (eles.nonempty())
      this.cy.animate({ fit: { eles, padding: 50 }, duration: 300, complete: () => this.scheduleLabels() });
  }

  zoom(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.container.clientWidth / 2, y: this.container.clientHeight / 2 },
    });
  }

  /** The whole graph as SVG, at the screen's zoom, its labels chosen over all of it (then again for the screen). */
  svg(): string {
    window.clearTimeout(this.labelTimer);
    this.updateLabels(true);
    try {
      return (this.cy as unknown as { svg(o: object): string }).svg({
        full: true,
        bg: '#ffffff',
        scale: this.cy.zoom(),
      });
    } finally {
      this.updateLabels();
    }
  }

  visible(): { nodes: NodeData[]; edges: EdgeData[] } {
    const nodes = this.cy.nodes(':visible').map((n) => n.data() as NodeData);
    const edges = this.cy.edges(':visible').map((e) => e.data() as EdgeData);
    return { nodes, edges };
  }

  destroy(): void {
    this.cy.destroy();
  }
}
