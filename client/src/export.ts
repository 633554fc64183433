// Downloads of the current view: PNG and SVG pictures, JSON and GraphML of the visible subgraph.
import type { EdgeData, NodeData } from './types';

export function download(name: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

export function toGraphml(g: { nodes: NodeData[]; edges: EdgeData[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="name_zh" for="node" attr.name="name_zh" attr.type="string"/>',
    '<key id="name_en" for="node" attr.name="name_en" attr.type="string"/>',
    '<key id="type" for="node" attr.name="type" attr.type="string"/>',
    '<key id="rtype" for="edge" attr.name="type" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '<graph id="view" edgedefault="directed">',
  ];
  for (const n of g.nodes)
    lines.push(
      `<node id="${xml(n.id)}"><data key="name_zh">${xml(n.name_zh)}</data><data key="name_en">${xml(n.name_en)}</data><data key="type">${n.type}</data></node>`,
    );
  for (const e of g.edges)
    lines.push(
      `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="rtype">${e.type}</data><data key="weight">${e.weight}</data></edge>`,
    );
  lines.push('</graph>', '</graphml>');
  return lines.join('\n');
}

export function toJson(g: { nodes: NodeData[]; edges: EdgeData[] }): string {
  const strip = ({ label: _l, ...rest }: NodeData & { label?: string }) => rest;
  return JSON.stringify({ nodes: g.nodes.map(strip), edges: g.edges }, null, 1);
}
