// How each entity type and relation type looks: colour and shape by type, size by importance.
import type { EntityType, RelationType } from '../types';

export const TYPE_STYLE: Record<EntityType, { color: string; shape: string }> = {
  Project: { color: '#e8833a', shape: 'round-rectangle' },
  Company: { color: '#3a78c9', shape: 'ellipse' },
  Place: { color: '#3a9e5c', shape: 'hexagon' },
  Policy: { color: '#8a56c2', shape: 'diamond' },
  Organization: { color: '#1f9e9e', shape: 'rectangle' },
  Person: { color: '#d4508a', shape: 'ellipse' },
  Industry: { color: '#9c7a3c', shape: 'barrel' },
  Event: { color: '#c9403a', shape: 'star' },
};

export const REL_COLOR: Record<RelationType, string> = {
  LOCATED_IN: '#3a9e5c',
  PART_OF: '#6b8e23',
  DEVELOPS: '#e8833a',
  SUPPORTS: '#8a56c2',
  IMPLEMENTS: '#6a4c93',
  LEADS: '#d4508a',
  IN_INDUSTRY: '#9c7a3c',
  COOPERATES_WITH: '#3a78c9',
  HELD_IN: '#c9403a',
  CO_OCCURS: '#b8bcc4',
};

/** A comparison drawn on the graph: a ring per side (new in B, in both, only in A). */
export const COMPARE_COLOR: Record<'added' | 'continued' | 'dropped', string> = {
  added: '#1a9850',
  continued: '#4a5568',
  dropped: '#d73027',
};

export const COMPARE_STYLES = [
  { selector: 'node.cmp-added', style: { 'border-width': 5, 'border-color': COMPARE_COLOR.added } },
  { selector: 'node.cmp-continued', style: { 'border-width': 3, 'border-color': COMPARE_COLOR.continued } },
  {
    selector: 'node.cmp-dropped',
    style: { 'border-width': 5, 'border-style': 'dashed', 'border-color': COMPARE_COLOR.dropped, opacity: 0.7 },
  },
];
