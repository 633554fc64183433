// Search with suggestions as you type (any script, pinyin), keyboard navigation, both names and the type.
import { api } from '../api';
import { lang, t } from '../i18n';
import { TYPE_STYLE } from '../graph/style';
import type { SearchHit } from '../types';
import { clear, h } from './dom';

export class SearchBox {
  private input: HTMLInputElement;
  private list: HTMLUListElement;
  private label: HTMLLabelElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private closing: number | undefined;
  private seq = 0;

  constructor(
    root: HTMLElement,
    private readonly onPick: (hit: SearchHit) => void,
  ) {
    this.label = h('label', { for: 'search-input', class: 'search-label' });
    this.input = h('input', {
      id: 'search-input',
      type: 'search',
      autocomplete: 'off',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-autocomplete': 'list',
    });
    this.list = h('ul', { id: 'search-results', role: 'listbox', class: 'suggestions', hidden: true });
    root.append(h('div', { class: 'search' }, this.label, this.input, this.list));
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.key(e));
    // Closed a moment after blur (so a click on a suggestion lands first); typing again cancels a close still
    // pending, or a quick answer to the new query would be hidden by the old blur.
    this.input.addEventListener('blur', () => (this.closing = window.setTimeout(() => this.close(), 150)));
    this.input.addEventListener('focus', () => window.clearTimeout(this.closing));
    this.translate();
  }

  translate(): void {
    this.label.textContent = t('search.label');
    this.input.placeholder = t('search.placeholder');
    if (!this.list.hidden) this.render();
  }

  focus(): void {
    this.input.focus();
  }

  private schedule(): void {
    window.clearTimeout(this.closing);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), 120);
  }

  private async run(): Promise<void> {
    const q = this.input.value.trim();
    const mine = ++this.seq;
    if (!q) return this.close();
    try {
      const hits = await api.search(q, lang());
      if (mine !== this.seq) return;
      this.hits = hits;
      this.active = hits.length > 0 ? 0 : -1;
      this.render();
    } catch {
      this.hits = [];
      this.render();
    }
  }

  private render(): void {
    clear(this.list);
    const q = this.input.value.trim();
    if (!q) return;
    if (this.hits.length === 0) this.list.append(h('li', { class: 'empty' }, t('search.noResults', { q })));
    this.hits.forEach((hit, i) => {
      const primary = lang() === 'zh' ? hit.name_zh : hit.name_en;
      const secondary = lang() === 'zh' ? hit.name_en : hit.name_zh;
      this.list.append(
        h(
          'li',
          {
            role: 'option',
            id: `hit-${i}`,
            'aria-selected': i === this.active ? 'true' : 'false',
            class: i === this.active ? 'active' : '',
            onmousedown: (e: Event) => (e.preventDefault(), this.pick(i)),
          },
          h('span', { class: 'swatch', style: `background:${TYPE_STYLE[hit.type].color}` }),
          h('span', { class: 'primary' }, primary),
          h('span', { class: 'secondary' }, secondary),
          h('span', { class: 'type' }, t(`type.${hit.type}`)),
          hit.near ? h('span', { class: 'near', title: t('search.nearHint', { q }) }, t('search.near')) : '',
        ),
      );
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `hit-${this.active}`);
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (this.hits.length === 0) return;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (e.key === 'Escape') this.close();
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    this.close();
    this.input.value = lang() === 'zh' ? hit.name_zh : hit.name_en;
    this.onPick(hit);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
