// What the list views (tables, documents, comparison) ask of the explorer, and the head they share.
import { t } from '../i18n';
import { h } from './dom';

export interface ListHost {
  /** Selects an entity on the graph (drawing it when it is not there) and leaves the list open. */
  selectEntity(id: string): void;
  /** Opens an entity's panel. */
  openEntity(id: string): void;
  openDocument(id: string): void;
  /** Draws these entities and the relations among them in place of the view. */
  showOnGraph(ids: string[]): void;
  close(): void;
}

export function listHead(title: string, close: () => void): HTMLElement {
  return h(
    'div',
    { class: 'panel-head' },
    h('h2', {}, title),
    h('button', { class: 'icon', 'aria-label': t('panel.close'), title: t('panel.close'), onclick: close }, '×'),
  );
}

/** Rows are capped: a table of thousands helps nobody and costs one request per 400. */
export const TABLE_CAP = 500;
