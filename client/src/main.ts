// The explorer: search → graph → details, evidence, paths and documents, in either language, with the view in the URL.
import './styles.css';
import { api, type Filters } from './api';
import { drawBenchmark } from './graph/benchmark';
import { GraphView, hasHardwareWebGL, LARGE_VIEW } from './graph/GraphView';
import { initI18n, lang, setLang, t, translateStatic } from './i18n';
import { pushState, readState, type ViewState } from './state';
import type { DocumentSummary, EdgeData, Elements, NodeData, PathResult } from './types';
import { clear, h } from './ui/dom';
import { setupDrawer } from './ui/drawer';
import { exportMenu } from './ui/exportMenu';
import {
  refreshGraph,
  renderCurationLog,
  renderEntityCuration,
  renderRelationCuration,
  type CurationHost,
} from './ui/curation';
import { renderFilters, type FilterChange } from './ui/filters';
import { renderDocument, renderEntity, renderEvidence, renderPaths, type PathActions } from './ui/panels';
import { QuestionPanel } from './ui/questions';
import { SearchBox } from './ui/search';
import { renderIndicators, renderTimeline } from './ui/time';
import { compareStatus, entitiesToDraw, type Comparison } from './lists/compareGraph';
import { explainEmpty } from './lists/emptyState';
import { compareLegend } from './ui/comparePanel';
import { showEmptyNote } from './ui/emptyNote';
import { ListViews, type ListKind } from './ui/listViews';

const EXPAND_LIMIT = 20;
/** A comparison draws at most this many entities (the most mentioned of each side in turn). */
const COMPARE_DRAWN = 120;

class App {
  private state!: ViewState;
  private graph!: GraphView;
  private search!: SearchBox;
  private docs: DocumentSummary[] = [];
  private panel = document.getElementById('panel')!;
  private status = document.getElementById('status')!;
  private expandLimits = new Map<string, number>();
  private pathResult: PathResult[] | null = null;
  /** Paths pass through hubs only when no path exists otherwise (on by default). */
  private avoidHubs = true;
  private hubsRequired = false;
  private pathEnds: { from?: NodeData; to?: NodeData } = {};
  private webgl = false;
  private large = false;
  private questions = new QuestionPanel(() => this.docs, {
    showOnGraph: (ids) => void this.showOnGraph(ids),
    openEntity: (id) => void this.openEntity(id, true),
    openDocument: (id, sentence) => void this.openDocument(id, sentence),
    close: () => this.closePanel(),
  });
  private panelView: {
    kind: 'entity' | 'edge' | 'path' | 'doc' | 'list' | 'questions' | 'none';
    id?: string;
    sentence?: number;
  } = {
    kind: 'none',
  };
  private lists!: ListViews;
  /** The nodes of the overview last drawn: a filter change redraws the overview while it is what is shown. */
  private overviewIds: string | null = null;
  /** The comparison drawn on the graph, if any (its legend follows the language). */
  private compared: Comparison | null = null;

