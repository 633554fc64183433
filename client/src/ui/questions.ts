// The question panel: ready questions with an entity picked by search, a question built step by step (or typed as
// a pattern), and the answer as a table with the evidence of each row, shown on the graph or downloaded as CSV.
import { download } from '../export';
import { lang, t } from '../i18n';
import {
  builderPattern,
  hopChoices,
  MAX_NODES,
  nextTypes,
  patternParamNames,
  type Builder,
  type BuilderHop,
  type BuilderNode,
  type PatternRequest,
} from '../questions/builder';
import { askPattern } from '../questions/queryApi';
import { READY_QUESTIONS, readyRequest, type ReadyQuestion } from '../questions/ready';
import { boundIds, rowsCsv, type DocumentTitle, type PatternRow } from '../questions/results';
import { ENTITY_TYPES, type EntityType } from '../types';
import { clear, h } from './dom';
import { answerTable } from './answerTable';
import { entityPicker } from './entityPicker';
import './questions.css';

export interface QuestionActions {
  showOnGraph(ids: string[]): void;
  openEntity(id: string): void;
  openDocument(id: string, sentence: number): void;
  close(): void;
}

const LIMIT = 200;
const name = (e: { name_zh: string; name_en: string }) => (lang() === 'zh' ? e.name_zh : e.name_en);

export class QuestionPanel {
  private builder: Builder = { nodes: [{ type: '' }], hops: [], descendants: true };
  /** The pattern as the reader typed it, when they edited the built one. */
  private typed: string | null = null;
  private typedParams: Record<string, string> = {};
  private ready: ReadyQuestion | null = null;
  private picking: number | null = null;
  private request: PatternRequest | null = null;
  private rows: PatternRow[] | null = null;
  private error = '';
  private root: HTMLElement | null = null;

  constructor(
    private readonly docs: () => DocumentTitle[],
    private readonly actions: QuestionActions,
  ) {}

  render(root: HTMLElement): void {
    this.root = root;
    clear(root);
    root.append(
      h(
        'div',
        { class: 'panel-head' },
        h('h2', {}, t('question.title')),
        h(
          'button',
          {
            class: 'icon',
            'aria-label': t('panel.close'),
            title: t('panel.close'),
            onclick: () => this.actions.close(),
          },
          '×',
        ),
      ),
      h('section', { class: 'questions' }, this.readyBlock(), this.builderBlock(), this.resultBlock()),
    );
  }

  private rerender(): void {
    if (this.root) this.render(this.root);
  }

  private readyBlock(): HTMLElement {
    const block = h('div', { class: 'q-ready' }, h('h3', {}, t('question.readyTitle')));
    for (const q of READY_QUESTIONS) {
      const on = this.ready?.key === q.key;
      block.append(
        h(
          'button',
          {
            class: `q-ready-q${on ? ' on' : ''}`,
            'aria-pressed': on ? 'true' : 'false',
            onclick: () => {
              this.ready = on ? null : q;
              this.rerender();
            },
          },
          t(`question.ready.${q.key}`),
        ),
      );
      if (on)
        block.append(
          entityPicker(q.param.type, t('question.pick', { type: t(`type.${q.param.type}`) }), (hit) => {
            void this.ask(readyRequest(q, hit.id));
          }),
        );
    }
    return block;
  }

  private builderBlock(): HTMLElement {
    const b = this.builder;
    const block = h('div', { class: 'q-builder' }, h('h3', {}, t('question.buildTitle')));
    b.nodes.forEach((node, i) => {
      if (i > 0) block.append(this.hopSelect(i - 1));
      block.append(this.nodeRow(node, i));
      if (this.picking === i && !node.entity) block.append(this.nodePicker(node));
    });
    const full = b.nodes.length >= MAX_NODES;
    block.append(
      h(
        'div',
        { class: 'q-steps' },
        h('button', { class: 'q-add', disabled: full, onclick: () => this.addStep() }, t('question.addStep')),
        b.nodes.length > 1
          ? h('button', { class: 'q-remove', onclick: () => this.removeStep() }, t('question.removeStep'))
          : null,
      ),
      // Applies to a place pinned to an entity (built) or constrained in a typed pattern; the server says so otherwise.
      h(
        'label',
        { class: 'check q-descendants' },
        h('input', {
          type: 'checkbox',
          checked: b.descendants,
          onchange: (e: Event) => (b.descendants = (e.target as HTMLInputElement).checked),
        }),
        t('question.descendants'),
      ),
      ...this.patternBlock(),
    );
    return block;
  }

