// What is drawn on the graph: the overview, expansions, sets of entities (a document's, an answer's, a comparison's)
// and the note that says why the canvas is empty.
import { api } from '../api';
import { noFilters } from '../filters/filterState';
import { hasHardwareWebGL, LARGE_VIEW } from '../graph/GraphView';
import { lang, t } from '../i18n';
import { compareStatus, type Comparison } from '../lists/compareGraph';
import { explainEmpty } from '../lists/emptyState';
import type { ViewState } from '../state/viewState';
import { compareLegend } from '../ui/comparePanel';
import { showEmptyNote } from '../ui/emptyNote';
import type { Explorer } from './explorer';

const EXPAND_LIMIT = 20;
const OVERVIEW_SIZE = 30;

export class Canvas {
  /** The nodes of the overview last drawn: a filter change redraws the overview while it is what is shown. */
  private overviewIds: string | null = null;
  /** The comparison drawn on the graph, if any (its legend follows the language). */
  private compared: Comparison | null = null;
  private expandLimits = new Map<string, number>();

  constructor(private readonly x: Explorer) {}

  private get ctx() {
    return this.x.ctx;
  }

  /** Draws a state's nodes, or the overview when it names none, in place of the view. */
  async drawState(s: ViewState): Promise<void> {
    this.markComparison(null);
    await this.ctx.guard(async () => {
      this.ctx.graph.clear();
      const f = this.ctx.filters();
      const els = s.nodes.length > 0 ? await api.subgraph(s.nodes, f) : await api.overview(OVERVIEW_SIZE, f);
      this.ctx.useRenderer(els.nodes.length > LARGE_VIEW && hasHardwareWebGL(), els.nodes.length > LARGE_VIEW);
      this.ctx.graph.add(els);
      this.overviewIds = s.nodes.length > 0 ? null : this.drawnKey();
      await this.settle({ all: true });
      this.ctx.graph.fit();
    });
    this.ctx.graph.focus(s.focus);
  }

  /** Whether the overview last drawn is still what the canvas shows. */
  showsOverview(): boolean {
    return this.overviewIds !== null && this.overviewIds === this.drawnKey();
  }

  /** The overview answers under the filters: the most important entities of those types, documents and years. */
  async redrawOverview(): Promise<void> {
    await this.ctx.guard(async () => {
      const els = await api.overview(OVERVIEW_SIZE, this.ctx.filters());
      this.ctx.graph.clear();
      this.ctx.graph.add(els);
      this.overviewIds = this.drawnKey();
      await this.settle({ all: true });
      this.ctx.graph.fit();
    });
  }

  /** Evidence filters change which relations exist: fetch the edges again for the nodes on screen. */
  async refetchRelations(): Promise<void> {
    const ids = this.ctx.graph.nodeIds();
    if (ids.length === 0) return;
    const sub = await this.ctx.guard(() => api.subgraph(ids, this.ctx.filters()));
    if (!sub) return;
    this.ctx.graph.cy.edges().remove();
    this.ctx.graph.add(sub);
  }

  /** Adds an entity's neighbours (20 more each time "more" is asked). */
  async expand(id: string, more = false, save = true): Promise<void> {
    const limit = (this.expandLimits.get(id) ?? 0) + (more || !this.expandLimits.has(id) ? EXPAND_LIMIT : 0);
    this.expandLimits.set(id, limit);
    const res = await this.ctx.guard(() => api.neighborhood(id, limit + 1, this.ctx.filters(), lang()));
    if (!res) return;
    const fresh = this.ctx.graph.add(res, id);
    await this.settle({ fresh });
    // The new neighbours are brought into view with the node they came from.
    if (fresh.length > 0) this.ctx.graph.fitTo([id, ...fresh]);
    if (res.truncated) this.ctx.setStatus(t('state.truncated', { count: limit }));
    // The open panel lists the relations drawn: show the new ones.
    if (this.x.panels.shows('entity', id)) await this.x.panels.openEntity(id, false, false);
    if (save) this.x.router.save();
  }

  /** Selects an entity from a list: drawn (alone) when it is not on the graph, centred, the list left open. */
  async selectEntity(id: string): Promise<void> {
    const graph = this.ctx.graph;
    if (!graph.has(id)) {
      const els = await this.ctx.guard(() => api.subgraph([id, ...graph.nodeIds()], this.ctx.filters()));
      if (!els) return;
      await this.settle({ fresh: graph.add(els) });
    }
    this.ctx.state.focus = id;
    graph.focus(id);
    graph.select(id);
    graph.cy.animate({ center: { eles: graph.cy.getElementById(id) }, duration: 300 });
    this.x.router.save();
  }

  /** Draws a set of entities (a document's, a comparison's) and the relations among them in place of the view. */
  async showEntities(ids: string[], comparison?: Comparison): Promise<void> {
    await this.ctx.guard(async () => {
      this.ctx.graph.clear();
      this.overviewIds = null;
      const els = ids.length > 0 ? await api.subgraph(ids, this.ctx.filters()) : { nodes: [], edges: [] };
      this.ctx.graph.add(els);
      this.markComparison(comparison ?? null);
      await this.settle({ all: true });
      this.ctx.graph.fit();
    });
    this.x.router.save();
  }

  /** Draws the entities of an answer (with the relations between them) and fits the view to them. */
  async showOnGraph(ids: string[]): Promise<void> {
    const els = await this.ctx.guard(() => api.subgraph(ids, this.ctx.filters()));
    if (!els) return;
    await this.settle({ fresh: this.ctx.graph.add(els) });
    this.ctx.graph.fitTo(ids);
    this.x.router.save();
  }

  /** Rings each drawn entity by its side of the comparison, with a legend on the canvas; null takes them off. */
  markComparison(c: Comparison | null): void {
    const area = document.querySelector<HTMLElement>('.graph-area')!;
    area.querySelector('.compare-legend')?.remove();
    this.compared = c;
    this.ctx.graph.cy.nodes().removeClass('cmp-added cmp-continued cmp-dropped');
    if (!c) return;
    for (const [id, status] of compareStatus(c)) this.ctx.graph.cy.getElementById(id).addClass(`cmp-${status}`);
    area.append(compareLegend());
  }

  /** Draws the legend of the comparison shown again (in the new language). */
  relabelComparison(): void {
    this.markComparison(this.compared);
  }

  /** Says which filter hid what when the canvas shows little or nothing. */
  updateEmptyState(): void {
    const drawn = this.ctx.graph.cy.nodes().map((n) => ({ type: String(n.data('type')) }));
    showEmptyNote(
      document.querySelector<HTMLElement>('.graph-area')!,
      explainEmpty(drawn, this.ctx.filters()),
      this.ctx.docs,
      () => void this.x.filters.change(noFilters()),
    );
  }

  /** What the view is about, for the title of a picture: the two ends of a path, else the focused entity. */
  subject(): string | undefined {
    const s = this.ctx.state;
    const label = (id: string) => this.ctx.graph.cy.getElementById(id).data('label') as string | undefined;
    if (s.path) return s.path.map(label).filter(Boolean).join(' → ') || undefined;
    return s.focus ? label(s.focus) : undefined;
  }

  /** Filters apply to what was just added, then the layout places it. */
  private async settle(which: { all: true } | { fresh: string[] }): Promise<void> {
    this.ctx.applyVisibility();
    await this.ctx.graph.layout(which);
  }

  private drawnKey(): string {
    return this.ctx.graph.nodeIds().sort().join(',');
  }
}
