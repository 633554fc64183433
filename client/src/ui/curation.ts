// Curation in the explorer: edit actions in the entity and relation panels, an entity's history with undo, the page
// listing every curation, and the graph brought up to date after a change.
import { api, ApiError } from '../api';
import type { GraphView } from '../graph/GraphView';
import { lang, t } from '../i18n';
import type { EntityDetailResponse, RelationDetail } from '../types';
import { ENTITY_TYPES, RELATION_TYPES } from '../types';
import { clear, h } from './dom';

export interface Curation {
  id: string;
  action: string;
  at: string;
  editor: string;
  note: string | null;
  entity?: string;
  into?: string;
  curation?: string;
  relation?: string;
  name_zh?: string;
  type?: string;
}

export interface CurationHost {
  /** Called after a change: the graph is refreshed, then `focus` (or nothing) opened. */
  changed(focus: string | null): Promise<void>;
  /** The graph refreshed, the panel left as it is (the page of curations stays open). */
  refresh(): Promise<void>;
  openEntity(id: string): void;
}

const TOKEN_KEY = 'pg.apiToken';
const EDITOR_KEY = 'pg.editor';

async function send<T>(method: 'POST' | 'DELETE', path: string, body?: object): Promise<T> {
  const res = await fetch(`/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${localStorage.getItem(TOKEN_KEY) ?? ''}`,
      'X-Editor': encodeURIComponent(localStorage.getItem(EDITOR_KEY) || 'editor'),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!res.ok || !json) throw new ApiError(json?.error?.message ?? `HTTP ${res.status}`);
  return json;
}

export const curationApi = {
  list: async (entity?: string): Promise<Curation[]> => {
    const res = await fetch(`/api/curations${entity ? `?entity=${encodeURIComponent(entity)}` : ''}`);
    return ((await res.json()) as { curations: Curation[] }).curations;
  },
  record: (body: object) => send<Curation>('POST', '/curations', body),
  undo: (id: string) => send<Curation>('DELETE', `/curations/${encodeURIComponent(id)}`),
};

/** Token and editor name, kept in this browser; asked for once. */
function credentials(): HTMLElement {
  const token = h('input', {
    type: 'password',
    class: 'token',
    placeholder: t('curation.token'),
    'aria-label': t('curation.token'),
  });
  const editor = h('input', {
    class: 'editor',
    placeholder: t('curation.editor'),
    'aria-label': t('curation.editor'),
    value: localStorage.getItem(EDITOR_KEY) ?? '',
  });
  const box = h('div', { class: 'credentials' });
  const save = h(
    'button',
    {
      class: 'save-credentials',
      onclick: () => {
        localStorage.setItem(TOKEN_KEY, token.value.trim());
        localStorage.setItem(EDITOR_KEY, editor.value.trim());
        box.replaceChildren(h('p', { class: 'muted' }, t('curation.signedIn', { editor: editor.value || 'editor' })));
      },
    },
    t('curation.saveCredentials'),
  );
  box.append(token, editor, save);
  if (localStorage.getItem(TOKEN_KEY)) box.replaceChildren();
  return box;
}

/** Runs a change, shows its error in the section, and lets the host refresh. */
function runner(section: HTMLElement, host: CurationHost) {
  const error = h('p', { class: 'curation-error', role: 'alert' });
  section.append(error);
  return async (body: object, focus: string | null) => {
    error.textContent = '';
    try {
      const note = section.querySelector<HTMLInputElement>('input.note')?.value.trim();
      await curationApi.record(note ? { ...body, note } : body);
      await host.changed(focus);
    } catch (e) {
      error.textContent = (e as Error).message;
    }
  };
}

/** A search box whose hits each become a button doing `pick`. */
function picker(cls: string, label: string, exclude: string, pick: (id: string) => void): HTMLElement {
  const list = h('ul', { class: `${cls}-hits hits` });
  let timer: number | undefined;
  const input = h('input', {
    class: cls,
    placeholder: label,
    'aria-label': label,
    oninput: (e: Event) => {
      clearTimeout(timer);
      const q = (e.target as HTMLInputElement).value.trim();
      timer = window.setTimeout(async () => {
        const hits = q ? await api.search(q, lang()).catch(() => []) : [];
        clear(list).append(
          ...hits
            .filter((x) => x.id !== exclude)
            .map((x) =>
              h(
                'li',
                {},
                h(
                  'button',
                  { class: `${cls}-pick`, 'data-id': x.id, onclick: () => pick(x.id) },
                  `${lang() === 'zh' ? x.name_zh : x.name_en} · ${t(`type.${x.type}`)}`,
                ),
              ),
            ),
        );
      }, 200);
    },
  });
  return h('div', { class: 'picker' }, input, list);
}

