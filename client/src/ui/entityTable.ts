// A sortable table of entities: a click on a column head sorts by it (again: the other way), a click on a row (or
// Enter on it) selects the entity.
import { lang, t } from '../i18n';
import type { EntityRow } from '../lists/entityRows';
import { sortRows, type Cell, type SortDir } from '../lists/sortRows';
import { h } from './dom';

export interface Column<T> {
  key: string;
  label: string;
  value(row: T): Cell;
  render?(row: T): Node | string;
  numeric?: boolean;
}

export interface TableOptions {
  label: string;
  onSelect(id: string): void;
  sort?: { key: string; dir: SortDir };
}

const collation = () => (lang() === 'zh' ? 'zh-CN' : 'en');

export function sortableTable<T extends { id: string }>(
  rows: readonly T[],
  columns: Column<T>[],
  opts: TableOptions,
): HTMLTableElement {
  let sort = opts.sort ?? null;
  const body = h('tbody');
  const heads = columns.map((c) =>
    h(
      'th',
      { scope: 'col', 'data-col': c.key, class: c.numeric ? 'num' : '' },
      h('button', { type: 'button', class: 'sort', onclick: () => sortBy(c.key) }, c.label),
    ),
  );
  const fill = () => {
    const col = sort && columns.find((c) => c.key === sort!.key);
    const ordered = col && sort ? sortRows(rows, (r) => col.value(r), sort.dir, collation()) : rows;
    body.replaceChildren(
      ...ordered.map((r) =>
        h(
          'tr',
          {
            'data-entity': r.id,
            tabindex: 0,
            onclick: () => select(r.id),
            onkeydown: (e: Event) => {
              if ((e as KeyboardEvent).key === 'Enter') select(r.id);
            },
          },
          columns.map((c) =>
            h('td', { class: c.numeric ? 'num' : '' }, c.render ? c.render(r) : String(c.value(r) ?? '')),
          ),
        ),
      ),
    );
    heads.forEach((th, i) =>
      th.setAttribute(
        'aria-sort',
        sort?.key === columns[i].key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
      ),
    );
  };
  const sortBy = (key: string) => {
    const numeric = columns.find((c) => c.key === key)?.numeric;
    // Numbers first from the largest, text from A (or the first pinyin); a second click turns it round.
    sort =
      sort?.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: numeric ? 'desc' : 'asc' };
    fill();
  };
  const select = (id: string) => {
    body.querySelectorAll('tr.selected').forEach((tr) => tr.classList.remove('selected'));
    body.querySelector(`tr[data-entity="${CSS.escape(id)}"]`)?.classList.add('selected');
    opts.onSelect(id);
  };
  fill();
  return h('table', { class: 'entity-table', 'aria-label': opts.label }, h('thead', {}, h('tr', {}, heads)), body);
}

/** Both names of an entity, each marked with its language: the first columns of every entity table. */
export function nameColumns<T extends { name_zh: string; name_en: string }>(): Column<T>[] {
  return [
    {
      key: 'name_zh',
      label: t('lists.col.name_zh'),
      value: (r) => r.name_zh,
      render: (r) => h('span', { lang: 'zh' }, r.name_zh),
    },
    {
      key: 'name_en',
      label: t('lists.col.name_en'),
      value: (r) => r.name_en,
      render: (r) => h('span', { lang: 'en' }, r.name_en),
    },
  ];
}

/** The columns of an entity set: both names, type, mentions, documents, years. */
export function entityColumns(withType = true): Column<EntityRow>[] {
  const cols: Column<EntityRow>[] = [
    ...nameColumns<EntityRow>(),
    { key: 'type', label: t('lists.col.type'), value: (r) => t(`type.${r.type}`) },
    { key: 'mentions', label: t('lists.col.mentions'), value: (r) => r.mentions, numeric: true },
    { key: 'documents', label: t('lists.col.documents'), value: (r) => r.documentCount, numeric: true },
    { key: 'years', label: t('lists.col.years'), value: (r) => r.years.join(', ') },
  ];
  return withType ? cols : cols.filter((c) => c.key !== 'type');
}
