// A picture of the view to publish: the drawn graph with a title above it, a legend of the types it shows and a
// source line below. One SVG; the PNG is that SVG rasterised, so both carry the same text.

export interface LegendItem {
  label: string;
  color: string;
  /** Entity types are drawn as dots, relation types as lines. */
  kind: 'node' | 'edge';
}

export interface PictureText {
  title: string;
  legend: LegendItem[];
  source: string;
}

const esc = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const FONT = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const PAD = 16;
const TITLE = 40;
const ROW = 22;
const SOURCE = 30;
const LINE = 16;

/** The width and height the graph's SVG declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (k: string) => Number(new RegExp(`\\b${k}="([\\d.]+)`).exec(root)?.[1] ?? 0);
  return { width: num('width'), height: num('height') };
}

/** About how wide text is drawn at 13 px: 8.5 px per Latin character, 14 per CJK one. */
const textWidth = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\uffff]/.test(c) ? 14 : 8.5), 0);
/** A legend item: its mark, its label and a gap. */
const itemWidth = (label: string) => 34 + textWidth(label);

/** The source line broken into lines that fit the width (at spaces or between CJK characters). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.match(/[\u3000-\uffff]|[^\s\u3000-\uffff]+\s*|\s+/g) ?? []) {
    if (line && textWidth(line + part.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = part.trimStart();
    } else line += part;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Legend items laid out in rows that fit the width. */
function legendRows(items: LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let x = PAD;
  for (const it of items) {
    const w = itemWidth(it.label);
    if (x + w > width - PAD && rows[rows.length - 1].length > 0) {
      rows.push([]);
      x = PAD;
    }
    rows[rows.length - 1].push(it);
    x += w;
  }
  return rows.filter((r) => r.length > 0);
}

/** The graph's SVG (from cytoscape-svg) framed with a title, a legend and a source line. */
export function composeSvg(graphSvg: string, text: PictureText): string {
  const size = svgSize(graphSvg);
  const width = Math.ceil(Math.max(size.width, 640));
  const rows = legendRows(text.legend, width);
  const legendTop = TITLE + Math.ceil(size.height) + PAD;
  const source = wrapText(text.source, width - 2 * PAD);
  const height = legendTop + rows.length * ROW + SOURCE + (source.length - 1) * LINE;
  const inner = graphSvg
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/<svg\b/, `<svg x="${Math.round((width - size.width) / 2)}" y="${TITLE}"`);
  const legend = rows.flatMap((row, r) => {
    let x = PAD;
    const y = legendTop + r * ROW + 12;
    return row.map((it) => {
      const mark =
        it.kind === 'node'
          ? `<circle cx="${x + 7}" cy="${y - 4}" r="6" fill="${esc(it.color)}"/>`
          : `<line x1="${x}" y1="${y - 4}" x2="${x + 16}" y2="${y - 4}" stroke="${esc(it.color)}" stroke-width="3"/>`;
      const out = `<g class="legend-item">${mark}<text x="${x + 22}" y="${y}">${esc(it.label)}</text></g>`;
      x += itemWidth(it.label);
      return out;
    });
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" ` +
      `height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${PAD}" y="27" font-size="20" font-weight="600" fill="#1d2330">${esc(text.title)}</text>`,
    inner,
    `<g class="legend" font-size="13" fill="#1d2330">${legend.join('')}</g>`,
    `<text class="source" x="${PAD}" y="${height - 10 - (source.length - 1) * LINE}" font-size="12" fill="#5b6475">` +
      source.map((l, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : LINE}">${esc(l)}</tspan>`).join('') +
      '</text>',
    '</svg>',
  ].join('\n');
}

/** The composed SVG drawn on a canvas (twice its size for sharp text), as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the picture could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
