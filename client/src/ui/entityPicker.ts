// A search box kept to one entity type, for the question panel's parameters: suggestions as you type, a click picks.
import { TYPE_STYLE } from '../graph/style';
import { lang, t } from '../i18n';
import { searchTyped } from '../questions/queryApi';
import type { EntityType, SearchHit } from '../types';
import { clear, h } from './dom';

const name = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_zh : e.name_en);
const other = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_en : e.name_zh);

/** A search box kept to one entity type; a pick closes it. */
export function entityPicker(type: EntityType | '', label: string, onPick: (hit: SearchHit) => void): HTMLElement {
  const list = h('ul', { class: 'q-hits', role: 'listbox' });
  let seq = 0;
  let timer: number | undefined;
  const input = h('input', { type: 'search', autocomplete: 'off', 'aria-label': label, placeholder: label });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const q = input.value.trim();
      const hits = q ? await searchTyped(q, type, lang()) : [];
      if (mine !== seq) return;
      clear(list);
      if (q && hits.length === 0) list.append(h('li', { class: 'empty' }, t('search.noResults', { q })));
      for (const hit of hits)
        list.append(
          h(
            'li',
            { role: 'option', onclick: () => onPick(hit) },
            h('span', { class: 'swatch', style: `background:${TYPE_STYLE[hit.type].color}` }),
            h('span', { class: 'primary' }, name(hit)),
            h('span', { class: 'secondary' }, other(hit)),
            h('span', { class: 'type' }, t(`type.${hit.type}`)),
          ),
        );
    }, 150);
  });
  return h('div', { class: 'q-picker' }, input, list);
}