function describe(c: Curation): string {
  const what = t(`curation.action.${c.action}`);
  const detail = c.name_zh ?? c.into ?? c.curation ?? c.relation ?? c.type ?? '';
  return `${what}${detail ? ` ${detail}` : ''} · ${c.editor} · ${new Date(c.at).toLocaleString(lang())}`;
}

/** History rows, newest first, each curation in effect with its undo button. */
function historyList(list: Curation[], host: CurationHost, focus: (c: Curation) => string | null): HTMLElement {
  const undone = new Set(list.filter((c) => c.action === 'undo').map((c) => c.curation));
  if (list.length === 0) return h('p', { class: 'muted' }, t('curation.noHistory'));
  return h(
    'ul',
    { class: 'history' },
    list.map((c) => {
      const live = c.action !== 'undo' && !undone.has(c.id);
      const error = h('span', { class: 'curation-error', role: 'alert' });
      return h(
        'li',
        { 'data-curation': c.id, 'data-action': c.action, class: live ? 'live' : 'inactive' },
        h('span', {}, describe(c)),
        c.note ? h('span', { class: 'muted' }, ` — ${c.note}`) : null,
        live
          ? h(
              'button',
              {
                class: 'undo',
                onclick: async () => {
                  try {
                    await curationApi.undo(c.id);
                    await host.changed(focus(c));
                  } catch (e) {
                    error.textContent = (e as Error).message;
                  }
                },
              },
              t('curation.undo'),
            )
          : c.action === 'undo'
            ? null
            : h('span', { class: 'muted' }, ` (${t('curation.undone')})`),
        error,
      );
    }),
  );
}

type Run = ReturnType<typeof runner>;
type CuratedEntity = EntityDetailResponse & { curated?: boolean };

/** The edit section of an entity's panel. */
export function renderEntityCuration(e: CuratedEntity, host: CurationHost): HTMLElement {
  const section = h(
    'section',
    { class: 'curation', 'data-entity': e.id },
    h('h3', {}, t('curation.title'), e.curated ? h('span', { class: 'curated-mark' }, t('curation.curated')) : null),
  );
  section.append(credentials());
  const run = runner(section, host);
  const history = h('div', { class: 'history-tab' }, h('p', { class: 'muted' }, '…'));
  section.append(
    h('input', { class: 'note', placeholder: t('curation.note'), 'aria-label': t('curation.note') }),
    renameRow(e, run),
    retypeRow(e, run),
    h('h4', {}, t('curation.mergeInto')),
    picker(
      'merge-search',
      t('curation.mergeSearch'),
      e.id,
      (into) => void run({ action: 'merge', entity: e.id, into }, into),
    ),
    ...linkTo(e, run),
    h('div', {}, e.aliases.length > 0 && splitBox(e, section, run)),
    h(
      'button',
      { class: 'delete danger', onclick: () => void run({ action: 'delete_entity', entity: e.id }, null) },
      t('curation.delete'),
    ),
    h('h4', {}, t('curation.history')),
    history,
  );
  void curationApi.list(e.id).then((list) => {
    history.replaceChildren(historyList(list, host, (c) => (c.action === 'merge' ? (c.entity ?? null) : e.id)));
  });
  return section;
}

/** Both names, each sent only when it changed. */
function renameRow(e: CuratedEntity, run: Run): HTMLElement {
  const zh = h('input', { class: 'name-zh', value: e.name_zh, 'aria-label': t('curation.nameZh') });
  const en = h('input', { class: 'name-en', value: e.name_en, 'aria-label': t('curation.nameEn') });
  const rename = () =>
    void run(
      {
        action: 'rename',
        entity: e.id,
        ...(zh.value.trim() !== e.name_zh ? { name_zh: zh.value.trim() } : {}),
        ...(en.value.trim() !== e.name_en ? { name_en: en.value.trim() } : {}),
      },
      e.id,
    );
  return h('div', { class: 'row' }, zh, en, h('button', { class: 'rename', onclick: rename }, t('curation.rename')));
}

