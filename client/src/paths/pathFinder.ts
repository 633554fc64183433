// The path finder: two ends chosen from entity panels, the paths between them under the view's filters, one of
// them highlighted; hubs avoided unless no path exists otherwise.
import { api } from '../api';
import type { Explorer } from '../app/explorer';
import { lang } from '../i18n';
import type { NodeData, PathResult } from '../types';
import { renderPaths } from '../ui/pathPanel';
import { pathElements, pathHighlight } from './pathRequest';

type End = Pick<NodeData, 'name_zh' | 'name_en'> & { id: string };

export class PathFinder {
  private ends: { from?: End; to?: End } = {};
  private result: PathResult[] | null = null;
  /** Paths pass through hubs only when no path exists otherwise (on by default). */
  private avoidHubs = true;
  private hubsRequired = false;

  constructor(private readonly x: Explorer) {}

  /** Sets one end (from an entity drawn on the graph); with both ends set, finds the paths. */
  async setEnd(end: 'from' | 'to', id: string): Promise<void> {
    this.ends[end] = this.x.ctx.graph.cy.getElementById(id).data() as NodeData;
    const { from, to } = this.ends;
    if (from && to) return this.find(from.id, to.id);
    this.x.panels.showing('path');
    renderPaths(this.x.ctx.panel, from ?? null, to ?? null, null, this.options(), this.x.panels.pathActions());
  }

  async find(from: string, to: string, save = true): Promise<void> {
    const ctx = this.x.ctx;
    const res = await ctx.guard(() => api.paths(from, to, ctx.filters(), this.avoidHubs, lang()));
    if (!res) return;
    this.result = res.paths;
    this.hubsRequired = res.hubsRequired;
    ctx.state.path = [from, to];
    const fresh = ctx.graph.add(pathElements(res.paths));
    await ctx.graph.layout({ fresh });
    const [a, b] = await Promise.all([api.entity(from, lang()), api.entity(to, lang())]);
    this.ends = { from: a, to: b };
    this.x.panels.showing('path');
    renderPaths(ctx.panel, a, b, res.paths, this.options(), this.x.panels.pathActions());
    this.show(0);
    if (save) this.x.router.save();
  }

  /** Finds the paths of the view's state again (its filters or language changed); false when it has none. */
  async refind(save = false): Promise<boolean> {
    const p = this.x.ctx.state.path;
    if (!p) return false;
    await this.find(p[0], p[1], save);
    return true;
  }

  show(i: number): void {
    const { nodes, edges } = pathHighlight(this.result, i);
    this.x.ctx.graph.highlightPath(nodes, edges);
  }

  clear(): void {
    this.ends = {};
    this.result = null;
    this.x.ctx.state.path = undefined;
    this.x.ctx.graph.highlightPath([], []);
  }

  setAvoidHubs(on: boolean): void {
    this.avoidHubs = on;
    void this.refind(true);
  }

  private options(): { avoidHubs: boolean; hubsRequired: boolean } {
    return { avoidHubs: this.avoidHubs, hubsRequired: this.hubsRequired };
  }
}
