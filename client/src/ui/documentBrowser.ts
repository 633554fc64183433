// Every document: title, year and period, counts; opened, its entities grouped by type, each group a sortable table.
import { api } from '../api';
import { lang, number, t } from '../i18n';
import { groupByType, mentionedIds, toEntityRows } from '../lists/entityRows';
import { listApi } from '../lists/listApi';
import type { DocumentSummary } from '../types';
import { clear, h } from './dom';
import { entityColumns, sortableTable } from './entityTable';
import { listHead, type ListHost } from './listHost';
import { periodText } from './period';

const title = (d: { title_zh: string; title_en: string }) => (lang() === 'zh' ? d.title_zh : d.title_en);

async function entitiesByType(doc: string, host: ListHost): Promise<HTMLElement> {
  const detail = await api.document(doc);
  const ids = mentionedIds(detail.mentions);
  const rows = toEntityRows(await listApi.entities(ids));
  return h(
    'div',
    { class: 'doc-entities' },
    h(
      'div',
      { class: 'list-actions' },
      h('button', { type: 'button', onclick: () => host.showOnGraph(ids) }, t('lists.showOnGraph')),
      h('button', { type: 'button', onclick: () => host.openDocument(doc) }, t('docs.read')),
    ),
    groupByType(rows).map((g) =>
      h(
        'div',
        { class: 'type-group', 'data-type': g.type },
        h('h5', {}, `${t(`type.${g.type}`)} (${g.rows.length})`),
        h(
          'div',
          { class: 'table-wrap' },
          sortableTable(g.rows, entityColumns(false), {
            label: `${title(detail)} · ${t(`type.${g.type}`)}`,
            onSelect: host.selectEntity,
            sort: { key: 'mentions', dir: 'desc' },
          }),
        ),
      ),
    ),
  );
}

export function renderDocumentBrowser(
  root: HTMLElement,
  docs: DocumentSummary[],
  open: string | undefined,
  host: ListHost,
  onOpen: (id: string | undefined) => void,
): void {
  const ordered = [...docs].sort(
    (a, b) =>
      (a.year ?? 0) - (b.year ?? 0) || (a.published ?? '').localeCompare(b.published ?? '') || (a.id < b.id ? -1 : 1),
  );
  clear(root).append(
    h(
      'section',
      { class: 'list-view doc-browser' },
      listHead(t('docs.title'), host.close),
      h('p', { class: 'muted' }, t('docs.count', { count: docs.length })),
      h(
        'ul',
        { class: 'doc-list' },
        ordered.map((d) => documentItem(d, d.id === open, host, onOpen)),
      ),
    ),
  );
}

/** A document of the list; the open one shows its entities when they arrive. */
function documentItem(
  d: DocumentSummary,
  open: boolean,
  host: ListHost,
  onOpen: (id: string | undefined) => void,
): HTMLElement {
  const item = h(
    'li',
    { class: `doc-item${open ? ' open' : ''}`, 'data-document': d.id },
    h(
      'button',
      {
        type: 'button',
        class: 'doc-title',
        'aria-expanded': open ? 'true' : 'false',
        onclick: () => onOpen(open ? undefined : d.id),
      },
      title(d),
    ),
    h(
      'div',
      { class: 'muted doc-meta' },
      [
        d.year ? String(d.year) : '',
        periodText(d),
        t('docs.chars', { count: d.chars, n: number(d.chars) }),
        t('document.entities', { count: d.entities }),
        t('docs.relations', { count: d.relations }),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );
  if (!open) return item;
  const slot = h('div', { class: 'doc-slot' }, h('p', { class: 'muted' }, t('state.loading')));
  item.append(slot);
  void entitiesByType(d.id, host)
    .then((el) => slot.replaceChildren(el))
    .catch((e: Error) => slot.replaceChildren(h('p', { class: 'error' }, t('state.error', { message: e.message }))));
  return item;
}
