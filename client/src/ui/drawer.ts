// On narrow screens (phones, small tablets) the filters and legend live in a drawer: a button in the top bar opens
// it over the graph, the close button, a tap beside it or Escape closes it. Wide screens show them as a sidebar.
import { t } from '../i18n';
import { h } from './dom';
import './drawer.css';

export function setupDrawer(panel: HTMLElement, header: HTMLElement): void {
  const open = (on: boolean) => {
    document.body.classList.toggle('drawer-open', on);
    toggle.setAttribute('aria-expanded', String(on));
    if (on) panel.focus();
  };
  const toggle = h('button', {
    class: 'drawer-toggle',
    'data-i18n': 'drawer.open',
    'aria-controls': panel.id,
    'aria-expanded': 'false',
    onclick: () => open(!document.body.classList.contains('drawer-open')),
  });
  toggle.textContent = t('drawer.open');
  const close = h('button', {
    class: 'icon drawer-close',
    'data-i18n-label': 'panel.close',
    'aria-label': t('panel.close'),
    onclick: () => open(false),
  });
  close.textContent = '×';
  const backdrop = h('div', { class: 'drawer-backdrop', onclick: () => open(false) });
  panel.tabIndex = -1;
  header.prepend(toggle);
  panel.before(backdrop);
  // The filters are drawn again on every change: the close button sits outside them, beside the panel.
  panel.parentElement?.insertBefore(close, panel);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('drawer-open')) open(false);
  });
}
