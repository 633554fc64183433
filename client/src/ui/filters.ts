// Filters by entity type, relation type, document and year, plus the co-occurrence switch; and the legend.
import { t, lang } from '../i18n';
import { REL_COLOR, TYPE_STYLE } from '../graph/style';
import { ENTITY_TYPES, RELATION_TYPES, type DocumentSummary } from '../types';
import type { ViewState } from '../state/viewState';
import { filterCopy, noFilters, toggled, type FilterChange } from '../filters/filterState';
import { clear, h } from './dom';
import { periodText } from './period';

type ListKey = 'types' | 'relations' | 'documents' | 'years';
type Item = { value: string; label: string; color?: string };

export function renderFilters(
  root: HTMLElement,
  s: ViewState,
  docs: DocumentSummary[],
  onChange: (f: FilterChange) => void,
): void {
  const current = filterCopy(s);
  const group = (title: string, key: ListKey, items: Item[]) =>
    checkGroup(
      title,
      () => current[key],
      items,
      (selected) => {
        current[key] = selected;
        onChange({ ...current });
      },
    );
  clear(root).append(
    h('h2', {}, t('filters.title')),
    group(t('filters.types'), 'types', typeItems()),
    group(t('filters.relations'), 'relations', relationItems()),
    h(
      'label',
      { class: 'check co' },
      h('input', {
        type: 'checkbox',
        checked: current.co,
        onchange: (e: Event) => onChange({ ...current, co: (e.target as HTMLInputElement).checked }),
      }),
      t('filters.showCooccurrence'),
    ),
    group(t('filters.documents'), 'documents', documentItems(docs)),
    group(t('filters.years'), 'years', yearItems(docs)),
    h('button', { class: 'reset', onclick: () => onChange(noFilters()) }, t('filters.reset')),
    h('h2', {}, t('legend.title')),
    legend(),
  );
}

/** A group of checkboxes; an empty selection means every item (all boxes ticked). Read at each click: a second
 * click before the panel is drawn again adds to the first. */
function checkGroup(
  title: string,
  selected: () => string[],
  items: Item[],
  onChange: (s: string[]) => void,
): HTMLElement {
  const all = items.map((x) => x.value);
  return h(
    'fieldset',
    { class: 'filter' },
    h('legend', {}, title),
    items.map((it) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          value: it.value,
          checked: selected().length === 0 || selected().includes(it.value),
          onchange: (e: Event) => onChange(toggled(selected(), all, it.value, (e.target as HTMLInputElement).checked)),
        }),
        it.color ? h('span', { class: 'swatch', style: `background:${it.color}` }) : null,
        it.label,
      ),
    ),
  );
}

const typeItems = (): Item[] =>
  ENTITY_TYPES.map((x) => ({ value: x, label: t(`type.${x}`), color: TYPE_STYLE[x].color }));

const relationItems = (): Item[] =>
  RELATION_TYPES.filter((r) => r !== 'CO_OCCURS').map((x) => ({
    value: x,
    label: t(`relation.${x}`),
    color: REL_COLOR[x],
  }));

const documentItems = (docs: DocumentSummary[]): Item[] =>
  docs.map((d) => ({
    value: d.id,
    // The period it reports on and plans for says more than the year it came out (on 2022, for 2023).
    label: `${lang() === 'zh' ? d.title_zh : d.title_en}${periodText(d) || d.year ? ` (${periodText(d) || d.year})` : ''}`,
  }));

function yearItems(docs: DocumentSummary[]): Item[] {
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort();
  return years.map((y) => ({ value: String(y), label: String(y) }));
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    ENTITY_TYPES.map((x) =>
      h(
        'li',
        {},
        h('span', { class: `shape shape-${TYPE_STYLE[x].shape}`, style: `background:${TYPE_STYLE[x].color}` }),
        t(`type.${x}`),
      ),
    ),
  );
}
