// The parts of the explorer, as each sees the others: main.ts builds them and wires them together.
import type { QuestionPanel } from '../ui/questions';
import type { ListViews } from '../ui/listViews';
import type { FilterController } from '../filters/filterController';
import type { PanelController } from '../panels/panelController';
import type { PathFinder } from '../paths/pathFinder';
import type { Router } from '../routing/router';
import type { Canvas } from './canvas';
import type { Chrome } from './chrome';
import type { ViewContext } from './viewContext';

export interface Explorer {
  ctx: ViewContext;
  /** What is drawn on the graph. */
  canvas: Canvas;
  /** The side panel: entity, relation, document, paths, lists, questions. */
  panels: PanelController;
  paths: PathFinder;
  filters: FilterController;
  lists: ListViews;
  questions: QuestionPanel;
  /** URL ⇄ view. */
  router: Router;
  /** Toolbar, search box and language. */
  chrome: Chrome;
}