  /** A step of the question: its type (those the previous hop allows) and, if chosen, its entity. */
  private nodeRow(node: BuilderNode, i: number): HTMLElement {
    const b = this.builder;
    const prev = i === 0 ? null : b.nodes[i - 1];
    const allowed = prev ? nextTypes(prev.type, b.hops[i - 1], ENTITY_TYPES) : ENTITY_TYPES;
    const typeSel = h(
      'select',
      {
        class: 'q-type',
        'aria-label': t('question.nodeType', { n: i + 1 }),
        onchange: (e: Event) => {
          node.type = (e.target as HTMLSelectElement).value as EntityType | '';
          node.entity = undefined;
          this.fixFrom(i);
          this.changed();
        },
      },
      h('option', { value: '' }, t('question.anyType')),
      allowed.map((x) => h('option', { value: x, selected: node.type === x }, t(`type.${x}`))),
    );
    const entity = node.entity
      ? h(
          'span',
          { class: 'q-entity' },
          name(node.entity),
          h(
            'button',
            {
              class: 'icon',
              'aria-label': t('question.anyEntity'),
              title: t('question.anyEntity'),
              onclick: () => ((node.entity = undefined), this.changed()),
            },
            '×',
          ),
        )
      : h(
          'button',
          { class: 'q-specific', onclick: () => ((this.picking = this.picking === i ? null : i), this.rerender()) },
          t('question.specific'),
        );
    return h('div', { class: 'q-node' }, h('span', { class: 'q-var' }, `${i + 1}`), typeSel, entity);
  }

  private nodePicker(node: BuilderNode): HTMLElement {
    return entityPicker(
      node.type,
      t('question.pick', { type: node.type ? t(`type.${node.type}`) : t('question.entity') }),
      (hit) => {
        node.entity = { id: hit.id, name_zh: hit.name_zh, name_en: hit.name_en };
        if (!node.type) node.type = hit.type;
        this.picking = null;
        this.changed();
      },
    );
  }

