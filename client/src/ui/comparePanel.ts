// The compare view: two reports or two years side by side — what is new in B, what A had and B dropped, what
// continued and what changed (status, investment) — grouped by type, downloadable as CSV and JSON, and drawn on the
// graph coloured by side.
import { download } from '../export';
import { lang, money, t } from '../i18n';
import { COMPARE_COLOR } from '../graph/style';
import { groupByType } from '../lists/entityRows';
import { COMPARE_STATUSES, compareFileName, type CompareEntity, type Comparison } from '../lists/compareGraph';
import { listApi } from '../lists/listApi';
import { ENTITY_TYPES, type DocumentSummary, type EntityType } from '../types';
import { clear, h } from './dom';
import { nameColumns, sortableTable, type Column } from './entityTable';
import { listHead, type ListHost } from './listHost';
import { periodText } from './period';

export interface CompareSides {
  a?: string;
  b?: string;
}

export interface CompareHost extends ListHost {
  documents(): DocumentSummary[];
  /** The view's entity type filter: the comparison keeps the same types. */
  types(): string[];
  setTypes(types: EntityType[]): void;
  /** Draws the comparison's entities coloured new / continued / dropped. */
  showComparison(c: Comparison): void;
}

const LISTS = ['added', 'dropped', 'continued', 'changed'] as const;

function sideOptions(docs: DocumentSummary[]): { value: string; label: string }[] {
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const byTime = [...docs].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.published ?? '').localeCompare(b.published ?? ''),
  );
  return [
    ...years.map((y) => ({
      value: String(y),
      label: t('compare.year', { year: y, count: docs.filter((d) => d.year === y).length }),
    })),
    ...byTime.map((d) => ({
      value: d.id,
      label: `${lang() === 'zh' ? d.title_zh : d.title_en}${periodText(d) ? ` (${periodText(d)})` : ''}`,
    })),
  ];
}

function changeText(c: NonNullable<CompareEntity['changes']>[number]): string {
  const value = (v: string | number) =>
    c.kind === 'investment' && typeof v === 'number' ? money(v) : c.kind === 'status' ? t(`status.${v}`) : String(v);
  const sep = lang() === 'zh' ? '、' : ', ';
  return `${t(`attribute.${c.kind}`)}: ${c.a.map(value).join(sep)} → ${c.b.map(value).join(sep)}`;
}

function columns(list: (typeof LISTS)[number]): Column<CompareEntity>[] {
  const cols: Column<CompareEntity>[] = [
    ...nameColumns<CompareEntity>(),
    { key: 'mentions_a', label: t('compare.mentionsA'), value: (r) => r.mentions_a, numeric: true },
    { key: 'mentions_b', label: t('compare.mentionsB'), value: (r) => r.mentions_b, numeric: true },
  ];
  if (list === 'changed')
    cols.push({
      key: 'changes',
      label: t('compare.whatChanged'),
      value: (r) => (r.changes ?? []).map(changeText).join('; '),
    });
  return cols;
}

export function compareLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'compare-legend', 'aria-label': t('compare.legend') },
    COMPARE_STATUSES.map((s) =>
      h(
        'li',
        { 'data-status': s },
        h('span', { class: 'ring', style: `border-color:${COMPARE_COLOR[s]}` }),
        t(`compare.on.${s}`),
      ),
    ),
  );
}

function results(c: Comparison, host: CompareHost, docs: DocumentSummary[]): HTMLElement {
  const titles = (ids: string[]) =>
    ids
      .map((id) => docs.find((d) => d.id === id))
      .map((d) => (d ? (lang() === 'zh' ? d.title_zh : d.title_en) : ''))
      .join(lang() === 'zh' ? '；' : '; ');
  return h(
    'div',
    { class: 'compare-results' },
    h(
      'p',
      { class: 'muted compare-sides' },
      h('strong', {}, 'A '),
      titles(c.a.documents),
      h('br'),
      h('strong', {}, 'B '),
      titles(c.b.documents),
    ),
    resultActions(c, host),
    compareLegend(),
    LISTS.map((list) => resultList(c, list, host)),
  );
}

