// The side panel: an entity's details, a relation's evidence, the paths between two entities, a document.
import { date, lang, money, number, t } from '../i18n';
import { TYPE_STYLE } from '../graph/style';
import { pinyin } from 'pinyin-pro';
import type { DocumentDetail, EntityDetailResponse, EntityType, Fact, RelationDetail, RelationType } from '../types';
import { clear, h } from './dom';
import { periodText } from './period';
import { findMarks, renderMarked } from './highlight';

export interface PanelActions {
  expand(id: string): void;
  more(id: string): void;
  hide(id: string): void;
  pin(id: string): boolean;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  openDocument(id: string, sentence?: number): void;
  openEntity(id: string): void;
  openEdge(id: string): void;
  close(): void;
}

export const name = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_zh : e.name_en);
const other = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_en : e.name_zh);

function factText(f: Fact): string {
  if (f.kind === 'investment' && typeof f.value === 'number') return money(f.value);
  if (f.kind === 'status') return `${t(`status.${f.value}`)}${f.date ? ` · ${date(f.date)}` : ''}`;
  if (f.kind === 'capacity' && typeof f.value === 'number')
    return `${number(f.value)} ${String(f.unit ?? '').replace('/year', t('unit.perYear'))}`;
  if (f.kind === 'length' && typeof f.value === 'number') return `${number(f.value)} ${t('unit.km')}`;
  return String(f.value);
}

export function header(title: string, onClose: () => void): HTMLElement {
  return h(
    'div',
    { class: 'panel-head' },
    h('h2', {}, title),
    h('button', { class: 'icon', 'aria-label': t('panel.close'), title: t('panel.close'), onclick: onClose }, '×'),
  );
}

type Relation = {
  id: string;
  type: RelationType;
  other: { name_zh: string; name_en: string };
  outgoing: boolean;
  role?: string;
  implicit?: boolean;
};

export function renderEntity(
  root: HTMLElement,
  e: EntityDetailResponse,
  relations: Relation[],
  pinned: boolean,
  a: PanelActions,
): void {
  clear(root).append(
    header(t('panel.details'), a.close),
    h(
      'section',
      { class: 'entity', 'data-entity': e.id },
      h(
        'div',
        { class: 'type-line' },
        h('span', { class: 'swatch', style: `background:${TYPE_STYLE[e.type].color}` }),
        t(`type.${e.type}`),
        e.subtype ? ` · ${t(`subtype.${e.subtype}`)}` : '',
      ),
      h('h3', { class: 'name-primary' }, name(e)),
      h('div', { class: 'name-secondary' }, other(e)),
      h('div', { class: 'pinyin', lang: 'zh-Latn' }, `${t('panel.pinyin')}: ${pinyin(e.name_zh)}`),
      e.aliases.length ? h('div', { class: 'aliases' }, `${t('panel.aliases')}: ${e.aliases.join('、')}`) : null,
      entityButtons(e.id, pinned, a),
      h('h4', {}, t('panel.attributes')),
      attributeList(e),
      h('h4', {}, t('panel.documents')),
      documentList(e, a),
      h('h4', {}, t('panel.relations')),
      relationGroups(e, relations, a),
    ),
  );
}

function entityButtons(id: string, pinned: boolean, a: PanelActions): HTMLElement {
  return h(
    'div',
    { class: 'actions' },
    h('button', { onclick: () => a.expand(id) }, t('panel.expand')),
    h('button', { onclick: () => a.more(id) }, t('panel.more')),
    h('button', { onclick: () => a.hide(id) }, t('panel.hide')),
    h(
      'button',
      {
        'aria-pressed': pinned ? 'true' : 'false',
        onclick: (ev: Event) => (ev.target as HTMLElement).setAttribute('aria-pressed', String(a.pin(id))),
      },
      pinned ? t('panel.unpin') : t('panel.pin'),
    ),
    h('button', { onclick: () => a.pathFrom(id) }, t('panel.pathFrom')),
    h('button', { onclick: () => a.pathTo(id) }, t('panel.pathTo')),
  );
}

function attributeList(e: EntityDetailResponse): HTMLElement {
  const attrs = Object.entries(e.attributes ?? {}).flatMap(([kind, facts]) => facts.map((f) => ({ kind, f })));
  if (attrs.length === 0) return h('p', { class: 'muted' }, t('panel.noAttributes'));
  return h(
    'ul',
    { class: 'attrs' },
    attrs.map(({ kind, f }) =>
      h(
        'li',
        {},
        h('span', { class: 'attr-kind' }, t(`attribute.${kind}`)),
        ' ',
        factText(f),
        h('span', { class: 'attr-src', title: f.text }, ` “${f.text}”`),
      ),
    ),
  );
}

