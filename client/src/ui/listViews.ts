// The list views in the side panel — an entity table, the document browser, the compare view — with what each has
// open, so that a change of language or filters draws the same view again.
import './lists.css';
import type { Comparison } from '../lists/compareGraph';
import type { ListKind } from '../state/viewState';
import type { DocumentSummary, EntityType } from '../types';
import { renderCompare, type CompareSides } from './comparePanel';
import { renderDocumentBrowser } from './documentBrowser';
import type { ListHost } from './listHost';
import { renderTablePanel, type TableSource, type TableView } from './tablePanel';

export type { ListKind };

export interface ListViewsHost extends ListHost, TableSource {
  documents(): DocumentSummary[];
  types(): string[];
  setTypes(types: EntityType[]): void;
  showComparison(c: Comparison): void;
  /** Called when a list view is drawn in the panel (the explorer widens the panel for tables). */
  shown(kind: ListKind): void;
  /** The view changed (sides of a comparison): the explorer saves it in the URL. */
  changed(): void;
  error(e: Error): void;
}

export class ListViews {
  kind: ListKind | null = null;
  private table: TableView = { scope: { kind: 'view' }, type: '' };
  private openDoc: string | undefined;
  private compareSides: CompareSides = {};

  constructor(
    private readonly panel: HTMLElement,
    private readonly host: ListViewsHost,
  ) {}

  /** The two sides of the comparison, once both are chosen. */
  get sides(): [string, string] | undefined {
    return this.compareSides.a && this.compareSides.b ? [this.compareSides.a, this.compareSides.b] : undefined;
  }

  async open(kind: ListKind, sides?: [string, string]): Promise<void> {
    this.kind = kind;
    if (sides) this.compareSides = { a: sides[0], b: sides[1] };
    if (kind === 'table') {
      const f = this.host.focus();
      // Opened with an entity in focus: its neighbours; else everything the graph shows.
      this.table = { scope: f ? { kind: 'neighbours', ...f } : { kind: 'view' }, type: '' };
    }
    if (kind === 'compare' && !this.compareSides.a && !this.compareSides.b)
      this.compareSides = defaultSides(this.host.documents());
    await this.render();
  }

  /** Draws the open view again (new language, new filters, new graph). */
  async render(): Promise<void> {
    const kind = this.kind;
    if (!kind) return;
    this.host.shown(kind);
    try {
      if (kind === 'table')
        await renderTablePanel(this.panel, this.table, this.host, this.host, (v) => {
          this.table = v;
          void this.render();
        });
      else if (kind === 'docs')
        renderDocumentBrowser(this.panel, this.host.documents(), this.openDoc, this.host, (id) => {
          this.openDoc = id;
          void this.render();
        });
      else
        await renderCompare(this.panel, this.compareSides, this.host, (s) => {
          this.compareSides = s;
          this.host.changed();
          void this.render();
        });
    } catch (e) {
      this.host.error(e as Error);
    }
  }

  closed(): void {
    this.kind = null;
  }
}

/** The two most recent years with documents: the question most asked is what the latest report changed. */
function defaultSides(docs: DocumentSummary[]): CompareSides {
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return years.length >= 2 ? { a: String(years[years.length - 2]), b: String(years[years.length - 1]) } : {};
}
