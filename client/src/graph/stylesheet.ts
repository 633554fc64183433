// The Cytoscape stylesheet: nodes and edges by type (graph/style.ts), then the marks drawn over them (labels hidden
// by collision, focus, selection, pins, comparisons, curations, the highlighted path).
import type cytoscape from 'cytoscape';
import type { EntityType } from '../types';
import { COMPARE_STYLES, REL_COLOR, TYPE_STYLE } from './style';

export function graphStylesheet(): cytoscape.StylesheetJson {
  return [...elementStyles(), ...markStyles()];
}

function elementStyles(): cytoscape.StylesheetJson {
  const byType = (Object.keys(TYPE_STYLE) as EntityType[]).map((t) => ({
    selector: `node[type = "${t}"]`,
    style: { 'background-color': TYPE_STYLE[t].color, shape: TYPE_STYLE[t].shape as never },
  }));
  const byRel = Object.entries(REL_COLOR).map(([r, c]) => ({
    selector: `edge[type = "${r}"]`,
    style: { 'line-color': c, 'target-arrow-color': c },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'mapData(degree, 0, 40, 18, 56)',
        height: 'mapData(degree, 0, 40, 18, 56)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Long (English) names wrap onto a few lines instead of being cut off.
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1,
        'border-color': '#ffffff',
        color: '#1d2330',
        // Labels too small to read are not drawn (most of them when a large graph is zoomed out).
        'min-zoomed-font-size': 7,
      },
    },
    ...byType,
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 8, 1.2, 4)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.85,
      },
    },
    ...byRel,
    {
      selector: 'edge[type = "CO_OCCURS"]',
      style: { 'line-style': 'dashed', 'target-arrow-shape': 'none', opacity: 0.35, width: 1 },
    },
    { selector: 'edge[type = "COOPERATES_WITH"]', style: { 'target-arrow-shape': 'none' } },
    { selector: '.hidden-co', style: { display: 'none' } },
  ];
}

function markStyles(): cytoscape.StylesheetJson {
  return [
    // A label that would collide with a more important one is drawn only on hover, or when selected or focused.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    {
      selector: ['.hover', ':selected', '.focus', '.path'].map((x) => `node.label-hidden${x}`).join(', '),
      style: { 'text-opacity': 1, 'text-background-opacity': 0.9, 'z-index': 20 },
    },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1d2330' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2c14e' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d2330' } },
    ...COMPARE_STYLES,
    { selector: '.faded', style: { opacity: 0.15 } },
    // Curated by a person (server/curation): a dashed orange ring, a dotted line.
    { selector: 'node[?curated]', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#d9480f' } },
    { selector: 'edge[?curated]', style: { 'line-style': 'dotted', width: 3 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f2c14e' } },
    {
      selector: 'edge.path',
      style: {
        width: 5,
        opacity: 1,
        'line-color': '#f2a900',
        'target-arrow-color': '#f2a900',
        'line-style': 'solid',
      },
    },
  ];
}
