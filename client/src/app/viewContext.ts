// What every part of the explorer shares: the view state, the graph drawn (its renderer chosen by size), the
// documents, the status line, and the filters' effect on what is visible.
import type { Filters } from '../api';
import { edgeShown, filtersOf, nodeShown } from '../filters/filterState';
import { GraphView, type GraphEvents } from '../graph/GraphView';
import { t } from '../i18n';
import type { ViewState } from '../state/viewState';
import type { DocumentSummary } from '../types';

export type StatusKind = 'info' | 'error' | 'loading';

export class ViewContext {
  docs: DocumentSummary[] = [];
  readonly panel = document.getElementById('panel')!;
  /** Called after every successful piece of work (the canvas says why it is empty, if it is). */
  afterWork: () => void = () => undefined;
  private readonly status = document.getElementById('status')!;
  private readonly container = document.getElementById('cy')!;
  private view: GraphView;
  private webgl = false;
  private large = false;

  constructor(
    public state: ViewState,
    private readonly events: GraphEvents,
  ) {
    this.view = new GraphView(this.container, events);
    this.view.setLang(state.lang);
  }

  get graph(): GraphView {
    return this.view;
  }

  filters(): Filters {
    return filtersOf(this.state);
  }

  /** Large views draw with Cytoscape's WebGL renderer where a real GPU exists; small ones with the canvas. */
  useRenderer(webgl: boolean, large: boolean): void {
    if (this.webgl === webgl && this.large === large) return;
    this.webgl = webgl;
    this.large = large;
    this.view.destroy();
    this.view = new GraphView(this.container, this.events, { webgl, large });
    this.view.setLang(this.state.lang);
  }

  setStatus(text: string, kind: StatusKind = 'info'): void {
    this.status.textContent = text;
    this.status.className = `status ${kind}`;
    this.status.hidden = text === '';
  }

  showError(message: string): void {
    this.setStatus(t('state.error', { message }), 'error');
  }

  /** Runs a piece of work with the loading status; a failure is shown and yields undefined. */
  async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.setStatus(t('state.loading'), 'loading');
    try {
      const r = await work();
      this.setStatus('');
      this.afterWork();
      return r;
    } catch (e) {
      this.showError((e as Error).message);
      return undefined;
    }
  }

  /** Hides what the type and relation filters leave out (drawn elements stay, to come back when a filter does). */
  applyVisibility(): void {
    const cy = this.view.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => void n.style('display', nodeShown(n.data('type'), this.state) ? 'element' : 'none'));
      cy.edges().forEach((e) => void e.style('display', edgeShown(e.data('type'), this.state) ? 'element' : 'none'));
    });
    this.view.updateLabels();
  }
}
