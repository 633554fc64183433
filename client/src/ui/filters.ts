// Filters by entity type, relation type, document and year, plus the co-occurrence switch; and the legend.
import { t, lang } from '../i18n';
import { REL_COLOR, TYPE_STYLE } from '../graph/style';
import { ENTITY_TYPES, RELATION_TYPES, type DocumentSummary } from '../types';
import type { ViewState } from '../state/viewState';
import { clear, h } from './dom';
import { periodText } from './period';

export type FilterChange = Pick<ViewState, 'types' | 'relations' | 'documents' | 'years' | 'co'>;

export function renderFilters(
  root: HTMLElement,
  s: ViewState,
  docs: DocumentSummary[],
  onChange: (f: FilterChange) => void,
): void {
  clear(root);
  const current: FilterChange = {
    types: [...s.types],
    relations: [...s.relations],
    documents: [...s.documents],
    years: [...s.years],
    co: s.co,
  };
  const group = (
    title: string,
    key: 'types' | 'relations' | 'documents' | 'years',
    items: { value: string; label: string; color?: string }[],
  ) =>
    h(
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
            checked: current[key].length === 0 || current[key].includes(it.value),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const all = items.map((x) => x.value);
              let sel = current[key].length === 0 ? [...all] : [...current[key]];
              sel = on ? [...new Set([...sel, it.value])] : sel.filter((v) => v !== it.value);
              current[key] = sel.length === all.length ? [] : sel;
              onChange({ ...current });
            },
          }),
          it.color ? h('span', { class: 'swatch', style: `background:${it.color}` }) : null,
          it.label,
        ),
      ),
    );
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort();
  root.append(
    h('h2', {}, t('filters.title')),
    group(
      t('filters.types'),
      'types',
      ENTITY_TYPES.map((x) => ({ value: x, label: t(`type.${x}`), color: TYPE_STYLE[x].color })),
    ),
    group(
      t('filters.relations'),
      'relations',
      RELATION_TYPES.filter((r) => r !== 'CO_OCCURS').map((x) => ({
        value: x,
        label: t(`relation.${x}`),
        color: REL_COLOR[x],
      })),
    ),
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
    group(
      t('filters.documents'),
      'documents',
      docs.map((d) => ({
        value: d.id,
        // The period it reports on and plans for says more than the year it came out (on 2022, for 2023).
        label: `${lang() === 'zh' ? d.title_zh : d.title_en}${periodText(d) || d.year ? ` (${periodText(d) || d.year})` : ''}`,
      })),
    ),
    group(
      t('filters.years'),
      'years',
      years.map((y) => ({ value: String(y), label: String(y) })),
    ),
    h(
      'button',
      { class: 'reset', onclick: () => onChange({ types: [], relations: [], documents: [], years: [], co: true }) },
      t('filters.reset'),
    ),
    h('h2', {}, t('legend.title')),
    h(
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
    ),
  );
}
