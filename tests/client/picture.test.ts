// The published picture: the graph's SVG framed with a title, a legend and a source line, text escaped.
import { composeSvg, svgSize } from '../../client/src/graph/picture';

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
    expect(svg).toMatch(/<text class="source"[^>]*>Source: 2 documents: A; B<\/text>/);
  });

  test('a narrow graph is centred in a frame wide enough for the text; many legend items wrap', () => {
    const narrow = composeSvg(graph.replace('width="800"', 'width="200"'), {
      title: 't',
      legend: Array.from({ length: 30 }, (_, i) => ({ label: `Type number ${i}`, color: '#000', kind: 'node' })),
      source: 's',
    });
    expect(svgSize(narrow).width).toBe(640);
    expect(narrow).toContain('<svg x="220" y="40"');
    const ys = new Set([...narrow.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => m[1]));
    expect(ys.size).toBeGreaterThan(3);
  });
});
