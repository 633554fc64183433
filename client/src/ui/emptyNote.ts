// A note over the canvas saying which filter hid what, so that the graph is never blank without a word.
import { lang, t } from '../i18n';
import type { ActiveFilters, EmptyState } from '../lists/emptyState';
import type { DocumentSummary } from '../types';
import { h } from './dom';

function filterList(f: ActiveFilters, docs: DocumentSummary[]): string {
  const sep = lang() === 'zh' ? '、' : ', ';
  const title = (id: string) => {
    const d = docs.find((x) => x.id === id);
    return d ? (lang() === 'zh' ? d.title_zh : d.title_en) : id;
  };
  return [
    f.types.length ? t('empty.types', { list: f.types.map((x) => t(`type.${x}`)).join(sep) }) : '',
    f.documents.length ? t('empty.documents', { list: f.documents.map(title).join(sep) }) : '',
    f.years.length ? t('empty.years', { list: f.years.join(sep) }) : '',
    f.relations.length ? t('empty.relations', { list: f.relations.map((x) => t(`relation.${x}`)).join(sep) }) : '',
    f.co ? '' : t('empty.noCooccurrence'),
  ]
    .filter(Boolean)
    .join(lang() === 'zh' ? '；' : '; ');
}

export function emptyText(s: EmptyState, docs: DocumentSummary[]): string {
  if (s.kind === 'blank') return t('state.empty');
  if (s.kind === 'noMatch') return t('empty.noMatch', { filters: filterList(s.filters, docs) });
  const sep = lang() === 'zh' ? '、' : ', ';
  const hidden = s.hidden.map((x) => `${t(`type.${x.type}`)} ${x.count}`).join(sep);
  const count = s.hidden.reduce((n, x) => n + x.count, 0);
  return s.all ? t('empty.allHidden', { count, hidden }) : t('empty.someHidden', { count, hidden });
}

/** Shows (or removes) the note in the graph area; a reset button when a filter is the cause. */
export function showEmptyNote(
  area: HTMLElement,
  s: EmptyState | null,
  docs: DocumentSummary[],
  reset: () => void,
): void {
  area.querySelector('.empty-state')?.remove();
  if (!s) return;
  area.append(
    h(
      'div',
      { class: `empty-state ${s.kind}${s.kind === 'hidden' && !s.all ? ' partial' : ''}`, role: 'note' },
      h('span', {}, emptyText(s, docs)),
      s.kind === 'blank' ? null : h('button', { type: 'button', onclick: reset }, t('empty.reset')),
    ),
  );
}
