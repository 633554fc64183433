// Around the graph: the search box, the toolbar, the drawer on narrow screens, and the language of it all.
import { setLang, translateStatic } from '../i18n';
import { clear } from '../ui/dom';
import { setupDrawer } from '../ui/drawer';
import { SearchBox } from '../ui/search';
import type { Explorer } from './explorer';
import { toolbarItems } from './toolbar';

export class Chrome {
  private readonly search: SearchBox;

  constructor(private readonly x: Explorer) {
    this.search = new SearchBox(document.getElementById('search')!, (hit) => void x.panels.openEntity(hit.id, true));
    this.renderToolbar();
    setupDrawer(document.getElementById('left')!, document.querySelector<HTMLElement>('.topbar')!);
    translateStatic();
  }

  renderToolbar(): void {
    clear(document.getElementById('toolbar')!).append(...toolbarItems(this.x));
  }

  /** Switches the language of everything shown, the open panel drawn again in it. */
  async applyLang(l: 'zh' | 'en', save = true): Promise<void> {
    const { ctx, canvas } = this.x;
    await setLang(l);
    ctx.state.lang = l;
    translateStatic();
    ctx.graph.setLang(l);
    this.search.translate();
    this.renderToolbar();
    this.x.filters.render();
    await this.x.panels.redraw();
    canvas.relabelComparison();
    canvas.updateEmptyState();
    if (save) this.x.router.save();
  }
}
