// URL ⇄ view: every change is saved in the URL; a state (first load, back/forward, a copied link) rebuilds the view.
import type { Explorer } from '../app/explorer';
import { lang } from '../i18n';
import type { ViewState } from '../state/viewState';
import { pushState, readState } from './url';

export class Router {
  constructor(private readonly x: Explorer) {}

  /** Back and forward restore the view of the URL. */
  listen(): void {
    window.addEventListener('popstate', () => void this.restore(readState(location.search, lang()), false));
  }

  /** Writes the view in the URL (a new history entry unless `replace`). */
  save(replace = false): void {
    const { ctx, panels, lists } = this.x;
    const s = ctx.state;
    s.nodes = ctx.graph.nodeIds();
    s.list = panels.kind === 'list' ? (lists.kind ?? undefined) : undefined;
    s.cmp = s.list === 'compare' ? lists.sides : undefined;
    pushState(s, replace);
  }

  /** Rebuilds the whole view from a state. */
  async restore(s: ViewState, replace: boolean): Promise<void> {
    const { ctx, panels } = this.x;
    ctx.state = s;
    if (lang() !== s.lang) await this.x.chrome.applyLang(s.lang, false);
    this.x.filters.render();
    await this.x.canvas.drawState(s);
    if (s.path) await this.x.paths.find(s.path[0], s.path[1], false);
    else if (s.edge) await panels.openEdge(s.edge, false);
    else if (s.doc) await panels.openDocument(s.doc, undefined, false);
    else if (s.list) await this.x.lists.open(s.list, s.cmp);
    else if (s.focus) await panels.openEntity(s.focus, false, false);
    else panels.close(false);
    this.save(replace);
  }
}
