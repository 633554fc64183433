// Subgraphs in the shape Cytoscape.js loads directly: { data: {...} } elements. The explorer labels nodes from
// name_zh / name_en in the current language.
import type { GraphEdge, GraphNode, Subgraph } from '../model';

export interface CyNode {
  data: GraphNode;
}
export interface CyEdge {
  data: GraphEdge;
}

export function cyNode(n: GraphNode): CyNode {
  return { data: n };
}

export function toCytoscape(g: Subgraph): { nodes: CyNode[]; edges: CyEdge[]; truncated: boolean } {
  return { nodes: g.nodes.map(cyNode), edges: g.edges.map((e) => ({ data: e })), truncated: g.truncated };
}