function resultActions(c: Comparison, host: CompareHost): HTMLElement {
  const csv = () =>
    void listApi
      .compareCsv(c.a.spec, c.b.spec, host.types())
      .then((text) => download(compareFileName(c, 'csv'), text, 'text/csv;charset=utf-8'));
  const json = () => download(compareFileName(c, 'json'), JSON.stringify(c, null, 1), 'application/json');
  return h(
    'div',
    { class: 'list-actions' },
    h('button', { type: 'button', class: 'cmp-show', onclick: () => host.showComparison(c) }, t('lists.showOnGraph')),
    h('button', { type: 'button', class: 'cmp-csv', onclick: csv }, t('compare.csv')),
    h('button', { type: 'button', class: 'cmp-json', onclick: json }, t('compare.json')),
  );
}

/** One list of the comparison (new, dropped, continued, changed), a table per entity type. */
function resultList(c: Comparison, list: (typeof LISTS)[number], host: CompareHost): HTMLElement {
  return h(
    'section',
    { class: 'cmp-list', 'data-list': list },
    h('h3', {}, `${t(`compare.${list}`)} (${c[list].length})`),
    c[list].length === 0
      ? h('p', { class: 'muted' }, t('compare.none'))
      : groupByType(c[list]).map((g) =>
          h(
            'div',
            { class: 'type-group', 'data-type': g.type },
            h('h5', {}, `${t(`type.${g.type}`)} (${g.rows.length})`),
            h(
              'div',
              { class: 'table-wrap' },
              sortableTable(g.rows, columns(list), {
                label: `${t(`compare.${list}`)} · ${t(`type.${g.type}`)}`,
                onSelect: host.selectEntity,
              }),
            ),
          ),
        ),
  );
}

export async function renderCompare(
  root: HTMLElement,
  sides: CompareSides,
  host: CompareHost,
  onChange: (s: CompareSides) => void,
): Promise<Comparison | null> {
  const docs = host.documents();
  const types = host.types();
  const options = sideOptions(docs);
  const body = h('div', { class: 'compare-body' });
  clear(root).append(
    h(
      'section',
      { class: 'list-view compare-view' },
      listHead(t('compare.title'), host.close),
      h('p', { class: 'muted' }, t('compare.hint')),
      h(
        'div',
        { class: 'list-controls' },
        sidePicker('a', sides, options, onChange),
        sidePicker('b', sides, options, onChange),
        typeSelect(types, host),
      ),
      types.length > 0
        ? h(
            'p',
            { class: 'muted cmp-filter' },
            t('compare.typesNote', { types: types.map((x) => t(`type.${x}`)).join(', ') }),
          )
        : null,
      body,
    ),
  );
  if (!sides.a || !sides.b) return null;
  body.append(h('p', { class: 'muted' }, t('state.loading')));
  try {
    const c = await listApi.compare(sides.a, sides.b, types);
    body.replaceChildren(results(c, host, docs));
    return c;
  } catch (e) {
    body.replaceChildren(h('p', { class: 'error' }, t('state.error', { message: (e as Error).message })));
    return null;
  }
}

function sidePicker(
  side: 'a' | 'b',
  sides: CompareSides,
  options: { value: string; label: string }[],
  onChange: (s: CompareSides) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'cmp-side' },
    side === 'a' ? t('compare.a') : t('compare.b'),
    h(
      'select',
      {
        name: `compare-${side}`,
        onchange: (e: Event) => onChange({ ...sides, [side]: (e.target as HTMLSelectElement).value || undefined }),
      },
      h('option', { value: '' }, t('compare.pick')),
      options.map((o) => h('option', { value: o.value, selected: o.value === sides[side] }, o.label)),
    ),
  );
}

/** The comparison keeps the view's type filter: one type chosen here, or the filter's several types. */
function typeSelect(types: string[], host: CompareHost): HTMLElement {
  return h(
    'label',
    { class: 'cmp-type' },
    `${t('lists.col.type')} `,
    h(
      'select',
      {
        name: 'compare-type',
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value as EntityType | '';
          host.setTypes(v ? [v] : []);
        },
      },
      h(
        'option',
        { value: '', selected: types.length !== 1 },
        types.length > 1 ? t('compare.filtered') : t('lists.allTypes'),
      ),
      ENTITY_TYPES.map((x) =>
        h('option', { value: x, selected: types.length === 1 && types[0] === x }, t(`type.${x}`)),
      ),
    ),
  );
}
