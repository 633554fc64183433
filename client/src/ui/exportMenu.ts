// The export menu: pictures of the view (PNG, SVG) with a title, a legend and a source line, and the view as JSON,
// GraphML or GEXF written by the server (the same writers as `kg export`) with evidence and documents.
import { download } from '../export';
import { composeSvg, svgToPng, type LegendItem, type PictureText } from '../graph/picture';
import { REL_COLOR, TYPE_STYLE } from '../graph/style';
import type { GraphView } from '../graph/GraphView';
import { lang, t } from '../i18n';
import { ENTITY_TYPES, RELATION_TYPES, type DocumentSummary } from '../types';
import { h } from './dom';

export const EXPORT_CHOICES = ['png', 'svg', 'json', 'graphml', 'gexf'] as const;
type Choice = (typeof EXPORT_CHOICES)[number];

export interface ExportContext {
  graph(): GraphView;
  /** The documents the view draws from (those the filters keep). */
  documents(): DocumentSummary[];
  /** What the view is about, when it is about one thing (the focused entity, the two ends of a path). */
  subject(): string | undefined;
  onError(message: string): void;
}

/** The text around the picture: a title, the legend of the types drawn, the source documents. */
export function pictureText(ctx: ExportContext): PictureText {
  const v = ctx.graph().visible();
  const types = new Set<string>(v.nodes.map((n) => n.type));
  const rels = new Set<string>(v.edges.map((e) => e.type));
  const legend: LegendItem[] = [
    ...ENTITY_TYPES.filter((x) => types.has(x)).map((x) => ({
      label: t(`type.${x}`),
      color: TYPE_STYLE[x].color,
      kind: 'node' as const,
    })),
    ...RELATION_TYPES.filter((x) => rels.has(x)).map((x) => ({
      label: t(`relation.${x}`),
      color: REL_COLOR[x],
      kind: 'edge' as const,
    })),
  ];
  const subject = ctx.subject();
  const docs = ctx.documents().map((d) => (lang() === 'zh' ? d.title_zh : d.title_en));
  return {
    title: subject ? t('picture.titleAbout', { subject }) : t('picture.title'),
    legend,
    source: t('picture.source', { count: docs.length, documents: docs.join(lang() === 'zh' ? '；' : '; ') }),
  };
}

async function viewFile(format: 'json' | 'graphml' | 'gexf', graph: GraphView): Promise<Blob> {
  const v = graph.visible();
  const res = await fetch('/api/export/view', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, nodes: v.nodes.map((n) => n.id), edges: v.edges.map((e) => e.id) }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return res.blob();
}

async function exportAs(choice: Choice, ctx: ExportContext): Promise<void> {
  const graph = ctx.graph();
  if (choice === 'png' || choice === 'svg') {
    const svg = composeSvg(graph.svg(), pictureText(ctx));
    if (choice === 'svg') download('policy-graph.svg', svg, 'image/svg+xml');
    else download('policy-graph.png', await svgToPng(svg));
    return;
  }
  download(`policy-graph-view.${choice}`, await viewFile(choice, graph));
}

export function exportMenu(ctx: ExportContext): HTMLSelectElement {
  return h(
    'select',
    {
      'aria-label': t('toolbar.export'),
      onchange: (e: Event) => {
        const sel = e.target as HTMLSelectElement;
        const v = sel.value as Choice | '';
        sel.value = '';
        if (v) exportAs(v, ctx).catch((err: Error) => ctx.onError(err.message));
      },
    },
    h('option', { value: '' }, t('toolbar.export')),
    EXPORT_CHOICES.map((f) => h('option', { value: f }, t(`export.${f}`))),
  );
}