  async start(): Promise<void> {
    await initI18n();
    this.state = readState(location.search, lang());
    await setLang(this.state.lang);
    this.graph = new GraphView(document.getElementById('cy')!, this.graphEvents());
    this.graph.setLang(this.state.lang);
    this.search = new SearchBox(document.getElementById('search')!, (hit) => void this.openEntity(hit.id, true));
    this.renderToolbar();
    setupDrawer(document.getElementById('left')!, document.querySelector<HTMLElement>('.topbar')!);
    translateStatic();
    window.addEventListener('popstate', () => void this.restore(readState(location.search, lang()), false));
    this.docs = await api.documents().catch(() => []);
    this.lists = new ListViews(this.panel, this.listHost());
    // Read-only introspection of what is drawn, for browser tests and debugging.
    (window as unknown as { __pg: unknown }).__pg = {
      nodes: () =>
        this.graph.cy.nodes(':visible').map((n) => ({
          id: n.id(),
          label: n.data('label') as string,
          type: n.data('type') as string,
          name_zh: n.data('name_zh') as string,
        })),
      edges: () =>
        this.graph.cy.edges(':visible').map((e) => ({
          id: e.id(),
          type: e.data('type') as string,
          source: e.data('source') as string,
          target: e.data('target') as string,
        })),
      highlighted: () => this.graph.cy.elements('.path').map((x) => x.id()),
      // Each drawn entity's side of a comparison, when one is drawn.
      compared: () =>
        this.graph.cy
          .nodes('.cmp-added, .cmp-continued, .cmp-dropped')
          .map((n) => ({ id: n.id(), status: /cmp-(\w+)/.exec(n.classes().join(' '))?.[1] ?? '' })),
      selected: () => this.graph.cy.nodes(':selected').map((n) => n.id()),
      labels: () => this.graph.shownLabels(),
      outside: (ids: string[]) => this.graph.outsideView(ids),
      // Where a node is drawn, in page coordinates (to hover or tap it).
      position: (id: string) => {
        const p = this.graph.cy.getElementById(id).renderedPosition();
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
    await this.restore(this.state, true);
    document.body.dataset.ready = 'true';
  }

  private filters(): Filters {
    return {
      types: this.state.types,
      relations: this.state.relations,
      documents: this.state.documents,
      years: this.state.years,
      co: this.state.co,
    };
  }

  private setStatus(text: string, kind: 'info' | 'error' | 'loading' = 'info'): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
    this.status.hidden = text === '';
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.setStatus(t('state.loading'), 'loading');
    try {
      const r = await work();
      this.setStatus('');
      this.updateEmptyState();
      return r;
    } catch (e) {
      this.setStatus(t('state.error', { message: (e as Error).message }), 'error');
      return undefined;
    }
  }

  private save(replace = false): void {
    this.state.nodes = this.graph.nodeIds();
    this.state.list = this.panelView.kind === 'list' ? (this.lists.kind ?? undefined) : undefined;
    this.state.cmp = this.state.list === 'compare' ? this.lists.sides : undefined;
    pushState(this.state, replace);
  }

  /** Rebuilds the whole view from a state (first load, back/forward, a copied link). */
  private async restore(s: ViewState, replace: boolean): Promise<void> {
    this.state = s;
    if (lang() !== s.lang) await this.applyLang(s.lang, false);
    this.renderFilters();
    this.markComparison(null);
    await this.guard(async () => {
      this.graph.clear();
      const els =
        s.nodes.length > 0 ? await api.subgraph(s.nodes, this.filters()) : await api.overview(30, this.filters());
      this.useRenderer(els.nodes.length > LARGE_VIEW && hasHardwareWebGL(), els.nodes.length > LARGE_VIEW);
      this.graph.add(els);
      this.overviewIds = s.nodes.length > 0 ? null : this.drawnKey();
      this.applyVisibility();
      await this.graph.layout({ all: true });
      this.graph.fit();
    });
    this.graph.focus(s.focus);
    if (s.path) await this.findPaths(s.path[0], s.path[1], false);
    else if (s.edge) await this.openEdge(s.edge, false);
    else if (s.doc) await this.openDocument(s.doc, undefined, false);
    else if (s.list) await this.lists.open(s.list, s.cmp);
    else if (s.focus) await this.openEntity(s.focus, false, false);
    else this.closePanel(false);
    this.save(replace);
  }

  /** Large views draw with Cytoscape's WebGL renderer where a real GPU exists; small ones with the canvas. */
  private useRenderer(webgl: boolean, large: boolean): void {
    if (this.webgl === webgl && this.large === large) return;
    this.webgl = webgl;
    this.large = large;
    this.graph.destroy();
    this.graph = new GraphView(document.getElementById('cy')!, this.graphEvents(), { webgl, large });
    this.graph.setLang(this.state.lang);
  }

  private graphEvents() {
    return {
      onNode: (id: string) => void this.openEntity(id),
      onEdge: (id: string) => void this.openEdge(id),
      onBackground: () => undefined,
    };
  }

  private applyVisibility(): void {
    const cy = this.graph.cy;
    cy.batch(() => {
      cy.nodes().forEach(
        (n) =>
          void n.style(
            'display',
            this.state.types.length === 0 || this.state.types.includes(n.data('type')) ? 'element' : 'none',
          ),
      );
      cy.edges().forEach((e) => {
        const type = e.data('type') as string;
        const ok =
          type === 'CO_OCCURS'
            ? this.state.co
            : this.state.relations.length === 0 || this.state.relations.includes(type);
        e.style('display', ok ? 'element' : 'none');
      });
    });
    this.graph.updateLabels();
  }

  private actions(): PathActions {
    return {
      expand: (id) => void this.expand(id),
      more: (id) => void this.expand(id, true),
      hide: (id) => {
        this.graph.remove(id);
        this.closePanel();
      },
      pin: (id) => this.graph.togglePin(id),
      pathFrom: (id) => void this.setPathEnd('from', id),
      pathTo: (id) => void this.setPathEnd('to', id),
      openDocument: (id, sentence) => void this.openDocument(id, sentence),
      openEntity: (id) => void this.openEntity(id, true),
      openEdge: (id) => void this.openEdge(id),
      close: () => this.closePanel(),
      clearPath: () => {
        this.pathEnds = {};
        this.pathResult = null;
        this.state.path = undefined;
        this.graph.highlightPath([], []);
        this.closePanel();
      },
      showPath: (i) => this.showPath(i),
      setAvoidHubs: (on) => {
        this.avoidHubs = on;
        if (this.state.path) void this.findPaths(this.state.path[0], this.state.path[1]);
      },
    };
  }

  /** What the curation panels (ui/curation.ts) need of the app: a refresh after each change. */
  private curationHost(): CurationHost {
    return {
      changed: async (focus) => {
        await refreshGraph(this.graph, focus);
        this.applyVisibility();
        if (focus) await this.openEntity(focus, true);
        else this.closePanel();
      },
      refresh: async () => {
        await refreshGraph(this.graph, null);
        this.applyVisibility();
      },
      openEntity: (id) => void this.openEntity(id, true),
    };
  }

  private closePanel(save = true): void {
    this.panelView = { kind: 'none' };
    this.state.edge = undefined;
    this.state.doc = undefined;
    this.graph.select(undefined);
    clear(this.panel);
    this.panel.append(
      h(
        'div',
        { class: 'panel-hint' },
        h('h2', {}, t('overview.title')),
        h('p', { class: 'muted' }, t('overview.hint')),
      ),
    );
    if (save) this.save();
  }

  /** What the list views (tables, documents, comparison) need of the explorer. */
  private listHost() {
    const visible = (ids: string[]) => ids.filter((id) => this.graph.cy.getElementById(id).visible());
    return {
      selectEntity: (id: string) => void this.selectEntity(id),
      openEntity: (id: string) => void this.openEntity(id, true),
      openDocument: (id: string) => void this.openDocument(id),
      showOnGraph: (ids: string[]) => void this.showEntities(ids),
      close: () => this.closePanel(),
      visibleIds: () => this.graph.cy.nodes(':visible').map((n) => n.id()),
      neighbourIds: (id: string) =>
        visible([
          id,
          ...this.graph.cy
            .getElementById(id)
            .neighborhood('node')
            .map((n) => n.id()),
        ]),
      focus: () => {
        const n = this.state.focus ? this.graph.cy.getElementById(this.state.focus) : null;
        return n && n.nonempty() ? { id: n.id(), name: String(n.data('label')) } : null;
      },
      documents: () => this.docs,
      types: () => this.state.types,
      setTypes: (types: string[]) => void this.changeFilters({ ...this.filters(), types }),
      showComparison: (c: Comparison) => void this.showEntities(entitiesToDraw(c, COMPARE_DRAWN), c),
      shown: (_kind: ListKind) => {
        this.panelView = { kind: 'list' };
        this.state.edge = undefined;
        this.state.doc = undefined;
      },
      changed: () => this.save(),
      error: (e: Error) => this.setStatus(t('state.error', { message: e.message }), 'error'),
    };
  }

  private async openList(kind: ListKind): Promise<void> {
    await this.lists.open(kind);
    this.save();
  }

  /** Selects an entity from a list: drawn (alone) when it is not on the graph, centred, the list left open. */
  private async selectEntity(id: string): Promise<void> {
    if (!this.graph.has(id)) {
      const els = await this.guard(() => api.subgraph([id, ...this.graph.nodeIds()], this.filters()));
      if (!els) return;
      const fresh = this.graph.add(els);
      this.applyVisibility();
      await this.graph.layout({ fresh });
    }
    this.state.focus = id;
    this.graph.focus(id);
    this.graph.select(id);
    this.graph.cy.animate({ center: { eles: this.graph.cy.getElementById(id) }, duration: 300 });
    this.save();
  }

  /** Draws a set of entities (a document's, a comparison's) and the relations among them in place of the view. */
  private async showEntities(ids: string[], comparison?: Comparison): Promise<void> {
    await this.guard(async () => {
      this.graph.clear();
      this.overviewIds = null;
      const els = ids.length > 0 ? await api.subgraph(ids, this.filters()) : { nodes: [], edges: [] };
      this.graph.add(els);
      this.markComparison(comparison ?? null);
      this.applyVisibility();
      await this.graph.layout({ all: true });
      this.graph.fit();
    });
    this.save();
  }

  /** Rings each drawn entity by its side of the comparison, with a legend on the canvas; null takes them off. */
  private markComparison(c: Comparison | null): void {
    const area = document.querySelector<HTMLElement>('.graph-area')!;
    area.querySelector('.compare-legend')?.remove();
    this.compared = c;
    if (!this.graph) return;
    this.graph.cy.nodes().removeClass('cmp-added cmp-continued cmp-dropped');
    if (!c) return;
    for (const [id, status] of compareStatus(c)) this.graph.cy.getElementById(id).addClass(`cmp-${status}`);
    area.append(compareLegend());
  }

  private drawnKey(): string {
    return this.graph.nodeIds().sort().join(',');
  }

  /** Says which filter hid what when the canvas shows little or nothing. */
  private updateEmptyState(): void {
    const drawn = this.graph.cy.nodes().map((n) => ({ type: String(n.data('type')) }));
    showEmptyNote(
      document.querySelector<HTMLElement>('.graph-area')!,
      explainEmpty(drawn, this.filters()),
      this.docs,
      () => void this.changeFilters({ types: [], relations: [], documents: [], years: [], co: true }),
    );
  }

  /** Shows an entity: adds it (and a few neighbours) when it is not in the graph yet. */
  async openEntity(id: string, addIfMissing = true, save = true): Promise<void> {
    if (addIfMissing && !this.graph.has(id)) await this.expand(id, false, false);
    const e = await this.guard(() => api.entity(id, lang()));
    if (!e) return;
    this.state.focus = id;
    this.state.edge = undefined;
    this.state.doc = undefined;
    this.graph.focus(id);
    this.graph.select(id);
    this.panelView = { kind: 'entity', id };
    const cy = this.graph.cy;
    const relations = cy
      .getElementById(id)
      .connectedEdges()
      .map((edge) => {
        const d = edge.data() as EdgeData;
        const outgoing = d.source === id;
        const o = cy.getElementById(outgoing ? d.target : d.source).data() as NodeData;
        return {
          id: d.id,
          type: d.type,
          other: o,
          outgoing,
          role: d.attributes?.role,
          implicit: d.attributes?.implicit === 'true',
        };
      });
    renderEntity(this.panel, e, relations, cy.getElementById(id).hasClass('pinned'), this.actions());
    this.panel.append(renderEntityCuration(e, this.curationHost()));
    void this.renderTime(e.id, e.type === 'Place');
    if (save) this.save();
  }

  /** The entity's timeline and, for a place, its indicator charts: added under its documents when they arrive. */
  private async renderTime(id: string, place: boolean): Promise<void> {
    const [items, series] = await Promise.all([
      api.timeline(id).catch(() => []),
      place ? api.indicators(id).catch(() => []) : Promise.resolve([]),
    ]);
    if (this.panelView.kind !== 'entity' || this.panelView.id !== id) return;
    const docs = this.panel.querySelector<HTMLElement>(`section.entity[data-entity="${CSS.escape(id)}"] ul.docs`);
    if (!docs) return;
    const blocks: HTMLElement[] = [];
    if (items.length > 0) blocks.push(renderTimeline(items, (doc) => void this.openDocument(doc)));
    if (series.length > 0) blocks.push(renderIndicators(series));
    docs.after(...blocks);
  }

  private async expand(id: string, more = false, save = true): Promise<void> {
    const limit = (this.expandLimits.get(id) ?? 0) + (more || !this.expandLimits.has(id) ? EXPAND_LIMIT : 0);
    this.expandLimits.set(id, limit);
    const res = await this.guard(() => api.neighborhood(id, limit + 1, this.filters(), lang()));
    if (!res) return;
    const fresh = this.graph.add(res, id);
    this.applyVisibility();
    await this.graph.layout({ fresh });
    // The new neighbours are brought into view with the node they came from.
    if (fresh.length > 0) this.graph.fitTo([id, ...fresh]);
    if (res.truncated) this.setStatus(t('state.truncated', { count: limit }));
    // The open panel lists the relations drawn: show the new ones.
    if (this.panelView.kind === 'entity' && this.panelView.id === id) await this.openEntity(id, false, false);
    if (save) this.save();
  }

  async openEdge(id: string, save = true): Promise<void> {
    const r = await this.guard(() => api.relation(id, lang()));
    if (!r) return;
    if (!this.graph.has(id)) {
      const els: Elements = { nodes: [], edges: [] };
      const sub = await api.subgraph([r.source, r.target], { documents: [], years: [] });
      els.nodes = sub.nodes;
      els.edges = sub.edges;
      const fresh = this.graph.add(els);
      await this.graph.layout({ fresh });
    }
    this.state.edge = id;
    this.state.doc = undefined;
    this.graph.select(id);
    this.panelView = { kind: 'edge', id };
    renderEvidence(this.panel, r, this.actions());
    this.panel.append(renderRelationCuration(r, this.curationHost()));
    if (save) this.save();
  }

  async openDocument(id: string, sentence?: number, save = true): Promise<void> {
    const d = await this.guard(() => api.document(id));
    if (!d) return;
    this.state.doc = id;
    this.state.edge = undefined;
    this.panelView = { kind: 'doc', id, sentence };
    renderDocument(this.panel, d, sentence, this.actions());
    if (save) this.save();
  }

  private openQuestions(): void {
    this.panelView = { kind: 'questions' };
    this.questions.render(this.panel);
  }

  /** Draws the entities of an answer (with the relations between them) and fits the view to them. */
  private async showOnGraph(ids: string[]): Promise<void> {
    const els = await this.guard(() => api.subgraph(ids, this.filters()));
    if (!els) return;
    const fresh = this.graph.add(els);
    this.applyVisibility();
    await this.graph.layout({ fresh });
    this.graph.fitTo(ids);
    this.save();
  }

  private async setPathEnd(end: 'from' | 'to', id: string): Promise<void> {
    const node = this.graph.cy.getElementById(id).data() as NodeData;
    this.pathEnds[end] = node;
    if (this.pathEnds.from && this.pathEnds.to) await this.findPaths(this.pathEnds.from.id, this.pathEnds.to.id);
    else {
      this.panelView = { kind: 'path' };
      renderPaths(
        this.panel,
        this.pathEnds.from ?? null,
        this.pathEnds.to ?? null,
        null,
        this.pathOptions(),
        this.actions(),
      );
    }
  }

  async findPaths(from: string, to: string, save = true): Promise<void> {
    const res = await this.guard(() => api.paths(from, to, this.filters(), this.avoidHubs, lang()));
    if (!res) return;
    this.pathResult = res.paths;
    this.hubsRequired = res.hubsRequired;
    this.state.path = [from, to];
    const all: Elements = { nodes: res.paths.flatMap((p) => p.nodes), edges: res.paths.flatMap((p) => p.edges) };
    const fresh = this.graph.add(all);
    await this.graph.layout({ fresh });
    const ends = await Promise.all([api.entity(from, lang()), api.entity(to, lang())]);
    this.pathEnds = { from: ends[0] as unknown as NodeData, to: ends[1] as unknown as NodeData };
    this.panelView = { kind: 'path' };
    renderPaths(this.panel, ends[0], ends[1], res.paths, this.pathOptions(), this.actions());
    this.showPath(0);
    if (save) this.save();
  }

  private pathOptions(): { avoidHubs: boolean; hubsRequired: boolean } {
    return { avoidHubs: this.avoidHubs, hubsRequired: this.hubsRequired };
  }

  private showPath(i: number): void {
    const p = this.pathResult?.[i];
    if (!p) return this.graph.highlightPath([], []);
    this.graph.highlightPath(
      p.nodes.map((n) => n.data.id),
      p.edges.map((e) => e.data.id),
    );
  }

  private renderFilters(): void {
    renderFilters(document.getElementById('left')!, this.state, this.docs, (f) => void this.changeFilters(f));
  }

  private async changeFilters(f: FilterChange): Promise<void> {
    const docsChanged =
      f.documents.join() !== this.state.documents.join() || f.years.join() !== this.state.years.join();
    const typesChanged = f.types.join() !== this.state.types.join();
    const overview = this.overviewIds !== null && this.overviewIds === this.drawnKey();
    Object.assign(this.state, f);
    if (overview && (docsChanged || typesChanged)) {
      // The overview answers under the filters: the most important entities of those types, documents and years.
      await this.guard(async () => {
        const els = await api.overview(30, this.filters());
        this.graph.clear();
        this.graph.add(els);
        this.overviewIds = this.drawnKey();
        this.applyVisibility();
        await this.graph.layout({ all: true });
        this.graph.fit();
      });
    } else if (docsChanged) {
      // Evidence filters change which relations exist: fetch the edges again for the nodes on screen.
      const ids = this.graph.nodeIds();
      if (ids.length > 0) {
        const sub = await this.guard(() => api.subgraph(ids, this.filters()));
        if (sub) {
          this.graph.cy.edges().remove();
          this.graph.add(sub);
        }
      }
    }
    this.applyVisibility();
    this.updateEmptyState();
    this.renderFilters();
    // Paths answer under the view's filters: find them again under the new ones.
    if (this.state.path) await this.findPaths(this.state.path[0], this.state.path[1], false);
    else if (this.panelView.kind === 'list') await this.lists.render();
    this.save();
  }

  private async applyLang(l: 'zh' | 'en', save = true): Promise<void> {
    await setLang(l);
    this.state.lang = l;
    translateStatic();
    this.graph.setLang(l);
    this.search.translate();
    this.renderToolbar();
    this.renderFilters();
    // Re-render the open panel in the new language.
    const v = this.panelView;
    if (v.kind === 'entity' && v.id) await this.openEntity(v.id, false, false);
    else if (v.kind === 'edge' && v.id) await this.openEdge(v.id, false);
    else if (v.kind === 'doc' && v.id) await this.openDocument(v.id, v.sentence, false);
    else if (v.kind === 'path' && this.state.path) await this.findPaths(this.state.path[0], this.state.path[1], false);
    else if (v.kind === 'list') await this.lists.render();
    else if (v.kind === 'questions') this.openQuestions();
    else this.closePanel(false);
    this.markComparison(this.compared);
    this.updateEmptyState();
    if (save) this.save();
  }

  /** What the view is about, for the title of a picture: the two ends of a path, else the focused entity. */
  private subject(): string | undefined {
    const label = (id: string) => this.graph.cy.getElementById(id).data('label') as string | undefined;
    if (this.state.path) return this.state.path.map(label).filter(Boolean).join(' → ') || undefined;
    return this.state.focus ? label(this.state.focus) : undefined;
  }

  private renderToolbar(): void {
    const bar = clear(document.getElementById('toolbar')!);
    const btn = (key: string, onclick: () => void, extra: Record<string, string> = {}) =>
      h('button', { onclick, title: t(key), 'aria-label': t(key), ...extra }, t(key));
    const exportSel = exportMenu({
      graph: () => this.graph,
      documents: () =>
        this.docs.filter(
          (d) =>
            (this.state.documents.length === 0 || this.state.documents.includes(d.id)) &&
            (this.state.years.length === 0 || this.state.years.includes(String(d.year))),
        ),
      subject: () => this.subject(),
      onError: (message) => this.setStatus(t('state.error', { message }), 'error'),
    });
    bar.append(
      btn(
        'toolbar.overview',
        () =>
          void this.restore(
            { ...this.state, nodes: [], focus: undefined, path: undefined, edge: undefined, doc: undefined },
            false,
          ),
      ),
      btn('lists.table', () => void this.openList('table')),
      btn('lists.documents', () => void this.openList('docs')),
      btn('lists.compare', () => void this.openList('compare')),
      btn('toolbar.questions', () => this.openQuestions(), { class: 'questions-btn' }),
      btn('toolbar.fit', () => this.graph.fit()),
      btn('toolbar.zoomIn', () => this.graph.zoom(1.25)),
      btn('toolbar.zoomOut', () => this.graph.zoom(0.8)),
      btn('toolbar.relayout', () => void this.graph.layout({ all: true })),
      exportSel,
      btn('toolbar.curations', () => void renderCurationLog(this.panel, this.curationHost())),
      btn('toolbar.copyLink', () => {
        this.save(true);
        void navigator.clipboard?.writeText(location.href).catch(() => undefined);
        this.setStatus(t('toolbar.linkCopied'));
      }),
      h(
        'div',
        { class: 'lang-switch', role: 'group', 'aria-label': t('lang.switch') },
        (['zh', 'en'] as const).map((l) =>
          h(
            'button',
            {
              class: l === lang() ? 'on' : '',
              'aria-pressed': l === lang() ? 'true' : 'false',
              lang: l,
              onclick: () => void this.applyLang(l),
            },
            t(`lang.${l}`),
          ),
        ),
      ),
    );
  }
}

void new App().start();
