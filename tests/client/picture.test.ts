// The published picture: the graph's SVG framed with a title, a legend and a source line, text escaped.
import { composeSvg, svgSize, wrapText } from '../../client/src/graph/picture';

const graph =
  '<?xml version="1.0" encoding="UTF-8" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg" width="800" ' +
  'height="500"><defs/><g><circle cx="10" cy="10" r="5"/></g></svg>';

describe('picture', () => {
  const svg = composeSvg(graph, {
    title: 'Policy Graph: Taiyuan Iron & Steel <TISCO>',
    legend: [
      { label: 'Company', color: '#3a78c9', kind: 'node' },
      { label: '建设/投资', color: '#e8833a', kind: 'edge' },
    ],
    source: 'Source: 2 documents: A; B',
  });

  test('the graph is nested below the title, the frame as wide and taller', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('<svg x="0" y="40" xmlns="http://www.w3.org/2000/svg" width="800" height="500">');
    const size = svgSize(svg);
    expect(size.width).toBe(800);
    expect(size.height).toBeGreaterThan(500 + 40 + 22);
  });

  test('title, legend items (dots for entity types, lines for relations) and source, escaped', () => {
    expect(svg).toMatch(/<text class="title"[^>]*>Policy Graph: Taiyuan Iron &amp; Steel &lt;TISCO&gt;<\/text>/);
    expect(svg).toMatch(/<g class="legend-item"><circle [^>]*fill="#3a78c9"\/><text [^>]*>Company<\/text><\/g>/);
    expect(svg).toMatch(
      /<g class="legend-item"><line [^>]*stroke="#e8833a"[^>]*\/><text [^>]*>建设\/投资<\/text><\/g>/,
    );
    expect(svg).toMatch(/<text class="source"[^>]*><tspan [^>]*>Source: 2 documents: A; B<\/tspan><\/text>/);
  });

  test('a narrow graph is centred in a frame wide enough for the text; many legend items wrap', () => {
    const narrow = composeSvg(graph.replace('width="800"', 'width="200"'), {
      title: 't',
      legend: Array.from({ length: 30 }, (_, i) => ({ label: `Type number ${i}`, color: '#000', kind: 'node' })),
      source: 's',
    });
    expect(svgSize(narrow).width).toBe(640);
    // A graph drawn at the screen's zoom has fractional sizes: the frame's are whole pixels.
    const zoomed = composeSvg(graph.replace('width="800" height="500"', 'width="812.4" height="500.5"'), {
      title: 't',
      legend: [],
      source: 's',
    });
    expect(svgSize(zoomed).width).toBe(813);
    expect(Number.isInteger(svgSize(zoomed).height)).toBe(true);
    expect(narrow).toContain('<svg x="220" y="40"');
    const ys = new Set([...narrow.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => m[1]));
    expect(ys.size).toBeGreaterThan(3);
  });

  test('a long source line wraps at spaces, Chinese between characters, each line within the width', () => {
    const en = 'Source: Policy Graph, relations read from 5 documents: one; two; three; four; five';
    const lines = wrapText(en, 200);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(en);
    expect(lines.every((l) => l.length * 8.5 <= 200)).toBe(true);
    const zh = '来源：政策图谱，关系抽取自5份文件：太原市政府工作报告；山西太原：加快建设国家区域中心城市';
    const zl = wrapText(zh, 140);
    expect(zl.join('')).toBe(zh);
    expect(zl.every((l) => [...l].length <= 10)).toBe(true);
  });
});
