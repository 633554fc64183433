// The side panel: which view it shows (entity, relation, document, paths, a list, questions), opening each, and
// drawing the same view again when the language changes.
import { api } from '../api';
import type { Explorer } from '../app/explorer';
import { lang, t } from '../i18n';
import type { EdgeData, NodeData } from '../types';
import { renderCurationLog, renderEntityCuration, renderRelationCuration } from '../ui/curation';
import { clear, h } from '../ui/dom';
import type { ListKind } from '../state/viewState';
import { renderDocument, renderEntity, renderEvidence, type PathActions } from '../ui/panels';
import { renderIndicators, renderTimeline } from '../ui/time';
import { curationHost, pathActions } from './panelHosts';

export type PanelKind = 'entity' | 'edge' | 'path' | 'doc' | 'list' | 'questions' | 'none';

export class PanelController {
  private view: { kind: PanelKind; id?: string; sentence?: number } = { kind: 'none' };

  constructor(private readonly x: Explorer) {}

  get kind(): PanelKind {
    return this.view.kind;
  }

  /** Whether the panel shows this view (of this entity, relation or document when an id is given). */
  shows(kind: PanelKind, id?: string): boolean {
    return this.view.kind === kind && (id === undefined || this.view.id === id);
  }

  /** Notes a view drawn by another part (paths, lists); it is neither a relation nor a document. */
  showing(kind: 'path' | 'list'): void {
    this.view = { kind };
    if (kind === 'list') {
      this.x.ctx.state.edge = undefined;
      this.x.ctx.state.doc = undefined;
    }
  }

  pathActions(): PathActions {
    return pathActions(this.x);
  }

  /** Shows an entity: adds it (and a few neighbours) when it is not in the graph yet. */
  async openEntity(id: string, addIfMissing = true, save = true): Promise<void> {
    const { ctx } = this.x;
    if (addIfMissing && !ctx.graph.has(id)) await this.x.canvas.expand(id, false, false);
    const e = await ctx.guard(() => api.entity(id, lang()));
    if (!e) return;
    Object.assign(ctx.state, { focus: id, edge: undefined, doc: undefined });
    ctx.graph.focus(id);
    ctx.graph.select(id);
    this.view = { kind: 'entity', id };
    const pinned = ctx.graph.cy.getElementById(id).hasClass('pinned');
    renderEntity(ctx.panel, e, this.relationsDrawn(id), pinned, this.pathActions());
    ctx.panel.append(renderEntityCuration(e, curationHost(this.x)));
    void this.renderTime(e.id, e.type === 'Place');
    if (save) this.x.router.save();
  }

  async openEdge(id: string, save = true): Promise<void> {
    const { ctx } = this.x;
    const r = await ctx.guard(() => api.relation(id, lang()));
    if (!r) return;
    if (!ctx.graph.has(id)) {
      const sub = await api.subgraph([r.source, r.target], { documents: [], years: [] });
      const fresh = ctx.graph.add({ nodes: sub.nodes, edges: sub.edges });
      await ctx.graph.layout({ fresh });
    }
    Object.assign(ctx.state, { edge: id, doc: undefined });
    ctx.graph.select(id);
    this.view = { kind: 'edge', id };
    renderEvidence(ctx.panel, r, this.pathActions());
    ctx.panel.append(renderRelationCuration(r, curationHost(this.x)));
    if (save) this.x.router.save();
  }

  async openDocument(id: string, sentence?: number, save = true): Promise<void> {
    const { ctx } = this.x;
    const d = await ctx.guard(() => api.document(id));
    if (!d) return;
    Object.assign(ctx.state, { doc: id, edge: undefined });
    this.view = { kind: 'doc', id, sentence };
    renderDocument(ctx.panel, d, sentence, this.pathActions());
    if (save) this.x.router.save();
  }

  async openList(kind: ListKind): Promise<void> {
    await this.x.lists.open(kind);
    this.x.router.save();
  }

  openQuestions(): void {
    this.view = { kind: 'questions' };
    this.x.questions.render(this.x.ctx.panel);
  }

  openCurationLog(): void {
    void renderCurationLog(this.x.ctx.panel, curationHost(this.x));
  }

  close(save = true): void {
    const { ctx } = this.x;
    this.view = { kind: 'none' };
    Object.assign(ctx.state, { edge: undefined, doc: undefined });
    ctx.graph.select(undefined);
    clear(ctx.panel).append(
      h(
        'div',
        { class: 'panel-hint' },
        h('h2', {}, t('overview.title')),
        h('p', { class: 'muted' }, t('overview.hint')),
      ),
    );
    if (save) this.x.router.save();
  }

  /** Draws the open view again (in a new language), without saving it. */
  async redraw(): Promise<void> {
    const v = this.view;
    if (v.kind === 'entity' && v.id) await this.openEntity(v.id, false, false);
    else if (v.kind === 'edge' && v.id) await this.openEdge(v.id, false);
    else if (v.kind === 'doc' && v.id) await this.openDocument(v.id, v.sentence, false);
    else if (v.kind === 'path' && (await this.x.paths.refind())) return;
    else if (v.kind === 'list') await this.x.lists.render();
    else if (v.kind === 'questions') this.openQuestions();
    else this.close(false);
  }

  /** The relations of an entity drawn on the graph, as its panel lists them. */
  private relationsDrawn(id: string) {
    const cy = this.x.ctx.graph.cy;
    return cy
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
  }

  /** The entity's timeline and, for a place, its indicator charts: added under its documents when they arrive. */
  private async renderTime(id: string, place: boolean): Promise<void> {
    const [items, series] = await Promise.all([
      api.timeline(id).catch(() => []),
      place ? api.indicators(id).catch(() => []) : Promise.resolve([]),
    ]);
    if (!this.shows('entity', id)) return;
    const panel = this.x.ctx.panel;
    const docs = panel.querySelector<HTMLElement>(`section.entity[data-entity="${CSS.escape(id)}"] ul.docs`);
    if (!docs) return;
    const blocks: HTMLElement[] = [];
    if (items.length > 0) blocks.push(renderTimeline(items, (doc) => void this.openDocument(doc)));
    if (series.length > 0) blocks.push(renderIndicators(series));
    docs.after(...blocks);
  }
}
