// The answer to a question as a table: a column per bound entity (both names, click to open), and per row the
// first sentence of each relation with its document and year (click to open the document at that sentence).
import { lang, t } from '../i18n';
import { tableRows, type DocumentTitle, type PatternRow } from '../questions/results';
import { h } from './dom';

export interface AnswerActions {
  openEntity(id: string): void;
  openDocument(id: string, sentence: number): void;
}

const name = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_zh : e.name_en);
const other = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_en : e.name_zh);

/** The table of a non-empty answer. */
export function answerTable(rows: PatternRow[], docs: DocumentTitle[], actions: AnswerActions): HTMLTableElement {
  const first = rows[0].bindings;
  const cols = Object.keys(first);
  return h(
    'table',
    { class: 'q-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        cols.map((c) => h('th', { scope: 'col' }, t(`type.${first[c].type}`))),
        h('th', { scope: 'col' }, t('question.evidence')),
      ),
    ),
    h(
      'tbody',
      {},
      tableRows(rows, docs).map((r) => answerRow(r, actions)),
    ),
  );
}

function answerRow(r: ReturnType<typeof tableRows>[number], actions: AnswerActions): HTMLElement {
  return h(
    'tr',
    {},
    r.entities.map((e) =>
      h(
        'td',
        { class: 'q-ent', 'data-id': e.id, 'data-type': e.type },
        h('a', { href: '#', onclick: (ev: Event) => (ev.preventDefault(), actions.openEntity(e.id)) }, name(e)),
        h('span', { class: 'secondary' }, other(e)),
      ),
    ),
    h(
      'td',
      { class: 'q-evidence' },
      r.evidence.map((ev) =>
        h(
          'div',
          { class: 'q-ev', 'data-document': ev.document, 'data-year': ev.year ?? '' },
          h('span', { class: 'q-rel' }, t(`relation.${ev.type}`)),
          ' ',
          h(
            'a',
            {
              href: '#',
              class: 'q-src',
              onclick: (e: Event) => (e.preventDefault(), actions.openDocument(ev.document, ev.sentence)),
            },
            t('question.source', { title: lang() === 'zh' ? ev.title_zh : ev.title_en, year: ev.year ?? '?' }),
          ),
          ev.count > 1
            ? h('span', { class: 'muted' }, ` ${t('question.moreSentences', { count: ev.count - 1 })}`)
            : null,
          h('blockquote', { lang: 'zh' }, ev.text),
        ),
      ),
    ),
  );
}
