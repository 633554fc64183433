// Subgraphs in the shape Cytoscape.js loads directly: { data: {...} } elements.
import type { GraphEdge, GraphNode, Subgraph } from '../model';

export interface CyNode {
  data: GraphNode & { label_zh: string; label_en: string };
}
export interface CyEdge {
  data: GraphEdge;
}

/** Adds the labels to the node itself: stores build a fresh node for every answer, and a copy per node was a hot spot. */
export function cyNode(n: GraphNode): CyNode {
  return { data: Object.assign(n, { label_zh: n.name_zh, label_en: n.name_en }) };
}

export function toCytoscape(g: Subgraph): { nodes: CyNode[]; edges: CyEdge[]; truncated: boolean } {
  return { nodes: g.nodes.map(cyNode), edges: g.edges.map((e) => ({ data: e })), truncated: g.truncated };
}
