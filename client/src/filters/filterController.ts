// A change of filters: the overview answers under them, evidence filters fetch the relations again, paths and
// lists are found again, and the filter panel is drawn anew.
import type { Explorer } from '../app/explorer';
import { renderFilters } from '../ui/filters';
import { filterDelta, type FilterChange } from './filterState';

export class FilterController {
  constructor(private readonly x: Explorer) {}

  render(): void {
    const { ctx } = this.x;
    renderFilters(document.getElementById('left')!, ctx.state, ctx.docs, (f) => void this.change(f));
  }

  async change(f: FilterChange): Promise<void> {
    const { ctx, canvas } = this.x;
    const delta = filterDelta(ctx.state, f);
    const overview = canvas.showsOverview();
    Object.assign(ctx.state, f);
    if (overview && (delta.evidence || delta.types)) await canvas.redrawOverview();
    else if (delta.evidence) await canvas.refetchRelations();
    ctx.applyVisibility();
    canvas.updateEmptyState();
    this.render();
    // Paths answer under the view's filters: find them again under the new ones.
    if (!(await this.x.paths.refind()) && this.x.panels.kind === 'list') await this.x.lists.render();
    this.x.router.save();
  }
}