function documentList(e: EntityDetailResponse, a: PanelActions): HTMLElement {
  return h(
    'ul',
    { class: 'docs' },
    e.documents.map((d) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: '#', onclick: (ev: Event) => (ev.preventDefault(), a.openDocument(d.id)) },
          lang() === 'zh' ? d.title_zh : d.title_en,
        ),
        d.year ? ` (${t('document.year', { year: d.year })})` : '',
        ` · ${t('panel.mentions', { count: d.count })}`,
      ),
    ),
  );
}

/** The relations drawn, grouped by type: typed relations first; co-occurrence, the weakest tie, last. */
function relationGroups(e: EntityDetailResponse, relations: Relation[], a: PanelActions): HTMLElement[] {
  const byType = new Map<RelationType, Relation[]>();
  for (const r of [...relations].sort((x, y) => Number(x.type === 'CO_OCCURS') - Number(y.type === 'CO_OCCURS')))
    byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  return [...byType.entries()].map(([type, rs]) =>
    h(
      'div',
      { class: 'rel-group' },
      h('h5', {}, t(`relation.${type}`)),
      h(
        'ul',
        {},
        rs.slice(0, 30).map((r) => relationItem(e, r, a)),
      ),
    ),
  );
}

function relationItem(e: EntityDetailResponse, r: Relation, a: PanelActions): HTMLElement {
  const names = r.outgoing ? { a: name(e), b: name(r.other) } : { a: name(r.other), b: name(e) };
  const open = (ev: Event) => (ev.preventDefault(), a.openEdge(r.id));
  const text = t(`statement.${r.type}`, names) + (r.role ? ` (${r.role})` : '');
  // Relations the report states in its own voice say so (the sentence does not name the subject).
  const mark = r.implicit
    ? h('span', { class: 'implicit', title: t('statement.implicitHint') }, ` · ${t('statement.implicitMark')}`)
    : '';
  return h('li', {}, h('a', { href: '#', onclick: open }, text), mark);
}

export function renderEvidence(root: HTMLElement, r: RelationDetail, a: PanelActions): void {
  clear(root);
  const names = [r.source_entity, r.target_entity].map((x) => ({
    forms: [x.name_zh],
    type: x.type as EntityType,
    name_en: x.name_en,
    entity: x.id,
  }));
  root.append(
    header(t('evidence.title'), a.close),
    h(
      'section',
      { class: 'evidence', 'data-relation': r.id },
      h('p', { class: 'statement' }, r.statement),
      h('p', { class: 'muted' }, t('evidence.count', { count: r.evidence.length })),
      h(
        'ol',
        { class: 'sentences' },
        r.evidence.map((ev) =>
          h(
            'li',
            {},
            h('blockquote', {}, renderMarked(ev.text, findMarks(ev.text, names), a.openEntity)),
            h(
              'div',
              { class: 'source' },
              `${lang() === 'zh' ? ev.title_zh : ev.title_en}${ev.year ? ` · ${ev.year}` : ''} · `,
              h(
                'a',
                {
                  href: '#',
                  class: 'open-doc',
                  onclick: (e: Event) => (e.preventDefault(), a.openDocument(ev.document, ev.sentence)),
                },
                t('evidence.openDocument'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export type PathActions = PanelActions & {
  clearPath(): void;
  showPath(i: number): void;
  setAvoidHubs(on: boolean): void;
};

export function renderDocument(
  root: HTMLElement,
  d: DocumentDetail,
  sentence: number | undefined,
  a: PanelActions,
): void {
  clear(root);
  const body = h('div', { class: 'doc-text', lang: 'zh' });
  d.sentences.forEach((s, i) => {
    const text = d.text.slice(s.start, s.end);
    const marks = d.mentions
      .filter((m) => m.sentence === i && m.start >= s.start && m.end <= s.end)
      .map((m) => ({
        start: m.start - s.start,
        end: m.end - s.start,
        type: m.type,
        name_en: m.name_en,
        entity: m.entity,
      }));
    // Outer names first: nested mentions inside a longer name are not marked twice.
    const top = marks
      .sort((x, y) => x.start - y.start || y.end - x.end)
      .filter((m, k, all) => !all.slice(0, k).some((o) => o.start <= m.start && m.end <= o.end));
    body.append(
      h(
        'span',
        { class: `sentence${i === sentence ? ' current' : ''}`, id: `s-${i}` },
        renderMarked(text, top, a.openEntity),
      ),
      ' ',
    );
  });
  root.append(
    header(`${t('document.title')}: ${lang() === 'zh' ? d.title_zh : d.title_en}`, a.close),
    h(
      'p',
      { class: 'muted' },
      [d.year ?? '', periodText(d), t('document.entities', { count: d.entities })].filter(Boolean).join(' · '),
    ),
    body,
  );
  if (sentence !== undefined)
    requestAnimationFrame(() => root.querySelector(`#s-${sentence}`)?.scrollIntoView({ block: 'center' }));
}