  /** The pattern built (or as the reader edited it), its parameters, and the button that asks it. */
  private patternBlock(): HTMLElement[] {
    const b = this.builder;
    const built = builderPattern(b);
    const text = this.typed ?? built.pattern;
    const area = h('textarea', {
      class: 'q-pattern',
      rows: 3,
      spellcheck: 'false',
      'aria-label': t('question.pattern'),
    });
    area.value = text;
    const params = h('div', { class: 'q-params' });
    area.addEventListener('input', () => {
      this.typed = area.value;
      this.renderParams(params, area.value, built.params);
    });
    this.renderParams(params, text, built.params);
    const ask = () => {
      const names = patternParamNames(area.value);
      const values = this.typed === null ? built.params : this.typedParams;
      void this.ask({
        pattern: area.value,
        params: Object.fromEntries(names.map((n) => [n, values[n] ?? ''])),
        descendants:
          b.descendants && (this.typed === null ? builderPattern(b).descendants : /:Place\s*\{/.test(area.value)),
      });
    };
    return [
      h('label', { class: 'q-pattern-label' }, t('question.pattern')),
      area,
      params,
      h('button', { class: 'primary q-ask', onclick: ask }, t('question.ask')),
    ];
  }

  /** One input per parameter of a typed pattern (a built one fills them with the chosen entities' ids). */
  private renderParams(root: HTMLElement, pattern: string, built: Record<string, string>): void {
    clear(root);
    if (this.typed === null) return;
    for (const p of patternParamNames(pattern)) {
      this.typedParams[p] ??= built[p] ?? '';
      const input = h('input', { type: 'text', value: this.typedParams[p], 'aria-label': `$${p}` });
      input.addEventListener('input', () => (this.typedParams[p] = input.value));
      root.append(h('label', { class: 'q-param' }, h('code', {}, `$${p}`), input));
    }
  }

  private hopSelect(i: number): HTMLElement {
    const b = this.builder;
    const hop = b.hops[i];
    const value = (x: BuilderHop) => `${x.relation}:${x.direction}`;
    const arrow = (x: BuilderHop) => (x.direction === 'out' ? '→' : x.direction === 'in' ? '←' : '—');
    const choices: BuilderHop[] = [{ relation: '', direction: 'any' }, ...hopChoices(b.nodes[i].type)];
    return h(
      'div',
      { class: 'q-hop' },
      h(
        'select',
        {
          'aria-label': t('question.relation', { n: i + 1 }),
          onchange: (e: Event) => {
            const [relation, direction] = (e.target as HTMLSelectElement).value.split(':');
            b.hops[i] = { relation, direction } as BuilderHop;
            this.fixFrom(i + 1);
            this.changed();
          },
        },
        choices.map((x) =>
          h(
            'option',
            { value: value(x), selected: value(x) === value(hop) },
            x.relation ? `${arrow(x)} ${t(`relation.${x.relation}`)} ${arrow(x)}` : t('question.anyRelation'),
          ),
        ),
      ),
    );
  }

  /** After a change at node i, later hops and types the ontology no longer allows fall back to "any". */
  private fixFrom(i: number): void {
    const b = this.builder;
    for (let k = i; k < b.hops.length; k++) {
      const hop = b.hops[k];
      const ok =
        hop.relation === '' ||
        hopChoices(b.nodes[k].type).some((c) => c.relation === hop.relation && c.direction === hop.direction);
      if (!ok) b.hops[k] = { relation: '', direction: 'any' };
      const next = b.nodes[k + 1];
      if (next.type && !nextTypes(b.nodes[k].type, b.hops[k], ENTITY_TYPES).includes(next.type)) {
        next.type = '';
        next.entity = undefined;
      }
    }
  }

  private addStep(): void {
    this.builder.hops.push({ relation: '', direction: 'any' });
    this.builder.nodes.push({ type: '' });
    this.changed();
  }

  private removeStep(): void {
    this.builder.hops.pop();
    this.builder.nodes.pop();
    this.changed();
  }

  private changed(): void {
    this.typed = null;
    this.typedParams = {};
    this.rerender();
  }

  private async ask(req: PatternRequest): Promise<void> {
    this.request = req;
    this.error = '';
    this.rows = null;
    try {
      this.rows = await askPattern(req, LIMIT);
    } catch (e) {
      this.error = (e as Error).message;
    }
    this.rerender();
    this.root?.querySelector('.q-result')?.scrollIntoView({ block: 'nearest' });
  }

  private resultBlock(): HTMLElement {
    const block = h('div', { class: 'q-result', 'aria-live': 'polite' });
    if (this.error) block.append(h('p', { class: 'q-error', role: 'alert' }, this.error));
    const rows = this.rows;
    if (!rows || !this.request) return block;
    block.append(h('p', { class: 'q-query' }, h('code', {}, this.request.pattern)));
    if (rows.length === 0) {
      block.append(
        h('p', { class: 'q-none muted' }, t(this.request.descendants ? 'question.noneParts' : 'question.none')),
      );
      return block;
    }
    const docs = this.docs();
    block.append(
      h(
        'p',
        { class: 'q-count' },
        t(rows.length >= LIMIT ? 'question.rowsCapped' : 'question.rows', { count: rows.length }),
      ),
      h(
        'div',
        { class: 'q-actions' },
        h('button', { class: 'q-show', onclick: () => this.actions.showOnGraph(boundIds(rows)) }, t('question.show')),
        h(
          'button',
          {
            class: 'q-csv',
            onclick: () => download('policy-graph-answer.csv', rowsCsv(rows, docs, lang()), 'text/csv'),
          },
          t('question.csv'),
        ),
      ),
    );
    block.append(h('div', { class: 'q-table-wrap' }, answerTable(rows, docs, this.actions)));
    return block;
  }
}
