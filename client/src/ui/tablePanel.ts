// The entity sets on screen as a table: everything the graph shows under the filters, or a focused entity's
// neighbours; narrowed to one type on request.
import { t } from '../i18n';
import { toEntityRows, type EntityRow } from '../lists/entityRows';
import { listApi } from '../lists/listApi';
import type { EntityType } from '../types';
import { ENTITY_TYPES } from '../types';
import { clear, h } from './dom';
import { entityColumns, sortableTable } from './entityTable';
import { listHead, TABLE_CAP, type ListHost } from './listHost';

export type TableScope = { kind: 'view' } | { kind: 'neighbours'; id: string; name: string };

export interface TableSource {
  /** Entities drawn and not hidden by a filter. */
  visibleIds(): string[];
  /** Drawn neighbours of an entity (and the entity), not hidden by a filter. */
  neighbourIds(id: string): string[];
  /** The focused entity, when there is one. */
  focus(): { id: string; name: string } | null;
}

export interface TableView {
  scope: TableScope;
  type: EntityType | '';
}

let latest = 0;

type ScopeOption = { value: string; label: string; scope: TableScope };

export async function renderTablePanel(
  root: HTMLElement,
  view: TableView,
  src: TableSource,
  host: ListHost,
  onChange: (v: TableView) => void,
): Promise<void> {
  const mine = ++latest;
  const ids = view.scope.kind === 'view' ? src.visibleIds() : src.neighbourIds(view.scope.id);
  const rows: EntityRow[] = toEntityRows(await listApi.entities(ids.slice(0, TABLE_CAP)));
  // A newer table was asked for while this one's rows were on their way: it draws, this one does not.
  if (mine !== latest) return;
  const shown = view.type ? rows.filter((r) => r.type === view.type) : rows;
  clear(root).append(
    h(
      'section',
      { class: 'list-view table-view' },
      listHead(t('lists.tableTitle'), host.close),
      h(
        'div',
        { class: 'list-controls' },
        scopeSelect(view, scopeOptions(view, src), onChange),
        typeSelect(view, onChange),
      ),
      h(
        'p',
        { class: 'muted list-count' },
        t('lists.rows', { count: shown.length }),
        ids.length > TABLE_CAP ? ` · ${t('lists.capped', { count: TABLE_CAP })}` : '',
      ),
      shown.length > 0
        ? h(
            'div',
            { class: 'table-wrap' },
            sortableTable(shown, entityColumns(), {
              label: t('lists.tableTitle'),
              onSelect: host.selectEntity,
              sort: { key: 'mentions', dir: 'desc' },
            }),
          )
        : h('p', { class: 'empty-note' }, t('lists.noRows')),
    ),
  );
}

/** The whole view, and the neighbours of the entity the table or the graph is focused on. */
function scopeOptions(view: TableView, src: TableSource): ScopeOption[] {
  const scopes: ScopeOption[] = [
    { value: 'view', label: t('lists.scopeView', { count: src.visibleIds().length }), scope: { kind: 'view' } },
  ];
  const neighbourOf = view.scope.kind === 'neighbours' ? view.scope : src.focus();
  if (neighbourOf)
    scopes.push({
      value: 'neighbours',
      label: t('lists.scopeNeighbours', { name: neighbourOf.name, count: src.neighbourIds(neighbourOf.id).length }),
      scope: { kind: 'neighbours', id: neighbourOf.id, name: neighbourOf.name },
    });
  return scopes;
}

function scopeSelect(view: TableView, scopes: ScopeOption[], onChange: (v: TableView) => void): HTMLElement {
  return h(
    'label',
    {},
    `${t('lists.scope')} `,
    h(
      'select',
      {
        class: 'table-scope',
        onchange: (e: Event) => {
          const s = scopes.find((x) => x.value === (e.target as HTMLSelectElement).value);
          if (s) onChange({ ...view, scope: s.scope });
        },
      },
      scopes.map((s) => h('option', { value: s.value, selected: s.value === view.scope.kind }, s.label)),
    ),
  );
}

function typeSelect(view: TableView, onChange: (v: TableView) => void): HTMLElement {
  return h(
    'label',
    {},
    `${t('lists.col.type')} `,
    h(
      'select',
      {
        class: 'table-type',
        onchange: (e: Event) => onChange({ ...view, type: (e.target as HTMLSelectElement).value as EntityType }),
      },
      h('option', { value: '' }, t('lists.allTypes')),
      ENTITY_TYPES.map((x) => h('option', { value: x, selected: x === view.type }, t(`type.${x}`))),
    ),
  );
}
