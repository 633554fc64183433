// The path panel: the two ends, the hub switch, and each path found hop by hop with its sentence and source.
import { lang, t } from '../i18n';
import type { PathResult } from '../types';
import { clear, h } from './dom';
import { findMarks, renderMarked } from './highlight';
import { header, name, type PanelActions, type PathActions } from './panels';

type End = { name_zh: string; name_en: string } | null;
type Hop = PathResult['hops'][number];

export function renderPaths(
  root: HTMLElement,
  from: End,
  to: End,
  paths: PathResult[] | null,
  opts: { avoidHubs: boolean; hubsRequired: boolean },
  a: PathActions,
): void {
  const sec = h('section', { class: 'paths' });
  sec.append(
    h(
      'p',
      {},
      `${t('path.from')}: `,
      h('strong', {}, from ? name(from) : '—'),
      `  ${t('path.to')}: `,
      h('strong', {}, to ? name(to) : '—'),
    ),
    h(
      'label',
      { class: 'check avoid-hubs' },
      h('input', {
        type: 'checkbox',
        checked: opts.avoidHubs,
        onchange: (e: Event) => a.setAvoidHubs((e.target as HTMLInputElement).checked),
      }),
      t('path.avoidHubs'),
    ),
  );
  if (paths && paths.length > 0 && opts.avoidHubs && !opts.hubsRequired)
    sec.append(h('p', { class: 'muted hubs-avoided' }, t('path.hubsAvoided')));
  if (!from || !to) sec.append(h('p', { class: 'muted' }, t('path.choose')));
  else if (paths && paths.length === 0) sec.append(h('p', { class: 'muted' }, t('path.none', { max: 4 })));
  else if (paths) sec.append(...paths.map((p, i) => pathBlock(p, i, a)));
  sec.append(h('button', { onclick: a.clearPath }, t('path.clear')));
  clear(root).append(header(t('path.title'), a.close), sec);
}

function pathBlock(p: PathResult, i: number, a: PathActions): HTMLElement {
  return h(
    'div',
    { class: 'path' },
    h(
      'h4',
      {},
      h(
        'a',
        { href: '#', onclick: (e: Event) => (e.preventDefault(), a.showPath(i)) },
        `${i + 1}. ${t('path.length', { count: p.length })}`,
      ),
    ),
    p.hubs.length > 0
      ? h('p', { class: 'hubs' }, t('path.hubs', { names: p.hubs.map((x) => name(x)).join('、') }))
      : null,
    h(
      'ol',
      { class: 'hops' },
      p.hops.map((hop) => hopItem(p, hop, a)),
    ),
  );
}

function hopItem(p: PathResult, hop: Hop, a: PathActions): HTMLElement {
  return h(
    'li',
    {},
    h(
      'a',
      { href: '#', class: 'hop-statement', onclick: (e: Event) => (e.preventDefault(), a.openEdge(hop.relation)) },
      hop.statement,
    ),
    hop.evidence ? h('blockquote', {}, renderMarked(hop.evidence.text, hopMarks(p, hop), a.openEntity)) : null,
    hop.evidence ? hopSource(hop.evidence, a) : null,
  );
}

/** The two ends of a hop, marked in its sentence by their names and aliases. */
function hopMarks(p: PathResult, hop: Hop) {
  const ends = p.nodes
    .filter((n) => n.data.id === hop.from || n.data.id === hop.to)
    .map((n) => ({
      forms: [n.data.name_zh, ...n.data.aliases],
      type: n.data.type,
      name_en: n.data.name_en,
      entity: n.data.id,
    }));
  return findMarks(hop.evidence?.text ?? '', ends);
}

/** Where a hop's sentence comes from: the document's title (a link to it) and year. */
function hopSource(ev: NonNullable<Hop['evidence']>, a: PanelActions): HTMLElement {
  const title = (lang() === 'zh' ? ev.title_zh : ev.title_en) || ev.title_zh || ev.document;
  const text = ev.year ? t('path.source', { title, year: ev.year }) : t('path.sourceNoYear', { title });
  return h(
    'a',
    {
      href: '#',
      class: 'hop-source',
      'data-document': ev.document,
      'data-year': ev.year ? String(ev.year) : '',
      onclick: (e: Event) => (e.preventDefault(), a.openDocument(ev.document, ev.sentence)),
    },
    text,
  );
}
