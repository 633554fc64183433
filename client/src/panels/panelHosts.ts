// What the panels' views ask of the explorer: the buttons of an entity, relation, document or path panel; a
// refresh after a curation; and what the list views (tables, documents, comparison) need.
import type { Explorer } from '../app/explorer';
import { entitiesToDraw, type Comparison } from '../lists/compareGraph';
import { refreshGraph, type CurationHost } from '../ui/curation';
import type { ListViewsHost } from '../ui/listViews';
import type { PathActions } from '../ui/panels';

/** A comparison draws at most this many entities (the most mentioned of each side in turn). */
const COMPARE_DRAWN = 120;

export function pathActions(x: Explorer): PathActions {
  return {
    expand: (id) => void x.canvas.expand(id),
    more: (id) => void x.canvas.expand(id, true),
    hide: (id) => {
      x.ctx.graph.remove(id);
      x.panels.close();
    },
    pin: (id) => x.ctx.graph.togglePin(id),
    pathFrom: (id) => void x.paths.setEnd('from', id),
    pathTo: (id) => void x.paths.setEnd('to', id),
    openDocument: (id, sentence) => void x.panels.openDocument(id, sentence),
    openEntity: (id) => void x.panels.openEntity(id, true),
    openEdge: (id) => void x.panels.openEdge(id),
    close: () => x.panels.close(),
    clearPath: () => {
      x.paths.clear();
      x.panels.close();
    },
    showPath: (i) => x.paths.show(i),
    setAvoidHubs: (on) => x.paths.setAvoidHubs(on),
  };
}

/** What the curation panels (ui/curation.ts) need of the app: a refresh after each change. */
export function curationHost(x: Explorer): CurationHost {
  return {
    changed: async (focus) => {
      await refreshGraph(x.ctx.graph, focus);
      x.ctx.applyVisibility();
      if (focus) await x.panels.openEntity(focus, true);
      else x.panels.close();
    },
    refresh: async () => {
      await refreshGraph(x.ctx.graph, null);
      x.ctx.applyVisibility();
    },
    openEntity: (id) => void x.panels.openEntity(id, true),
  };
}

export function listHost(x: Explorer): ListViewsHost {
  const cy = () => x.ctx.graph.cy;
  const visible = (ids: string[]) => ids.filter((id) => cy().getElementById(id).visible());
  return {
    selectEntity: (id) => void x.canvas.selectEntity(id),
    openEntity: (id) => void x.panels.openEntity(id, true),
    openDocument: (id) => void x.panels.openDocument(id),
    showOnGraph: (ids) => void x.canvas.showEntities(ids),
    close: () => x.panels.close(),
    visibleIds: () =>
      cy()
        .nodes(':visible')
        .map((n) => n.id()),
    neighbourIds: (id) =>
      visible([
        id,
        ...cy()
          .getElementById(id)
          .neighborhood('node')
          .map((n) => n.id()),
      ]),
    focus: () => {
      const n = x.ctx.state.focus ? cy().getElementById(x.ctx.state.focus) : null;
      return n && n.nonempty() ? { id: n.id(), name: String(n.data('label')) } : null;
    },
    documents: () => x.ctx.docs,
    types: () => x.ctx.state.types,
    setTypes: (types) => void x.filters.change({ ...x.ctx.filters(), types }),
    showComparison: (c: Comparison) => void x.canvas.showEntities(entitiesToDraw(c, COMPARE_DRAWN), c),
    shown: () => x.panels.showing('list'),
    changed: () => x.router.save(),
    error: (e) => x.ctx.showError(e.message),
  };
}