function retypeRow(e: CuratedEntity, run: Run): HTMLElement {
  const type = h(
    'select',
    { class: 'type', 'aria-label': t('panel.type') },
    ENTITY_TYPES.map((x) => h('option', { value: x, ...(x === e.type ? { selected: true } : {}) }, t(`type.${x}`))),
  );
  return h(
    'div',
    { class: 'row' },
    type,
    h(
      'button',
      { class: 'retype', onclick: () => void run({ action: 'retype', entity: e.id, type: type.value }, e.id) },
      t('curation.retype'),
    ),
  );
}

/** A new relation of a chosen type to an entity found by search. */
function linkTo(e: CuratedEntity, run: Run): HTMLElement[] {
  const relType = h(
    'select',
    { class: 'link-type', 'aria-label': t('curation.linkType') },
    RELATION_TYPES.map((x) => h('option', { value: x }, t(`relation.${x}`))),
  );
  return [
    h('h4', {}, t('curation.linkTo')),
    relType,
    picker(
      'link-search',
      t('curation.linkSearch'),
      e.id,
      (target) => void run({ action: 'add_relation', source: e.id, target, type: relType.value }, e.id),
    ),
  ];
}

/** The aliases ticked become an entity of their own. */
function splitBox(e: CuratedEntity, section: HTMLElement, run: Run): HTMLElement {
  const split = () => {
    const chosen = [...section.querySelectorAll<HTMLInputElement>('input.split-alias:checked')].map((x) => x.value);
    void run({ action: 'split', entity: e.id, aliases: chosen }, e.id);
  };
  return h(
    'div',
    { class: 'split-box' },
    h('h4', {}, t('curation.split')),
    e.aliases.map((a) => h('label', {}, h('input', { type: 'checkbox', class: 'split-alias', value: a }), ` ${a}`)),
    h('button', { class: 'split', onclick: split }, t('curation.split')),
  );
}

/** Reject or confirm a relation, from its evidence panel. */
export function renderRelationCuration(r: RelationDetail & { curated?: boolean }, host: CurationHost): HTMLElement {
  const section = h(
    'section',
    { class: 'curation', 'data-relation': r.id },
    h('h3', {}, t('curation.title'), r.curated ? h('span', { class: 'curated-mark' }, t('curation.curated')) : null),
  );
  section.append(credentials());
  const run = runner(section, host);
  section.append(
    h('input', { class: 'note', placeholder: t('curation.note'), 'aria-label': t('curation.note') }),
    h(
      'button',
      { class: 'reject danger', onclick: () => void run({ action: 'reject_relation', relation: r.id }, r.source) },
      t('curation.reject'),
    ),
    h(
      'button',
      { class: 'confirm', onclick: () => void run({ action: 'confirm_relation', relation: r.id }, r.source) },
      t('curation.confirm'),
    ),
  );
  return section;
}

/** The page of every curation, newest first, each in effect with its undo button. */
export async function renderCurationLog(panel: HTMLElement, host: CurationHost): Promise<void> {
  const list = await curationApi.list();
  // The page stays open after an undo: the graph is refreshed, then the list is read again.
  const here: CurationHost = {
    ...host,
    changed: async () => {
      await host.refresh();
      await renderCurationLog(panel, host);
    },
  };
  clear(panel).append(
    h(
      'section',
      { class: 'curation-log' },
      h('h2', {}, t('curation.logTitle')),
      credentials(),
      historyList(list, here, () => null),
    ),
  );
}

/**
 * Brings the drawn graph up to date after a change: entities that are gone leave, names and marks are read again,
 * relations among the drawn entities are asked for again (up to the 100 the subgraph route takes).
 */
export async function refreshGraph(graph: GraphView, extra: string | null): Promise<void> {
  const ids = [...new Set([...graph.nodeIds(), ...(extra ? [extra] : [])])].slice(0, 100);
  const sub = await api.subgraph(ids, { documents: [], years: [] });
  const nodes = new Set(sub.nodes.map((n) => n.data.id));
  const edges = new Set(sub.edges.map((e) => e.data.id));
  graph.cy.batch(() => {
    graph.cy.nodes().forEach((n) => void (nodes.has(n.id()) ? undefined : n.remove()));
    graph.cy.edges().forEach((e) => void (edges.has(e.id()) ? undefined : e.remove()));
    // Marks are read again: an element no curation touches any more loses its mark.
    graph.cy.elements().forEach((x) => void x.removeData('curated'));
  });
  graph.add(sub);
  graph.setLang(lang());
}
