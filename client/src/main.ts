// The explorer: search → graph → details, evidence, paths and documents, in either language, with the view in the
// URL. This file only builds the parts (each in its own folder) and wires them together.
import './styles.css';
import { api } from './api';
import { Canvas } from './app/canvas';
import { Chrome } from './app/chrome';
import type { Explorer } from './app/explorer';
import { ViewContext } from './app/viewContext';
import { FilterController } from './filters/filterController';
import { initI18n, lang, setLang } from './i18n';
import { PanelController } from './panels/panelController';
import { listHost } from './panels/panelHosts';
import { PathFinder } from './paths/pathFinder';
import { Router } from './routing/router';
import { readState } from './routing/url';
import type { ViewState } from './state/viewState';
import { ListViews } from './ui/listViews';
import { QuestionPanel } from './ui/questions';

class PolicyGraph implements Explorer {
  readonly ctx: ViewContext;
  readonly canvas: Canvas = new Canvas(this);
  readonly panels: PanelController = new PanelController(this);
  readonly paths: PathFinder = new PathFinder(this);
  readonly filters: FilterController = new FilterController(this);
  readonly router: Router = new Router(this);
  readonly lists: ListViews;
  readonly questions: QuestionPanel;
  readonly chrome: Chrome;

  constructor(state: ViewState) {
    this.ctx = new ViewContext(state, {
      onNode: (id) => void this.panels.openEntity(id),
      onEdge: (id) => void this.panels.openEdge(id),
      onBackground: () => undefined,
    });
    this.ctx.afterWork = () => this.canvas.updateEmptyState();
    this.lists = new ListViews(this.ctx.panel, listHost(this));
    this.questions = new QuestionPanel(() => this.ctx.docs, {
      showOnGraph: (ids) => void this.canvas.showOnGraph(ids),
      openEntity: (id) => void this.panels.openEntity(id, true),
      openDocument: (id, sentence) => void this.panels.openDocument(id, sentence),
      close: () => this.panels.close(),
    });
    this.chrome = new Chrome(this);
  }
}

async function start(): Promise<void> {
  await initI18n();
  const state = readState(location.search, lang());
  await setLang(state.lang);
  const app = new PolicyGraph(state);
  app.router.listen();
  app.ctx.docs = await api.documents().catch(() => []);
  // Test hooks exist only in the test build: Vite replaces MODE, and production drops this import.
  if (import.meta.env.MODE === 'test') (await import('./testing/testHooks')).installTestHooks(() => app.ctx.graph);
  await app.router.restore(app.ctx.state, true);
  document.body.dataset.ready = 'true';
}

void start();
