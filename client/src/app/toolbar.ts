// The toolbar: overview, lists, questions, zoom, layout, export, curations, link, language.
import { documentsInView } from '../filters/filterState';
import { lang, t } from '../i18n';
import { overviewState } from '../state/viewState';
import { h } from '../ui/dom';
import { exportMenu } from '../ui/exportMenu';
import type { Explorer } from './explorer';

const button = (key: string, onclick: () => void, extra: Record<string, string> = {}) =>
  h('button', { onclick, title: t(key), 'aria-label': t(key), ...extra }, t(key));

export function toolbarItems(x: Explorer): HTMLElement[] {
  const graph = () => x.ctx.graph;
  return [
    button('toolbar.overview', () => void x.router.restore(overviewState(x.ctx.state), false)),
    button('lists.table', () => void x.panels.openList('table')),
    button('lists.documents', () => void x.panels.openList('docs')),
    button('lists.compare', () => void x.panels.openList('compare')),
    button('toolbar.questions', () => x.panels.openQuestions(), { class: 'questions-btn' }),
    button('toolbar.fit', () => graph().fit()),
    button('toolbar.zoomIn', () => graph().zoom(1.25)),
    button('toolbar.zoomOut', () => graph().zoom(0.8)),
    button('toolbar.relayout', () => void graph().layout({ all: true })),
    exportMenu({
      graph,
      documents: () => documentsInView(x.ctx.docs, x.ctx.state),
      subject: () => x.canvas.subject(),
      onError: (message) => x.ctx.showError(message),
    }),
    button('toolbar.curations', () => x.panels.openCurationLog()),
    button('toolbar.copyLink', () => {
      x.router.save(true);
      void navigator.clipboard?.writeText(location.href).catch(() => undefined);
      x.ctx.setStatus(t('toolbar.linkCopied'));
    }),
    languageSwitch((l) => void x.chrome.applyLang(l)),
  ];
}

function languageSwitch(pick: (l: 'zh' | 'en') => void): HTMLElement {
  return h(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': t('lang.switch') },
    (['zh', 'en'] as const).map((l) =>
      h(
        'button',
        {
          class: l === lang() ? 'on' : '',
          'aria-pressed': l === lang() ? 'true' : 'false',
          lang: l,
          onclick: () => pick(l),
        },
        t(`lang.${l}`),
      ),
    ),
  );
}
